#include "query/id_map.h"

#include <gtest/gtest.h>

#include <random>
#include <unordered_map>

namespace corpgraph::query_internal {
namespace {

TEST(IdMapTest, InsertKeepsFirstValueAndFindsEverything) {
  IdMap map;
  EXPECT_EQ(map.Find(5), nullptr);
  auto [v, inserted] = map.Insert(5, 1);
  EXPECT_TRUE(inserted);
  EXPECT_EQ(v, 1u);
  auto [again, inserted_again] = map.Insert(5, 2);
  EXPECT_FALSE(inserted_again);
  EXPECT_EQ(again, 1u);
  ASSERT_NE(map.Find(5), nullptr);
  EXPECT_EQ(*map.Find(5), 1u);
  EXPECT_EQ(map.size(), 1u);
}

TEST(IdMapTest, GrowsPastItsInitialSizeWithCollidingIds) {
  IdMap map(4);
  std::unordered_map<EntityId, std::uint32_t> want;
  std::mt19937_64 rng(3);
  for (std::uint32_t i = 0; i < 20000; ++i) {
    // Multiples of a large power of two collide in the low bits.
    EntityId id = (i % 2 == 0) ? (EntityId{i} << 32) : rng() % (kNoEntity - 1);
    if (want.emplace(id, i).second) {
      EXPECT_TRUE(map.Insert(id, i).second);
    }
  }
  EXPECT_EQ(map.size(), want.size());
  for (const auto& [id, value] : want) {
    const std::uint32_t* found = map.Find(id);
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(*found, value);
  }
}

}  // namespace
}  // namespace corpgraph::query_internal
