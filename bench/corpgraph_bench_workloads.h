// The benchmark workloads of ../shared/bench/WORKLOADS.md (Q1-Q5) run through the query
// library on any GraphReader, with the answers file of its section 4 and one JSON line of
// latency figures per query type.
//
//   std::vector<BenchQuery> queries;
//   LoadQueries("queries.csv", &queries);
//   RunWorkloads(reader, queries, {.budget_seconds = 100}, answers_stream, std::cout);
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "graph/graph_reader.h"
#include "graph/status.h"

namespace corpgraph::bench {

struct BenchQuery {
  int qid = 0;
  EntityId x = 0;
  EntityId y = 0;
};

struct WorkloadOptions {
  double budget_seconds = 100;  // per query type: no new query starts after this
  std::string only;             // run only this query type ("Q3"); all when empty
};

// Reads `qid,x,y` rows (header line first). InvalidArgument for a malformed row.
Status LoadQueries(const std::string& path, std::vector<BenchQuery>* queries);

// Runs Q1..Q5 in order, each over `queries` in file order: answers lines to `answers`,
// one JSON line per type to `report`. Errors of the reader stop the run.
Status RunWorkloads(const GraphReader& reader, const std::vector<BenchQuery>& queries,
                    const WorkloadOptions& options, std::ostream& answers, std::ostream& report);

// Development aid: loads gen_graph.py's nodes.csv and edges.csv into an in-memory Graph
// (ids kept, :TYPE mapped onto built-in relations). InvalidArgument for an unknown type.
Status LoadGeneratedCsv(const std::string& dir, Graph* graph);

}  // namespace corpgraph::bench
