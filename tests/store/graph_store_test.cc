#include "store/graph_store.h"

#include <gtest/gtest.h>
#include <rocksdb/db.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "tests/store/temp_dir.h"

namespace corpgraph {
namespace {

using testing::TempDir;

std::unique_ptr<GraphStore> OpenOrDie(const std::string& path, StoreOptions options = {}) {
  StatusOr<std::unique_ptr<GraphStore>> store = GraphStore::Open(path, options);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return store.ok() ? std::move(*store) : nullptr;
}

// A fragment as an extractor would produce it: Acme owns 51% of Bolt; Acme competes with Zed.
Graph AcmeFragment(const std::string& acme_name = "Acme Holdings Inc.") {
  Graph g;
  EntityId acme = g.AddEntity({.name = acme_name, .aliases = {"Acme"}});
  EntityId bolt = g.AddEntity({.name = "Bolt Ltd."});
  EntityId zed = g.AddEntity({.name = "Zed Corporation"});
  Edge& owns = g.AddEdge({.src = acme, .dst = bolt, .rel = Relation::kOwns,
                          .evidence = {{.begin = 10, .end = 40, .sentence = "We own 51% of Bolt Ltd."}}});
  owns.attrs.percent = 51;
  g.AddEdge({.src = acme, .dst = zed, .rel = Relation::kCompetes,
             .evidence = {{.begin = 50, .end = 90, .sentence = "Competitors include Zed Corporation."}}});
  return g;
}

Document Doc(const std::string& content, const std::string& name) {
  Document d = DescribeDocument(content, name);
  d.filer = "Acme Holdings Inc.";
  d.form = "10-K";
  return d;
}

void ExpectStatsConsistent(const GraphStore& store) {
  StatusOr<StoreStats> fast = store.Stats();
  StatusOr<StoreStats> slow = store.ScanStats();
  ASSERT_TRUE(fast.ok() && slow.ok());
  EXPECT_EQ(fast->documents, slow->documents);
  EXPECT_EQ(fast->entities, slow->entities);
  EXPECT_EQ(fast->edges, slow->edges);
  EXPECT_EQ(fast->evidence, slow->evidence);
  EXPECT_EQ(fast->entities_by_kind, slow->entities_by_kind);
  EXPECT_EQ(fast->edges_by_relation, slow->edges_by_relation);
}

TEST(GraphStoreTest, WriteCloseReopenRead) {
  TempDir dir;
  std::string db = dir.Sub("db");
  {
    auto store = OpenOrDie(db);
    StatusOr<IngestResult> r = store->Ingest(Doc("doc one", "one.txt"), AcmeFragment());
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_FALSE(r->already_present);
    EXPECT_EQ(r->entities_added, 3u);
    EXPECT_EQ(r->edges_added, 2u);
    EXPECT_EQ(r->evidence_added, 2u);
  }
  auto store = OpenOrDie(db);
  StatusOr<EntityId> acme = store->FindEntity("ACME HOLDINGS");
  ASSERT_TRUE(acme.ok());
  EXPECT_EQ(*store->FindEntity("acme"), *acme);            // alias
  EXPECT_EQ(*store->FindEntity(std::to_string(*acme)), *acme);  // id
  EXPECT_TRUE(store->FindEntity("Nobody Inc.").status().IsNotFound());
  StatusOr<Entity> e = store->GetEntity(*acme);
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->name, "Acme Holdings Inc.");
  EXPECT_EQ(e->aliases, std::vector<std::string>{"Acme"});

