// Internal to query/: a small open-addressing map from EntityId to a 32-bit slot, sized for
// one traversal. Faster than std::unordered_map for the few hundred to few hundred thousand
// ids one query touches, and cheap to create empty.
//
//   IdMap index;
//   auto [slot, inserted] = index.Insert(id, next_slot);  // slot: the stored value
//   const std::uint32_t* found = index.Find(id);          // nullptr when absent
//
// REQUIRES: kNoEntity is never used as a key. Not thread-safe; meant for one call's stack.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "graph/model.h"

namespace corpgraph::query_internal {

class IdMap {
 public:
  // `expected` entries fit without rehashing.
  explicit IdMap(std::size_t expected = 8) {
    std::size_t capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    Rehash(capacity);
  }

  // Inserts id -> value unless present. Returns the stored value and whether it was inserted.
  std::pair<std::uint32_t, bool> Insert(EntityId id, std::uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) Rehash(slots_.size() * 2);
    std::size_t i = Home(id);
    while (slots_[i].key != kNoEntity) {
      if (slots_[i].key == id) return {slots_[i].value, false};
      i = (i + 1) & mask_;
    }
    slots_[i] = {id, value};
    ++size_;
    return {value, true};
  }

  const std::uint32_t* Find(EntityId id) const {
    std::size_t i = Home(id);
    while (slots_[i].key != kNoEntity) {
      if (slots_[i].key == id) return &slots_[i].value;
      i = (i + 1) & mask_;
    }
    return nullptr;
  }

  std::size_t size() const { return size_; }

 private:
  std::size_t Home(EntityId id) const {
    std::uint64_t h = id * 0x9E3779B97F4A7C15ull;
    return static_cast<std::size_t>(h >> 20) & mask_;
  }
  // Key and value side by side: one cache line per probe.
  struct Slot {
    EntityId key = kNoEntity;
    std::uint32_t value = 0;
  };

  void Rehash(std::size_t capacity) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    size_ = 0;
    for (const Slot& s : old) {
      if (s.key != kNoEntity) Insert(s.key, s.value);
    }
  }

  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace corpgraph::query_internal
