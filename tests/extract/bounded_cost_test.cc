// Documents built to make a superlinear stage blow up: a lower-case defined term that is a
// prefix of a hyphenated word, lists of thousands of members, thousands of defined names on
// one entity, a table of thousands of rows. Each must extract correctly, with evidence and
// aliases bounded per edge and per entity, so that cost stays linear in the input.
#include <gtest/gtest.h>

#include <string>

#include "extract/entity_table.h"
#include "tests/extract/extract_test_util.h"

namespace corpgraph {
namespace {

using extract_test::Dump;
using extract_test::HasEdge;

Extraction ExtractWithoutFiler(const std::string& text) {
  ExtractOptions options;
  options.document_name = "stress.txt";
  StatusOr<Extraction> x = ExtractDocument(text, options);
  EXPECT_TRUE(x.ok()) << x.status().ToString();
  return x.ok() ? std::move(*x) : Extraction{};
}

constexpr const char* kDefinition =
    "Unless expressly indicated or the context requires otherwise, the terms \"Acme,\" \"company,\" "
    "\"we,\" \"us,\" and \"our\" in this document refer to Acme Widgets, Inc., a Delaware corporation, "
    "and, where appropriate, its subsidiaries.\n";

// The report that took 16.8 GB: "company" was defined as the filer and the scan for it stopped
// inside "company-wide" without moving on, adding the same mention forever.
TEST(BoundedCostTest, LowerCaseDefinedTermInsideAHyphenatedWord) {
  Extraction x = ExtractWithoutFiler(std::string(kDefinition) +
                                     "Each year, we conduct company-wide employee surveys to help us understand how "
                                     "employees feel about working at Acme and what we can do to improve their experience.\n");
  ASSERT_NE(x.filer, kNoEntity);
  EXPECT_EQ(x.graph.entity(x.filer)->name, "Acme Widgets, Inc.");
}

TEST(BoundedCostTest, LowerCaseDefinedTermMeansTheFilerOnlyWithItsArticle) {
  Extraction x = ExtractWithoutFiler(std::string(kDefinition) +
                                     "The company relies on Tarvos Motors Ltd. for motors. Orrin Media Inc. is a company "
                                     "that relies on Pell Logistics Corp. for shipping.\n");
  EXPECT_TRUE(HasEdge(x, "Tarvos Motors Ltd.", Relation::kSupplies, "Acme Widgets, Inc.")) << Dump(x);
  EXPECT_FALSE(HasEdge(x, "Pell Logistics Corp.", Relation::kSupplies, "Acme Widgets, Inc.")) << Dump(x);
}

TEST(BoundedCostTest, ThousandsOfListMembersKeepBoundedEvidence) {
  constexpr int kMembers = 3000;
  std::string text = std::string(kDefinition) + "Our competitors include ";
  for (int i = 0; i < kMembers; ++i) text += (i ? ", Rival" : "Rival") + std::to_string(i) + " Systems Inc.";
  text += ".\n";
  Extraction x = ExtractWithoutFiler(text);
  EXPECT_EQ(extract_test::CountEdges(x, Relation::kCompetes), static_cast<size_t>(kMembers));
  for (const Edge& e : x.graph.edges()) {
    const std::string& rival = x.graph.entity(e.src == x.filer ? e.dst : e.src)->name;
    for (const Evidence& ev : e.evidence) {
      EXPECT_LE(ev.sentence.size(), 2600u);
      EXPECT_NE(ev.sentence.find(rival), std::string::npos) << ev.sentence;
      EXPECT_NE(ev.sentence.find("competitors include"), std::string::npos) << ev.sentence;
      EXPECT_GT(ev.end - ev.begin, ev.sentence.size());  // the span still covers the whole sentence
    }
  }
}

TEST(BoundedCostTest, ThousandsOfDefinedNamesOnOneEntity) {
  constexpr int kNames = 5000;
  std::string text = "Acme Widgets, Inc. (";
  for (int i = 0; i < kNames; ++i) text += (i ? ", \"T" : "\"T") + std::to_string(i) + "\"";
  text += ") designs widgets. T4321 relies on Tarvos Motors Ltd. for motors.\n";
  Extraction x = ExtractWithoutFiler(text);
  ASSERT_NE(x.filer, kNoEntity);
  EXPECT_LE(x.graph.entity(x.filer)->aliases.size(), EntityTable::kMaxAliases + 4);
  EXPECT_TRUE(HasEdge(x, "Tarvos Motors Ltd.", Relation::kSupplies, "Acme Widgets, Inc.")) << Dump(x);
}

TEST(BoundedCostTest, SubsidiaryTableOfThousandsOfRows) {
  constexpr int kRows = 4000;
  std::string html = "<html><body><p>Subsidiaries of Acme Widgets, Inc.</p><table>";
  for (int i = 0; i < kRows; ++i) {
    html += "<tr><td>Subco" + std::to_string(i) + " Limited</td><td>Delaware</td><td>100%</td></tr>";
  }
  html += "</table></body></html>";
  Extraction x = ExtractWithoutFiler(html);
  ASSERT_NE(x.filer, kNoEntity);
  EXPECT_EQ(extract_test::CountEdges(x, Relation::kOwns), static_cast<size_t>(kRows));
  EXPECT_TRUE(HasEdge(x, "Acme Widgets, Inc.", Relation::kOwns, "Subco3999 Limited"));
}

}  // namespace
}  // namespace corpgraph
