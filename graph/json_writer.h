// Writes JSON text straight into a string, for answers too frequent to build as nlohmann trees
// first (the HTTP server's traversal answers: a tree costs an allocation per member).
//
//   std::string out;
//   JsonWriter json(out);
//   json.BeginObject().Key("id").Int(7).Key("name").String(name).EndObject();
//
// Commas are placed automatically; the caller keeps objects and arrays balanced and writes a
// Key before each object member. The text is always valid JSON: strings are escaped as
// nlohmann's dump() escapes them, invalid UTF-8 becomes U+FFFD, and non-finite numbers are
// written as null.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace corpgraph {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  JsonWriter& BeginObject() { return Open('{'); }
  JsonWriter& EndObject() { return Close('}'); }
  JsonWriter& BeginArray() { return Open('['); }
  JsonWriter& EndArray() { return Close(']'); }
  JsonWriter& Key(std::string_view key);

  JsonWriter& String(std::string_view value);
  JsonWriter& Int(std::int64_t value);
  JsonWriter& UInt(std::uint64_t value);
  // Shortest text that reads back as the same double; integral values keep a ".0" so they
  // read back as floating point, as nlohmann writes them.
  JsonWriter& Double(double value);
  JsonWriter& Double(const std::optional<double>& value) { return value ? Double(*value) : Null(); }
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  // Text that already is one valid JSON value (e.g. a cached fragment).
  JsonWriter& Raw(std::string_view json_value);

 private:
  template <typename T>
  JsonWriter& Integer(T value);
  JsonWriter& Open(char bracket);
  JsonWriter& Close(char bracket);
  void Separate() {
    if (need_comma_) out_ += ',';
  }
  void AppendEscaped(std::string_view text);

  std::string& out_;
  bool need_comma_ = false;  // a value was just completed at this nesting level
};

}  // namespace corpgraph
