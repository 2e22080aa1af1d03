// Normalized text for matching (documents up to 4 GiB), with a map from every normalized byte back to the reader's
// text (and so, through DocumentText::SourceOffset, to the original document bytes).
//
//   NormalizedText norm;
//   norm.Append(doc.text.substr(b, n), b);      // curly quotes -> straight, NBSP -> space, ...
//   uint64_t src = doc.SourceOffset(norm.Origin(pos));
//
// What Append changes: curly single/double quotes become ' and "; no-break and other Unicode
// spaces, tabs, CR and LF become one space (runs of spaces collapse to one); en/em dashes
// become '-'; Markdown emphasis asterisks are dropped. Everything else is copied byte for byte.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace corpgraph {

class NormalizedText {
 public:
  // Appends the normalized form of `piece`, which starts at position `origin` of the reader's
  // text.
  void Append(std::string_view piece, std::uint64_t origin);
  // Appends one literal separator byte (e.g. '\n' between blocks) mapped to `origin`.
  void AppendSeparator(char c, std::uint64_t origin);

  // Capacity for `bytes` more bytes of text (a hint; saves reallocations).
  void Reserve(std::uint64_t bytes);

  const std::string& text() const { return text_; }
  // Position in the reader's text of normalized position `pos` (0 <= pos <= size()). The end
  // position maps just past the last byte appended.
  std::uint64_t Origin(std::uint64_t pos) const;
  // Reader position just past the source bytes of normalized byte `pos - 1`: the end of a span
  // [b, pos). REQUIRES: 0 < pos <= size().
  std::uint64_t EndOrigin(std::uint64_t pos) const;

 private:
  void Put(char c, std::uint64_t origin, std::uint8_t source_len = 1);

  std::string text_;
  std::vector<std::uint32_t> origin_;  // origin_[i]: reader position of text_[i]
  std::vector<std::uint8_t> source_len_;  // bytes of the reader's text behind text_[i]
  std::uint64_t end_origin_ = 0;       // reader position just past the last appended byte
};

}  // namespace corpgraph
