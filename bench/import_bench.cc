// Workload L of ../shared/bench/WORKLOADS.md: bulk-load nodes.csv + edges.csv into a fresh
// store and make it durable; prints seconds, edges/s, bytes on disk and peak RSS.
//
//   import_bench /tmp/bench-n1m/nodes.csv /tmp/bench-n1m/edges.csv /tmp/bench-n1m.db
//
// The clock runs from before the store is opened until ImportCsv returns (data synced and
// ingested); bytes on disk are counted after the store is closed. DB must not exist yet.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "store/graph_store.h"

namespace {

std::uint64_t DirectoryBytes(const std::string& path) {
  std::uint64_t total = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(path)) {
    if (entry.is_regular_file()) total += entry.file_size();
  }
  return total;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: import_bench NODES.csv EDGES.csv NEW_DB_DIR\n";
    return 2;
  }
  const std::string nodes = argv[1], edges = argv[2], db = argv[3];
  if (std::filesystem::exists(db)) {
    std::cerr << "import_bench: " << db << " exists; workload L starts from an empty store\n";
    return 2;
  }
  auto start = std::chrono::steady_clock::now();
  corpgraph::StatusOr<corpgraph::ImportResult> result = corpgraph::Status::Internal("not run");
  {
    corpgraph::StatusOr<std::unique_ptr<corpgraph::GraphStore>> store = corpgraph::GraphStore::Open(db, {});
    if (!store.ok()) {
      std::cerr << "import_bench: " << store.status().message() << "\n";
      return 1;
    }
    corpgraph::ImportOptions options;
    options.nodes_path = nodes;
    options.edges_path = edges;
    options.progress = [](std::string_view line) { std::cerr << line << "\n"; };
    result = (*store)->ImportCsv(options);
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!result.ok()) {
    std::cerr << "import_bench: " << result.status().message() << "\n";
    return 1;
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::uint64_t bytes = DirectoryBytes(db);
  std::printf("L bulk load: %zu nodes, %zu edges\n", result->nodes, result->edges);
  std::printf("seconds (open to durable, close included): %.3f\n", seconds);
  std::printf("edges/s: %.0f\n", result->edges / seconds);
  std::printf("bytes on disk: %llu (%.1f MiB)\n", static_cast<unsigned long long>(bytes), bytes / 1048576.0);
  std::printf("peak RSS: %ld KiB (%.1f MiB)\n", usage.ru_maxrss, usage.ru_maxrss / 1024.0);
  std::printf("cpu: user %.2f s, sys %.2f s\n", usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6,
              usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6);
  return 0;
}
