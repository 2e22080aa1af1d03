#include "extract/document_words.h"

#include <algorithm>
#include <cstring>

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

// A word of a web or mail address ("www.amazon.com", "ir@acme.com", "acme.com/investors"):
// a brand written in lower case there is still no ordinary word.
bool InAddress(std::string_view text, size_t begin, size_t end) {
  char before = begin > 0 ? text[begin - 1] : ' ';
  char after = end < text.size() ? text[end] : ' ';
  bool dot_then_letter = after == '.' && end + 1 < text.size() && IsWordByte(text[end + 1]);
  return before == '.' || before == '@' || before == '/' || after == '@' || after == '/' || dot_then_letter;
}

// Eight bytes at a time: most words are one step.
std::uint64_t HashWord(std::string_view w) {
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
  std::uint64_t h = w.size() * kMul;
  size_t i = 0;
  for (; i + 8 <= w.size(); i += 8) {
    std::uint64_t chunk;
    std::memcpy(&chunk, w.data() + i, 8);
    h = (h ^ chunk) * kMul;
  }
  if (i < w.size()) {
    std::uint64_t chunk = 0;
    std::memcpy(&chunk, w.data() + i, w.size() - i);
    h = (h ^ chunk) * kMul;
  }
  return h ^ (h >> 32);
}

}  // namespace

DocumentWords::Slot& DocumentWords::SlotFor(std::string_view word) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = HashWord(word) & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.data == nullptr || std::string_view(slot.data, slot.size) == word) return slot;
  }
}

void DocumentWords::Grow() const {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  for (const Slot& slot : old) {
    if (slot.data != nullptr) SlotFor(std::string_view(slot.data, slot.size)) = slot;
  }
}

void DocumentWords::BuildIndex() const {
  // Prose holds about one distinct word per 40 bytes; starting there, the table rarely grows.
  size_t capacity = 64;
  while (capacity < text_.size() / 16) capacity *= 2;
  slots_.assign(capacity, Slot());
  for (size_t i = 0; i < text_.size();) {
    if (!IsWordByte(text_[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < text_.size() && IsWordByte(text_[end])) ++end;
    if (InAddress(text_, i, end)) {
      i = end;
      continue;
    }
    Slot& slot = SlotFor(text_.substr(i, end - i));
    if (slot.data != nullptr) {
      ++slot.count;
    } else {
      slot = {text_.data() + i, static_cast<std::uint32_t>(end - i), 1};
      if (++used_ * 2 > slots_.size()) Grow();
    }
    i = end;
  }
  indexed_ = true;
}

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
  if (!indexed_) BuildIndex();
  return std::min(SlotFor(word).count, cap);
}

}  // namespace corpgraph
