// Crash safety: a child process writing the store is killed with SIGKILL at random moments;
// afterwards every document is wholly present or wholly absent and the kept counts agree
// with a full scan.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <set>
#include <random>

#include "store/graph_store.h"
#include "tests/store/temp_dir.h"

namespace corpgraph {
namespace {

using testing::TempDir;

constexpr int kDocs = 30;
constexpr int kUnique = 4;  // entities only document i mentions

std::string UniqueName(int doc, int j) { return "Unique " + std::to_string(doc) + "x" + std::to_string(j) + " Ltd."; }

// Document i: a shared parent owns its unique companies, which supply a company shared by
// every fifth document.
Graph Fragment(int i) {
  Graph g;
  EntityId parent = g.AddEntity({.name = "Shared Parent Inc.", .aliases = {"SPI"}});
  EntityId common = g.AddEntity({.name = "Common Supplier " + std::to_string(i % 5) + " Corp."});
  for (int j = 0; j < kUnique; ++j) {
    EntityId u = g.AddEntity({.name = UniqueName(i, j)});
    Edge& owns = g.AddEdge({.src = parent, .dst = u, .rel = Relation::kOwns,
                            .evidence = {{.begin = std::uint64_t(10 * j), .end = std::uint64_t(10 * j + 5), .sentence = "owns"}}});
    owns.attrs.percent = 50 + j;
    g.AddEdge({.src = common, .dst = u, .rel = Relation::kSupplies,
               .evidence = {{.begin = std::uint64_t(100 + j), .end = std::uint64_t(200 + j), .sentence = "supplies"}}});
  }
  g.AddEdge({.src = parent, .dst = common, .rel = Relation::kCompetes,
             .evidence = {{.begin = std::uint64_t(500 + i), .end = std::uint64_t(600 + i)}}});
  return g;
}

Document Doc(int i) { return DescribeDocument("content of document " + std::to_string(i), "doc-" + std::to_string(i) + ".txt"); }

// The child's work, until it is killed: toggles documents in and out (ingest when absent,
// remove when present) and now and then replaces one, so every moment has a write in flight.
[[noreturn]] void Writer(const std::string& db) {
  StatusOr<std::unique_ptr<GraphStore>> store = GraphStore::Open(db, {});
  if (!store.ok()) _exit(2);
  std::mt19937 rng(static_cast<unsigned>(getpid()));
  for (int n = 0;; ++n) {
    int i = static_cast<int>(rng() % kDocs);
    bool present = (*store)->FindDocument(Doc(i).id).ok();
    if (n % 7 == 6 && present) {
      if (!(*store)->Replace(Doc(i).id, Doc((i + 1) % kDocs), Fragment((i + 1) % kDocs)).ok()) _exit(3);
    } else if (present) {
      if (!(*store)->RemoveDocument(Doc(i).id).ok()) _exit(3);
    } else {
      if (!(*store)->Ingest(Doc(i), Fragment(i)).ok()) _exit(3);
    }
  }
}

// The child runs as a fresh exec of this test binary (a forked copy would inherit RocksDB's
// background thread pool without its threads). CORPGRAPH_CRASH_CHILD selects its role.
[[noreturn]] void Importer(const std::string& db, const std::string& nodes, const std::string& edges) {
  StatusOr<std::unique_ptr<GraphStore>> store = GraphStore::Open(db, {});
  if (!store.ok()) _exit(2);
  _exit((*store)->ImportCsv({.nodes_path = nodes, .edges_path = edges}).ok() ? 0 : 3);
}

// The child's entry point: runs only when CORPGRAPH_CRASH_CHILD is set (see SpawnChild).
TEST(CrashChild, Run) {
  const char* role = std::getenv("CORPGRAPH_CRASH_CHILD");
  if (role == nullptr) GTEST_SKIP() << "only runs as a crash-test child";
  std::string r = role;
  if (r == "ingest") Writer(std::getenv("CORPGRAPH_CRASH_DB"));
  if (r == "import") {
    Importer(std::getenv("CORPGRAPH_CRASH_DB"), std::getenv("CORPGRAPH_CRASH_NODES"),
             std::getenv("CORPGRAPH_CRASH_EDGES"));
  }
  _exit(4);
}

// Starts this binary as a child in `role`; returns its pid.
pid_t SpawnChild(const std::string& role, const std::string& db, const std::string& nodes = "",
                 const std::string& edges = "") {
  pid_t pid = fork();
  if (pid != 0) return pid;
  setenv("CORPGRAPH_CRASH_CHILD", role.c_str(), 1);
  setenv("CORPGRAPH_CRASH_DB", db.c_str(), 1);
  setenv("CORPGRAPH_CRASH_NODES", nodes.c_str(), 1);
  setenv("CORPGRAPH_CRASH_EDGES", edges.c_str(), 1);
  execl("/proc/self/exe", "store_crash_test", "--gtest_filter=CrashChild.Run", static_cast<char*>(nullptr));
  _exit(5);
}

void ExpectConsistent(GraphStore& store) {
  StatusOr<StoreStats> kept = store.Stats();
  StatusOr<StoreStats> scanned = store.ScanStats();
  ASSERT_TRUE(kept.ok() && scanned.ok());
  EXPECT_EQ(kept->documents, scanned->documents);
  EXPECT_EQ(kept->entities, scanned->entities);
  EXPECT_EQ(kept->edges, scanned->edges);
  EXPECT_EQ(kept->evidence, scanned->evidence);
  EXPECT_EQ(kept->entities_by_kind, scanned->entities_by_kind);
  EXPECT_EQ(kept->edges_by_relation, scanned->edges_by_relation);

  std::set<std::string> stored;
  StatusOr<std::vector<Document>> docs = store.ListDocuments();
  ASSERT_TRUE(docs.ok());
  for (const Document& d : *docs) stored.insert(d.id);
  EXPECT_EQ(stored.size(), kept->documents);
  for (int i = 0; i < kDocs; ++i) {
    Document doc = Doc(i);
    bool present = stored.count(doc.id) > 0;
    for (int j = 0; j < kUnique; ++j) {
      StatusOr<EntityId> u = store.FindEntity(UniqueName(i, j));
      ASSERT_EQ(u.ok(), present) << "document " << i << " entity " << j;
      if (!present) continue;
      StatusOr<Edge> owns = store.GetEdge(*store.FindEntity("SPI"), Relation::kOwns, *u);
      ASSERT_TRUE(owns.ok()) << i;
      EXPECT_EQ(owns->attrs.percent, 50.0 + j);
      ASSERT_EQ(owns->evidence.size(), 1u);
      EXPECT_EQ(owns->evidence[0].document, doc.id);
    }
  }
}

TEST(CrashTest, KilledIngestLeavesDocumentsWholeOrAbsent) {
  TempDir dir;
  std::string db = dir.Sub("db");
  std::mt19937 rng(20261125);
  int killed_midway = 0;
  std::vector<std::size_t> documents_seen;
  for (int round = 0; round < 20; ++round) {
    pid_t pid = SpawnChild("ingest", db);
    ASSERT_GE(pid, 0);
    std::uniform_int_distribution<int> delay_us(20000, 200000);
    usleep(delay_us(rng));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status)) ++killed_midway;
    ASSERT_TRUE(WIFSIGNALED(status) || WEXITSTATUS(status) == 0) << "writer failed with " << WEXITSTATUS(status);
    StatusOr<std::unique_ptr<GraphStore>> store = GraphStore::Open(db, {});
    if (!store.ok() && round == 0 && !std::filesystem::exists(db + "/CURRENT")) continue;
    ASSERT_TRUE(store.ok()) << "round " << round << ": " << store.status().ToString();
    ExpectConsistent(**store);
    documents_seen.push_back((*store)->Stats()->documents);
    if (HasFailure()) return;
  }
  std::cout << "ingest rounds killed midway: " << killed_midway << "/20; documents after each:";
  for (std::size_t n : documents_seen) std::cout << " " << n;
  std::cout << "\n";
  EXPECT_EQ(killed_midway, 20);  // the writer never stops by itself
  std::set<std::size_t> distinct(documents_seen.begin(), documents_seen.end());
  EXPECT_GT(distinct.size(), 1u);  // and it really wrote between kills
}

