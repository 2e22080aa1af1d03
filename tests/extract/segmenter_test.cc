#include "extract/segmenter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace corpgraph {
namespace {

std::string UnitText(const Segmentation& s, const TextUnit& u) {
  return s.norm.text().substr(u.begin, u.end - u.begin);
}

TEST(SegmenterTest, BulletItemsInheritTheLeadIn) {
  std::string doc =
      "Risks\n\nFactors that may hurt us include:\n\n- a decrease in sales to Acme Inc., and\n"
      "- higher costs.\n\nWe continue.\n";
  Segmentation s = SegmentDocument(doc);
  ASSERT_EQ(s.units.size(), 5u);
  EXPECT_TRUE(s.units[0].heading);
  EXPECT_EQ(UnitText(s, s.units[1]), "Factors that may hurt us include:");
  EXPECT_TRUE(s.units[2].list_item);
  EXPECT_EQ(UnitText(s, s.units[2]), "a decrease in sales to Acme Inc., and");
  EXPECT_EQ(s.units[2].lead_in, 1);
  EXPECT_EQ(s.units[3].lead_in, 1);
  EXPECT_EQ(s.units[4].lead_in, -1);
  EXPECT_EQ(s.sections.at(s.units[3].section), "Risks");
}

TEST(SegmenterTest, MarkdownHeadingsAndBoldTitlesAreSections) {
  std::string doc =
      "## Item 3. Key Information\n\n***We may lose customers to Beta Corp.***\n\nOur rivals are strong. "
      "They are large.\n";
  Segmentation s = SegmentDocument(doc);
  ASSERT_EQ(s.sections.size(), 2u);
  EXPECT_EQ(s.sections[0], "Item 3. Key Information");
  EXPECT_EQ(s.sections[1], "We may lose customers to Beta Corp.");
  EXPECT_EQ(s.units.back().section, 1);
  EXPECT_EQ(UnitText(s, s.units.back()), "They are large.");
}

TEST(SegmenterTest, NormalizesQuotesSpacesAndKeepsOffsets) {
  // Curly quotes (3 bytes each) and a no-break space (2 bytes) before the name.
  std::string doc = "Intro line one.\nGamma Ltd. (\xE2\x80\x9CGamma\xE2\x80\x9D) grew.\xC2\xA0We sell.\n";
  Segmentation s = SegmentDocument(doc);
  ASSERT_EQ(s.units.size(), 3u);
  const TextUnit& u = s.units[1];
  EXPECT_EQ(UnitText(s, u), "Gamma Ltd. (\"Gamma\") grew.");
  std::uint64_t b = s.norm.Origin(u.begin), e = s.norm.EndOrigin(u.end);
  EXPECT_EQ(doc.substr(b, e - b), "Gamma Ltd. (\xE2\x80\x9CGamma\xE2\x80\x9D) grew.");
  EXPECT_EQ(UnitText(s, s.units[2]), "We sell.");
}

TEST(SegmenterTest, ShortStandaloneTitleCaseLineIsAHeading) {
  Segmentation s = SegmentDocument("Competition\n\nWe compete with Delta Inc.\n");
  ASSERT_EQ(s.sections.size(), 1u);
  EXPECT_EQ(s.sections[0], "Competition");
  EXPECT_EQ(s.units.back().section, 0);
}

// One paragraph per line, no blank lines: a short title line between finished sentences and a
// paragraph is a heading; names listed one per line and hard-wrapped prose stay text.
TEST(SegmenterTest, TitleLineBeforeAParagraphIsAHeadingWithoutBlankLines) {
  std::string doc =
      "ITEM 1. BUSINESS\nOVERVIEW\nVelora is a global technology company with a mission to change the world "
      "through digital experiences.\nProducts and Services\nWe sell software.\n";
  Segmentation s = SegmentDocument(doc);
  ASSERT_GE(s.units.size(), 5u);
  EXPECT_TRUE(s.units[1].heading) << UnitText(s, s.units[1]);
  EXPECT_EQ(UnitText(s, s.units[1]), "OVERVIEW");
  EXPECT_FALSE(s.units[2].heading);
  EXPECT_EQ(UnitText(s, s.units[2]).substr(0, 6), "Velora");
  EXPECT_TRUE(s.units[3].heading) << UnitText(s, s.units[3]);
  EXPECT_EQ(UnitText(s, s.units[4]), "We sell software.");

  Segmentation list = SegmentDocument("Subsidiaries\nVelora Asia LLC\nVelora Canada Inc.\nVelora GmbH\n");
  int headings = 0;
  for (const TextUnit& u : list.units) headings += u.heading;
  EXPECT_LE(headings, 1);

  Segmentation wrapped = SegmentDocument(
      "The Company offers prescription\nProducts and an over-the-counter\nproduct line in the United States.\n");
  for (const TextUnit& u : wrapped.units) EXPECT_FALSE(u.heading) << UnitText(wrapped, u);
}

// Headings stack ("Segment\nTopic\nOverview\n<paragraph>"), also where page furniture
// stands between the last sentence and them.
TEST(SegmenterTest, StackedTitleLinesAreHeadings) {
  Segmentation s = SegmentDocument(
      "See Note 2 to our financial statements.\n37\nTable of Contents\nDefense, Space & Security\n"
      "Business Environment and Trends\nOverview\nThe Appropriations Act of 2024 provided funds to agencies.\n");
  std::vector<std::string> headings;
  for (const TextUnit& u : s.units) {
    if (u.heading) headings.emplace_back(UnitText(s, u));
  }
  EXPECT_EQ(headings, (std::vector<std::string>{"Defense, Space & Security", "Business Environment and Trends", "Overview"}));
  EXPECT_EQ(UnitText(s, s.units.back()).substr(0, 8), "The Appr");
  // Names listed after a colon are a list, not stacked headings, whatever follows them.
  Segmentation list = SegmentDocument(
      "Our subsidiaries are:\nVelora Asia LLC\nVelora Canada Inc.\nThe list is complete and current.\n");
  for (const TextUnit& u : list.units) EXPECT_FALSE(u.heading) << UnitText(list, u);
}

TEST(SegmenterTest, EllipsisMarkersAreSkipped) {
  Segmentation s = SegmentDocument("One sentence.\n\n[...]\n\nAnother one.\n");
  ASSERT_EQ(s.units.size(), 2u);
}

// A sentence cut by a page break goes on after the page furniture; one that ended, or an
// omission marker between, keeps the paragraphs apart.
TEST(SegmenterTest, ParagraphGoesOnAcrossAPageBreak) {
  Segmentation s = SegmentDocument(
      "Competition\n\nWe compete with large firms such as Acme Inc. and\n\n17\n\nTable of Contents\n\n"
      "many smaller ones.\n\nOur rivals grow.\n\n18\n\nsales rose.\n\nWe sell parts\n\n[...]\n\nthrough dealers.\n");
  std::vector<std::string> texts;
  for (const TextUnit& u : s.units) texts.push_back(UnitText(s, u));
  ASSERT_EQ(texts.size(), 6u);
  EXPECT_EQ(texts[1], "We compete with large firms such as Acme Inc. and many smaller ones.");
  EXPECT_EQ(texts[2], "Our rivals grow.");
  EXPECT_EQ(texts[3], "sales rose.");
  EXPECT_EQ(texts[4], "We sell parts");
  EXPECT_EQ(texts[5], "through dealers.");
}

// A running head with the page number is no heading; a heading repeated with the same years is.
TEST(SegmenterTest, RunningHeadsWithPageNumbersAreSkipped) {
  std::string doc;
  for (int page = 2; page <= 4; ++page) {
    doc += "Fiscal 2024 Compared to Fiscal 2023\n\nSales grew at Acme Inc.\n\n";
    doc += (page % 2 == 0 ? std::to_string(page) + " The Zentrix Company" : "The Zentrix Company " + std::to_string(page));
    doc += "\n\nWe compete with Beta Corp.\n\n";
  }
  Segmentation s = SegmentDocument(doc);
  for (const std::string& title : s.sections) EXPECT_EQ(title, "Fiscal 2024 Compared to Fiscal 2023");
  EXPECT_EQ(s.sections.size(), 3u);
  EXPECT_EQ(s.units.size(), 9u);  // three headings and six sentences, no running head
}

// A page's number and the "Table of Contents" link of the next page sit between paragraphs of
// a section; the paragraphs after them stay in that section.
TEST(SegmenterTest, PageNumbersAndContentsLinksAreNoHeadings) {
  Segmentation s = SegmentDocument(
      "Competition\n\nWe compete with Acme Inc.\n\n16\n\nTable of Contents\n\nWe also compete with Beta Corp.\n\n"
      "- 17 -\n\nPage 18\n\nF-3\n\nIndex to Financial Statements\n\nOur rivals are large.\n\nIn 2024\n\nsales grew.\n");
  ASSERT_EQ(s.sections.size(), 2u);
  EXPECT_EQ(s.sections[0], "Competition");
  EXPECT_EQ(s.sections[1], "In 2024");  // a year with words is no page number
  ASSERT_GE(s.units.size(), 4u);
  EXPECT_EQ(UnitText(s, s.units[2]), "We also compete with Beta Corp.");
  EXPECT_EQ(s.units[2].section, 0);
  EXPECT_EQ(UnitText(s, s.units[3]), "Our rivals are large.");
  EXPECT_EQ(s.units[3].section, 0);
}

}  // namespace
}  // namespace corpgraph

