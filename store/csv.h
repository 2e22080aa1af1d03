// Minimal RFC 4180 CSV reading and writing, fast enough for bulk import: fields are views
// into the input; only quoted fields with doubled quotes are copied (into the reader).
//
//   CsvReader reader(text);
//   std::vector<std::string_view> fields;
//   std::string error;
//   while (reader.Next(&fields, &error)) {
//     if (!error.empty()) { report(reader.line(), error); continue; }
//     use(fields);
//   }
//
// Records end at "\n" or "\r\n"; quoted fields may hold commas, quotes ("") and newlines.
// Empty lines are skipped; a UTF-8 byte-order mark at the start is ignored.
// Not thread-safe; the input must outlive the reader and every view it returned.
#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace corpgraph::store {

class CsvReader {
 public:
  // `first_line` numbers the first line of `data` (for a chunk cut from a larger file).
  explicit CsvReader(std::string_view data, std::size_t first_line = 1);

  // Reads the next record into *fields. Returns false at the end of the input. A malformed
  // record (stray quote, unterminated quoted field) returns true with *error set and the
  // reader positioned after that record's line; *error is cleared otherwise.
  // Views stay valid for the reader's lifetime.
  bool Next(std::vector<std::string_view>* fields, std::string* error);

  // 1-based line number at which the last record returned by Next started.
  std::size_t line() const { return record_line_; }
  // Bytes consumed so far (for progress reports).
  std::size_t offset() const { return pos_; }

 private:
  std::string_view data_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;         // line number at pos_
  std::size_t record_line_ = 0;  // line the last record started on
  std::deque<std::string> unescaped_;  // storage of quoted fields that held ""
};

// Appends `field` to *out, quoted when it holds a comma, quote, CR or LF or starts or ends
// with a space.
void AppendCsvField(std::string* out, std::string_view field);

// Splits a header name "percent:float" into its name and type ("percent", "float");
// ":START_ID" gives ("", "START_ID"), "id:ID(Group)" gives ("id", "ID(Group)").
void SplitCsvHeader(std::string_view header, std::string_view* name, std::string_view* type);

}  // namespace corpgraph::store
