// Bulk import of a graph in Neo4j admin-import CSV form (what ExportCsv writes and what
// ../shared/bench/gen_graph.py produces).
//
//   ImportOptions options{.nodes_path = "nodes.csv", .edges_path = "edges.csv"};
//   StatusOr<ImportResult> r = store->ImportCsv(options);
//
// Files are header-driven. nodes.csv needs an `:ID` column (`id:ID`, `:ID`, `x:ID(Group)`;
// values are unsigned decimal integers and become the entity ids) and a `name` column;
// optional `kind`, `:LABEL` (Company, Person, Government, Group; ";"-separated lists allowed,
// the first known one decides the kind when there is no `kind` column), `aliases:string[]`
// (";"-separated) and `country`; every other column is kept as an entity property.
// edges.csv needs `:START_ID`, `:END_ID` and `:TYPE`; `percent:float`, `amount:float`,
// `currency`, `date`, `what`, `segment`, `role`, `from`, `former:boolean` and `end_date` fill
// the edge attributes, other columns are kept as edge properties. `:TYPE` maps
// case-insensitively onto built-in relations (OWNS -> owns); other types are registered as
// custom relations under their own spelling.
//
// All or nothing: the import is validated fully before anything is written, then lands in
// one atomic step, durable when ImportCsv returns. Into an empty database the rows become
// sorted SST files ingested together (fast: millions of edges per second) and the CSV ids
// become the entity ids. Into a database that already holds a graph (filings, an earlier
// import) the rows are merged like an ingested document instead: nodes resolve to stored
// entities by name and alias (new ones get fresh ids), edges join stored edges, the import is
// a document that `remove` undoes, and importing the same files again changes nothing. That
// path holds the batch in memory and takes at most 2,000,000 rows.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace corpgraph {

enum class OnBadRow {
  kFail,  // any bad row fails the import; nothing is written
  kSkip,  // bad rows are reported and left out; the rest is imported
};

struct ImportOptions {
  std::string nodes_path;               // nodes CSV (required)
  std::string edges_path;               // edges CSV (required)
  OnBadRow on_error = OnBadRow::kFail;  // what a bad row does
  std::size_t max_reported_errors = 50;  // errors listed in ImportResult::errors (all counted)
  // Called about once per second with a one-line progress message; may be empty.
  std::function<void(std::string_view)> progress;
};

struct ImportResult {
  std::string document_id;      // the document that records this import
  std::size_t nodes = 0;        // entities written
  std::size_t edges = 0;        // edges written
  std::size_t bad_rows = 0;     // rows skipped (kSkip) or found (kFail: then nothing written)
  std::size_t duplicate_edges = 0;  // repeated (start, end, type) rows merged into one edge
  std::vector<std::string> errors;  // "file:line: message", at most max_reported_errors
  std::vector<std::string> custom_relations;  // :TYPE values stored as custom relations
  double seconds = 0;           // wall time from start to durable
  bool merged = false;          // the database held a graph: rows were merged into it (nodes and
                                // edges then count what was new, the rest joined stored ones)
  bool already_present = false;  // merged: these very files were imported before; nothing changed
};

}  // namespace corpgraph
