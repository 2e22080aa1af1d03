// How often a word stands in a whole document, answered from an index built once, so that
// frames asking "does the document also write this word in lower case?" cost a lookup rather
// than a scan of the text.
//
//   DocumentWords words(text);
//   if (words.Uses("retail", 1) > 0) ...   // "retail" stands in the text as a whole word
//
// Not thread-safe: the index is built on the first query (one extraction owns one object).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace corpgraph {

class DocumentWords {
 public:
  // `text` must outlive this object.
  explicit DocumentWords(std::string_view text) : text_(text) {}
  DocumentWords(const DocumentWords&) = delete;
  DocumentWords& operator=(const DocumentWords&) = delete;

  // How many times `word` stands in the text as a whole word (no letter or digit right before
  // or after it), spelled exactly so; counting stops at `cap`. For a word of letters and
  // digits only, uses inside web and mail addresses ("www.acme.com") are not counted.
  int Uses(std::string_view word, int cap) const;

 private:
  // One word of the index: a run of letters and digits in `text_` and its count.
  struct Slot {
    const char* data = nullptr;  // null: an empty slot
    std::uint32_t size = 0;
    int count = 0;
  };
  void BuildIndex() const;
  void Grow() const;  // doubles the table, keeping it at most half full
  Slot& SlotFor(std::string_view word) const;  // the word's slot, or the empty one it would take

  std::string_view text_;
  mutable bool indexed_ = false;
  // Open addressing, at most half full: the index is built from every word of the document,
  // so its cost is a probe per word rather than a node allocation per distinct word.
  mutable std::vector<Slot> slots_;
  mutable size_t used_ = 0;
  // Words holding other bytes ("e-commerce", "Inc."), scanned once each: (uses, cap scanned to).
  mutable std::unordered_map<std::string, std::pair<int, int>> scanned_;
};

}  // namespace corpgraph