namespace corpgraph {
namespace {

// Table rows ("cell | cell") stand alone: the line above a table never runs into its first row,
// and only a lead-in ending in ':' introduces the rows.
TEST(SegmenterTest, TableRowsAreUnitsOfTheirOwn) {
  std::string doc =
      "We hold interests in many companies around the world today\nAlpha Ltd. | Japan\nBeta B.V. | Netherlands\n\n"
      "Our executive officers are as follows:\nAnn Lowe | 52 | Chief Executive Officer\n";
  Segmentation s = SegmentDocument(doc);
  ASSERT_EQ(s.units.size(), 5u);
  EXPECT_EQ(UnitText(s, s.units[0]), "We hold interests in many companies around the world today");
  EXPECT_EQ(UnitText(s, s.units[1]), "Alpha Ltd. | Japan");
  EXPECT_EQ(s.units[1].lead_in, -1);
  EXPECT_EQ(UnitText(s, s.units[2]), "Beta B.V. | Netherlands");
  EXPECT_EQ(UnitText(s, s.units[4]), "Ann Lowe | 52 | Chief Executive Officer");
  EXPECT_EQ(s.units[4].lead_in, 3);
}

}  // namespace
}  // namespace corpgraph

namespace corpgraph {
namespace {

TEST(ItemHeadingTest, HeadingsOfWholeFilings) {
  EXPECT_EQ(ItemHeading("Item 1A. Risk Factors"), "Item 1A. Risk Factors");
  EXPECT_EQ(ItemHeading("ITEM 7A: QUANTITATIVE AND QUALITATIVE DISCLOSURES"), "Item 7A. QUANTITATIVE AND QUALITATIVE DISCLOSURES");
  EXPECT_EQ(ItemHeading("Item 1. | Business"), "Item 1. Business");
  EXPECT_EQ(ItemHeading("## Item 4. Information on the Company"), "Item 4. Information on the Company");
  EXPECT_EQ(ItemHeading("Item 4.A History and Development"), "Item 4A. History and Development");
  EXPECT_EQ(ItemHeading("Item 1. | Business | 4"), "");  // a table-of-contents row
  EXPECT_EQ(ItemHeading("Item 7 of this report describes our results. We grew."), "");
  EXPECT_EQ(ItemHeading("Items 1 and 2. Business and Properties"), "");
  EXPECT_EQ(ItemHeading("Itemized deductions"), "");
}

// In a whole filing, the cover and table of contents (before the first item), the financial
// statements item and what follows SIGNATURES do not feed prose rules; sections name the item.
TEST(SegmenterTest, ItemsNameSectionsAndMarkWhatIsProse) {
  std::string doc =
      "FORM 10-K\n\nACME CORP.\n\n(Exact name of registrant as specified in its charter)\n\n"
      "Item 1. | Business | 4\n\n"
      "Item 1. Business\n\nWe make widgets.\n\nCompetition\n\nWe compete with Beta Inc.\n\n"
      "Item 8. Financial Statements and Supplementary Data\n\nAcme acquired Gamma LLC in 2020.\n\n"
      "Item 9A. Controls and Procedures\n\nOur controls work.\n\nSIGNATURES\n\nWe sign here.\n";
  Segmentation s = SegmentDocument(doc);
  auto unit = [&](std::string_view text) -> const TextUnit* {
    for (const TextUnit& u : s.units) {
      if (s.norm.text().substr(u.begin, u.end - u.begin) == text) return &u;
    }
    return nullptr;
  };
  ASSERT_NE(unit("ACME CORP."), nullptr);
  EXPECT_FALSE(unit("ACME CORP.")->prose);
  ASSERT_NE(unit("We make widgets."), nullptr);
  EXPECT_TRUE(unit("We make widgets.")->prose);
  EXPECT_EQ(SectionPath(s, *unit("We make widgets.")), "Item 1. Business");
  ASSERT_NE(unit("We compete with Beta Inc."), nullptr);
  EXPECT_EQ(SectionPath(s, *unit("We compete with Beta Inc.")), "Item 1. Business > Competition");
  ASSERT_NE(unit("Acme acquired Gamma LLC in 2020."), nullptr);
  EXPECT_FALSE(unit("Acme acquired Gamma LLC in 2020.")->prose);
  ASSERT_NE(unit("Our controls work."), nullptr);
  EXPECT_TRUE(unit("Our controls work.")->prose);
  ASSERT_NE(unit("We sign here."), nullptr);
  EXPECT_FALSE(unit("We sign here.")->prose);
  EXPECT_EQ(s.items.size(), 3u);
}

// An excerpt that starts inside an item (no cover page before its first item heading) is prose
// throughout.
TEST(SegmenterTest, ExcerptWithoutCoverIsProse) {
  Segmentation s = SegmentDocument("We compete with Beta Inc.\n\nItem 4. Information on the Company\n\nWe own Gamma LLC.\n");
  ASSERT_FALSE(s.units.empty());
  for (const TextUnit& u : s.units) EXPECT_TRUE(u.prose);
}

}  // namespace
}  // namespace corpgraph
