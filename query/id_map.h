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
  IdMap() { Rehash(16); }

  // Inserts id -> value unless present. Returns the stored value and whether it was inserted.
  std::pair<std::uint32_t, bool> Insert(EntityId id, std::uint32_t value) {
    if ((size_ + 1) * 2 > keys_.size()) Rehash(keys_.size() * 2);
    std::size_t i = Home(id);
    while (keys_[i] != kNoEntity) {
      if (keys_[i] == id) return {values_[i], false};
      i = (i + 1) & mask_;
    }
    keys_[i] = id;
    values_[i] = value;
    ++size_;
    return {value, true};
  }

  const std::uint32_t* Find(EntityId id) const {
    std::size_t i = Home(id);
    while (keys_[i] != kNoEntity) {
      if (keys_[i] == id) return &values_[i];
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
  void Rehash(std::size_t capacity) {
    std::vector<EntityId> old_keys = std::move(keys_);
    std::vector<std::uint32_t> old_values = std::move(values_);
    keys_.assign(capacity, kNoEntity);
    values_.assign(capacity, 0);
    mask_ = capacity - 1;
    size_ = 0;
    for (std::size_t i = 0; i < old_keys.size(); ++i) {
      if (old_keys[i] != kNoEntity) Insert(old_keys[i], old_values[i]);
    }
  }

  std::vector<EntityId> keys_;
  std::vector<std::uint32_t> values_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace corpgraph::query_internal
