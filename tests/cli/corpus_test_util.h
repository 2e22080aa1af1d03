// Shared by the corpus CLI tests: the summary line of `ingest`, graphs and documents of a
// database as text, shell commands in the scratch directory, extraction with GNU parallel.
#pragma once

#include <cstdlib>
#include <regex>
#include <string>
#include <vector>

#include "cli_runner.h"

namespace corpgraph::testing {

inline bool HaveParallel() { return std::system("parallel --version >/dev/null 2>&1") == 0; }

// "N stored, N unchanged, N skipped, N refused" of the closing summary, as four numbers.
inline std::vector<int> Summary(const std::string& out) {
  std::smatch m;
  std::regex re(R"((\d+) stored, (\d+) unchanged, (\d+) skipped, (\d+) refused)");
  if (!std::regex_search(out, m, re)) return {};
  return {std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]), std::stoi(m[4])};
}

class CorpusTest : public CliTest {
 protected:
  // Runs `command` with sh in the scratch directory.
  CliRun Shell(const std::string& command) const {
    std::string cmd = "cd '" + dir_.string() + "' && (" + command + ") >stdout 2>stderr";
    int status = std::system(cmd.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, ReadFileBytes(dir_ / "stdout"),
            ReadFileBytes(dir_ / "stderr")};
  }
  // The whole graph of a database (JSON Lines export).
  std::string Graph(const std::string& db) const {
    return Run("export --format jsonl --db '" + db + "'").out;
  }
  // `documents --json` without the ingest times.
  std::string Documents(const std::string& db) const {
    std::string out = Run("documents --json --db '" + db + "'").out;
    return std::regex_replace(out, std::regex(R"("ingested_at": "[^"]*")"), "");
  }
  // The README's recipe: every file under `corpus` extracted by its own `corpgraph extract
  // --json` job (2 at a time; `prefix` goes in front of each job's command, e.g. a ulimit), in
  // the order `ingest` walks a folder (byte order of the paths), numbered {0#} so that the
  // extraction files sort the same way and the merge assigns the ids a direct ingest assigns.
  CliRun ParallelExtract(const std::string& corpus, const std::string& out,
                         const std::string& prefix = "") const {
    return Shell("mkdir -p '" + out + "' && find '" + corpus +
                 "' -type f | LC_ALL=C sort | parallel --will-cite -j 2 " + "--timeout 300 '" +
                 prefix + "'\"'" + CORPGRAPH_BINARY + "'\" extract --json {} '>' '" + out +
                 "'/'{= $_=sprintf(\"%06d\",$job->seq()) =}'-{/}.json");
  }
};

}  // namespace corpgraph::testing
