// End to end: `corpgraph extract` and `corpgraph eval` as a user runs them.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli_runner.h"

namespace {

namespace fs = std::filesystem;

using corpgraph::testing::CliRun;

// The directory that holds a run's captured output, removed when the test program ends.
struct Scratch {
  fs::path dir = fs::temp_directory_path() / ("corpgraph-extract-cli-" + std::to_string(::getpid()));
  Scratch() { fs::create_directories(dir); }
  ~Scratch() {
    std::error_code ignored;
    fs::remove_all(dir, ignored);
  }
};

// Runs `corpgraph ARGS`, capturing stdout and stderr.
CliRun Exec(const std::string& args) {
  static const Scratch scratch;
  return corpgraph::testing::RunCorpgraph(scratch.dir, args);
}

const std::string kDemo = std::string(CORPGRAPH_SOURCE_DIR) + "/examples/iij-20f-fy2017.txt";

// Entity name (or alias) -> canonical name in the JSON output; "" when absent.
std::string Canonical(const nlohmann::json& j, const std::string& name) {
  for (const auto& e : j["entities"]) {
    if (e["name"] == name) return e["name"];
    for (const auto& a : e["aliases"]) {
      if (a == name) return e["name"];
    }
  }
  return "";
}

TEST(ExtractCliTest, DemoFilingJsonHasFilerOwnerWithPercentAndCompetitor) {
  CliRun r = Exec("extract '" + kDemo + "' --json");
  ASSERT_EQ(r.rc, 0) << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << r.out.substr(0, 500);
  std::string iij = Canonical(j, "IIJ");
  std::string ntt = Canonical(j, "NTT");
  std::string kddi = Canonical(j, "KDDI");
  ASSERT_FALSE(iij.empty());
  ASSERT_FALSE(ntt.empty());
  ASSERT_FALSE(kddi.empty());
  EXPECT_EQ(j["filer"], iij) << "the filer is found in the document when --filer is not given";
  bool ntt_owns = false, kddi_competes = false;
  std::string original = corpgraph::testing::ReadFileBytes(kDemo);
  for (const auto& rel : j["relations"]) {
    // Every evidence span points at the sentence in the original bytes.
    std::uint64_t b = rel["begin"], e = rel["end"];
    ASSERT_LE(e, original.size());
    ASSERT_LT(b, e);
    EXPECT_FALSE(rel["rule"].get<std::string>().empty());
    if (rel["src"] == ntt && rel["rel"] == "owns" && rel["dst"] == iij) {
      ntt_owns = rel.contains("percent") && std::abs(rel["percent"].get<double>() - 26.9) < 1e-9;
      EXPECT_NE(original.substr(b, e - b).find("owned 26.9% of IIJ"), std::string::npos);
    }
    if (rel["rel"] == "competes" &&
        ((rel["src"] == iij && rel["dst"] == kddi) || (rel["src"] == kddi && rel["dst"] == iij))) {
      kddi_competes = true;
    }
  }
  EXPECT_TRUE(ntt_owns) << "NTT owns 26.9% of IIJ";
  EXPECT_TRUE(kddi_competes) << "KDDI is a competitor";
}

TEST(ExtractCliTest, TableOutputWithoutJson) {
  CliRun r = Exec("extract '" + kDemo + "' --filer 'Internet Initiative Japan Inc.'");
  ASSERT_EQ(r.rc, 0) << r.err;
  EXPECT_NE(r.out.find("filer: Internet Initiative Japan Inc."), std::string::npos);
  EXPECT_NE(r.out.find("-owns->"), std::string::npos);
}

TEST(ExtractCliTest, ErrorsAreOneLineWithExitCodes) {
  CliRun missing = Exec("extract /nonexistent/file.txt");
  EXPECT_EQ(missing.rc, 1);
  EXPECT_EQ(missing.err.find("corpgraph: "), 0u);
  EXPECT_EQ(std::count(missing.err.begin(), missing.err.end(), '\n'), 1);
  CliRun usage = Exec("extract '" + kDemo + "' --bogus");
  EXPECT_EQ(usage.rc, 2);
  CliRun bad_rules = Exec("extract '" + kDemo + "' --rules '" + kDemo + "'");
  EXPECT_EQ(bad_rules.rc, 1);
  EXPECT_NE(bad_rules.err.find("iij-20f-fy2017.txt:5: expected"), std::string::npos) << bad_rules.err;
}

TEST(ExtractCliTest, CustomRulesFileIsUsed) {
  fs::path rules = fs::temp_directory_path() / ("corpgraph-rules-" + std::to_string(::getpid()) + ".rules");
  std::ofstream(rules) << "[only_rely]\nrel = supplies\ndst = filer\npattern = {WE} rely on {SPAN}{COMPANIES:src}\n";
  CliRun r = Exec("extract '" + kDemo + "' --json --rules '" + rules.string() + "'");
  fs::remove(rules);
  ASSERT_EQ(r.rc, 0) << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  ASSERT_FALSE(j["relations"].empty());
  for (const auto& rel : j["relations"]) EXPECT_EQ(rel["rule"], "only_rely");
}

TEST(ExtractCliTest, EvalOnTheDevSetReportsScoresAndExitsZero) {
  std::string data = std::string(CORPGRAPH_SOURCE_DIR) + "/tests/data/";
  CliRun r = Exec("eval --gold '" + data + "iij-20f-fy2017.json' '" + data + "gs-10k-2024-item1.json' --json");
  ASSERT_EQ(r.rc, 0) << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["files"].size(), 2u);
  EXPECT_GE(j["micro"]["relations"]["f1"].get<double>(), 0.85);
  CliRun text = Exec("eval --gold '" + data + "avgo-10k-fy2024-item1.json'");
  ASSERT_EQ(text.rc, 0);
  EXPECT_NE(text.out.find("micro-average over 1 file(s)"), std::string::npos);
  CliRun missing = Exec("eval --gold '" + data + "iij-20f-fy2017.json' --filing /nonexistent/dir");
  EXPECT_EQ(missing.rc, 1);
}

}  // namespace
