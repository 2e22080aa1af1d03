// The registrant named on a cover page: the inline-XBRL fact, the line above "(Exact name of
// registrant ...)", and how it becomes the filer of the extraction.
#include "extract/cover_page.h"

#include <gtest/gtest.h>

#include <string>

#include "extract/reader.h"
#include "tests/extract/extract_test_util.h"

namespace corpgraph {
namespace {

using extract_test::Dump;
using extract_test::HasEdge;

std::string Registrant(const std::string& bytes) {
  StatusOr<DocumentText> doc = ReadDocument(bytes);
  return doc.ok() ? doc->registrant : "<" + doc.status().ToString() + ">";
}

TEST(CoverPageTest, LineAboveTheCharterCaption) {
  EXPECT_EQ(RegistrantAboveCharterLine("FORM 10-K\n\nORRIN MEDIA, INC.\n\n(Exact name of registrant as specified in its charter)\n"),
            "ORRIN MEDIA, INC.");
  EXPECT_EQ(RegistrantAboveCharterLine("Orrin Media Inc. (Exact Name of Registrant as Specified in Its Charter)\n"),
            "Orrin Media Inc.");
  EXPECT_EQ(RegistrantAboveCharterLine("Orrin Media Inc.\n | \n(Exact name of registrant as specified in its charter)"),
            "Orrin Media Inc.");
  EXPECT_EQ(RegistrantAboveCharterLine("(Exact name of registrant as specified in its charter)\n"), "");
  EXPECT_EQ(RegistrantAboveCharterLine("Commission File Number 001-1234\n(Exact name of registrant as specified in its charter)"), "");
  EXPECT_EQ(RegistrantAboveCharterLine("No cover page here.\n"), "");
}

TEST(CoverPageTest, InlineXbrlFactComesFirst) {
  std::string html =
      "<html><body><div><ix:nonNumeric name=\"dei:EntityRegistrantName\" contextRef=\"c-1\">Orrin"
      " <span>Media,</span>&#160;Inc.</ix:nonNumeric></div><div>ORRIN MEDIA HOLDINGS</div>"
      "<div>(Exact name of registrant as specified in its charter)</div></body></html>";
  EXPECT_EQ(Registrant(html), "Orrin Media, Inc.");
  EXPECT_EQ(Registrant("<html><body><p>ORRIN MEDIA, INC.</p><p>(Exact name of registrant as specified in its "
                       "charter)</p></body></html>"),
            "ORRIN MEDIA, INC.");
}

// The cover's capitals yield to the mixed-case spelling the prose uses; the capitals stay an
// alias. The prose's own defined terms ("the Company") are not needed to find the filer.
TEST(CoverPageTest, CoverRegistrantIsTheFilerInItsMixedCaseSpelling) {
  ExtractOptions options;
  StatusOr<Extraction> x = ExtractDocument(
      "<html><body><p>ORRIN MEDIA, INC.</p><p>(Exact name of registrant as specified in its charter)</p>"
      "<p>Item 1. Business</p><p>Orrin Media, Inc. makes films. Many companies compete with us. The Company "
      "relies on Tarvos Motors Ltd. for cameras.</p></body></html>",
      options);
  ASSERT_TRUE(x.ok()) << x.status().ToString();
  ASSERT_NE(x->filer, kNoEntity);
  const Entity* filer = x->graph.entity(x->filer);
  EXPECT_EQ(filer->name, "Orrin Media, Inc.");
  EXPECT_NE(std::find(filer->aliases.begin(), filer->aliases.end(), "ORRIN MEDIA, INC."), filer->aliases.end());
  EXPECT_TRUE(HasEdge(*x, "Tarvos Motors Ltd.", Relation::kSupplies, "Orrin Media, Inc.")) << Dump(*x);
}

// A stand-alone subsidiary list that names no parent ("of the Registrant") has no filer: no
// listed subsidiary is taken for it. With the filer given, its rows are owns edges.
TEST(CoverPageTest, SubsidiaryListNamingNoParentHasNoFilerUntilGiven) {
  std::string list =
      "Exhibit 21\n\nSubsidiaries of the Registrant\n\nAlpha Marketing Company Limited | 100 | Bahamas\n"
      "Beta Leasing Inc. | 100 | Delaware\nBeta Shipping Inc. | 100 | Delaware\n";
  ExtractOptions options;
  StatusOr<Extraction> x = ExtractDocument(list, options);
  ASSERT_TRUE(x.ok());
  EXPECT_EQ(x->filer, kNoEntity) << Dump(*x);
  options.filer = "Gamma Energy Corporation";
  x = ExtractDocument(list, options);
  ASSERT_TRUE(x.ok());
  EXPECT_TRUE(HasEdge(*x, "Gamma Energy Corporation", Relation::kOwns, "Beta Leasing Inc.")) << Dump(*x);
}

}  // namespace
}  // namespace corpgraph

namespace corpgraph {
namespace {

// With no parent named, the family name most of the subsidiaries share stands for it.
TEST(CoverPageTest, SubsidiaryListNamingNoParentTakesTheFamilyName) {
  ExtractOptions options;
  StatusOr<Extraction> x = ExtractDocument(
      "Exhibit 21\n\nSubsidiaries of the Registrant\n\nPercentage Owned | Country\n"
      "Quorvex Canada Ltd. | 100 | Canada\nQuorvex Oil Corporation | 100 | New York\n"
      "Quorvex Marine Limited | 100 | Bahamas\nAlpha Pipeline LLC | 50 | Delaware\n",
      options);
  ASSERT_TRUE(x.ok());
  ASSERT_NE(x->filer, kNoEntity) << extract_test::Dump(*x);
  EXPECT_EQ(x->graph.entity(x->filer)->name, "Quorvex");
  EXPECT_TRUE(extract_test::HasEdge(*x, "Quorvex", Relation::kOwns, "Alpha Pipeline LLC")) << extract_test::Dump(*x);
}

}  // namespace
}  // namespace corpgraph
