// Extraction over whole filings, one document at a time on one core: per document bytes,
// seconds, MB/s, peak RSS, entities and relations, then the totals and the goals of issue 12
// (every document under 2 s and 256 MB peak RSS; at least 10 MB/s over the corpus).
//
//   build/bench/corpus_bench                          # ../shared/filings/full next to the source
//   tree build/bench/corpus_bench DIR|FILE... [--check] [--max-mb 2048] [--timeout 60]
//
// Each document is extracted in a child process forked after the built-in rules are
// compiled (as in a long-running ingest), so its peak RSS is that process's own high-water
// mark (wait4's ru_maxrss) and a document that runs away is stopped and reported instead of
// taking the machine down: the child's address space is capped at --max-mb (malloc fails,
// std::bad_alloc) and it is killed after --timeout seconds. Seconds are the extraction alone
// (file read excluded). Files found in folders that are binary or in which no relationship is
// found (READMEs, manifests) are listed as skipped and left out of the totals.
// --check: exit status 1 when a document failed or a goal was missed.
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <new>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extract.h"
#include "extract/rules.h"
#include "ingest/batch_ingest.h"

namespace {

constexpr double kMaxSeconds = 2.0;
constexpr double kMaxRssMb = 256.0;
constexpr double kMinMbPerSecond = 10.0;

struct Row {
  std::string name;
  std::uint64_t bytes = 0;
  std::string outcome;  // "ok", "skipped: ...", "failed: ..."
  double seconds = 0;
  double rss_mb = 0;
  std::size_t entities = 0;
  std::size_t relations = 0;
};

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

bool Binary(const std::string& bytes) {
  return bytes.substr(0, 8192).find('\0') != std::string::npos;
}

// Child: extract `path`, write "ok SECONDS ENTITIES RELATIONS" or "error MESSAGE" to `fd`.
[[noreturn]] void ExtractInChild(const std::string& path, const corpgraph::RuleSet* rules, int fd,
                                 std::uint64_t max_mb) {
  rlimit limit{max_mb << 20, max_mb << 20};
  setrlimit(RLIMIT_AS, &limit);
  std::string line;
  try {
    std::string bytes = ReadAll(path);
    if (Binary(bytes)) {
      line = "skip binary data";
    } else {
      corpgraph::ExtractOptions options;
      options.document_name = std::filesystem::path(path).filename().string();
      options.rules = rules;
      auto start = std::chrono::steady_clock::now();
      corpgraph::StatusOr<corpgraph::Extraction> x = corpgraph::ExtractDocument(bytes, options);
      double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      if (!x.ok()) {
        line = "error " + x.status().message();
      } else if (x->graph.edges().empty()) {
        line = "skip no relationships found";
      } else {
        char buf[128];
        std::snprintf(buf, sizeof buf, "ok %.6f %zu %zu", seconds, x->graph.entities().size(),
                      x->graph.edges().size());
        line = buf;
      }
    }
  } catch (const std::bad_alloc&) {
    line = "error out of memory (std::bad_alloc) under the " + std::to_string(max_mb) + " MB cap";
  }
  line += "\n";
  ssize_t ignored = write(fd, line.data(), line.size());
  (void)ignored;
  _exit(0);
}

Row Measure(const std::string& path, const corpgraph::RuleSet* rules, std::uint64_t max_mb,
            int timeout) {
  Row row;
  row.name = std::filesystem::path(path).filename().string();
  std::error_code ec;
  row.bytes = std::filesystem::file_size(path, ec);
  int fds[2];
  if (pipe(fds) != 0) {
    row.outcome = "failed: pipe";
    return row;
  }
  std::fflush(stdout);
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    ExtractInChild(path, rules, fds[1], max_mb);
  }
  close(fds[1]);
  std::string answer;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout);
  bool timed_out = false;
  char buf[4096];
  while (true) {
    int left = static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                    deadline - std::chrono::steady_clock::now())
                                    .count());
    if (left <= 0) {
      timed_out = true;
      kill(pid, SIGKILL);
      break;
    }
    pollfd p{fds[0], POLLIN, 0};
    if (poll(&p, 1, left) <= 0) continue;
    ssize_t n = read(fds[0], buf, sizeof buf);
    if (n <= 0) break;
    answer.append(buf, static_cast<std::size_t>(n));
  }
  close(fds[0]);
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  row.rss_mb = usage.ru_maxrss / 1024.0;
  if (timed_out) {
    row.outcome = "failed: killed after " + std::to_string(timeout) + " s";
  } else if (answer.rfind("ok ", 0) == 0) {
    row.outcome = "ok";
    std::sscanf(answer.c_str() + 3, "%lf %zu %zu", &row.seconds, &row.entities, &row.relations);
  } else if (answer.rfind("skip ", 0) == 0) {
    row.outcome = "skipped: " + answer.substr(5, answer.size() - 6);
  } else if (answer.rfind("error ", 0) == 0) {
    row.outcome = "failed: " + answer.substr(6, answer.size() - 7);
  } else {
    row.outcome = WIFSIGNALED(status)
                      ? "failed: killed by signal " + std::to_string(WTERMSIG(status))
                      : "failed: no answer from the child";
  }
  return row;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> paths;
  bool check = false;
  std::uint64_t max_mb = 2048;
  int timeout = 60;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--check") {
      check = true;
    } else if (a == "--max-mb" && i + 1 < argc) {
      max_mb = std::stoull(argv[++i]);
    } else if (a == "--timeout" && i + 1 < argc) {
      timeout = std::stoi(argv[++i]);
    } else if (a == "--help" || a == "-h" || (!a.empty() && a[0] == '-')) {
      std::fprintf(stderr,
                   "usage: corpus_bench [DIR|FILE...] [--check] [--max-mb N] [--timeout S]\n");
      return a == "--help" || a == "-h" ? 0 : 2;
    } else {
      paths.push_back(a);
    }
  }
  if (paths.empty()) paths.push_back(std::string(CORPGRAPH_SOURCE_DIR) + "/../shared/filings/full");
  std::vector<corpgraph::CorpusInput> inputs = corpgraph::ListCorpus(paths);
  if (inputs.empty()) {
    std::fprintf(stderr, "corpus_bench: no files in the given paths\n");
    return 1;
  }
  corpgraph::StatusOr<const corpgraph::RuleSet*> rules = corpgraph::RuleSet::Default();
  if (!rules.ok()) {
    std::fprintf(stderr, "corpus_bench: %s\n", rules.status().ToString().c_str());
    return 1;
  }
  {  // Warm up: whatever is built lazily on the first extraction is inherited by the children.
    corpgraph::ExtractOptions options;
    options.rules = *rules;
    (void)corpgraph::ExtractDocument("Acme Holdings Inc. owns 60% of Beta Widgets Ltd.\n", options);
  }

  std::printf("%-44s %10s %8s %7s %9s %8s %9s\n", "document", "bytes", "seconds", "MB/s", "peak MB",
              "entities", "relations");
  std::vector<Row> rows;
  std::uint64_t total_bytes = 0;
  double total_seconds = 0, max_seconds = 0, max_rss = 0;
  std::size_t documents = 0, failed = 0, entities = 0, relations = 0;
  std::string slowest, largest;
  for (const corpgraph::CorpusInput& in : inputs) {
    Row r = Measure(in.path, *rules, max_mb, timeout);
    if (r.outcome == "ok") {
      std::printf("%-44s %10llu %8.3f %7.1f %9.1f %8zu %9zu\n", r.name.c_str(),
                  static_cast<unsigned long long>(r.bytes), r.seconds,
                  r.seconds > 0 ? r.bytes / 1e6 / r.seconds : 0.0, r.rss_mb, r.entities,
                  r.relations);
      ++documents;
      total_bytes += r.bytes;
      total_seconds += r.seconds;
      entities += r.entities;
      relations += r.relations;
      if (r.seconds > max_seconds) max_seconds = r.seconds, slowest = r.name;
      if (r.rss_mb > max_rss) max_rss = r.rss_mb, largest = r.name;
    } else {
      bool is_failure = r.outcome.rfind("failed", 0) == 0;
      if (is_failure) {
        ++failed;
        if (r.rss_mb > max_rss) max_rss = r.rss_mb, largest = r.name;
      }
      std::printf("%-44s %10llu %s (peak %.1f MB)\n", r.name.c_str(),
                  static_cast<unsigned long long>(r.bytes), r.outcome.c_str(), r.rss_mb);
    }
    std::fflush(stdout);
  }
  double rate = total_seconds > 0 ? total_bytes / 1e6 / total_seconds : 0;
  std::printf("%-44s %10llu %8.3f %7.1f %9.1f %8zu %9zu\n",
              ("total: " + std::to_string(documents) + " documents" +
               (failed ? ", " + std::to_string(failed) + " failed" : std::string()))
                  .c_str(),
              static_cast<unsigned long long>(total_bytes), total_seconds, rate, max_rss, entities,
              relations);
  bool time_ok = failed == 0 && max_seconds < kMaxSeconds;
  bool rss_ok = failed == 0 && max_rss < kMaxRssMb;
  bool rate_ok = rate >= kMinMbPerSecond;
  std::printf("goal: every document under %.0f s: %s (slowest %.3f s, %s)\n", kMaxSeconds,
              time_ok ? "met" : "MISSED", max_seconds, slowest.c_str());
  std::printf("goal: every document under %.0f MB peak RSS: %s (largest %.1f MB, %s)\n", kMaxRssMb,
              rss_ok ? "met" : "MISSED", max_rss, largest.c_str());
  std::printf("goal: at least %.0f MB/s over the corpus: %s (%.1f MB/s)\n", kMinMbPerSecond,
              rate_ok ? "met" : "MISSED", rate);
  if (failed) std::printf("%zu document%s failed (see above)\n", failed, failed == 1 ? "" : "s");
  return check && !(time_ok && rss_ok && rate_ok) ? 1 : 0;
}
