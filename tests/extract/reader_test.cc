#include "extract/reader.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace corpgraph {
namespace {

std::string ReadFixture(const std::string& name) {
  std::ifstream in(std::string(CORPGRAPH_SOURCE_DIR) + "/tests/data/readers/" + name,
                   std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string ErrorOf(std::string_view bytes) {
  StatusOr<DocumentText> doc = ReadDocument(bytes);
  if (doc.ok()) return "OK";
  EXPECT_TRUE(doc.status().IsInvalidArgument()) << doc.status().ToString();
  EXPECT_EQ(doc.status().message().find('\n'), std::string::npos);
  return doc.status().message();
}

TEST(DetectFormatTest, FixturesByContent) {
  EXPECT_EQ(DetectFormat(ReadFixture("zentrix-10k-excerpt.htm")), "html");
  EXPECT_EQ(DetectFormat(ReadFixture("zentrix-ex21.htm")), "html");
  EXPECT_EQ(DetectFormat(ReadFixture("zentrix-10k-submission.txt")), "edgar");
  EXPECT_EQ(DetectFormat(ReadFixture("zentrix-profile.md")), "markdown");
  EXPECT_EQ(DetectFormat(ReadFixture("zentrix-20f-subsidiaries.txt")), "text");
  EXPECT_EQ(DetectFormat(ReadFixture("zentrix-plain.txt")), "text");
}

TEST(DetectFormatTest, Variants) {
  EXPECT_EQ(DetectFormat("<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><html>"), "html");
  EXPECT_EQ(DetectFormat("\xEF\xBB\xBF\n  <HTML><BODY>x"), "html");
  EXPECT_EQ(DetectFormat("<div>Alpha</div>"), "html");
  EXPECT_EQ(DetectFormat("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"),
            "html");
  EXPECT_EQ(DetectFormat("<?xml version=\"1.0\"?>\n<xbrl>"), "text");
  EXPECT_EQ(DetectFormat("<DOCUMENT>\n<TYPE>10-K\n<TEXT>\nx"), "edgar");
  EXPECT_EQ(DetectFormat("<SEC-HEADER>x"), "edgar");
  EXPECT_EQ(DetectFormat("Intro\n\n## D. Risk Factors\n"), "markdown");
  EXPECT_EQ(DetectFormat("| Name | Country |\n|---|---|\n"), "markdown");
  EXPECT_EQ(DetectFormat("#1 supplier\n- a bullet\nA 5 * 3 = 15 line"), "text");
  EXPECT_EQ(DetectFormat("Prices rose 3% <b>sharply</b>."), "text");  // not a leading tag
  EXPECT_EQ(DetectFormat("<TITLE>zen-10k</TITLE>\n<P>Alpha"), "html");
  EXPECT_EQ(DetectFormat("<!-- Wdesk -->\n<html><body>x"), "html");
  EXPECT_EQ(DetectFormat("<!-- just a comment -->\nAlpha"), "text");
  EXPECT_EQ(DetectFormat("<Alpha Corp> sells widgets"), "text");
  EXPECT_EQ(DetectFormat("<p"), "text");
}

TEST(ReaderTest, PlainTextIsKeptByteForByte) {
  std::string bytes = ReadFixture("zentrix-plain.txt");
  StatusOr<DocumentText> doc = ReadDocument(bytes);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->format, "text");
  EXPECT_EQ(doc->text, bytes);
  for (std::uint64_t pos : {0ul, 17ul, static_cast<unsigned long>(bytes.size())})
    EXPECT_EQ(doc->SourceOffset(pos), pos);
  EXPECT_EQ(doc->filer, "");
  EXPECT_EQ(doc->form, "");
}

TEST(ReaderTest, MarkdownIsKeptWithMarkupAndCurlyQuotes) {
  std::string bytes = ReadFixture("zentrix-profile.md");
  StatusOr<DocumentText> doc = ReadDocument(bytes);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->format, "markdown");
  EXPECT_EQ(doc->text, bytes);
  size_t quote = doc->text.find("\u201CZentrix\u201D");
  ASSERT_NE(quote, std::string::npos);
  EXPECT_EQ(doc->SourceOffset(quote), quote);
}

TEST(ReaderTest, ByteOrderMarkIsDroppedAndOffsetsShift) {
  std::string bytes = "\xEF\xBB\xBFZentrix Holdings Corp. owns Alpha Ltd.";
  StatusOr<DocumentText> doc = ReadDocument(bytes);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "Zentrix Holdings Corp. owns Alpha Ltd.");
  size_t alpha = doc->text.find("Alpha");
  EXPECT_EQ(bytes.substr(doc->SourceOffset(alpha), 5), "Alpha");
}

TEST(ReaderTest, BadInputsHaveOneLineReasons) {
  EXPECT_EQ(ErrorOf(""), "the document is empty");
  EXPECT_EQ(ErrorOf(" \n\t\r\n"), "the document is empty (only whitespace)");
  EXPECT_EQ(ErrorOf(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)),
            "the document is a PNG image, not a text or HTML filing");
  EXPECT_EQ(ErrorOf("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"),
            "the document is a PDF file, not a text or HTML filing");
  EXPECT_EQ(ErrorOf(std::string("PK\x03\x04\x14\0\0\0", 8)),
            "the document is a ZIP archive, not a text or HTML filing");
  EXPECT_EQ(ErrorOf(std::string("\x1F\x8B\x08\0", 4)),
            "the document is a GZIP archive, not a text or HTML filing");
  EXPECT_EQ(ErrorOf(std::string("Alpha\0Beta", 10)),
            "the document is binary (it contains NUL bytes), not a filing");
  EXPECT_EQ(ErrorOf("Alpha Corp\xC3("),
            "the document is not valid UTF-8 (first bad byte at offset 10)");
  EXPECT_EQ(ErrorOf("Caf\xE9 Oriel"),
            "the document is not valid UTF-8 (first bad byte at offset 3)");
  EXPECT_EQ(ErrorOf("overlong \xC0\xAF"),
            "the document is not valid UTF-8 (first bad byte at offset 9)");
  EXPECT_EQ(ErrorOf("surrogate \xED\xA0\x80"),
            "the document is not valid UTF-8 (first bad byte at offset 10)");
  EXPECT_EQ(ErrorOf("truncated \xE2\x80"),
            "the document is not valid UTF-8 (first bad byte at offset 10)");
}

TEST(ReaderTest, OneMegabyteSingleLine) {
  std::string line;
  while (line.size() < (1u << 20)) line += "Alpha Corp. supplies Beta Ltd. with sensors; ";
  StatusOr<DocumentText> doc = ReadDocument(line);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->format, "text");
  EXPECT_EQ(doc->text.size(), line.size());
}

TEST(ReaderTest, LargeInputIsLinear) {
  // 64 MB of text with multi-byte characters: validation and detection are single passes.
  std::string chunk = "Zentrix Holdings Corp. \u201Cowns\u201D Alpha Ltd.\n";
  std::string big;
  big.reserve(64u << 20);
  while (big.size() < (64u << 20)) big += chunk;
  StatusOr<DocumentText> doc = ReadDocument(big);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text.size(), big.size());
  EXPECT_EQ(doc->runs.size(), 1u);
}

}  // namespace
}  // namespace corpgraph
