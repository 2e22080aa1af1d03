// End to end: the corpgraph binary's query and export commands on the demo filing.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli_runner.h"

namespace {

namespace fs = std::filesystem;

using corpgraph::testing::CliRun;
using corpgraph::testing::RunCorpgraph;

class QueryCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() /
                        ("corpgraph-query-cli-" + std::to_string(::getpid())));
    fs::create_directories(*dir_);
    CliRun r = Exec(std::string("ingest ") + CORPGRAPH_SOURCE_DIR + "/examples/iij-20f-fy2017.txt");
    ASSERT_EQ(r.rc, 0) << r.err;
  }
  static void TearDownTestSuite() {
    std::error_code ignored;
    fs::remove_all(*dir_, ignored);
    delete dir_;
  }

  // Runs `corpgraph ARGS --db <test db>` with an optional environment prefix.
  static CliRun Exec(const std::string& args, const std::string& env = "") {
    return RunCorpgraph(*dir_, args + " --db '" + (*dir_ / "db").string() + "'", env);
  }

  static nlohmann::json Json(const std::string& args) {
    CliRun r = Exec(args + " --json");
    EXPECT_EQ(r.rc, 0) << r.err;
    return nlohmann::json::parse(r.out);
  }

  static const nlohmann::json* Find(const nlohmann::json& doc, const std::string& name) {
    for (const nlohmann::json& row : doc["results"]) {
      if (row["entity"]["name"] == name) return &row;
    }
    return nullptr;
  }

  static fs::path* dir_;
};

fs::path* QueryCliTest::dir_ = nullptr;

TEST_F(QueryCliTest, OwnersOfTrustNetworks) {
  nlohmann::json doc = Json("owners 'Trust Networks'");
  EXPECT_EQ(doc["query"]["type"], "owners");
  const nlohmann::json* iij = Find(doc, "Internet Initiative Japan Inc.");
  ASSERT_NE(iij, nullptr) << doc.dump(2);
  EXPECT_NEAR((*iij)["weight"].get<double>(), 0.795, 1e-9);
  EXPECT_EQ((*iij)["hops"], 1);
  const nlohmann::json* ntt = Find(doc, "Nippon Telegraph and Telephone Corporation");
  ASSERT_NE(ntt, nullptr) << doc.dump(2);
  EXPECT_NEAR((*ntt)["weight"].get<double>(), 0.269 * 0.795, 1e-9);
  EXPECT_EQ((*ntt)["hops"], 2);
  ASSERT_EQ((*ntt)["chain"].size(), 2u);
  EXPECT_EQ((*ntt)["chain"][0]["rel"], "owns");
  EXPECT_NE((*ntt)["chain"][0]["evidence"]["sentence"].get<std::string>().find("26.9%"),
            std::string::npos);
}

TEST_F(QueryCliTest, ExposureOfDocomoReachesNttThroughIij) {
  nlohmann::json doc = Json("exposure 'NTT DOCOMO'");
  const nlohmann::json* iij = Find(doc, "Internet Initiative Japan Inc.");
  ASSERT_NE(iij, nullptr) << doc.dump(2);
  EXPECT_EQ((*iij)["hops"], 1);
  EXPECT_EQ((*iij)["chain"][0]["rel"], "supplies");
  const nlohmann::json* ntt = Find(doc, "Nippon Telegraph and Telephone Corporation");
  ASSERT_NE(ntt, nullptr);
  EXPECT_NEAR((*ntt)["weight"].get<double>(), 0.269, 1e-9);
}

TEST_F(QueryCliTest, DepsTablePathAndNeighbors) {
  CliRun deps = Exec("deps IIJ --rel supplies");
  ASSERT_EQ(deps.rc, 0) << deps.err;
  EXPECT_NE(deps.out.find("deps of Internet Initiative Japan Inc. (relations: supplies)"),
            std::string::npos)
      << deps.out;
  EXPECT_NE(deps.out.find("Internet Initiative Japan Inc. <-[supplies]- "), std::string::npos);
  nlohmann::json path = Json("path KDDI NTT --max 5");
  ASSERT_FALSE(path["results"].empty());
  EXPECT_EQ(path["results"][0]["hops"], 2);
  EXPECT_EQ(path["query"]["target"]["name"], "Nippon Telegraph and Telephone Corporation");
  nlohmann::json nb = Json("neighbors IIJ --dir in --rel owns");
  ASSERT_NE(Find(nb, "Nippon Telegraph and Telephone Corporation"), nullptr) << nb.dump(2);
  for (const nlohmann::json& row : nb["results"]) EXPECT_EQ(row["chain"][0]["rel"], "owns");
}