TEST(CrashTest, KilledImportLeavesAllOrNothing) {
  TempDir dir;
  constexpr int kNodes = 30000, kEdges = 90000;
  {
    std::ofstream nodes(dir.Sub("nodes.csv")), edges(dir.Sub("edges.csv"));
    nodes << "id:ID,name,:LABEL\n";
    for (int i = 0; i < kNodes; ++i) nodes << i << ",Company " << i << " Ltd,Company\n";
    edges << ":START_ID,:END_ID,:TYPE,percent:float\n";
    std::mt19937 rng(7);
    std::set<std::pair<int, int>> seen;
    while (static_cast<int>(seen.size()) < kEdges) {
      int s = static_cast<int>(rng() % kNodes), d = static_cast<int>(rng() % kNodes);
      if (s == d || !seen.emplace(s, d).second) continue;
      edges << s << "," << d << ",SUPPLIES,\n";
    }
  }
  std::mt19937 rng(11);
  int complete = 0, empty = 0;
  for (int round = 0; round < 10; ++round) {
    std::string db = dir.Sub("db" + std::to_string(round));
    pid_t pid = SpawnChild("import", db, dir.Sub("nodes.csv"), dir.Sub("edges.csv"));
    ASSERT_GE(pid, 0);
    std::uniform_int_distribution<int> delay_us(0, 600000);
    usleep(delay_us(rng));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status) || WEXITSTATUS(status) == 0);
    StatusOr<std::unique_ptr<GraphStore>> store = GraphStore::Open(db, {});
    if (!store.ok()) {
      // Killed before the database existed at all.
      EXPECT_TRUE(std::filesystem::exists(db)) << store.status().ToString();
      continue;
    }
    StatusOr<StoreStats> kept = (*store)->Stats();
    StatusOr<StoreStats> scanned = (*store)->ScanStats();
    ASSERT_TRUE(kept.ok() && scanned.ok());
    EXPECT_EQ(kept->edges, scanned->edges);
    EXPECT_EQ(kept->entities, scanned->entities);
    if (scanned->entities == 0) {
      ++empty;
      EXPECT_EQ(scanned->edges, 0u);
      EXPECT_EQ(scanned->documents, 0u);
    } else {
      ++complete;
      EXPECT_EQ(scanned->entities, static_cast<std::size_t>(kNodes));
      EXPECT_EQ(scanned->edges, static_cast<std::size_t>(kEdges));
      EXPECT_EQ(scanned->documents, 1u);
    }
    EXPECT_FALSE(std::filesystem::exists(db + "/import.tmp"));  // cleaned at open
  }
  std::cout << "import rounds: " << complete << " complete, " << empty << " empty\n";
  EXPECT_GT(complete + empty, 0);
}

}  // namespace
}  // namespace corpgraph
