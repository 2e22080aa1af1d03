#include "extract/html_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "extract/html_reader_prescan.h"
#include "extract/reader.h"

namespace corpgraph {
namespace {

std::string ReadFixture(const std::string& name) {
  std::ifstream in(std::string(CORPGRAPH_SOURCE_DIR) + "/tests/data/readers/" + name,
                   std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool IsLiteralChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == ',' || c == '(' ||
         c == ')' || c == '$' || c == '%' || c == '-';
}

// Every run of ASCII letters, digits and plain punctuation in the text must be found at its
// SourceOffset in the original bytes (decoded references and separators are left out).
void ExpectWordsMapBack(const DocumentText& doc, std::string_view original,
                        bool require_words = true) {
  std::vector<std::uint64_t> run_starts;
  for (const DocumentText::Run& run : doc.runs) run_starts.push_back(run.text_begin);
  size_t i = 0, checked = 0;
  while (i < doc.text.size()) {
    if (!IsLiteralChar(doc.text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < doc.text.size() && IsLiteralChar(doc.text[j])) {
      ++j;
      // Adjacent inline elements ("<b>L</b><i>t</i>") join into one word across runs.
      if (std::binary_search(run_starts.begin(), run_starts.end(), j)) break;
    }
    std::string word = doc.text.substr(i, j - i);
    std::uint64_t at = doc.SourceOffset(i);
    ASSERT_LE(at + word.size(), original.size()) << word;
    EXPECT_EQ(original.substr(at, word.size()), word) << "word at text offset " << i;
    ++checked;
    i = j;
  }
  if (require_words) {
    EXPECT_GT(checked, 0u);
  }
}

class HtmlFixtureTest : public ::testing::Test {
 protected:
  void SetUp() override {
    bytes_ = ReadFixture("zentrix-10k-excerpt.htm");
    ASSERT_FALSE(bytes_.empty());
    StatusOr<DocumentText> doc = ReadDocument(bytes_);
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    doc_ = std::move(*doc);
  }
  bool Has(std::string_view s) const { return doc_.text.find(s) != std::string::npos; }

  std::string bytes_;
  DocumentText doc_;
};

TEST_F(HtmlFixtureTest, DetectedAsHtml) { EXPECT_EQ(doc_.format, "html"); }

TEST_F(HtmlFixtureTest, DropsScriptStyleHeadCommentsAndHiddenXbrl) {
  EXPECT_FALSE(Has("Scriptonia"));
  EXPECT_FALSE(Has("Injected"));
  EXPECT_FALSE(Has("font-family"));
  EXPECT_FALSE(Has("Hidden Fact"));
  EXPECT_FALSE(Has("Commentary Corp"));
  EXPECT_FALSE(Has("10-K"));  // only in <title>
  EXPECT_FALSE(Has("<"));
}

TEST_F(HtmlFixtureTest, DecodesReferencesAndCollapsesSpaces) {
  EXPECT_TRUE(
      Has("Zentrix Holdings Corp. (\u201CZentrix\u201D) designs industrial sensors for the "
          "automotive & aerospace markets."));
  EXPECT_TRUE(Has("Velmora Distribution GmbH, a distributor in Germany."));  // &nbsp; -> space
  EXPECT_TRUE(Has("supply agreement\u2014our largest single source"));
  EXPECT_TRUE(Has("Caf\u00E9 Oriel S.\u00E0 r.l. is a former customer."));
}

TEST_F(HtmlFixtureTest, DecodedCharactersMapToTheirReference) {
  size_t quote = doc_.text.find("\u201CZentrix");
  ASSERT_NE(quote, std::string::npos);
  EXPECT_EQ(bytes_.substr(doc_.SourceOffset(quote), 7), "&#8220;");
  size_t amp = doc_.text.find(" & ");
  ASSERT_NE(amp, std::string::npos);
  EXPECT_EQ(bytes_.substr(doc_.SourceOffset(amp + 1), 5), "&amp;");
  size_t e_acute = doc_.text.find("\u00E9");
  ASSERT_NE(e_acute, std::string::npos);
  EXPECT_EQ(bytes_.substr(doc_.SourceOffset(e_acute), 8), "&eacute;");
}

TEST_F(HtmlFixtureTest, EveryWordMapsBackToTheOriginal) { ExpectWordsMapBack(doc_, bytes_); }

TEST_F(HtmlFixtureTest, HeadingsAndListItemsOnTheirOwnLines) {
  EXPECT_EQ(doc_.text.rfind("Item 1. Business\n\nOverview\n\n", 0), 0u);
  EXPECT_TRUE(Has("\nCustomers\n"));
  EXPECT_TRUE(
      Has("\nArcturo Motors S.A. accounted for 14% of net revenue.\nBrightwell Aerospace Inc."));
  EXPECT_EQ(doc_.text.find("\n\n\n"), std::string::npos);
  EXPECT_NE(doc_.text.front(), '\n');
}

TEST_F(HtmlFixtureTest, TableRowsBecomeLinesOfCells) {
  EXPECT_TRUE(
      Has("\nRegion | 2023 | 2022\nAmericas | $ 412.5 | $ 388.0\nEurope | $ 301.2 | $ 279.9\n"));
}

StatusOr<DocumentText> ReadHtml(const std::string& html) { return ReadDocument(html); }

TEST(HtmlReaderTest, CellsWithBlocksStayOnOneLine) {
  StatusOr<DocumentText> doc = ReadHtml(
      "<html><body><table><tr><td><p>Alpha</p><p>Beta</p></td>"
      "<td><div>Gamma</div></td></tr></table></body></html>");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "Alpha Beta | Gamma");
}

TEST(HtmlReaderTest, BrEndsALineInlineTagsDoNot) {
  StatusOr<DocumentText> doc = ReadHtml("<div>One<br>Two <b>bold</b><i>ital</i></div><p>Next</p>");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "One\nTwo boldital\n\nNext");
}

TEST(HtmlReaderTest, CrLfSourceKeepsOffsets) {
  std::string html =
      "<html>\r\n<body>\r\n<p>Alpha Corp.\r\nsupplies Beta&nbsp;Ltd.</p>\r\n</body></html>\r\n";
  StatusOr<DocumentText> doc = ReadHtml(html);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "Alpha Corp. supplies Beta Ltd.");
  ExpectWordsMapBack(*doc, html);
}

TEST(HtmlReaderTest, LegacyReferenceWithoutSemicolonAndUnknownReference) {
  std::string html = "<p>Copyright &copy 2024 Alpha &unknown; Beta &#169;x &#xA9;y.</p>";
  StatusOr<DocumentText> doc = ReadHtml(html);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "Copyright \u00A9 2024 Alpha &unknown; Beta \u00A9x \u00A9y.");
  ExpectWordsMapBack(*doc, html);
}

