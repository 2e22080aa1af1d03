#include "extract/document_words.h"

#include <algorithm>

namespace corpgraph {
namespace {

// An ASCII letter or digit (what std::isalnum says in the C locale, without the call).
bool IsWordByte(char c) {
  unsigned char folded = static_cast<unsigned char>(c) | 0x20;
  return (folded >= 'a' && folded <= 'z') || (c >= '0' && c <= '9');
}

// The scan for words the index cannot answer (those holding '-', '.', '&' ...).
int ScanUses(std::string_view text, std::string_view word, int cap) {
  int uses = 0;
  for (size_t at = text.find(word); at != std::string_view::npos && uses < cap; at = text.find(word, at + 1)) {
    bool starts = at == 0 || !IsWordByte(text[at - 1]);
    bool ends = at + word.size() >= text.size() || !IsWordByte(text[at + word.size()]);
    uses += starts && ends ? 1 : 0;
  }
  return uses;
}

}  // namespace

int DocumentWords::Uses(std::string_view word, int cap) const {
  if (word.empty() || cap <= 0) return 0;
  if (!std::all_of(word.begin(), word.end(), IsWordByte)) {
    auto [it, fresh] = scanned_.try_emplace(std::string(word), 0, 0);
    auto& [uses, scanned_cap] = it->second;
    if (fresh || (uses == scanned_cap && cap > scanned_cap)) {
      uses = ScanUses(text_, word, cap);
      scanned_cap = cap;
    }
    return std::min(uses, cap);
  }
  if (!indexed_) {
    for (size_t i = 0; i < text_.size();) {
      if (!IsWordByte(text_[i])) {
        ++i;
        continue;
      }
      size_t end = i;
      while (end < text_.size() && IsWordByte(text_[end])) ++end;
      ++counts_[text_.substr(i, end - i)];
      i = end;
    }
    indexed_ = true;
  }
  auto it = counts_.find(word);
  return it == counts_.end() ? 0 : std::min(it->second, cap);
}

}  // namespace corpgraph
