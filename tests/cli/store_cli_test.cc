// End to end: the corpgraph binary's store commands (ingest, entities, show, documents,
// stats, remove, import) and their errors.
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
#include "store/graph_store.h"

namespace {

namespace fs = std::filesystem;

using corpgraph::testing::CliRun;
using corpgraph::testing::ReadFileBytes;

int Lines(const std::string& s) { return corpgraph::testing::LineCount(s); }

using StoreCliTest = corpgraph::testing::CliTest;

TEST_F(StoreCliTest, IngestShowEntitiesDocumentsStatsRemove) {
  CliRun r = RunDb("ingest '" + Demo() + "'");
  ASSERT_EQ(r.rc, 0) << r.err;
  EXPECT_NE(r.out.find("stored as document"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("entities:"), std::string::npos);
  EXPECT_NE(r.out.find("edges:"), std::string::npos);
  EXPECT_NE(r.out.find("owns"), std::string::npos);
  EXPECT_NE(r.out.find("time:"), std::string::npos);

  r = RunDb("ingest '" + Demo() + "'");
  ASSERT_EQ(r.rc, 0) << r.err;
  EXPECT_NE(r.out.find("already stored"), std::string::npos) << r.out;

  r = RunDb("show ntt");
  ASSERT_EQ(r.rc, 0) << r.err;
  EXPECT_NE(r.out.find("owns 26.9% -> Internet Initiative Japan"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("26.9% of IIJ"), std::string::npos) << r.out;  // the evidence sentence

  r = RunDb("show IIJ --json");
  ASSERT_EQ(r.rc, 0) << r.err;
  nlohmann::json iij = nlohmann::json::parse(r.out);
  EXPECT_EQ(iij["name"], "Internet Initiative Japan Inc.");
  EXPECT_EQ(iij["kind"], "company");
  bool kddi = false;
  for (const auto& e : iij["out"]) {
    if (e["rel"] == "competes" && e["dst"].get<std::string>().find("KDDI") != std::string::npos) {
      kddi = true;
      EXPECT_FALSE(e["evidence"].empty());
      EXPECT_FALSE(e["evidence"][0]["sentence"].get<std::string>().empty());
    }
  }
  EXPECT_TRUE(kddi);
  bool owned_by_ntt = false;
  for (const auto& e : iij["in"]) owned_by_ntt |= e["rel"] == "owns" && e.value("percent", 0.0) == 26.9;
  EXPECT_TRUE(owned_by_ntt);
  // By id too.
  r = RunDb("show " + std::to_string(iij["id"].get<std::uint64_t>()));
  EXPECT_EQ(r.rc, 0);
  EXPECT_NE(r.out.find("Internet Initiative Japan Inc."), std::string::npos);

  r = RunDb("entities --json");
  ASSERT_EQ(r.rc, 0) << r.err;
  nlohmann::json entities = nlohmann::json::parse(r.out);
  EXPECT_GT(entities.size(), 10u);
  r = RunDb("entities --kind person");
  ASSERT_EQ(r.rc, 0);
  EXPECT_GT(Lines(r.out), 0);
  EXPECT_EQ(r.out.find("\tcompany\t"), std::string::npos);

  r = RunDb("documents --json");
  ASSERT_EQ(r.rc, 0) << r.err;
  nlohmann::json docs = nlohmann::json::parse(r.out);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0]["name"], "iij-20f-fy2017.txt");
  EXPECT_EQ(docs[0]["id"].get<std::string>().size(), 16u);

  r = RunDb("stats --json");
  ASSERT_EQ(r.rc, 0) << r.err;
  nlohmann::json stats = nlohmann::json::parse(r.out);
  EXPECT_EQ(stats["documents"], 1);
  EXPECT_GT(stats["entities"].get<int>(), 10);
  EXPECT_GT(stats["edges_by_relation"]["owns"].get<int>(), 0);
  EXPECT_GT(stats["bytes_on_disk"].get<int>(), 0);
  r = RunDb("stats --verify");
  EXPECT_EQ(r.rc, 0) << r.err;
  EXPECT_NE(r.out.find("verified"), std::string::npos);

  r = RunDb("remove iij-20f-fy2017.txt");
  ASSERT_EQ(r.rc, 0) << r.err;
  EXPECT_NE(r.out.find("removed document"), std::string::npos);
  stats = nlohmann::json::parse(RunDb("stats --json").out);
  EXPECT_EQ(stats["documents"], 0);
  EXPECT_EQ(stats["entities"], 0);
  EXPECT_EQ(stats["edges"], 0);
  r = RunDb("remove iij-20f-fy2017.txt");
  EXPECT_EQ(r.rc, 1);
  EXPECT_EQ(Lines(r.err), 1) << r.err;
}

TEST_F(StoreCliTest, ReplaceSwapsADocumentForItsNewVersion) {
  std::string v1 = "Acme Widgets Inc. (\"Acme\") is the filer. Acme owns 60% of Bolt Gears Ltd.\n";
  std::string path = Write("acme.txt", v1);
  ASSERT_EQ(RunDb("ingest '" + path + "' --filer 'Acme Widgets Inc.'").rc, 0);
  Write("acme.txt", v1 + "Acme owns 100% of Cog Works Ltd.\n");
  CliRun r = RunDb("ingest '" + path + "' --filer 'Acme Widgets Inc.' --replace");
  ASSERT_EQ(r.rc, 0) << r.err;
  EXPECT_NE(r.out.find("replaced document"), std::string::npos) << r.out;
  nlohmann::json docs = nlohmann::json::parse(RunDb("documents --json").out);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0]["name"], "acme.txt");
  EXPECT_EQ(RunDb("stats --verify").rc, 0);
}

