#include "extract/filer_hints.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace corpgraph {
namespace {

// Observes `sentence` with its candidates numbered 0, 1, ... in order; returns how many.
int ObserveNumbered(FilerHints& hints, std::string_view sentence) {
  std::vector<Token> tokens = Tokenize(sentence);
  std::vector<std::pair<NameCandidate, int>> cands;
  for (NameCandidate& c : FindNames(sentence, tokens)) {
    int id = static_cast<int>(cands.size());
    cands.emplace_back(std::move(c), id);
  }
  hints.Observe(sentence, tokens, cands);
  return static_cast<int>(cands.size());
}

TEST(FilerHintsTest, NamesInAListOfThreeOrMoreAreNotNamedAlone) {
  FilerHints hints;
  ASSERT_EQ(ObserveNumbered(hints,
                            "We evolved with Orrin Media Inc., Quillon Corporation, Sable "
                            "Print Corp., and Tarvos Motors Ltd."),
            4);
  for (int id = 0; id < 4; ++id) EXPECT_FALSE(hints.NamedAlone(id)) << id;
}

TEST(FilerHintsTest, ANameOnItsOwnOrBesideOneOtherIsNamedAlone) {
  FilerHints hints;
  ASSERT_EQ(ObserveNumbered(hints,
                            "Quillon Corporation and Orrin Media Inc. formed a venture "
                            "with Sable Print Corp. last year."),
            3);
  EXPECT_TRUE(hints.NamedAlone(0));
  EXPECT_TRUE(hints.NamedAlone(1));
  EXPECT_TRUE(hints.NamedAlone(2));
  EXPECT_FALSE(hints.NamedAlone(3));
  EXPECT_FALSE(hints.NamedAlone(-1));
}

}  // namespace
}  // namespace corpgraph
