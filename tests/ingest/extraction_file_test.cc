#include "ingest/extraction_file.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/ingest/ingest_test_util.h"
#include "tests/store/temp_dir.h"

namespace corpgraph {
namespace {

using testing::DocumentsOf;
using testing::ExportOf;
using testing::OpenStoreOrDie;
using testing::ReadTestFile;
using testing::SourcePath;
using testing::TempDir;

PreparedDocument PrepareOrDie(const std::string& bytes, const std::string& name) {
  IngestOptions options;
  options.name = name;
  StatusOr<PreparedDocument> p = PrepareDocument(bytes, options);
  EXPECT_TRUE(p.ok()) << p.status().ToString();
  return p.ok() ? std::move(*p) : PreparedDocument{};
}

void ExpectSameAttributes(const EdgeAttributes& a, const EdgeAttributes& b) {
  EXPECT_EQ(a.percent, b.percent);
  EXPECT_EQ(a.amount, b.amount);
  EXPECT_EQ(a.currency, b.currency);
  EXPECT_EQ(a.date, b.date);
  EXPECT_EQ(a.what, b.what);
  EXPECT_EQ(a.segment, b.segment);
  EXPECT_EQ(a.role, b.role);
  EXPECT_EQ(a.from, b.from);
  EXPECT_EQ(a.former, b.former);
  EXPECT_EQ(a.end_date, b.end_date);
  EXPECT_EQ(a.properties, b.properties);
}

// Everything the store reads of a prepared document is equal (evidence document names aside,
// which the store replaces by the document id).
void ExpectSamePrepared(const PreparedDocument& a, const PreparedDocument& b) {
  EXPECT_EQ(a.document.id, b.document.id);
  EXPECT_EQ(a.document.sha256, b.document.sha256);
  EXPECT_EQ(a.document.name, b.document.name);
  EXPECT_EQ(a.document.size, b.document.size);
  EXPECT_EQ(a.document.filer, b.document.filer);
  EXPECT_EQ(a.document.form, b.document.form);
  EXPECT_EQ(a.document.period, b.document.period);
  EXPECT_EQ(a.document.format, b.document.format);
  EXPECT_EQ(a.filer_name, b.filer_name);
  EXPECT_EQ(a.extraction.filer, b.extraction.filer);
  const Graph& ga = a.extraction.graph;
  const Graph& gb = b.extraction.graph;
  ASSERT_EQ(ga.entities().size(), gb.entities().size());
  for (std::size_t i = 0; i < ga.entities().size(); ++i) {
    const Entity& x = ga.entities()[i];
    const Entity& y = gb.entities()[i];
    EXPECT_EQ(x.id, y.id);
    EXPECT_EQ(x.name, y.name);
    EXPECT_EQ(x.kind, y.kind);
    EXPECT_EQ(x.aliases, y.aliases);
    EXPECT_EQ(x.country, y.country);
    EXPECT_EQ(x.properties, y.properties);
  }
  ASSERT_EQ(ga.edges().size(), gb.edges().size());
  for (std::size_t i = 0; i < ga.edges().size(); ++i) {
    const Edge& x = ga.edges()[i];
    const Edge& y = gb.edges()[i];
    SCOPED_TRACE("edge " + std::to_string(i));
    EXPECT_EQ(x.src, y.src);
    EXPECT_EQ(x.dst, y.dst);
    EXPECT_EQ(x.rel, y.rel);
    EXPECT_EQ(x.rel_name, y.rel_name);
    ExpectSameAttributes(x.attrs, y.attrs);
    ASSERT_EQ(x.evidence.size(), y.evidence.size());
    for (std::size_t k = 0; k < x.evidence.size(); ++k) {
      EXPECT_EQ(x.evidence[k].begin, y.evidence[k].begin);
      EXPECT_EQ(x.evidence[k].end, y.evidence[k].end);
      EXPECT_EQ(x.evidence[k].sentence, y.evidence[k].sentence);
      EXPECT_EQ(x.evidence[k].section, y.evidence[k].section);
      EXPECT_EQ(x.evidence[k].rule, y.evidence[k].rule);
      EXPECT_EQ(x.evidence[k].confidence, y.evidence[k].confidence);
    }
  }
}

PreparedDocument RoundTrip(const PreparedDocument& p) {
  StatusOr<PreparedDocument> back = ParseExtractionFile(ExtractionFileJson(p));
  EXPECT_TRUE(back.ok()) << back.status().ToString();
  return back.ok() ? std::move(*back) : PreparedDocument{};
}

TEST(ExtractionFileTest, RoundTripKeepsEveryFieldOfRealFilings) {
  for (const char* file : {"examples/iij-20f-fy2017.txt", "tests/data/full/aapl-ex21.html",
                           "tests/data/full/medicis-10-k-1999-09-28.html"}) {
    SCOPED_TRACE(file);
    std::string bytes = ReadTestFile(SourcePath(file));
    ASSERT_FALSE(bytes.empty());
    PreparedDocument p = PrepareOrDie(bytes, file);
    ASSERT_FALSE(p.extraction.graph.edges().empty());
    ExpectSamePrepared(p, RoundTrip(p));
  }
}

TEST(ExtractionFileTest, RoundTripKeepsAttributesFilingsRarelyState) {
  std::string bytes = "Acme Holdings Inc. acquired Bolt Ltd.\n";
  PreparedDocument p;
  p.document = DescribeDocument(bytes, "acme.txt");
  p.document.filer = p.filer_name = "Acme Holdings Inc.";
  p.document.format = "text";
  Graph& g = p.extraction.graph;
  EntityId acme = g.AddEntity({.name = "Acme Holdings Inc.",
                               .aliases = {"Acme", "ACME"},
                               .country = "Japan",
                               .properties = {{"ticker", "ACM"}}});
  EntityId bolt = g.AddEntity({.name = "Bolt Ltd.", .kind = EntityKind::kGroup});
  p.extraction.filer = acme;
  Edge& e = g.AddEdge(
      {.src = acme,
       .dst = bolt,
       .rel = Relation::kAcquired,
       .evidence = {
           {.begin = 0,
            .end = 10,
            .sentence = "s1",
            .section = "Item 1",
            .rule = "r1",
            .confidence = 0.25},
           {.begin = 5, .end = 38, .sentence = "s2 \"quoted\" \xE2\x80\x94", .rule = "r2"}}});
  e.attrs.amount = 1.5e9;
  e.attrs.currency = "JPY";
  e.attrs.date = "2014-10";
  e.attrs.from = "Zed Corp.";
  e.attrs.former = true;
  e.attrs.end_date = "2016";
  e.attrs.properties = {{"old_name", "Bolt Co."}};
  Edge& custom = g.AddEdge({.src = bolt,
                            .dst = acme,
                            .rel = static_cast<Relation>(70),
                            .rel_name = "LIKES",
                            .evidence = {{.begin = 1, .end = 2}}});
  custom.attrs.percent = 12.345678901234567;
  ExpectSamePrepared(p, RoundTrip(p));
}

TEST(ExtractionFileTest, FileIsTheExtractJsonShapePlusTheRecord) {
  std::string bytes = ReadTestFile(SourcePath("examples/iij-20f-fy2017.txt"));
  PreparedDocument p = PrepareOrDie(bytes, "iij-20f-fy2017.txt");
  std::string text = ExtractionFileJson(p);
  EXPECT_TRUE(LooksLikeExtractionFile(text));
  nlohmann::json j = nlohmann::json::parse(text);
  EXPECT_EQ(j["document"], "iij-20f-fy2017.txt");
  EXPECT_EQ(j["filer"], p.filer_name);
  EXPECT_EQ(j["relations"].size(), p.extraction.graph.edges().size());
  EXPECT_EQ(j["corpgraph_extraction"]["document"]["sha256"], p.document.sha256);
  EXPECT_EQ(j["corpgraph_extraction"]["edges"].size(), p.extraction.graph.edges().size());
  EXPECT_FALSE(LooksLikeExtractionFile(bytes));
  EXPECT_FALSE(LooksLikeExtractionFile("{\"entities\": []}"));
}

TEST(ExtractionFileTest, MergingTheFileStoresExactlyWhatIngestingTheBytesStores) {
  TempDir dir;
  std::unique_ptr<GraphStore> direct = OpenStoreOrDie(dir.Sub("direct"));
  std::unique_ptr<GraphStore> merged = OpenStoreOrDie(dir.Sub("merged"));
  ASSERT_TRUE(direct && merged);
  for (const char* file : {"examples/iij-20f-fy2017.txt", "tests/data/full/xom-ex21.html",
                           "tests/data/gs-10k-2024-item1.txt"}) {
    std::string bytes = ReadTestFile(SourcePath(file));
    IngestOptions options;
    options.name = file;
    StatusOr<IngestSummary> a = IngestDocument(*direct, bytes, options);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    StatusOr<PreparedDocument> p =
        ParseExtractionFile(ExtractionFileJson(PrepareOrDie(bytes, file)));
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    StatusOr<IngestSummary> b = StorePrepared(*merged, *p, false);
    ASSERT_TRUE(b.ok()) << b.status().ToString();
    EXPECT_EQ(a->stored.document_id, b->stored.document_id);
    EXPECT_EQ(a->stored.entities_added, b->stored.entities_added);
    EXPECT_EQ(a->stored.edges_added, b->stored.edges_added);
    EXPECT_EQ(a->stored.evidence_added, b->stored.evidence_added);
    StatusOr<IngestSummary> again = StorePrepared(*merged, *p, false);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->stored.already_present);
  }
  std::string graph = ExportOf(*direct);
  EXPECT_GT(std::count(graph.begin(), graph.end(), '\n'), 100);
  EXPECT_EQ(graph, ExportOf(*merged));
  EXPECT_EQ(DocumentsOf(*direct), DocumentsOf(*merged));
}

TEST(ExtractionFileTest, RefusesBrokenFilesNamingTheProblem) {
  std::string bytes = ReadTestFile(SourcePath("examples/iij-20f-fy2017.txt"));
  nlohmann::json good = nlohmann::json::parse(ExtractionFileJson(PrepareOrDie(bytes, "iij.txt")));
  auto refused = [](const std::string& text, const std::string& expected) {
    SCOPED_TRACE(expected);
    StatusOr<PreparedDocument> p = ParseExtractionFile(text);
    ASSERT_FALSE(p.ok());
    EXPECT_TRUE(p.status().IsInvalidArgument());
    EXPECT_NE(p.status().message().find(expected), std::string::npos) << p.status().message();
  };
  refused("{\"corpgraph_extraction\": ", "not JSON");
  refused("[1, 2]", "no \"corpgraph_extraction\"");
  nlohmann::json j = good;
  j["corpgraph_extraction"]["version"] = 99;
  refused(j.dump(), "version 99");
  j = good;
  j["corpgraph_extraction"]["document"]["sha256"] = "abc";
  refused(j.dump(), "64 hex digits");
  j = good;
  j["corpgraph_extraction"]["document"]["id"] = "0000000000000000";
  refused(j.dump(), "does not match");
  j = good;
  j["corpgraph_extraction"]["edges"][0]["dst"] = 999999;
  refused(j.dump(), "endpoint");
  j = good;
  j["corpgraph_extraction"]["edges"][0]["rel"] = 12;
  refused(j.dump(), "relation code 12");
  j = good;
  j["corpgraph_extraction"]["edges"][0]["evidence"][0]["end"] = bytes.size() + 1;
  refused(j.dump(), "outside the document");
  j = good;
  j["corpgraph_extraction"]["entities"][1]["id"] = j["corpgraph_extraction"]["entities"][0]["id"];
  refused(j.dump(), "used twice");
  j = good;
  j["corpgraph_extraction"]["entities"][0]["kind"] = "robot";
  refused(j.dump(), "unknown kind");
  j = good;
  j["corpgraph_extraction"]["edges"][0]["attributes"] = {{"percent", "many"}};
  refused(j.dump(), "wrong type");
  j = good;
  j["corpgraph_extraction"]["filer_id"] = 999999;
  refused(j.dump(), "filer_id");
  // Integers written as huge floats or negatives (a fuzzer's find: the cast was undefined).
  j = good;
  j["corpgraph_extraction"]["edges"][0]["dst"] = 8.44444e+84;
  refused(j.dump(), "not an integer in range");
  j = good;
  j["corpgraph_extraction"]["edges"][0]["evidence"][0]["begin"] = -3;
  refused(j.dump(), "not an integer in range");
  // The unchanged file parses.
  EXPECT_TRUE(ParseExtractionFile(good.dump()).ok());
}

}  // namespace
}  // namespace corpgraph
