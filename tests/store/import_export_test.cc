#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "store/export.h"
#include "store/graph_store.h"
#include "tests/store/temp_dir.h"

namespace corpgraph {
namespace {

using testing::TempDir;

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void Write(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

std::unique_ptr<GraphStore> Open(const std::string& path) {
  StatusOr<std::unique_ptr<GraphStore>> store = GraphStore::Open(path, {});
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return std::move(*store);
}

const char kNodes[] =
    "id:ID,name,:LABEL,ticker\n"
    "10,Acme Holdings Inc.,Company,ACM\n"
    "11,\"Bolt, Ltd.\",Company,\n"
    "12,Jane Roe,Person,\n"
    "13,Ministry of Widgets,Government,\n";
const char kEdges[] =
    ":START_ID,:END_ID,:TYPE,percent:float,since\n"
    "10,11,OWNS,51.5,2001\n"
    "11,10,supplies,,\n"
    "12,10,Officer_Of,,\n"
    "13,10,REGULATES,,\n"
    "10,11,ACQUIRES_STAKE,,\n";

TEST(ImportTest, KeepsIdsMapsTypesAndKeepsExtraColumns) {
  TempDir dir;
  Write(dir.Sub("nodes.csv"), kNodes);
  Write(dir.Sub("edges.csv"), kEdges);
  auto store = Open(dir.Sub("db"));
  StatusOr<ImportResult> r = store->ImportCsv({.nodes_path = dir.Sub("nodes.csv"), .edges_path = dir.Sub("edges.csv")});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->nodes, 4u);
  EXPECT_EQ(r->edges, 5u);
  EXPECT_EQ(r->bad_rows, 0u);
  EXPECT_EQ(r->custom_relations, std::vector<std::string>{"ACQUIRES_STAKE"});

  EXPECT_EQ(*store->FindEntity("10"), 10u);
  EXPECT_EQ(*store->FindEntity("bolt"), 11u);
  StatusOr<Entity> acme = store->GetEntity(10);
  EXPECT_EQ(acme->properties.at("ticker"), "ACM");
  EXPECT_EQ(store->GetEntity(12)->kind, EntityKind::kPerson);
  EXPECT_EQ(store->GetEntity(13)->kind, EntityKind::kGovernment);
  StatusOr<Edge> owns = store->GetEdge(10, Relation::kOwns, 11);
  ASSERT_TRUE(owns.ok());
  EXPECT_EQ(owns->attrs.percent, 51.5);
  EXPECT_EQ(owns->attrs.properties.at("since"), "2001");
  ASSERT_EQ(owns->evidence.size(), 1u);
  EXPECT_EQ(owns->evidence[0].rule, "import");
  EXPECT_EQ(owns->evidence[0].document, r->document_id);
  EXPECT_TRUE(store->GetEdge(11, Relation::kSupplies, 10).ok());
  EXPECT_TRUE(store->GetEdge(12, Relation::kOfficerOf, 10).ok());
  // The custom type has a code >= kFirstCustomRelation and its own name.
  int custom = 0;
  ASSERT_TRUE(store->ForEachEdge(10, Direction::kOut, RelationSet::All(), [&](const EdgeRef& e) {
    if (static_cast<std::uint8_t>(e.rel) >= kFirstCustomRelation) {
      ++custom;
      EXPECT_EQ(store->RelationLabel(e.rel), "ACQUIRES_STAKE");
    }
    return true;
  }).ok());
  EXPECT_EQ(custom, 1);
  StatusOr<StoreStats> stats = store->Stats();
  EXPECT_EQ(stats->entities, 4u);
  EXPECT_EQ(stats->edges, 5u);
  EXPECT_EQ(stats->documents, 1u);
  EXPECT_EQ(stats->edges_by_relation.at("ACQUIRES_STAKE"), 1u);
  StatusOr<StoreStats> scanned = store->ScanStats();
  EXPECT_EQ(scanned->edges_by_relation, stats->edges_by_relation);
  EXPECT_EQ(scanned->entities_by_kind, stats->entities_by_kind);

  // A new entity from a later ingest gets an id after the imported ones.
  Graph g;
  EntityId a = g.AddEntity({.name = "Acme Holdings"});
  EntityId n = g.AddEntity({.name = "Newco GmbH"});
  g.AddEdge({.src = a, .dst = n, .rel = Relation::kOwns, .evidence = {{.begin = 1, .end = 2}}});
  ASSERT_TRUE(store->Ingest(DescribeDocument("later", "later.txt"), g).ok());
  EXPECT_EQ(*store->FindEntity("Newco"), 14u);
  EXPECT_EQ(store->Stats()->entities, 5u);

  // Custom relation names survive a reopen; importing the same files again changes nothing.
  store.reset();
  store = Open(dir.Sub("db"));
  EXPECT_EQ(store->RelationLabel(static_cast<Relation>(kFirstCustomRelation)), "ACQUIRES_STAKE");
  StatusOr<ImportResult> again = store->ImportCsv({.nodes_path = dir.Sub("nodes.csv"), .edges_path = dir.Sub("edges.csv")});
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_TRUE(again->merged);
  EXPECT_TRUE(again->already_present);
  EXPECT_EQ(again->document_id, r->document_id);
  EXPECT_EQ(store->Stats()->entities, 5u);

  // Removing the import document keeps only what the later document supports.
  ASSERT_TRUE(store->RemoveDocument(r->document_id).ok());
  stats = store->Stats();
  EXPECT_EQ(stats->entities, 2u);
  EXPECT_EQ(stats->edges, 1u);
  EXPECT_EQ(stats->documents, 1u);
  EXPECT_TRUE(store->FindEntity("Bolt").status().IsNotFound());
  EXPECT_EQ(store->ScanStats()->edges, 1u);
}

TEST(ImportTest, BadRowsAreReportedWithFileAndLine) {
  TempDir dir;
  Write(dir.Sub("nodes.csv"), "id:ID,name,:LABEL\n1,One Inc,Company\nx,Bad Id,Company\n2,Two Inc,Company\n3,-- / --,Company\n");
  Write(dir.Sub("edges.csv"),
        ":START_ID,:END_ID,:TYPE,percent:float\n1,2,OWNS,50\n1,99,OWNS,\n2,1,SUPPLIES,abc\n2,1,SUPPLIES\n2,1,COMPETES,\n");
  ImportOptions options{.nodes_path = dir.Sub("nodes.csv"), .edges_path = dir.Sub("edges.csv")};
  {
    auto store = Open(dir.Sub("fail"));
    StatusOr<ImportResult> r = store->ImportCsv(options);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(r.status().message().find("nodes.csv:3:"), std::string::npos) << r.status().message();
    EXPECT_NE(r.status().message().find("nothing was imported"), std::string::npos);
    EXPECT_EQ(store->Stats()->entities, 0u);  // nothing half-written
    EXPECT_EQ(store->Stats()->documents, 0u);
    EXPECT_EQ(store->ScanStats()->edges, 0u);
    EXPECT_FALSE(std::filesystem::exists(dir.Sub("fail/import.tmp")));
  }
  auto store = Open(dir.Sub("skip"));
  options.on_error = OnBadRow::kSkip;
  StatusOr<ImportResult> r = store->ImportCsv(options);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->nodes, 2u);
  EXPECT_EQ(r->edges, 2u);
  EXPECT_EQ(r->bad_rows, 5u);
  std::string all;
  for (const std::string& e : r->errors) all += e + "\n";
  EXPECT_NE(all.find("nodes.csv:3: bad :ID 'x'"), std::string::npos) << all;
  EXPECT_NE(all.find("nodes.csv:5: name '-- / --' has no letter or digit"), std::string::npos) << all;
  EXPECT_NE(all.find("edges.csv:3: unknown :END_ID 99"), std::string::npos) << all;
  EXPECT_NE(all.find("edges.csv:4: bad percent 'abc'"), std::string::npos) << all;
  EXPECT_NE(all.find("edges.csv:5: expected 4 fields"), std::string::npos) << all;
  EXPECT_TRUE(store->GetEdge(2, Relation::kCompetes, 1).ok());
}

TEST(ImportTest, MissingColumnsOrFilesFailClearly) {
  TempDir dir;
  Write(dir.Sub("nodes.csv"), "name\nx\n");
  Write(dir.Sub("edges.csv"), ":START_ID,:END_ID,:TYPE\n");
  auto store = Open(dir.Sub("db"));
  StatusOr<ImportResult> r = store->ImportCsv({.nodes_path = dir.Sub("nodes.csv"), .edges_path = dir.Sub("edges.csv")});
  EXPECT_NE(r.status().message().find("no :ID column"), std::string::npos) << r.status().message();
  r = store->ImportCsv({.nodes_path = dir.Sub("missing.csv"), .edges_path = dir.Sub("edges.csv")});
  EXPECT_NE(r.status().message().find("cannot read"), std::string::npos) << r.status().message();
}

TEST(ExportTest, ExportImportExportGivesTheSameCsv) {
  TempDir dir;
  {
    auto store = Open(dir.Sub("a"));
    Graph g;
    EntityId acme = g.AddEntity({.name = "Acme \"Widgets\", Inc.", .aliases = {"Acme", "AWI"}, .country = "Japan"});
    EntityId bolt = g.AddEntity({.name = "Bolt Ltd."});
    EntityId jane = g.AddEntity({.name = "Jane Roe", .kind = EntityKind::kPerson});
    Edge& owns = g.AddEdge({.src = acme, .dst = bolt, .rel = Relation::kOwns, .evidence = {{.begin = 0, .end = 9, .sentence = "Acme owns 79.5% of Bolt."}}});
    owns.attrs.percent = 79.5;
    owns.attrs.date = "2010-09-01";
    Edge& sup = g.AddEdge({.src = bolt, .dst = acme, .rel = Relation::kSupplies, .evidence = {{.begin = 10, .end = 20}}});
    sup.attrs.what = "routers, switches";
    Edge& off = g.AddEdge({.src = jane, .dst = acme, .rel = Relation::kOfficerOf, .evidence = {{.begin = 30, .end = 40}}});
    off.attrs.role = "CEO";
    ASSERT_TRUE(store->Ingest(DescribeDocument("doc", "doc.txt"), g).ok());
    ASSERT_TRUE(ExportCsv(*store, dir.Sub("csv1")).ok());
  }
  std::string nodes1 = Slurp(dir.Sub("csv1/nodes.csv")), edges1 = Slurp(dir.Sub("csv1/edges.csv"));
  EXPECT_EQ(nodes1.substr(0, nodes1.find('\n')), "id:ID,name,kind,:LABEL,aliases:string[],country");
  EXPECT_NE(nodes1.find("\"Acme \"\"Widgets\"\", Inc.\",company,Company,Acme;AWI,Japan"), std::string::npos) << nodes1;
  EXPECT_EQ(edges1.substr(0, edges1.find('\n')), ":START_ID,:END_ID,:TYPE,percent:float,date,what,role");
  EXPECT_NE(edges1.find(",OWNS,79.5,2010-09-01,,"), std::string::npos) << edges1;

  auto b = Open(dir.Sub("b"));
  StatusOr<ImportResult> r = b->ImportCsv({.nodes_path = dir.Sub("csv1/nodes.csv"), .edges_path = dir.Sub("csv1/edges.csv")});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_TRUE(ExportCsv(*b, dir.Sub("csv2")).ok());
  EXPECT_EQ(Slurp(dir.Sub("csv2/nodes.csv")), nodes1);
  EXPECT_EQ(Slurp(dir.Sub("csv2/edges.csv")), edges1);
  EXPECT_EQ(*b->FindEntity("AWI"), *b->FindEntity("Acme"));  // aliases came back
}

TEST(ExportTest, BenchmarkShapedCsvRoundTrips) {
  TempDir dir;
  Write(dir.Sub("nodes.csv"), "id:ID,name,:LABEL\n0,Orion Retail AG,Company\n1,Anna Smith,Person\n2,Gov A,Government\n");
  Write(dir.Sub("edges.csv"), ":START_ID,:END_ID,:TYPE,percent:float\n1,0,OWNS,100.0\n2,0,REGULATES,\n0,0,PARTNERS,\n");
  auto a = Open(dir.Sub("a"));
  ASSERT_TRUE(a->ImportCsv({.nodes_path = dir.Sub("nodes.csv"), .edges_path = dir.Sub("edges.csv")}).ok());
  ASSERT_TRUE(ExportCsv(*a, dir.Sub("out1")).ok());
  auto b = Open(dir.Sub("b"));
  ASSERT_TRUE(b->ImportCsv({.nodes_path = dir.Sub("out1/nodes.csv"), .edges_path = dir.Sub("out1/edges.csv")}).ok());
  ASSERT_TRUE(ExportCsv(*b, dir.Sub("out2")).ok());
  EXPECT_EQ(Slurp(dir.Sub("out1/edges.csv")), Slurp(dir.Sub("out2/edges.csv")));
  EXPECT_EQ(Slurp(dir.Sub("out1/nodes.csv")), Slurp(dir.Sub("out2/nodes.csv")));
  EXPECT_EQ(Slurp(dir.Sub("out1/edges.csv")),
            ":START_ID,:END_ID,:TYPE,percent:float\n0,0,PARTNERS,\n1,0,OWNS,100\n2,0,REGULATES,\n");
}

TEST(ExportTest, JsonlAndGraphml) {
  Graph g;
  EntityId a = g.AddEntity({.name = "Acme & Sons <Ltd>"});
  EntityId b = g.AddEntity({.name = "Bolt"});
  Edge& e = g.AddEdge({.src = a, .dst = b, .rel = Relation::kOwns, .evidence = {{.document = "d1", .begin = 3, .end = 8, .sentence = "Acme owns Bolt."}}});
  e.attrs.percent = 60;
  std::ostringstream jsonl;
  ASSERT_TRUE(ExportJsonl(g, jsonl).ok());
  std::string text = jsonl.str();
  EXPECT_NE(text.find("{\"type\":\"node\",\"id\":0,\"name\":\"Acme & Sons <Ltd>\",\"kind\":\"company\""), std::string::npos) << text;
  EXPECT_NE(text.find("{\"type\":\"edge\",\"src\":0,\"dst\":1,\"rel\":\"owns\",\"percent\":60.0"), std::string::npos) << text;
  EXPECT_NE(text.find("\"sentence\":\"Acme owns Bolt.\""), std::string::npos) << text;
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 3);

  std::ostringstream graphml;
  ASSERT_TRUE(ExportGraphml(g, graphml).ok());
  std::string xml = graphml.str();
  EXPECT_NE(xml.find("<graphml"), std::string::npos);
  EXPECT_NE(xml.find("Acme &amp; Sons &lt;Ltd&gt;"), std::string::npos) << xml;
  EXPECT_NE(xml.find(">owns<"), std::string::npos) << xml;
  EXPECT_NE(xml.find(">60<"), std::string::npos) << xml;
}

}  // namespace
}  // namespace corpgraph