TEST(HtmlReaderTest, ReplacedControlCharactersKeepOffsets) {
  // Gumbo turns control characters into U+FFFD (3 bytes for 1): offsets must stay inside.
  std::string html = "<p>Alpha\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d Beta\x01</p>";
  StatusOr<DocumentText> doc = ReadHtml(html);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text.find("Alpha\uFFFD\uFFFD"), 0u);
  for (std::uint64_t pos = 0; pos < doc->text.size(); ++pos)
    ASSERT_LT(doc->SourceOffset(pos), html.size());
  ExpectWordsMapBack(*doc, html);
}

TEST(HtmlReaderTest, DroppedTagsInsideMergedTextFoundByFuzzing) {
  // Outside a table the parser drops <td> tags and merges the text around them; a literal '<'
  // right after a dropped tag must not be matched with the tag's own '<'.
  std::string html = "<html>\n<hed><td>Alpha</td><td>Beta</td><\x19\x19\x19\x19\x19 Gamma</td>";
  StatusOr<DocumentText> doc = ReadHtml(html);
  ASSERT_TRUE(doc.ok());
  for (std::uint64_t pos = 0; pos < doc->text.size(); ++pos) {
    ASSERT_LT(doc->SourceOffset(pos), html.size());
  }
  ExpectWordsMapBack(*doc, html);
  EXPECT_NE(doc->text.find("Gamma"), std::string::npos);
}

TEST(HtmlReaderTest, TagsWrittenInTextareaAreText) {
  std::string html = "<body><textarea>Use <b>bold</b> here</textarea></body>";
  StatusOr<DocumentText> doc = ReadHtml(html);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "Use <b>bold</b> here");
  EXPECT_EQ(html.substr(doc->SourceOffset(doc->text.find("here")), 4), "here");
}

