// A fixed set of words for the extractor's membership tests ("is this token a corporate suffix,
// a place, a function word?"), which run for nearly every token of every sentence.
#ifndef CORPGRAPH_EXTRACT_WORD_SET_H_
#define CORPGRAPH_EXTRACT_WORD_SET_H_

#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <string_view>
#include <vector>

namespace corpgraph {

// Contains(w) is exact, case-sensitive membership. Most tokens asked about are not members, so
// the set first rejects by length (one bit test), then probes an open-addressed table keyed by
// the length and three of the word's bytes: no pass over the whole word, no node to chase.
// The words' bytes must outlive the set (string literals, constexpr arrays).
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) { Insert(words.begin(), words.end()); }
  template <typename Range>
  explicit WordSet(const Range& words) {
    Insert(std::begin(words), std::end(words));
  }

  template <typename It>
  void Insert(It first, It last) {
    for (; first != last; ++first) Add(*first);
  }

  bool Contains(std::string_view w) const {
    if ((lengths_ & LengthBit(w.size())) == 0) return false;
    if (w.empty()) return true;  // the length bit of 0 is set only by an empty member
    for (size_t i = Slot(w);; i = (i + 1) & mask_) {
      const std::string_view& held = slots_[i];
      if (held.data() == nullptr) return false;
      if (held == w) return true;
    }
  }

 private:
  // Words of 63 bytes or more share the top bit, so the length test never rejects a member.
  static uint64_t LengthBit(size_t n) { return uint64_t{1} << (n < 63 ? n : 63); }

  size_t Slot(std::string_view w) const {
    uint32_t h = static_cast<uint32_t>(w.size()) * 0x9E3779B1u;
    h ^= static_cast<unsigned char>(w[0]) * 0x85EBCA77u;
    h ^= static_cast<unsigned char>(w[w.size() / 2]) * 0x27D4EB2Fu;
    h ^= static_cast<unsigned char>(w.back()) * 0xC2B2AE3Du;
    h ^= h >> 15;
    return h & mask_;
  }

  void Add(std::string_view w) {
    if (w.empty()) {
      lengths_ |= LengthBit(0);
      return;
    }
    if (Contains(w)) return;
    // At most a quarter full, so a probe run stays short.
    if ((count_ + 1) * 4 > slots_.size()) {
      std::vector<std::string_view> old;
      old.swap(slots_);
      slots_.assign(old.empty() ? 16 : old.size() * 2, std::string_view());
      mask_ = slots_.size() - 1;
      count_ = 0;
      for (std::string_view o : old) {
        if (o.data() != nullptr) Place(o);
      }
    }
    Place(w);
    lengths_ |= LengthBit(w.size());
  }

  void Place(std::string_view w) {
    size_t i = Slot(w);
    while (slots_[i].data() != nullptr) i = (i + 1) & mask_;
    slots_[i] = w;
    ++count_;
  }

  uint64_t lengths_ = 0;
  std::vector<std::string_view> slots_;  // data() == nullptr marks an empty slot
  size_t mask_ = 0;
  size_t count_ = 0;
};

}  // namespace corpgraph

#endif  // CORPGRAPH_EXTRACT_WORD_SET_H_
