// How often a word stands in a whole document, answered from an index built once, so that
// frames asking "does the document also write this word in lower case?" cost a lookup rather
// than a scan of the text.
//
//   DocumentWords words(text);
//   if (words.Uses("retail", 1) > 0) ...   // "retail" stands in the text as a whole word
//
// Not thread-safe: the index is built on the first query (one extraction owns one object).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace corpgraph {

class DocumentWords {
 public:
  // `text` must outlive this object.
  explicit DocumentWords(std::string_view text) : text_(text) {}
  DocumentWords(const DocumentWords&) = delete;
  DocumentWords& operator=(const DocumentWords&) = delete;

  // How many times `word` stands in the text as a whole word (no letter or digit right before
  // or after it), spelled exactly so; counting stops at `cap`.
  int Uses(std::string_view word, int cap) const;

 private:
  std::string_view text_;
  mutable bool indexed_ = false;
  mutable std::unordered_map<std::string_view, int> counts_;  // runs of letters and digits
  // Words holding other bytes ("e-commerce", "Inc."), scanned once each: (uses, cap scanned to).
  mutable std::unordered_map<std::string, std::pair<int, int>> scanned_;
};

}  // namespace corpgraph