TEST(HtmlReaderTest, PreformattedTextKeepsLayout) {
  std::string html =
      "<p>Intro   text</p><pre>\nAlpha Ltd.     Japan\r\n  Beta&nbsp;GmbH  "
      "Germany\n</pre><p>After</p>";
  StatusOr<DocumentText> doc = ReadHtml(html);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "Intro text\n\nAlpha Ltd.     Japan\n  Beta GmbH  Germany\n\nAfter");
  ExpectWordsMapBack(*doc, html);
}

TEST(HtmlReaderTest, OnlyInvisibleContentIsRefused) {
  StatusOr<DocumentText> doc =
      ReadHtml("<html><head><title>t</title></head><body><script>x()</script></body></html>");
  ASSERT_FALSE(doc.ok());
  EXPECT_TRUE(doc.status().IsInvalidArgument());
  EXPECT_EQ(doc.status().message(), "the HTML document has no visible text");
}

TEST(HtmlReaderTest, DeepNestingIsRefusedQuickly) {
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep";
  StatusOr<DocumentText> doc = ReadHtml(html);
  ASSERT_FALSE(doc.ok());
  EXPECT_TRUE(doc.status().IsInvalidArgument());
  EXPECT_NE(doc.status().message().find("nested too deeply"), std::string::npos)
      << doc.status().message();
  EXPECT_EQ(doc.status().message().find('\n'), std::string::npos);
}

TEST(HtmlReaderTest, ModerateNestingIsRead) {
  std::string html = "<html><body>";
  for (int i = 0; i < 1000; ++i) html += "<div><span>";
  html += "Deep Alpha Inc.";
  for (int i = 0; i < 1000; ++i) html += "</span></div>";
  StatusOr<DocumentText> doc = ReadHtml(html);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text, "Deep Alpha Inc.");
  EXPECT_EQ(html.substr(doc->SourceOffset(0), 4), "Deep");
}

TEST(HtmlReaderTest, ManyUnclosedParagraphsAreNotDeep) {
  std::string html = "<html><body>";
  for (int i = 0; i < 50000; ++i) html += "<p>x";
  StatusOr<DocumentText> doc = ReadHtml(html);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
}

TEST(HtmlReaderTest, UnclosedFormattingTagsInParagraphsAreRepaired) {
  // Old EDGAR pages leave <font> open in every paragraph; parsed as is, each paragraph would
  // nest inside the previous one. The pre-scan closes them, and offsets still point home.
  std::string html = "<html><body>";
  for (int i = 0; i < 20000; ++i)
    html += "<P><FONT SIZE=2><B>Alpha Corp. line " + std::to_string(i) + "</P>\n";
  StatusOr<DocumentText> doc = ReadHtml(html);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text.substr(0, 39), "Alpha Corp. line 0\n\nAlpha Corp. line 1\n");
  ExpectWordsMapBack(*doc, html);
  size_t last = doc->text.find("line 19999");
  ASSERT_NE(last, std::string::npos);
  EXPECT_EQ(html.substr(doc->SourceOffset(last), 10), "line 19999");
}

int Depth(std::string_view html) { return PrescanHtml(html).max_depth; }

TEST(HtmlPrescanTest, DepthEstimate) {
  EXPECT_EQ(Depth("<html><body><div><p>x</p></div></body></html>"), 4);
  EXPECT_EQ(Depth("<p>a<p>b<p>c<li>d<li>e"), 2);
  EXPECT_EQ(Depth("<table><tr><td>a<td>b<tr><td>c</table>"), 3);
  EXPECT_EQ(Depth("<div><br><img src=x><hr/><span/></div>"), 1);
  EXPECT_EQ(Depth("<script>for(;;){a<b;}</script><!-- <div><div> --><div>"), 1);
  EXPECT_EQ(Depth("</div></div><b>"), 1);
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<b>";
  EXPECT_EQ(Depth(deep), 5000);
}

