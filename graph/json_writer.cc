#include "graph/json_writer.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace corpgraph {
namespace {

// Length of the valid UTF-8 sequence starting at text[i] (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF), or 0 when the bytes there are not one.
std::size_t Utf8SequenceLength(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(i);
  std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (length == 0 || lead >= 0xF5 || lead == 0xC0 || lead == 0xC1) return 0;
  if (i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  }
  unsigned char second = byte(i + 1);
  if (lead == 0xE0 && second < 0xA0) return 0;  // overlong
  if (lead == 0xED && second > 0x9F) return 0;  // surrogate
  if (lead == 0xF0 && second < 0x90) return 0;  // overlong
  if (lead == 0xF4 && second > 0x8F) return 0;  // above U+10FFFF
  return length;
}

// True for the bytes JSON text may hold as they are, outside multi-byte UTF-8 sequences.
bool IsPlainAscii(unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }

// Index of the first byte at or after `i` that is not plain printable ASCII (a control,
// '"', '\\', or any byte >= 0x80); text.size() when there is none. Checks eight bytes per
// step: names and sentences are mostly plain ASCII.
std::size_t SkipPlainAscii(std::string_view text, std::size_t i) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
  auto has_zero_byte = [](std::uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, text.data() + i, 8);
    std::uint64_t special = ((w - kOnes * 0x20) & ~w & kHighs)  // a byte below 0x20
                            | has_zero_byte(w ^ (kOnes * '"')) | has_zero_byte(w ^ (kOnes * '\\')) |
                            (w & kHighs);
    if (special != 0) break;
  }
  while (i < text.size() && IsPlainAscii(static_cast<unsigned char>(text[i]))) ++i;
  return i;
}

}  // namespace

JsonWriter& JsonWriter::Open(char bracket) {
  Separate();
  out_ += bracket;
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::Close(char bracket) {
  out_ += bracket;
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::Key(std::string_view key) {
  Separate();
  if (SkipPlainAscii(key, 0) == key.size()) {  // every member name this codebase writes
    out_.reserve(out_.size() + key.size() + 3);
    out_ += '"';
    out_ += key;
    out_ += "\":";
  } else {
    AppendEscaped(key);
    out_ += ':';
  }
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::String(std::string_view value) {
  Separate();
  AppendEscaped(value);
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::Int(std::int64_t value) { return Integer(value); }

JsonWriter& JsonWriter::UInt(std::uint64_t value) { return Integer(value); }

template <typename T>
JsonWriter& JsonWriter::Integer(T value) {
  Separate();
  char buffer[24];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  out_.append(buffer, end);
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::Double(double value) {
  if (!std::isfinite(value)) return Null();
  Separate();
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  std::string_view text(buffer, static_cast<std::size_t>(end - buffer));
  out_ += text;
  if (text.find_first_of(".e") == std::string_view::npos) out_ += ".0";
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::Bool(bool value) {
  Separate();
  out_ += value ? "true" : "false";
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::Null() {
  Separate();
  out_ += "null";
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::Raw(std::string_view json_value) {
  Separate();
  out_ += json_value;
  need_comma_ = true;
  return *this;
}

void JsonWriter::AppendEscaped(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::size_t i = SkipPlainAscii(text, 0);
  out_.reserve(out_.size() + text.size() + 2);
  out_ += '"';
  out_.append(text.data(), i);
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    std::size_t length = c >= 0x80 ? Utf8SequenceLength(text, i) : 0;
    if (length > 0) {
      out_.append(text.data() + i, length);
      i += length;
    } else {
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\b': out_ += "\\b"; break;
        case '\f': out_ += "\\f"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default:
          if (c < 0x20) {
            out_ += "\\u00";
            out_ += kHex[c >> 4];
            out_ += kHex[c & 0xF];
          } else {
            out_ += "\xEF\xBF\xBD";  // U+FFFD for a byte that starts no valid sequence
          }
      }
      ++i;
    }
    std::size_t plain_end = SkipPlainAscii(text, i);
    out_.append(text.data() + i, plain_end - i);
    i = plain_end;
  }
  out_ += '"';
}

}  // namespace corpgraph
