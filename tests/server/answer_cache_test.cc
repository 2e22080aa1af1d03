#include "server/answer_cache.h"

#include <gtest/gtest.h>

namespace corpgraph::server {
namespace {

CachedAnswer Answer(std::size_t bytes, char fill = 'x') {
  return CachedAnswer{"application/json", std::make_shared<const std::string>(bytes, fill)};
}

TEST(AnswerCacheTest, KeysSeparatePathsAndParametersUnambiguously) {
  EXPECT_NE(AnswerCache::Key("/a", {{"b", "c"}}), AnswerCache::Key("/a", {{"bc", ""}}));
  EXPECT_NE(AnswerCache::Key("/a", {{"b", "c"}}), AnswerCache::Key("/a", {{"b", "c"}, {"b", "d"}}));
  EXPECT_NE(AnswerCache::Key("/a1:b", {}), AnswerCache::Key("/a", {{"b", ""}}));
  EXPECT_EQ(AnswerCache::Key("/a", {{"x", "1"}, {"y", "2"}}), AnswerCache::Key("/a", {{"y", "2"}, {"x", "1"}}));
}

TEST(AnswerCacheTest, LeastRecentlyUsedLeavesFirstWithinTheBudget) {
  AnswerCache cache(4000);  // five answers of 600 bytes fit with their bookkeeping, six do not
  for (char name : std::string("abcde")) cache.Store(std::string(1, name), Answer(600, name));
  for (char name : std::string("abcde")) ASSERT_TRUE(cache.Find(std::string(1, name)).has_value()) << name;
  ASSERT_TRUE(cache.Find("a").has_value());  // a is now the most recent, b the least
  cache.Store("f", Answer(600, 'f'));
  EXPECT_FALSE(cache.Find("b").has_value());
  EXPECT_EQ(*cache.Find("a")->body, std::string(600, 'a'));
  for (char name : std::string("cdef")) EXPECT_TRUE(cache.Find(std::string(1, name)).has_value()) << name;
  EXPECT_LE(cache.bytes(), 4000u);
}

TEST(AnswerCacheTest, OversizedAnswersAndDisabledCachesKeepNothing) {
  AnswerCache cache(4000);
  cache.Store("big", Answer(2000));  // more than a quarter of the budget
  EXPECT_FALSE(cache.Find("big").has_value());
  EXPECT_EQ(cache.bytes(), 0u);

  AnswerCache off(0);
  EXPECT_FALSE(off.enabled());
  off.Store("a", Answer(10));
  EXPECT_FALSE(off.Find("a").has_value());
}

TEST(AnswerCacheTest, ClearForgetsEverything) {
  AnswerCache cache(1 << 20);
  cache.Store("a", Answer(10));
  cache.Store("b", Answer(10));
  cache.Clear();
  EXPECT_FALSE(cache.Find("a").has_value());
  EXPECT_FALSE(cache.Find("b").has_value());
  EXPECT_EQ(cache.bytes(), 0u);
}

}  // namespace
}  // namespace corpgraph::server