  EntityId bolt = *store->FindEntity("Bolt");
  std::vector<EdgeRef> out;
  ASSERT_TRUE(store->ForEachEdge(*acme, Direction::kOut, RelationSet::All(), [&](const EdgeRef& r) {
    out.push_back(r);
    return true;
  }).ok());
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].rel, Relation::kOwns);  // relations in code order
  EXPECT_EQ(out[0].dst, bolt);
  EXPECT_EQ(out[0].percent, 51.0);
  std::vector<EdgeRef> in;
  ASSERT_TRUE(store->ForEachEdge(bolt, Direction::kIn, {Relation::kOwns}, [&](const EdgeRef& r) {
    in.push_back(r);
    return true;
  }).ok());
  ASSERT_EQ(in.size(), 1u);
  EXPECT_EQ(in[0].src, *acme);
  EXPECT_EQ(in[0].percent, 51.0);
  // Relation filter: only competes.
  int competes = 0;
  ASSERT_TRUE(store->ForEachEdge(*acme, Direction::kBoth, {Relation::kCompetes}, [&](const EdgeRef& r) {
    EXPECT_EQ(r.rel, Relation::kCompetes);
    ++competes;
    return true;
  }).ok());
  EXPECT_EQ(competes, 1);

  StatusOr<Edge> edge = store->GetEdge(*acme, Relation::kOwns, bolt);
  ASSERT_TRUE(edge.ok());
  ASSERT_EQ(edge->evidence.size(), 1u);
  EXPECT_EQ(edge->evidence[0].sentence, "We own 51% of Bolt Ltd.");
  EXPECT_EQ(edge->evidence[0].begin, 10u);
  EXPECT_EQ(edge->evidence[0].document, Doc("doc one", "one.txt").id);
  EXPECT_TRUE(store->GetEdge(bolt, Relation::kOwns, *acme).status().IsNotFound());

  int all = 0;
  ASSERT_TRUE(store->ForEachEdgeOfAll([&](const EdgeRef&) { return ++all, true; }).ok());
  EXPECT_EQ(all, 2);
  StatusOr<StoreStats> stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, 1u);
  EXPECT_EQ(stats->entities, 3u);
  EXPECT_EQ(stats->edges, 2u);
  EXPECT_EQ(stats->edges_by_relation.at("owns"), 1u);
  EXPECT_GT(stats->bytes_on_disk, 0u);
  ExpectStatsConsistent(*store);
}

TEST(GraphStoreTest, ReingestSameContentIsNoOpAndIdsAreStable) {
  TempDir dir;
  auto store = OpenOrDie(dir.Sub("db"));
  ASSERT_TRUE(store->Ingest(Doc("content", "a.txt"), AcmeFragment()).ok());
  EntityId acme = *store->FindEntity("Acme");
  StatusOr<IngestResult> again = store->Ingest(Doc("content", "renamed.txt"), AcmeFragment());
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->already_present);
  EXPECT_EQ(again->entities_added, 0u);
  EXPECT_EQ(*store->FindEntity("Acme"), acme);
  StatusOr<StoreStats> stats = store->Stats();
  EXPECT_EQ(stats->documents, 1u);
  EXPECT_EQ(stats->entities, 3u);
  EXPECT_EQ(stats->evidence, 2u);

  // Remove, ingest something else, ingest the document again: its entities get their ids back.
  EntityId bolt = *store->FindEntity("Bolt");
  ASSERT_TRUE(store->RemoveDocument("a.txt").ok());
  Graph other;
  other.AddEntity({.name = "Other Co."});
  ASSERT_TRUE(store->Ingest(Doc("other", "other.txt"), other).ok());
  ASSERT_TRUE(store->Ingest(Doc("content", "a.txt"), AcmeFragment()).ok());
  EXPECT_EQ(*store->FindEntity("Acme"), acme);
  EXPECT_EQ(*store->FindEntity("Bolt"), bolt);
  EXPECT_NE(*store->FindEntity("Other"), acme);
  ExpectStatsConsistent(*store);
}

TEST(GraphStoreTest, MergesEntitiesAndEvidenceAcrossDocuments) {
  TempDir dir;
  auto store = OpenOrDie(dir.Sub("db"));
  ASSERT_TRUE(store->Ingest(Doc("first", "2016.txt"), AcmeFragment("ACME HOLDINGS, INC.")).ok());
  // The second filing spells the name differently and sees Zed -> Acme (symmetric relation).
  Graph g;
  EntityId acme = g.AddEntity({.name = "Acme Holdings Incorporated", .aliases = {"AHI"}});
  EntityId zed = g.AddEntity({.name = "Zed Corp."});
  EntityId bolt = g.AddEntity({.name = "Bolt"});
  g.AddEdge({.src = zed, .dst = acme, .rel = Relation::kCompetes,
             .evidence = {{.begin = 5, .end = 9, .sentence = "Zed competes with AHI."}}});
  Edge& owns = g.AddEdge({.src = acme, .dst = bolt, .rel = Relation::kOwns,
                          .evidence = {{.begin = 1, .end = 3, .sentence = "AHI holds Bolt."}}});
  owns.attrs.what = "shares";
  StatusOr<IngestResult> r = store->Ingest(Doc("second", "2017.txt"), g);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->entities_added, 0u);
  EXPECT_EQ(r->edges_added, 0u);
  EXPECT_EQ(r->evidence_added, 2u);

  EntityId id = *store->FindEntity("AHI");
  EXPECT_EQ(*store->FindEntity("Acme Holdings"), id);
  StatusOr<Entity> e = store->GetEntity(id);
  // The first full form seen was ALL CAPS: the mixed-case spelling of the second filing
  // becomes the name, the caps form an alias.
  EXPECT_EQ(e->name, "Acme Holdings Incorporated");
  for (const char* spelling : {"Acme", "ACME HOLDINGS, INC.", "AHI"}) {
    EXPECT_NE(std::find(e->aliases.begin(), e->aliases.end(), spelling), e->aliases.end()) << spelling;
  }
  StatusOr<Edge> competes = store->GetEdge(id, Relation::kCompetes, *store->FindEntity("Zed"));
  ASSERT_TRUE(competes.ok());
  EXPECT_EQ(competes->evidence.size(), 2u);
  StatusOr<Edge> owns_edge = store->GetEdge(id, Relation::kOwns, *store->FindEntity("Bolt"));
  ASSERT_TRUE(owns_edge.ok());
  EXPECT_EQ(owns_edge->evidence.size(), 2u);
  EXPECT_EQ(owns_edge->attrs.percent, 51.0);  // kept from the first filing
  EXPECT_EQ(owns_edge->attrs.what, "shares");  // filled in by the second
  ExpectStatsConsistent(*store);
}

