#include "extract/word_set.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace corpgraph {
namespace {

TEST(WordSetTest, FindsExactlyItsMembers) {
  WordSet set{"of", "for", "Inc.", "Corporation", "e.g."};
  for (std::string_view w : {"of", "for", "Inc.", "Corporation", "e.g."}) EXPECT_TRUE(set.Contains(w)) << w;
  for (std::string_view w : {"", "o", "off", "fo", "inc.", "Inc", "Corporations", "eg."}) {
    EXPECT_FALSE(set.Contains(w)) << w;
  }
}

TEST(WordSetTest, MembersThatShareLengthAndEndBytesStayApart) {
  // Same length, first, middle and last byte: the table's slot collides, membership must not.
  WordSet set{"abxba", "abyba"};
  EXPECT_TRUE(set.Contains("abxba"));
  EXPECT_TRUE(set.Contains("abyba"));
  EXPECT_FALSE(set.Contains("abzba"));
}

TEST(WordSetTest, GrowsPastItsFirstTableAndKeepsEveryWord) {
  std::vector<std::string> owned;
  for (int i = 0; i < 500; ++i) owned.push_back("w" + std::to_string(i * 7));
  std::vector<std::string_view> views(owned.begin(), owned.end());
  WordSet set(views);
  for (int i = 0; i < 500; ++i) EXPECT_TRUE(set.Contains("w" + std::to_string(i * 7))) << i;
  EXPECT_FALSE(set.Contains("w1"));
  EXPECT_FALSE(set.Contains("w3500"));
}

TEST(WordSetTest, EmptyWordIsAMemberOnlyWhenInserted) {
  EXPECT_FALSE(WordSet({"a"}).Contains(""));
  EXPECT_TRUE(WordSet({"", "a"}).Contains(""));
  EXPECT_FALSE(WordSet({}).Contains("a"));
}

TEST(WordSetTest, LongWordsShareALengthBitButNotMembership) {
  std::string long_word(80, 'x');
  std::string other(70, 'x');
  WordSet set{std::string_view(long_word)};
  EXPECT_TRUE(set.Contains(long_word));
  EXPECT_FALSE(set.Contains(other));
}

}  // namespace
}  // namespace corpgraph
