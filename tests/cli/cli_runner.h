// Runs the corpgraph binary in a scratch directory and captures its exit status and output,
// for end-to-end tests of the command line.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace corpgraph::testing {

struct CliRun {
  int rc = -1;      // exit status; -1 when killed by a signal
  std::string out;  // standard output
  std::string err;  // standard error
};

inline std::string ReadFileBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline int LineCount(const std::string& s) { return static_cast<int>(std::count(s.begin(), s.end(), '\n')); }

// Runs `corpgraph ARGS` through the shell (quote arguments yourself), with `env` (e.g.
// "PATH=/nowhere") in front; stdout and stderr pass through files in `scratch`.
inline CliRun RunCorpgraph(const std::filesystem::path& scratch, const std::string& args,
                           const std::string& env = "") {
  std::filesystem::path out = scratch / "stdout", err = scratch / "stderr";
  std::string cmd = env + " '" + std::string(CORPGRAPH_BINARY) + "' " + args + " >'" + out.string() +
                    "' 2>'" + err.string() + "'";
  int status = std::system(cmd.c_str());
  return CliRun{WIFEXITED(status) ? WEXITSTATUS(status) : -1, ReadFileBytes(out), ReadFileBytes(err)};
}

// A fresh directory per test, removed afterwards, with a database path inside it.
class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("corpgraph-cli-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_ = (dir_ / "db").string();
  }
  void TearDown() override {
    std::error_code ignored;
    std::filesystem::permissions(dir_, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ignored);
    std::filesystem::remove_all(dir_, ignored);
  }

  // Runs `corpgraph ARGS` through the shell (quote arguments yourself).
  CliRun Run(const std::string& args) const { return RunCorpgraph(dir_, args); }
  // Runs `corpgraph ARGS --db <this test's database>`.
  CliRun RunDb(const std::string& args) const { return Run(args + " --db '" + db_ + "'"); }

  // Writes a file into the scratch directory and returns its path.
  std::string Write(const std::string& name, const std::string& bytes) const {
    std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }

  static std::string Demo() { return std::string(CORPGRAPH_SOURCE_DIR) + "/examples/iij-20f-fy2017.txt"; }

  std::filesystem::path dir_;
  std::string db_;
};

}  // namespace corpgraph::testing
