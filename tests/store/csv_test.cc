#include "store/csv.h"

#include <gtest/gtest.h>

namespace corpgraph::store {
namespace {

std::vector<std::vector<std::string>> ReadAll(std::string_view text, std::vector<std::string>* errors = nullptr,
                                              std::vector<std::size_t>* lines = nullptr) {
  CsvReader reader(text);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string_view> fields;
  std::string error;
  while (reader.Next(&fields, &error)) {
    if (!error.empty()) {
      if (errors) errors->push_back(std::to_string(reader.line()) + ": " + error);
      continue;
    }
    rows.emplace_back(fields.begin(), fields.end());
    if (lines) lines->push_back(reader.line());
  }
  return rows;
}

TEST(CsvTest, PlainQuotedAndEmptyFields) {
  std::vector<std::size_t> lines;
  auto rows = ReadAll("\xEF\xBB\xBFid:ID,name\r\n1,\"Acme, Inc.\"\n\n2,\"Say \"\"hi\"\"\"\n3,\"two\nlines\"\n4,\n", nullptr, &lines);
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"id:ID", "name"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"1", "Acme, Inc."}));
  EXPECT_EQ(rows[2], (std::vector<std::string>{"2", "Say \"hi\""}));
  EXPECT_EQ(rows[3], (std::vector<std::string>{"3", "two\nlines"}));
  EXPECT_EQ(rows[4], (std::vector<std::string>{"4", ""}));
  EXPECT_EQ(lines, (std::vector<std::size_t>{1, 2, 4, 5, 7}));
}

TEST(CsvTest, MalformedRecordsAreReportedWithTheirLine) {
  std::vector<std::string> errors;
  auto rows = ReadAll("a,b\n1,x\"y\n2,\"ok\"z\n3,fine\n4,\"open", &errors);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1], (std::vector<std::string>{"3", "fine"}));
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].substr(0, 2), "2:");
  EXPECT_EQ(errors[1].substr(0, 2), "3:");
  EXPECT_EQ(errors[2].substr(0, 2), "5:");
}

TEST(CsvTest, WriterQuotesOnlyWhenNeededAndRoundTrips) {
  std::string line;
  for (std::string_view f : {"plain", "a,b", "say \"x\"", "two\nlines", " padded", ""}) {
    if (!line.empty() || f != "plain") line += ',';
    AppendCsvField(&line, f);
  }
  EXPECT_EQ(line.substr(0, 12), "plain,\"a,b\",");
  auto rows = ReadAll(line + "\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"plain", "a,b", "say \"x\"", "two\nlines", " padded", ""}));
}

TEST(CsvTest, SplitsHeaders) {
  std::string_view name, type;
  SplitCsvHeader("percent:float", &name, &type);
  EXPECT_EQ(name, "percent");
  EXPECT_EQ(type, "float");
  SplitCsvHeader(":START_ID", &name, &type);
  EXPECT_EQ(name, "");
  EXPECT_EQ(type, "START_ID");
  SplitCsvHeader("id:ID(Org:Space)", &name, &type);
  EXPECT_EQ(name, "id");
  EXPECT_EQ(type, "ID(Org:Space)");
  SplitCsvHeader("name", &name, &type);
  EXPECT_EQ(name, "name");
  EXPECT_EQ(type, "");
}

}  // namespace
}  // namespace corpgraph::store
