#include "extract/subsidiary_table.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "extract/reader.h"
#include "extract/subsidiary_table_cells.h"

namespace corpgraph {
namespace {

std::string ReadFixture(const std::string& name) {
  std::ifstream in(std::string(CORPGRAPH_SOURCE_DIR) + "/tests/data/readers/" + name,
                   std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Result {
  std::string bytes;
  DocumentText text;
  Graph graph;
  EntityId filer = kNoEntity;
};

Result ReadAndAdd(std::string bytes, const std::string& filer_name = "Zentrix Holdings Corp.") {
  Result r;
  r.bytes = std::move(bytes);
  StatusOr<DocumentText> text = ReadDocument(r.bytes);
  EXPECT_TRUE(text.ok()) << text.status().ToString();
  if (text.ok()) r.text = std::move(*text);
  r.filer = r.graph.AddEntity({.name = filer_name});
  AddSubsidiaryTableEdges(r.text, r.filer, "doc", r.graph);
  return r;
}

// The owns edge filer -> `name`, or nullptr.
const Edge* OwnsEdge(const Result& r, const std::string& name) {
  StatusOr<EntityId> id = r.graph.FindEntity(name);
  if (!id.ok()) return nullptr;
  for (const Edge& e : r.graph.edges()) {
    if (e.src == r.filer && e.dst == *id && e.rel == Relation::kOwns) return &e;
  }
  return nullptr;
}

std::string CountryOf(const Result& r, const std::string& name) {
  StatusOr<EntityId> id = r.graph.FindEntity(name);
  return id.ok() ? r.graph.entity(*id)->country : "<missing>";
}

TEST(SubsidiaryTableTest, Exhibit21HtmlTable) {
  Result r = ReadAndAdd(ReadFixture("zentrix-ex21.htm"));
  ASSERT_EQ(r.graph.edges().size(), 5u) << r.text.text;
  const Edge* europe = OwnsEdge(r, "Zentrix Europe B.V.");
  ASSERT_NE(europe, nullptr);
  EXPECT_EQ(europe->attrs.percent, 100.0);
  EXPECT_EQ(CountryOf(r, "Zentrix Europe B.V."), "Netherlands");
  const Edge* japan = OwnsEdge(r, "Zentrix Japan K.K.");
  ASSERT_NE(japan, nullptr);
  EXPECT_EQ(japan->attrs.percent, 80.5);
  const Edge* helvara = OwnsEdge(r, "Helvara Optics AG");  // footnote marker dropped
  ASSERT_NE(helvara, nullptr);
  EXPECT_EQ(helvara->attrs.percent, 51.0);
  EXPECT_EQ(CountryOf(r, "Helvara Optics AG"), "Switzerland");
  const Edge* india = OwnsEdge(r, "Zentrix Automotive Solutions Private Limited");
  ASSERT_NE(india, nullptr);
  EXPECT_FALSE(india->attrs.percent.has_value());
  EXPECT_EQ(CountryOf(r, "Zentrix Automotive Solutions Private Limited"), "India");

  ASSERT_EQ(europe->evidence.size(), 1u);
  const Evidence& ev = europe->evidence[0];
  EXPECT_EQ(ev.rule, "subsidiary_table");
  EXPECT_EQ(ev.document, "doc");
  EXPECT_EQ(ev.section, "SUBSIDIARIES OF ZENTRIX HOLDINGS CORP.");
  EXPECT_EQ(ev.sentence, "Zentrix Europe B.V. | Netherlands | 100%");
  EXPECT_GT(ev.confidence, 0.5);
  EXPECT_LE(ev.confidence, 1.0);
  // The span covers the row's cells in the original HTML.
  std::string span = r.bytes.substr(ev.begin, ev.end - ev.begin);
  EXPECT_EQ(span.rfind("Zentrix Europe B.V.", 0), 0u) << span;
  EXPECT_NE(span.find("Netherlands"), std::string::npos);
  EXPECT_EQ(span.substr(span.size() - 1), "%");
}

TEST(SubsidiaryTableTest, TwentyFTextTableWithProseAndFinancialTable) {
  Result r = ReadAndAdd(ReadFixture("zentrix-20f-subsidiaries.txt"));
  ASSERT_EQ(r.graph.edges().size(), 4u);
  const Edge* korea = OwnsEdge(r, "Zentrix Korea Co., Ltd.");
  ASSERT_NE(korea, nullptr);
  EXPECT_EQ(korea->attrs.percent, 66.7);
  EXPECT_EQ(CountryOf(r, "Zentrix Korea Co., Ltd."), "Republic of Korea");
  const Edge* orvane = OwnsEdge(r, "Orvane Data Systems Pte. Ltd.");
  ASSERT_NE(orvane, nullptr);
  EXPECT_EQ(orvane->attrs.percent, 45.0);
  const Evidence& ev = orvane->evidence[0];
  EXPECT_EQ(ev.section, "C. Organizational Structure");
  EXPECT_EQ(ev.sentence, "Orvane Data Systems Pte. Ltd. | Singapore | 45.0%");
  EXPECT_EQ(r.bytes.substr(ev.begin, ev.end - ev.begin),
            "Orvane Data Systems Pte. Ltd.           Singapore                   45.0%");
  EXPECT_FALSE(r.graph.FindEntity("Revenue").ok());
  EXPECT_FALSE(r.graph.FindEntity("Operating income").ok());
}

TEST(SubsidiaryTableTest, EdgarExhibitPartAndNamesResolveToExistingEntities) {
  std::string bytes = ReadFixture("zentrix-10k-submission.txt");
  StatusOr<DocumentText> text = ReadDocument(bytes);
  ASSERT_TRUE(text.ok());
  Graph graph;
  EntityId filer = graph.AddEntity({.name = "Zentrix Holdings Corp."});
  EntityId sensors =
      graph.AddEntity({.name = "Zentrix Sensors Inc", .aliases = {"Zentrix Sensors"}});
  AddSubsidiaryTableEdges(*text, filer, "sub.txt", graph);
  ASSERT_EQ(graph.edges().size(), 2u);
  EXPECT_EQ(graph.entities().size(), 3u);  // "Zentrix Sensors, Inc." is the existing entity
  EXPECT_EQ(graph.entity(sensors)->country, "Delaware");
  const Edge& e = graph.edges()[0];
  EXPECT_EQ(e.dst, sensors);
  EXPECT_FALSE(e.attrs.percent.has_value());
  EXPECT_EQ(bytes.substr(e.evidence[0].begin, 21), "Zentrix Sensors, Inc.");
  EXPECT_EQ(e.evidence[0].section, "SUBSIDIARIES OF ZENTRIX HOLDINGS CORP.");
}

TEST(SubsidiaryTableTest, PreformattedHtmlExhibit) {
  std::string html =
      "<HTML><BODY><PRE>\r\n                 SUBSIDIARIES OF THE REGISTRANT\r\n\r\n"
      "Zentrix Sensors, Inc.          Delaware         100%\r\n"
      "Zentrix Europe B.V.            Netherlands       80%\r\n</PRE></BODY></HTML>";
  Result r = ReadAndAdd(html);
  ASSERT_EQ(r.graph.edges().size(), 2u) << r.text.text;
  const Edge* europe = OwnsEdge(r, "Zentrix Europe B.V.");
  ASSERT_NE(europe, nullptr);
  EXPECT_EQ(europe->attrs.percent, 80.0);
  EXPECT_EQ(r.bytes.substr(europe->evidence[0].begin,
                           europe->evidence[0].end - europe->evidence[0].begin),
            "Zentrix Europe B.V.            Netherlands       80%");
}

TEST(SubsidiaryTableTest, MarkdownPipeTableUnderHeading) {
  Result r = ReadAndAdd(
      "### Principal Subsidiaries\n\n| Company | Country | Ownership |\n|---|---|---|\n"
      "| Alpha Networks Ltd. | United Kingdom | 100 |\n| Beta Cloud GmbH | Germany | 75.5 |\n");
  ASSERT_EQ(r.graph.edges().size(), 2u);
  EXPECT_EQ(OwnsEdge(r, "Beta Cloud GmbH")->attrs.percent, 75.5);
  EXPECT_EQ(CountryOf(r, "Alpha Networks Ltd."), "United Kingdom");
}

TEST(SubsidiaryTableTest, HeaderRowAloneIntroducesATable) {
  Result r = ReadAndAdd(
      "<table><tr><td>Name of Subsidiary</td><td>Jurisdiction</td></tr>"
      "<tr><td>Gamma Labs LLC</td><td>Nevada</td></tr></table>");
  ASSERT_EQ(r.graph.edges().size(), 1u);
  EXPECT_EQ(CountryOf(r, "Gamma Labs LLC"), "Nevada");
  EXPECT_EQ(r.graph.edges()[0].evidence[0].section, "Name of Subsidiary | Jurisdiction");
}

TEST(SubsidiaryTableTest, ProseIsIgnored) {
  Result r = ReadAndAdd(ReadFixture("zentrix-plain.txt"));
  EXPECT_TRUE(r.graph.edges().empty());
  Result r2 = ReadAndAdd(
      "Subsidiaries\n\nZentrix Europe B.V. is incorporated in the Netherlands and is 100% owned by "
      "us.\n"
      "Our subsidiary Zentrix Japan K.K. (Japan) sells 60% of our sensors.\n");
  EXPECT_TRUE(r2.graph.edges().empty());
  EXPECT_EQ(r2.graph.entities().size(), 1u);
}

TEST(SubsidiaryTableTest, FinancialTablesAreIgnored) {
  Result html = ReadAndAdd(ReadFixture("zentrix-10k-excerpt.htm"));
  EXPECT_TRUE(html.graph.edges().empty());
  Result fin = ReadAndAdd(
      "Consolidated Balance Sheets\n\nAsset | 2023 | 2022\nCash and cash equivalents | 1,234 | "
      "1,100\n"
      "Goodwill | 45.5% | 40.1%\n");
  EXPECT_TRUE(fin.graph.edges().empty());
  // Even under a subsidiary heading, rows of figures are not subsidiaries.
  Result figures = ReadAndAdd(
      "Results of our subsidiaries\n\nSegment | Revenue | Margin\nSensors | 713.7 | 12.5\nTotal | "
      "713.7 | 12.5\n");
  EXPECT_TRUE(figures.graph.edges().empty());
}

TEST(SubsidiaryTableTest, Exhibit21ListWithParenthesizedJurisdictions) {
  Result r = ReadAndAdd(
      "<p>EXHIBIT 21</p><p>List of Subsidiaries</p><ul><li>Zentrix Sensors, Inc. (Delaware)</li>"
      "<li>Zentrix Japan K.K. (Japan) 80%</li><li>Zentrix Europe B.V. (Netherlands), which sells "
      "in Europe</li>"
      "</ul>");
  ASSERT_EQ(r.graph.edges().size(), 2u) << r.text.text;
  EXPECT_EQ(CountryOf(r, "Zentrix Sensors, Inc."), "Delaware");
  EXPECT_EQ(OwnsEdge(r, "Zentrix Japan K.K.")->attrs.percent, 80.0);
  EXPECT_EQ(OwnsEdge(r, "Zentrix Europe B.V."), nullptr);
  EXPECT_EQ(r.graph.edges()[0].evidence[0].section, "List of Subsidiaries");
}

TEST(SubsidiaryTableTest, RowsOfOtherTablesNeedALegalForm) {
  // A revenue-by-country table soon after the heading: no name column, no legal forms.
  Result r = ReadAndAdd(
      "C. Organizational Structure\n\nWe have no significant subsidiaries.\n\n"
      "Network services | Japan | 45.0%\nSystems integration | United States | 30.5%\n");
  EXPECT_TRUE(r.graph.edges().empty());
}

TEST(SubsidiaryCellsTest, Helpers) {
  using namespace subsidiary_cells;
  EXPECT_EQ(SplitCells("- Alpha Ltd.\tJapan\t100"),
            (std::vector<std::string>{"Alpha Ltd.", "Japan", "100"}));
  EXPECT_EQ(SplitCells("| Alpha  Ltd. | Japan | 51 | % |"),
            (std::vector<std::string>{"Alpha Ltd.", "Japan", "51%"}));
  EXPECT_EQ(SplitCells("Alpha Ltd. \u2014 Japan"),
            (std::vector<std::string>{"Alpha Ltd.", "Japan"}));
  EXPECT_EQ(SplitCells("Alpha Ltd.\u00A0\u00A0Japan"),
            (std::vector<std::string>{"Alpha Ltd.", "Japan"}));
  EXPECT_EQ(ParsePercent("80.5 %", false), 80.5);
  EXPECT_EQ(ParsePercent("100%(1)", false), 100.0);
  EXPECT_EQ(ParsePercent("100", false), std::nullopt);
  EXPECT_EQ(ParsePercent("100.00", true), 100.0);
  EXPECT_EQ(ParsePercent("150%", false), std::nullopt);
  EXPECT_EQ(ParsePercent("0%", false), std::nullopt);
  EXPECT_EQ(ParsePercent("1,234", true), std::nullopt);
  EXPECT_TRUE(IsKnownJurisdiction("Delaware, U.S.A."));
  EXPECT_TRUE(IsKnownJurisdiction("The Netherlands"));
  EXPECT_TRUE(IsKnownJurisdiction("England and Wales (1)"));
  EXPECT_FALSE(IsKnownJurisdiction("Sensors"));
  for (std::string_view name :
       {"Zentrix Europe B.V.", "Zentrix Japan K.K.", "Caf\u00E9 Oriel S.\u00E0 r.l.",
        "Orvane Data Systems Pte. Ltd.", "Alpha Mexico, S. de R.L. de C.V.",
        "Zentrix Korea Co., Ltd.", "Beta Capital Holdings", "Gamma GmbH & Co. KG"}) {
    EXPECT_TRUE(HasCorporateSuffix(name)) << name;
  }
  for (std::string_view name : {"Network services", "Inc.", "Americas", "Europe segment"}) {
    EXPECT_FALSE(HasCorporateSuffix(name)) << name;
  }
  EXPECT_TRUE(LooksLikeOrganization("3D Sensing Labs LLC"));
  EXPECT_FALSE(LooksLikeOrganization("Total subsidiaries"));
  EXPECT_FALSE(LooksLikeOrganization("Japan"));
  EXPECT_FALSE(LooksLikeOrganization("12.5"));
  EXPECT_FALSE(LooksLikeOrganization("our subsidiaries in Asia"));
}

TEST(SubsidiaryTableTest, SeparatorOnlyLinesUnderAHeading) {
  Result r = ReadAndAdd("Subsidiaries\n\n| |\n- \n|||\nAlpha Ltd.  Japan  100%\n");
  EXPECT_EQ(r.graph.edges().size(), 1u);
}

TEST(SubsidiaryTableTest, ListParentFromHeading) {
  auto parent = [](std::string bytes) {
    StatusOr<DocumentText> text = ReadDocument(bytes);
    return text.ok() ? SubsidiaryListParent(*text) : std::string("<error>");
  };
  EXPECT_EQ(parent(ReadFixture("zentrix-ex21.htm")), "ZENTRIX HOLDINGS CORP.");
  EXPECT_EQ(parent("Exhibit 21\n\nList of Subsidiaries of Alpha Group plc:\n"), "Alpha Group plc");
  EXPECT_EQ(parent("SUBSIDIARIES OF THE REGISTRANT\n\nAlpha Ltd.  Japan\n"), "");
  EXPECT_EQ(parent(ReadFixture("zentrix-20f-subsidiaries.txt")), "");
  EXPECT_EQ(parent(ReadFixture("zentrix-plain.txt")), "");
  EXPECT_EQ(parent("Exhibit 21.1\n\nSubsidiaries of\n\nOrrin Media Inc.*\n\nAlpha Ltd. | Japan\n"), "Orrin Media Inc.");
}

// The header labels only the right-hand columns (the name column's header cell is empty and
// was dropped): plain numbers under "Percentage" are still percents and names need no legal
// form; a row the reader cannot read does not end the table.
TEST(SubsidiaryTableTest, HeaderShorterThanItsRowsLabelsTheRightColumns) {
  Result r = ReadAndAdd(
      "Subsidiaries of the Registrant\n\n"
      "Percentage of Voting Securities Owned | State or Country of Organization\n"
      "Alpha Marketing Company Limited | 87.5 | Bahamas\n"
      "Caspian Pipeline Consortium (5) | 7.50 | Russia/Kazakhstan\n"
      "Gamma Leasing | 100 | Atlantis Freeport\n"
      "Delta Energy Inc. | 100 | Delaware\n");
  const Edge* alpha = OwnsEdge(r, "Alpha Marketing Company Limited");
  ASSERT_NE(alpha, nullptr);
  EXPECT_EQ(alpha->attrs.percent, 87.5);
  const Edge* caspian = OwnsEdge(r, "Caspian Pipeline Consortium");
  ASSERT_NE(caspian, nullptr);
  EXPECT_EQ(caspian->attrs.percent, 7.5);
  EXPECT_EQ(CountryOf(r, "Caspian Pipeline Consortium"), "Russia/Kazakhstan");
  ASSERT_NE(OwnsEdge(r, "Delta Energy Inc."), nullptr);
  EXPECT_EQ(CountryOf(r, "Delta Energy Inc."), "Delaware");
}

// Without any header, a row whose name has no legal form is skipped, and the rows after it
// are still read.
TEST(SubsidiaryTableTest, AnUnreadableRowDoesNotEndTheTable) {
  Result r = ReadAndAdd("Subsidiaries\n\nAlpha Ltd. | Japan | 100%\nBeta Trading House | Japan | 100%\nGamma B.V. | Netherlands | 60%\n");
  EXPECT_NE(OwnsEdge(r, "Alpha Ltd."), nullptr);
  EXPECT_EQ(OwnsEdge(r, "Beta Trading House"), nullptr);
  EXPECT_NE(OwnsEdge(r, "Gamma B.V."), nullptr);
}

TEST(SubsidiaryTableTest, FilerRowAndMissingFilerAddNothing) {
  Result r = ReadAndAdd(
      "Subsidiaries\n\nZentrix Holdings Corp.  Delaware  100%\nAlpha Ltd.  Japan  100%\n");
  ASSERT_EQ(r.graph.edges().size(), 1u);
  Graph graph;
  StatusOr<DocumentText> text = ReadDocument("Subsidiaries\n\nAlpha Ltd.  Japan  100%\n");
  ASSERT_TRUE(text.ok());
  AddSubsidiaryTableEdges(*text, kNoEntity, "doc", graph);
  EXPECT_TRUE(graph.entities().empty());
}

}  // namespace
}  // namespace corpgraph
