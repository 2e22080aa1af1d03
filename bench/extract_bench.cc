// Extraction throughput on one core: the demo filing repeated to about 10 MB (plain text), and
// whole HTML filings as EDGAR serves them.
//
//   build/bench/extract_bench                 # prints MB/s (bytes_per_second) per run
//   CORPGRAPH_BENCH_HTML=../shared/filings/full/nvda-10-k-2025-02-26.html build/bench/extract_bench
//
// The text input is examples/iij-20f-fy2017.txt (path from CORPGRAPH_SOURCE_DIR) concatenated
// with itself. The HTML inputs are the whole filings shipped in tests/data/full (a 2016 10-K and
// a 1999 10-K), or the file CORPGRAPH_BENCH_HTML names (an inline-XBRL 10-K, say). Rules are
// compiled once, outside the timed loop, as a long-running process would.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extract.h"
#include "extract/rules.h"

namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string DemoTextRepeated(size_t target_bytes) {
  std::string one = ReadFile(std::string(CORPGRAPH_SOURCE_DIR) + "/examples/iij-20f-fy2017.txt");
  std::string out;
  if (one.empty()) return out;
  out.reserve(target_bytes + one.size());
  while (out.size() < target_bytes) out += one + "\n\n";
  return out;
}

// Extracts `bytes` once per iteration with the built-in rules and reports MB/s and the edge
// count; skips the benchmark with the error when the rules or the extraction fail.
void TimeExtraction(benchmark::State& state, const std::string& bytes, corpgraph::ExtractOptions options) {
  corpgraph::StatusOr<const corpgraph::RuleSet*> rules = corpgraph::RuleSet::Default();
  if (!rules.ok()) {
    state.SkipWithError(rules.status().ToString().c_str());
    return;
  }
  options.rules = *rules;
  size_t edges = 0;
  for (auto _ : state) {
    corpgraph::StatusOr<corpgraph::Extraction> x = corpgraph::ExtractDocument(bytes, options);
    if (!x.ok()) {
      state.SkipWithError(x.status().ToString().c_str());
      return;
    }
    edges = x->graph.edges().size();
    benchmark::DoNotOptimize(edges);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(bytes.size()));
  state.counters["MB"] = static_cast<double>(bytes.size()) / (1 << 20);
  state.counters["edges"] = static_cast<double>(edges);
}

void BM_ExtractDemoRepeated(benchmark::State& state) {
  static const std::string text = DemoTextRepeated(static_cast<size_t>(state.range(0)) << 20);
  if (text.empty()) {
    state.SkipWithError("examples/iij-20f-fy2017.txt not found");
    return;
  }
  corpgraph::ExtractOptions options;
  options.filer = "Internet Initiative Japan Inc.";
  options.document_name = "demo-repeated.txt";
  TimeExtraction(state, text, options);
}
BENCHMARK(BM_ExtractDemoRepeated)->Arg(10)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// Whole HTML filings, one document per iteration, the filer found by the extractor (cover
// page, EDGAR header or prose), as `corpgraph extract FILE` runs it.
const std::vector<std::string>& HtmlFilings() {
  static const auto* paths = [] {
    auto* v = new std::vector<std::string>;
    if (const char* chosen = std::getenv("CORPGRAPH_BENCH_HTML"); chosen != nullptr && *chosen != '\0') {
      v->push_back(chosen);
    } else {
      v->push_back(std::string(CORPGRAPH_SOURCE_DIR) + "/tests/data/full/commonwealth-income-growth-fund-v-10-k-2016.html");
      v->push_back(std::string(CORPGRAPH_SOURCE_DIR) + "/tests/data/full/medicis-10-k-1999-09-28.html");
    }
    return v;
  }();
  return *paths;
}

void BM_ExtractWholeHtmlFiling(benchmark::State& state) {
  const std::string& path = HtmlFilings()[static_cast<size_t>(state.range(0))];
  const std::string html = ReadFile(path);
  if (html.empty()) {
    state.SkipWithError(("cannot read " + path).c_str());
    return;
  }
  state.SetLabel(path.substr(path.find_last_of('/') + 1));
  corpgraph::ExtractOptions options;
  options.document_name = path;
  TimeExtraction(state, html, options);
}
BENCHMARK(BM_ExtractWholeHtmlFiling)
    ->Apply([](benchmark::internal::Benchmark* b) {
      for (size_t i = 0; i < HtmlFilings().size(); ++i) b->Arg(static_cast<int64_t>(i));
    })
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