TEST(GraphStoreTest, MixedCaseNamesWinOverAllCapsAndKeepTheCapsAsAlias) {
  TempDir dir;
  auto store = OpenOrDie(dir.Sub("db"));
  // A customer table writes the name in capitals; that filing is ingested first.
  Graph table;
  EntityId filer = table.AddEntity({.name = "Acme Holdings Inc."});
  EntityId caps = table.AddEntity({.name = "MICROSOFT CORPORATION"});
  table.AddEdge({.src = caps, .dst = filer, .rel = Relation::kSupplies,
                 .evidence = {{.begin = 0, .end = 21, .sentence = "MICROSOFT CORPORATION | 12%"}}});
  ASSERT_TRUE(store->Ingest(Doc("table", "table.txt"), table).ok());
  EntityId id = *store->FindEntity("Microsoft");
  EXPECT_EQ(store->GetEntity(id)->name, "MICROSOFT CORPORATION");  // no other form known yet

  // The prose of a later filing writes it in mixed case: that form becomes the name.
  Graph prose;
  EntityId filer2 = prose.AddEntity({.name = "Acme Holdings Inc."});
  EntityId mixed = prose.AddEntity({.name = "Microsoft Corporation"});
  prose.AddEdge({.src = filer2, .dst = mixed, .rel = Relation::kCompetes,
                 .evidence = {{.begin = 0, .end = 40, .sentence = "We compete with Microsoft Corporation."}}});
  ASSERT_TRUE(store->Ingest(Doc("prose", "prose.txt"), prose).ok());
  EXPECT_EQ(*store->FindEntity("MICROSOFT CORPORATION"), id);  // one entity, same id
  StatusOr<Entity> merged = store->GetEntity(id);
  ASSERT_TRUE(merged.ok());
  EXPECT_EQ(merged->name, "Microsoft Corporation");
  EXPECT_NE(std::find(merged->aliases.begin(), merged->aliases.end(), "MICROSOFT CORPORATION"), merged->aliases.end());
  EXPECT_EQ(std::find(merged->aliases.begin(), merged->aliases.end(), "Microsoft Corporation"), merged->aliases.end());

  // A third, caps-only mention changes nothing back.
  ASSERT_TRUE(store->Ingest(Doc("table again", "table2.txt"), table).ok());
  EXPECT_EQ(store->GetEntity(id)->name, "Microsoft Corporation");

  // A new entity whose fragment name is caps but which carries a mixed-case spelling of the
  // same name starts with the mixed-case one; a caps name with no such spelling stays.
  Graph fresh;
  EntityId f = fresh.AddEntity({.name = "Acme Holdings Inc."});
  EntityId globex = fresh.AddEntity({.name = "GLOBEX CORP.", .aliases = {"Globex Corp", "GX"}});
  EntityId ibm = fresh.AddEntity({.name = "IBM"});
  fresh.AddEdge({.src = globex, .dst = f, .rel = Relation::kSupplies,
                 .evidence = {{.begin = 0, .end = 10, .sentence = "GLOBEX CORP. | 9%"}}});
  fresh.AddEdge({.src = ibm, .dst = f, .rel = Relation::kSupplies,
                 .evidence = {{.begin = 11, .end = 20, .sentence = "IBM | 8%"}}});
  ASSERT_TRUE(store->Ingest(Doc("fresh", "fresh.txt"), fresh).ok());
  StatusOr<Entity> g = store->GetEntity(*store->FindEntity("globex"));
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(g->name, "Globex Corp");
  EXPECT_NE(std::find(g->aliases.begin(), g->aliases.end(), "GLOBEX CORP."), g->aliases.end());
  EXPECT_EQ(store->GetEntity(*store->FindEntity("ibm"))->name, "IBM");
  ExpectStatsConsistent(*store);
}

