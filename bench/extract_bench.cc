// Extraction throughput: the demo filing repeated to about 10 MB, extracted on one core.
//
//   build/bench/extract_bench                 # prints MB/s (bytes_per_second) per run
//
// The input is examples/iij-20f-fy2017.txt (path from CORPGRAPH_SOURCE_DIR) concatenated with
// itself; rules are compiled once, outside the timed loop, as a long-running process would.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "extract/extract.h"
#include "extract/rules.h"

namespace {

std::string DemoTextRepeated(size_t target_bytes) {
  std::ifstream in(std::string(CORPGRAPH_SOURCE_DIR) + "/examples/iij-20f-fy2017.txt", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string one = ss.str();
  std::string out;
  if (one.empty()) return out;
  out.reserve(target_bytes + one.size());
  while (out.size() < target_bytes) out += one + "\n\n";
  return out;
}

void BM_ExtractDemoRepeated(benchmark::State& state) {
  static const std::string text = DemoTextRepeated(static_cast<size_t>(state.range(0)) << 20);
  if (text.empty()) {
    state.SkipWithError("examples/iij-20f-fy2017.txt not found");
    return;
  }
  corpgraph::StatusOr<const corpgraph::RuleSet*> rules = corpgraph::RuleSet::Default();
  if (!rules.ok()) {
    state.SkipWithError(rules.status().ToString().c_str());
    return;
  }
  corpgraph::ExtractOptions options;
  options.filer = "Internet Initiative Japan Inc.";
  options.document_name = "demo-repeated.txt";
  options.rules = *rules;
  size_t edges = 0;
  for (auto _ : state) {
    corpgraph::StatusOr<corpgraph::Extraction> x = corpgraph::ExtractDocument(text, options);
    if (!x.ok()) {
      state.SkipWithError(x.status().ToString().c_str());
      return;
    }
    edges = x->graph.edges().size();
    benchmark::DoNotOptimize(edges);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
  state.counters["MB"] = static_cast<double>(text.size()) / (1 << 20);
  state.counters["edges"] = static_cast<double>(edges);
}
BENCHMARK(BM_ExtractDemoRepeated)->Arg(10)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
