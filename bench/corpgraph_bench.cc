// corpgraph_bench: the WORKLOADS.md query benchmark on an imported corpgraph database.
//
//   corpgraph_bench --db DIR --queries queries.csv --answers OUT.tsv [--no-snapshot]
//
// Opens the database read-only once, builds the in-memory adjacency snapshot (timed and
// reported on stderr; --no-snapshot reads adjacency through RocksDB prefix scans instead),
// runs Q1..Q5 over the 1,000 queries and prints one JSON line per query type.
// --csv DIR loads gen_graph.py's CSVs into memory instead of a database (development only).
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "bench/corpgraph_bench_workloads.h"
#include "query/adjacency_snapshot.h"
#include "store/graph_store.h"

namespace {

int Fail(const corpgraph::Status& s) {
  std::cerr << "corpgraph_bench: " << s.message() << "\n";
  return 1;
}

double SecondsSince(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

int main(int argc, char** argv) {
  using namespace corpgraph;
  std::string db, csv, queries_path, answers_path;
  bench::WorkloadOptions options;
  if (const char* budget = std::getenv("BUDGET_S")) options.budget_seconds = std::atof(budget);
  bool snapshot = true;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (arg == "--db")
      db = value();
    else if (arg == "--csv")
      csv = value();
    else if (arg == "--queries")
      queries_path = value();
    else if (arg == "--answers")
      answers_path = value();
    else if (arg == "--only")
      options.only = value();
    else if (arg == "--no-snapshot")
      snapshot = false;
    else {
      std::cerr << "usage: corpgraph_bench --db DIR --queries queries.csv --answers OUT.tsv "
                   "[--no-snapshot] [--only Qn]\n";
      return 2;
    }
  }
  if ((db.empty() == csv.empty()) || queries_path.empty() || answers_path.empty()) {
    std::cerr << "corpgraph_bench: --db DIR (or --csv DIR), --queries and --answers are "
                 "required\n";
    return 2;
  }
  std::vector<bench::BenchQuery> queries;
  if (Status s = bench::LoadQueries(queries_path, &queries); !s.ok()) return Fail(s);

  auto t0 = std::chrono::steady_clock::now();
  std::unique_ptr<GraphReader> source;
  if (!db.empty()) {
    StoreOptions store_options;
    store_options.read_only = true;
    store_options.create_if_missing = false;
    StatusOr<std::unique_ptr<GraphStore>> store = GraphStore::Open(db, store_options);
    if (!store.ok()) return Fail(store.status());
    source = std::move(*store);
  } else {
    auto graph = std::make_unique<Graph>();
    if (Status s = bench::LoadGeneratedCsv(csv, graph.get()); !s.ok()) return Fail(s);
    source = std::move(graph);
  }
  std::cerr << "opened " << (db.empty() ? csv : db) << " in " << SecondsSince(t0) << " s\n";
  const GraphReader* reader = source.get();
  std::unique_ptr<AdjacencySnapshot> snap;
  if (snapshot) {
    auto t1 = std::chrono::steady_clock::now();
    StatusOr<std::unique_ptr<AdjacencySnapshot>> built = AdjacencySnapshot::Build(*source);
    if (!built.ok()) return Fail(built.status());
    snap = std::move(*built);
    reader = snap.get();
    std::cerr << "adjacency snapshot: " << snap->entity_count() << " entities, "
              << snap->edge_count() << " edges in " << SecondsSince(t1) << " s\n";
  }
  std::ofstream answers(answers_path);
  if (!answers) return Fail(Status::IoError("cannot write " + answers_path));
  if (Status s = bench::RunWorkloads(*reader, queries, options, answers, std::cout); !s.ok()) {
    return Fail(s);
  }
  return 0;
}