TEST(GraphStoreTest, SharedAliasesAloneDoNotMergeEntitiesButAFormerNameDoes) {
  TempDir dir;
  auto store = OpenOrDie(dir.Sub("db"));
  // Two filers whose generated initials ("VL") and group forms coincide.
  auto filing = [](const std::string& name, const std::string& former) {
    Graph g;
    std::vector<std::string> aliases{"VL", "VL Group"};
    if (!former.empty()) aliases.push_back(former);
    EntityId filer = g.AddEntity({.name = name, .aliases = aliases});
    EntityId rival = g.AddEntity({.name = "Rival Systems Inc."});
    g.AddEdge({.src = filer, .dst = rival, .rel = Relation::kCompetes,
               .evidence = {{.begin = 0, .end = 10, .sentence = name + " competes with Rival Systems Inc."}}});
    return g;
  };
  ASSERT_TRUE(store->Ingest(Doc("v0", "v0.txt"), filing("Vendor0 Logistics Inc.", "")).ok());
  ASSERT_TRUE(store->Ingest(Doc("v1", "v1.txt"), filing("Vendor1 Logistics Inc.", "")).ok());
  StatusOr<EntityId> v0 = store->FindEntity("Vendor0 Logistics");
  StatusOr<EntityId> v1 = store->FindEntity("Vendor1 Logistics");
  ASSERT_TRUE(v0.ok() && v1.ok());
  EXPECT_NE(*v0, *v1);
  EXPECT_EQ(store->GetEntity(*v1)->name, "Vendor1 Logistics Inc.");
  // A later filing under a new name that states the old one joins the old entity.
  ASSERT_TRUE(store->Ingest(Doc("v2", "v2.txt"), filing("Vector Logistics Inc.", "Vendor1 Logistics Inc.")).ok());
  EXPECT_EQ(*store->FindEntity("Vector Logistics"), *v1);
  ExpectStatsConsistent(*store);
}

TEST(GraphStoreTest, FullEdgeScanEqualsGetEdgeForEveryEdge) {
  TempDir dir;
  auto store = OpenOrDie(dir.Sub("db"));
  ASSERT_TRUE(store->Ingest(Doc("first", "2016.txt"), AcmeFragment()).ok());
  Graph g;
  EntityId acme = g.AddEntity({.name = "Acme Holdings Inc."});
  EntityId bolt = g.AddEntity({.name = "Bolt Ltd."});
  EntityId yak = g.AddEntity({.name = "Yak Supplies Corporation"});
  g.AddEdge({.src = acme, .dst = bolt, .rel = Relation::kOwns,
             .evidence = {{.begin = 1, .end = 3, .sentence = "Acme holds Bolt."}}});
  g.AddEdge({.src = yak, .dst = acme, .rel = Relation::kSupplies,
             .evidence = {{.begin = 4, .end = 8, .sentence = "Yak supplies Acme."}}});
  ASSERT_TRUE(store->Ingest(Doc("second", "2017.txt"), g).ok());

  std::vector<Edge> scanned;
  ASSERT_TRUE(store->ForEachFullEdge([&](const Edge& e) {
                     scanned.push_back(e);
                     return true;
                   }).ok());
  ASSERT_EQ(scanned.size(), 3u);
  for (const Edge& e : scanned) {
    StatusOr<Edge> got = store->GetEdge(e.src, e.rel, e.dst);
    ASSERT_TRUE(got.ok());
    EXPECT_EQ(e.attrs.percent, got->attrs.percent);
    ASSERT_EQ(e.evidence.size(), got->evidence.size());
    for (size_t i = 0; i < e.evidence.size(); ++i) {
      EXPECT_EQ(e.evidence[i].document, got->evidence[i].document);
      EXPECT_EQ(e.evidence[i].begin, got->evidence[i].begin);
      EXPECT_EQ(e.evidence[i].sentence, got->evidence[i].sentence);
    }
    StatusOr<std::optional<Evidence>> first = store->GetFirstEvidence(e.src, e.rel, e.dst);
    ASSERT_TRUE(first.ok() && first->has_value());
    EXPECT_EQ((*first)->sentence, got->evidence.front().sentence);
  }
  EXPECT_EQ(scanned[0].evidence.size(), 2u) << "owns is stated in both documents";
  EXPECT_TRUE(store->GetFirstEvidence(acme, Relation::kLendsTo, bolt).status().IsNotFound());
}

