#include "extract/edgar_reader.h"

#include <gtest/gtest.h>

#include <cctype>
#include <fstream>
#include <sstream>
#include <string>

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

class SubmissionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    bytes_ = ReadFixture("zentrix-10k-submission.txt");
    StatusOr<DocumentText> doc = ReadDocument(bytes_);
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    doc_ = std::move(*doc);
  }
  bool Has(std::string_view s) const { return doc_.text.find(s) != std::string::npos; }

  std::string bytes_;
  DocumentText doc_;
};

TEST_F(SubmissionTest, HeaderGivesFilerFormAndPeriod) {
  EXPECT_EQ(doc_.format, "edgar");
  EXPECT_EQ(doc_.filer, "ZENTRIX HOLDINGS CORP");
  EXPECT_EQ(doc_.form, "10-K");
  EXPECT_EQ(doc_.period, "2023-12-31");
}

TEST_F(SubmissionTest, BothTextPartsInOrderWithoutHeaderOrMarkup) {
  size_t html_part =
      doc_.text.find("We buy wafers from Quillon Semiconductor Ltd. & resell through Velmora");
  size_t text_part = doc_.text.find("Zentrix Europe B.V.                        Netherlands");
  ASSERT_NE(html_part, std::string::npos) << doc_.text;
  ASSERT_NE(text_part, std::string::npos) << doc_.text;
  EXPECT_LT(html_part, text_part);
  EXPECT_EQ(doc_.text.rfind("Item 1. Business\n\nZentrix Holdings Corp. designs", 0), 0u);
  EXPECT_TRUE(Has("\nSensors | $ 713.7"));
  EXPECT_FALSE(Has("COMPANY CONFORMED NAME"));
  EXPECT_FALSE(Has("<PAGE>"));
  EXPECT_FALSE(Has("<S>"));
  EXPECT_FALSE(Has("<TYPE>"));
  EXPECT_FALSE(Has("zen-20231231"));  // <title>
  EXPECT_FALSE(Has("begin 644"));     // uuencoded GRAPHIC part
  EXPECT_FALSE(Has("margin"));
}

TEST_F(SubmissionTest, EveryLineMapsBackToTheSubmission) {
  size_t start = 0, checked = 0;
  while (start < doc_.text.size()) {
    size_t nl = doc_.text.find('\n', start);
    size_t end = nl == std::string::npos ? doc_.text.size() : nl;
    std::string line = doc_.text.substr(start, end - start);
    // Lines without decoded references or cell separators appear verbatim in the original.
    if (!line.empty() && line.find('&') == std::string::npos &&
        line.find(" | ") == std::string::npos && line.find('$') == std::string::npos) {
      EXPECT_EQ(bytes_.substr(doc_.SourceOffset(start), line.size()), line);
      ++checked;
    }
    start = end + 1;
  }
  EXPECT_GE(checked, 5u);
  size_t quillon = doc_.text.find("Quillon");
  EXPECT_EQ(bytes_.substr(doc_.SourceOffset(quillon), 7), "Quillon");
  size_t amp = doc_.text.find(" & resell");
  EXPECT_EQ(bytes_.substr(doc_.SourceOffset(amp + 1), 5), "&amp;");
}

TEST(EdgarReaderTest, SingleDocumentWithoutHeader) {
  std::string bytes =
      "<DOCUMENT>\n<TYPE>20-F\n<TEXT>\nAlpha Corp. owns Beta Ltd.\n</TEXT>\n</DOCUMENT>\n";
  StatusOr<DocumentText> doc = ReadDocument(bytes);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->format, "edgar");
  EXPECT_EQ(doc->form, "20-F");
  EXPECT_EQ(doc->filer, "");
  EXPECT_EQ(doc->text, "Alpha Corp. owns Beta Ltd.\n");
  EXPECT_EQ(bytes.substr(doc->SourceOffset(0), 5), "Alpha");
}

TEST(EdgarReaderTest, InlineXbrlPartIsReadAsHtml) {
  std::string bytes =
      "<SEC-DOCUMENT>x\n<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t20-F\nCONFORMED PERIOD OF "
      "REPORT:\t20240331\n"
      "COMPANY CONFORMED NAME:\t\t\tALPHA "
      "CORP\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>20-F\n<TEXT>\n<XBRL>\n"
      "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><div "
      "style=\"display:none\">"
      "<ix:header>hidden</ix:header></div><div>Alpha Corp. owns "
      "Beta&#160;Ltd.</div></body></html>\n</XBRL>\n"
      "</TEXT>\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-101.INS\n<TEXT>\n<XBRL>\n<?xml "
      "version=\"1.0\"?>\n<xbrl>1</xbrl>\n"
      "</XBRL>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n";
  StatusOr<DocumentText> doc = ReadDocument(bytes);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text, "Alpha Corp. owns Beta Ltd.");
  EXPECT_EQ(doc->period, "2024-03-31");
  EXPECT_EQ(doc->filer, "ALPHA CORP");
  EXPECT_EQ(bytes.substr(doc->SourceOffset(doc->text.find("Beta")), 4), "Beta");
}

TEST(EdgarReaderTest, CrLfHeaderAndStateTagInFilerName) {
  std::string bytes =
      "<SEC-DOCUMENT>x\r\n<SEC-HEADER>\r\nCONFORMED SUBMISSION TYPE:\t10-K/A\r\n"
      "CONFORMED PERIOD OF REPORT:\t20231231\r\n\t\tCOMPANY CONFORMED NAME:\t\t\tZENTRIX HOLDINGS "
      "CORP /DE/\r\n"
      "</SEC-HEADER>\r\n<DOCUMENT>\r\n<TYPE>10-K/A\r\n<TEXT>\r\nAmended "
      "text.\r\n</TEXT>\r\n</DOCUMENT>\r\n";
  StatusOr<DocumentText> doc = ReadDocument(bytes);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->filer, "ZENTRIX HOLDINGS CORP");
  EXPECT_EQ(doc->form, "10-K/A");
  EXPECT_EQ(doc->period, "2023-12-31");
  EXPECT_EQ(doc->text, "Amended text.\r\n");
  EXPECT_EQ(bytes.substr(doc->SourceOffset(0), 7), "Amended");
}

TEST(EdgarReaderTest, HeaderOnlySubmissionIsRefused) {
  StatusOr<DocumentText> doc = ReadDocument(
      "<SEC-DOCUMENT>x\n<SEC-HEADER>\nCONFORMED SUBMISSION "
      "TYPE:\t10-K\n</SEC-HEADER>\n</SEC-DOCUMENT>\n");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().message(), "the EDGAR submission has no document text");
}

TEST(EdgarReaderTest, DeeplyNestedHtmlPartIsRefused) {
  std::string bytes = "<DOCUMENT>\n<TYPE>10-K\n<TEXT>\n<html><body>";
  for (int i = 0; i < 100000; ++i) bytes += "<div>";
  bytes += "\n</TEXT>\n</DOCUMENT>\n";
  StatusOr<DocumentText> doc = ReadDocument(bytes);
  ASSERT_FALSE(doc.ok());
  EXPECT_TRUE(doc.status().IsInvalidArgument());
}

}  // namespace
}  // namespace corpgraph