TEST(HtmlPrescanTest, RepairsAndMapsBack) {
  std::string html = "<p><font><b>One</p>\n<p>Two</p><div><i>Three<div>x</div></div>";
  HtmlPrescan scan = PrescanHtml(html);
  EXPECT_EQ(scan.repaired,
            "<p><font><b>One</b></font></p>\n<p>Two</p><div><i>Three<div>x</div></i></div>");
  ASSERT_EQ(scan.insertions.size(), 2u);
  size_t two = scan.repaired.find("Two");
  EXPECT_EQ(html.substr(scan.OriginalOffset(two), 3), "Two");
  EXPECT_EQ(scan.OriginalOffset(scan.repaired.find("</b>")), html.find("</p>"));
  EXPECT_EQ(scan.OriginalOffset(scan.repaired.size()), html.size());
  EXPECT_TRUE(PrescanHtml("<p><b>x</b></p>").repaired.empty());
}

TEST(HtmlReaderTest, LargeSingleLineDocumentIsLinear) {
  std::string html = "<html><body><p>";
  while (html.size() < (8u << 20)) html += "Alpha &amp; Beta&nbsp;Corp. supplies Gamma Ltd. ";
  html += "</p></body></html>";
  StatusOr<DocumentText> doc = ReadHtml(html);
  ASSERT_TRUE(doc.ok());
  EXPECT_GT(doc->text.size(), 6u << 20);
  EXPECT_LT(doc->runs.size(), 1000000u);
}

TEST(HtmlReaderTest, HugeHtmlIsRefusedWithoutParsing) {
  std::string html = "<html><body><p>";
  html.resize(kMaxHtmlBytes + 1, 'x');
  StatusOr<DocumentText> doc = ReadHtml(html);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(doc.status().message(), "the HTML is too large to read (65 MB; at most 64 MB)");
}

// Random tag soup: reading never fails for anything but depth, every offset stays inside the
// document, and literal words map back.
TEST(HtmlReaderTest, RandomTagSoupKeepsOffsetsInside) {
  const std::vector<std::string> tokens = {"<p>",
                                           "</p>",
                                           "<div>",
                                           "</div>",
                                           "<td>",
                                           "<tr>",
                                           "<table>",
                                           "</table>",
                                           "<br>",
                                           "<b>",
                                           "</b>",
                                           "<script>x<y</script>",
                                           "<style>p{}</style>",
                                           "<!-- c -->",
                                           "&amp;",
                                           "&nbsp;",
                                           "&#160;",
                                           "&#x2014;",
                                           "&copy",
                                           "&notit;",
                                           "&bogus;",
                                           "&#0;",
                                           "&#x110000;",
                                           "&#128;",
                                           "&",
                                           "\r\n",
                                           "\r",
                                           "\n",
                                           " ",
                                           "\t",
                                           "Alpha",
                                           "Corp.",
                                           "caf\u00E9",
                                           "\u201C",
                                           "<![CDATA[x]]>",
                                           "<ix:header>h</ix:header>",
                                           "<li>",
                                           "<h2>",
                                           "<svg><text>s</text></svg>",
                                           "<textarea>t</textarea>",
                                           "<pre>\n  x</pre>",
                                           "<a href='&amp;'>L</a>",
                                           "<font size=2>",
                                           "<P><FONT>",
                                           "</FONT>",
                                           "<i>",
                                           "</li>",
                                           "<td>"};
  std::mt19937 rng(20240315);
  for (int round = 0; round < 3000; ++round) {
    std::string html = round % 2 ? "<html><body>" : "<div>";
    int n = 1 + static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) html += tokens[rng() % tokens.size()];
    StatusOr<DocumentText> doc = ReadHtml(html);
    if (!doc.ok()) {
      EXPECT_EQ(doc.status().message(), "the HTML document has no visible text") << html;
      continue;
    }
    for (std::uint64_t pos = 0; pos < doc->text.size(); ++pos) {
      ASSERT_LT(doc->SourceOffset(pos), html.size()) << html;
    }
    ExpectWordsMapBack(*doc, html, /*require_words=*/false);
    if (::testing::Test::HasFailure()) {
      std::string shown;
      for (char c : html)
        shown += c == '\r'   ? std::string("\\r")
                 : c == '\n' ? std::string("\\n")
                             : std::string(1, c);
      ADD_FAILURE() << "input: " << shown << "\ntext: " << doc->text;
      return;
    }
  }
}

}  // namespace
}  // namespace corpgraph