TEST(GraphStoreTest, RemoveDeletesOnlyWhatTheDocumentAloneSupported) {
  TempDir dir;
  auto store = OpenOrDie(dir.Sub("db"));
  ASSERT_TRUE(store->Ingest(Doc("first", "first.txt"), AcmeFragment()).ok());
  Graph g;
  EntityId acme = g.AddEntity({.name = "Acme"});
  EntityId bolt = g.AddEntity({.name = "Bolt Ltd"});
  EntityId kilo = g.AddEntity({.name = "Kilo GmbH"});
  g.AddEdge({.src = acme, .dst = bolt, .rel = Relation::kOwns, .evidence = {{.begin = 0, .end = 5}}});
  g.AddEdge({.src = kilo, .dst = acme, .rel = Relation::kSupplies, .evidence = {{.begin = 7, .end = 9}}});
  Document second = Doc("second", "second.txt");
  ASSERT_TRUE(store->Ingest(second, g).ok());
  EXPECT_EQ(store->Stats()->entities, 4u);

  ASSERT_TRUE(store->RemoveDocument("first.txt").ok());
  EXPECT_TRUE(store->FindEntity("Zed").status().IsNotFound());  // only the first doc had it
  EXPECT_TRUE(store->FindEntity("Acme").ok());
  StatusOr<Edge> owns = store->GetEdge(*store->FindEntity("Acme"), Relation::kOwns, *store->FindEntity("Bolt"));
  ASSERT_TRUE(owns.ok());
  ASSERT_EQ(owns->evidence.size(), 1u);
  EXPECT_EQ(owns->evidence[0].document, second.id);
  StatusOr<StoreStats> stats = store->Stats();
  EXPECT_EQ(stats->documents, 1u);
  EXPECT_EQ(stats->entities, 3u);
  EXPECT_EQ(stats->edges, 2u);
  ExpectStatsConsistent(*store);

  EXPECT_TRUE(store->RemoveDocument("first.txt").IsNotFound());
  ASSERT_TRUE(store->RemoveDocument(second.id).ok());
  stats = store->Stats();
  EXPECT_EQ(stats->documents, 0u);
  EXPECT_EQ(stats->entities, 0u);
  EXPECT_EQ(stats->edges, 0u);
  EXPECT_EQ(stats->evidence, 0u);
  ExpectStatsConsistent(*store);
}

TEST(GraphStoreTest, ReplaceSwapsVersionsAndKeepsIds) {
  TempDir dir;
  auto store = OpenOrDie(dir.Sub("db"));
  ASSERT_TRUE(store->Ingest(Doc("v1", "acme-10k.txt"), AcmeFragment()).ok());
  EntityId acme = *store->FindEntity("Acme");
  EntityId bolt = *store->FindEntity("Bolt");
  // Version 2 no longer mentions Zed, and Acme now owns 60% of Bolt.
  Graph g;
  EntityId a = g.AddEntity({.name = "Acme Holdings Inc."});
  EntityId b = g.AddEntity({.name = "Bolt Ltd."});
  Edge& owns = g.AddEdge({.src = a, .dst = b, .rel = Relation::kOwns,
                          .evidence = {{.begin = 3, .end = 30, .sentence = "We own 60% of Bolt Ltd."}}});
  owns.attrs.percent = 60;
  StatusOr<IngestResult> r = store->Replace("acme-10k.txt", Doc("v2", "acme-10k.txt"), g);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->replaced.size(), 1u);
  EXPECT_EQ(*store->FindEntity("Acme"), acme);
  EXPECT_EQ(*store->FindEntity("Bolt"), bolt);
  EXPECT_TRUE(store->FindEntity("Zed").status().IsNotFound());
  StatusOr<Edge> e = store->GetEdge(acme, Relation::kOwns, bolt);
  ASSERT_TRUE(e.ok());
  ASSERT_EQ(e->evidence.size(), 1u);
  EXPECT_EQ(e->evidence[0].sentence, "We own 60% of Bolt Ltd.");
  StatusOr<std::vector<Document>> docs = store->ListDocuments();
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ((*docs)[0].id, Doc("v2", "x").id);
  ExpectStatsConsistent(*store);
}