TEST_F(QueryCliTest, ErrorsAreOneLineAndNonZero) {
  for (const std::string& args :
       {std::string("deps IIJ --depth 11"), std::string("deps IIJ --depth 0"),
        std::string("owners 'No Such Company'"), std::string("exposure IIJ --rel bogus"),
        std::string("path IIJ 'Nobody Inc'")}) {
    CliRun r = Exec(args);
    EXPECT_NE(r.rc, 0) << args;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << args << ": " << r.err;
    EXPECT_EQ(r.err.rfind("corpgraph: ", 0), 0u) << r.err;
  }
  EXPECT_NE(Exec("deps IIJ --depth 11").err.find("depth"), std::string::npos);
  EXPECT_NE(Exec("owners 'No Such Company'").err.find("unknown entity"), std::string::npos);
  EXPECT_NE(Exec("exposure IIJ --rel bogus").err.find("bogus"), std::string::npos);
}

TEST_F(QueryCliTest, ExportDotWholeAndAround) {
  CliRun whole = Exec("export --format dot");
  ASSERT_EQ(whole.rc, 0) << whole.err;
  EXPECT_NE(whole.out.find("digraph"), std::string::npos);
  EXPECT_NE(whole.out.find("owns 26.9%"), std::string::npos);
  EXPECT_NE(whole.out.find("fillcolor=\"#fbbc04\""), std::string::npos);  // the filer
  CliRun ego = Exec("export --format dot --around KDDI --depth 1 --rel competes");
  ASSERT_EQ(ego.rc, 0) << ego.err;
  EXPECT_NE(ego.out.find("KDDI Corporation"), std::string::npos);
  EXPECT_EQ(ego.out.find("owns 26.9%"), std::string::npos);
  EXPECT_NE(Exec("export --format dot --around KDDI --depth 11").rc, 0);
}

TEST_F(QueryCliTest, ExportDataFormats) {
  CliRun jsonl = Exec("export --format jsonl");
  ASSERT_EQ(jsonl.rc, 0) << jsonl.err;
  std::istringstream lines(jsonl.out);
  std::string line;
  int nodes = 0, edges = 0;
  while (std::getline(lines, line)) {
    nlohmann::json j = nlohmann::json::parse(line);
    (j["type"] == "node" ? nodes : edges)++;
  }
  EXPECT_GT(nodes, 10);
  EXPECT_GT(edges, 10);
  CliRun graphml = Exec("export --format graphml --around KDDI --depth 1");
  ASSERT_EQ(graphml.rc, 0) << graphml.err;
  EXPECT_NE(graphml.out.find("<graphml"), std::string::npos);
  EXPECT_NE(graphml.out.find("KDDI Corporation"), std::string::npos);
  EXPECT_EQ(graphml.out.find("Trust Networks"), std::string::npos);
  fs::path csv = *dir_ / "csv";
  CliRun r = Exec("export --format csv -o '" + csv.string() + "'");
  ASSERT_EQ(r.rc, 0) << r.err;
  EXPECT_NE(corpgraph::testing::ReadFileBytes(csv / "edges.csv").find(",OWNS,26.9"), std::string::npos);
  EXPECT_NE(Exec("export --format csv").rc, 0);  // csv needs a directory
}

TEST_F(QueryCliTest, AnswerDiagramsAndSvg) {
  CliRun dot = Exec("owners 'Trust Networks' --format dot");
  ASSERT_EQ(dot.rc, 0) << dot.err;
  EXPECT_NE(dot.out.find("penwidth=3"), std::string::npos);
  CliRun missing = Exec("export --format svg -o x.svg", "PATH=/nonexistent");
  EXPECT_NE(missing.rc, 0);
  EXPECT_NE(missing.err.find("Graphviz"), std::string::npos) << missing.err;
  if (std::system("command -v dot >/dev/null 2>&1") != 0) GTEST_SKIP() << "no Graphviz";
  fs::path svg = *dir_ / "graph.svg";
  CliRun r = Exec("export --format svg -o '" + svg.string() + "'");
  ASSERT_EQ(r.rc, 0) << r.err;
  EXPECT_NE(corpgraph::testing::ReadFileBytes(svg).find("<svg"), std::string::npos);
  CliRun answer = Exec("deps IIJ --depth 2 --format svg");
  ASSERT_EQ(answer.rc, 0) << answer.err;
  EXPECT_NE(answer.out.find("<svg"), std::string::npos);
}

}  // namespace