TEST_F(StoreCliTest, ImportReportsBadRowsAndWritesAllOrNothing) {
  std::string nodes = Write("nodes.csv", "id:ID,name,:LABEL\n10,Acme Holdings,Company\n11,Bolt Ltd,Company\n12,Jane Roe,Person\n");
  std::string edges = Write("edges.csv", ":START_ID,:END_ID,:TYPE,percent:float\n10,11,OWNS,51\n10,99,SUPPLIES,\n12,10,officer_of,\n");
  CliRun r = RunDb("import --nodes '" + nodes + "' --edges '" + edges + "'");
  EXPECT_EQ(r.rc, 1);
  EXPECT_EQ(Lines(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("edges.csv:3: unknown :END_ID 99"), std::string::npos) << r.err;
  EXPECT_EQ(nlohmann::json::parse(RunDb("stats --json").out)["entities"], 0);

  r = RunDb("import --nodes '" + nodes + "' --edges '" + edges + "' --on-error skip");
  ASSERT_EQ(r.rc, 0) << r.err;
  EXPECT_NE(r.out.find("imported 3 nodes and 2 edges"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("edges.csv:3"), std::string::npos) << r.err;
  r = RunDb("show 10");
  ASSERT_EQ(r.rc, 0) << r.err;
  EXPECT_NE(r.out.find("owns 51% -> Bolt Ltd [11]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("officer_of <- Jane Roe [12]"), std::string::npos) << r.out;

  r = RunDb("import --nodes '" + nodes + "' --edges '" + edges + "' --on-error maybe");
  EXPECT_EQ(r.rc, 2);
  // Into the now non-empty database the same bad row still fails the whole import.
  r = RunDb("import --nodes '" + nodes + "' --edges '" + edges + "'");
  EXPECT_EQ(r.rc, 1);
  EXPECT_NE(r.err.find("edges.csv:3: unknown :END_ID 99"), std::string::npos) << r.err;
}

TEST_F(StoreCliTest, ImportMergesIntoAGraphBuiltFromFilings) {
  ASSERT_EQ(RunDb("ingest '" + std::string(CORPGRAPH_SOURCE_DIR) + "/examples/iij-20f-fy2017.txt'").rc, 0);
  nlohmann::json before = nlohmann::json::parse(RunDb("stats --json").out);
  // KDDI is already in the graph (from the filing); Aurora Fiber is new.
  std::string nodes = Write("nodes.csv", "id:ID,name,:LABEL\n1,KDDI Corporation,Company\n2,Aurora Fiber K.K.,Company\n");
  std::string edges = Write("edges.csv", ":START_ID,:END_ID,:TYPE,percent:float\n1,2,OWNS,40\n");
  CliRun r = RunDb("import --nodes '" + nodes + "' --edges '" + edges + "'");
  ASSERT_EQ(r.rc, 0) << r.err;
  EXPECT_NE(r.out.find("merged 1 new node and 1 new edge"), std::string::npos) << r.out;
  r = RunDb("show 'Aurora Fiber'");
  ASSERT_EQ(r.rc, 0) << r.err;
  EXPECT_NE(r.out.find("owns 40% <- KDDI Corporation"), std::string::npos) << r.out;
  nlohmann::json after = nlohmann::json::parse(RunDb("stats --json").out);
  EXPECT_EQ(after["entities"].get<int>(), before["entities"].get<int>() + 1);
  EXPECT_EQ(after["documents"].get<int>(), before["documents"].get<int>() + 1);
  EXPECT_EQ(RunDb("stats --verify").rc, 0) << "counters agree with a full scan";

  r = RunDb("import --nodes '" + nodes + "' --edges '" + edges + "'");
  ASSERT_EQ(r.rc, 0) << r.err;
  EXPECT_NE(r.out.find("already imported"), std::string::npos) << r.out;
  nlohmann::json again = nlohmann::json::parse(RunDb("stats --json").out);
  again.erase("bytes_on_disk");
  after.erase("bytes_on_disk");
  EXPECT_EQ(again, after);

  // The import is a document: removing it takes away what only it stated.
  ASSERT_EQ(RunDb("remove nodes.csv+edges.csv").rc, 0);
  EXPECT_EQ(RunDb("show 'Aurora Fiber'").rc, 1);
  EXPECT_EQ(nlohmann::json::parse(RunDb("stats --json").out)["entities"], before["entities"]);
}

TEST_F(StoreCliTest, ErrorsAreOneLineWithNonZeroStatus) {
  CliRun r = RunDb("show Anyone");
  EXPECT_EQ(r.rc, 1);
  EXPECT_NE(r.err.find("no corpgraph database"), std::string::npos) << r.err;
  EXPECT_EQ(Lines(r.err), 1);

  fs::create_directories(dir_ / "other");
  Write("other/readme.txt", "not a database");
  r = Run("ingest '" + Demo() + "' --db '" + (dir_ / "other").string() + "'");
  EXPECT_EQ(r.rc, 1);
  EXPECT_NE(r.err.find("not a corpgraph database"), std::string::npos) << r.err;
  EXPECT_EQ(Lines(r.err), 1);

  r = RunDb("ingest '" + (dir_ / "missing.txt").string() + "'");
  EXPECT_EQ(r.rc, 1);
  EXPECT_EQ(Lines(r.err), 1) << r.err;
  r = RunDb("entities --kind robot");
  EXPECT_EQ(r.rc, 1);
  EXPECT_NE(r.err.find("unknown kind"), std::string::npos);
  r = RunDb("stats --frobnicate");
  EXPECT_EQ(r.rc, 2);
  r = Run("show --help");
  EXPECT_EQ(r.rc, 0);
  EXPECT_NE(r.out.find("--db"), std::string::npos);
}

TEST_F(StoreCliTest, SecondWriterIsRefusedWhileReadersWork) {
  ASSERT_EQ(RunDb("ingest '" + Demo() + "'").rc, 0);
  corpgraph::StatusOr<std::unique_ptr<corpgraph::GraphStore>> writer = corpgraph::GraphStore::Open(db_, {});
  ASSERT_TRUE(writer.ok()) << writer.status().ToString();
  CliRun r = RunDb("remove iij-20f-fy2017.txt");
  EXPECT_EQ(r.rc, 1);
  EXPECT_NE(r.err.find("is in use by another corpgraph process"), std::string::npos) << r.err;
  EXPECT_EQ(Lines(r.err), 1);
  r = RunDb("show IIJ");  // readers open read-only and are not blocked
  EXPECT_EQ(r.rc, 0) << r.err;
  EXPECT_NE(r.out.find("Internet Initiative Japan"), std::string::npos);
}

}  // namespace