TEST(GraphStoreTest, SecondWriterGetsAClearError) {
  TempDir dir;
  auto first = OpenOrDie(dir.Sub("db"));
  StatusOr<std::unique_ptr<GraphStore>> second = GraphStore::Open(dir.Sub("db"), {});
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(second.status().message().find("in use by another corpgraph process"), std::string::npos)
      << second.status().message();
  // Readers are welcome meanwhile, and see what the writer committed.
  ASSERT_TRUE(first->Ingest(Doc("x", "x.txt"), AcmeFragment()).ok());
  auto reader = OpenOrDie(dir.Sub("db"), {.read_only = true});
  ASSERT_NE(reader, nullptr);
  EXPECT_TRUE(reader->FindEntity("Acme").ok());
  EXPECT_EQ(reader->RemoveDocument("x.txt").code(), StatusCode::kFailedPrecondition);
}

TEST(GraphStoreTest, RefusesDirectoriesThatAreNotCorpgraphDatabases) {
  TempDir dir;
  std::filesystem::create_directories(dir.Sub("other"));
  std::ofstream(dir.Sub("other/notes.txt")) << "hello";
  StatusOr<std::unique_ptr<GraphStore>> s = GraphStore::Open(dir.Sub("other"), {});
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("not a corpgraph database"), std::string::npos);
  std::ofstream(dir.Sub("file")) << "x";
  EXPECT_FALSE(GraphStore::Open(dir.Sub("file"), {}).ok());
  s = GraphStore::Open(dir.Sub("missing"), {.create_if_missing = false});
  EXPECT_TRUE(s.status().IsNotFound());
  s = GraphStore::Open(dir.Sub("missing"), {.read_only = true});
  EXPECT_TRUE(s.status().IsNotFound());

  // A plain RocksDB database without our schema record.
  rocksdb::Options o;
  o.create_if_missing = true;
  rocksdb::DB* raw = nullptr;
  ASSERT_TRUE(rocksdb::DB::Open(o, dir.Sub("plain"), &raw).ok());
  ASSERT_TRUE(raw->Put(rocksdb::WriteOptions(), "k", "v").ok());
  delete raw;
  s = GraphStore::Open(dir.Sub("plain"), {});
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("not a corpgraph one"), std::string::npos) << s.status().message();
}

TEST(GraphStoreTest, SchemaVersionMismatchNamesBothVersions) {
  TempDir dir;
  { auto store = OpenOrDie(dir.Sub("db")); }
  rocksdb::DB* raw = nullptr;
  ASSERT_TRUE(rocksdb::DB::Open(rocksdb::Options(), dir.Sub("db"), &raw).ok());
  ASSERT_TRUE(raw->Put(rocksdb::WriteOptions(), std::string("\x01schema"), std::string("\x07")).ok());
  delete raw;
  StatusOr<std::unique_ptr<GraphStore>> s = GraphStore::Open(dir.Sub("db"), {});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(s.status().message().find("schema version 7"), std::string::npos) << s.status().message();
  EXPECT_NE(s.status().message().find("schema version 1"), std::string::npos) << s.status().message();
}

TEST(GraphStoreTest, ReadOnlyDirectoryGivesAClearError) {
  if (::geteuid() == 0) GTEST_SKIP() << "root ignores directory permissions";
  TempDir dir;
  { auto store = OpenOrDie(dir.Sub("db")); }
  std::filesystem::permissions(dir.Sub("db"), std::filesystem::perms::owner_write,
                               std::filesystem::perm_options::remove);
  StatusOr<std::unique_ptr<GraphStore>> s = GraphStore::Open(dir.Sub("db"), {});
  std::filesystem::permissions(dir.Sub("db"), std::filesystem::perms::owner_write,
                               std::filesystem::perm_options::add);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("cannot write"), std::string::npos);
}

TEST(GraphReaderTest, DefaultForEachEdgeOfAllVisitsEachEdgeOnce) {
  Graph g = AcmeFragment();
  int seen = 0;
  ASSERT_TRUE(g.ForEachEdgeOfAll([&](const EdgeRef&) { return ++seen, true; }).ok());
  EXPECT_EQ(seen, 2);
  seen = 0;
  ASSERT_TRUE(g.ForEachEdgeOfAll([&](const EdgeRef&) { return ++seen, false; }).ok());
  EXPECT_EQ(seen, 1);
}

}  // namespace
}  // namespace corpgraph
