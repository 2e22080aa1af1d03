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

TEST(FilerHintsTest, AnOpeningIntroductionNamesTheFilerWithoutACorporateSuffix) {
  for (const char* sentence :
       {"Medrona is the leading independent dermatology company in the United States.",
        "Medrona and its subsidiaries (the Company) have about 9,000 employees.",
        "Medrona was incorporated in the State of Ohio in 1911.",
        "Medrona is a holding company with operating companies in many countries."}) {
    FilerHints hints;
    ObserveNumbered(hints, sentence);
    EXPECT_EQ(hints.introduced_name, "Medrona") << sentence;
  }
  FilerHints joined;
  ObserveNumbered(joined, "Corvel & Corvel is a holding company.");
  EXPECT_EQ(joined.introduced_name, "Corvel & Corvel");
}

TEST(FilerHintsTest, SentencesThatIntroduceNobodyLeaveNoName) {
  for (const char* sentence :
       {"Medrona is the largest customer of our dermatology business.",
        "Medrona and its subsidiaries sell creams.",
        "The Company is a holding company.",
        "Chief Executive Officer Dana Ruiz is a founder of the company."}) {
    FilerHints hints;
    ObserveNumbered(hints, sentence);
    EXPECT_EQ(hints.introduced_name, "") << sentence;
  }
}

TEST(FilerHintsTest, TheNameTheCompanyChangedToIsTheFilers) {
  FilerHints hints;
  ASSERT_EQ(ObserveNumbered(hints,
                            "On October 31, 2018, the Company completed its acquisition of Tarn Labs Inc. and "
                            "changed its name from Old Ridge Corp. to Tarn Holdings Inc."),
            3);
  EXPECT_EQ(hints.self_candidate, 2);
  FilerHints other;
  ObserveNumbered(other, "Plate Resources Inc. changed its name to Arcwell Resources Corp. in 2016.");
  EXPECT_EQ(other.self_candidate, -1);
}

TEST(FilerHintsTest, PossessivesCountOnlyBesideTheFirstPerson) {
  FilerHints hints;
  ObserveNumbered(hints, "Velora's key strategies that shape our overall business approach include:");
  ObserveNumbered(hints, "Xantor's chips are faster.");
  EXPECT_EQ(hints.possessive_beside_we.count("Velora"), 1u);
  EXPECT_EQ(hints.possessive_beside_we.count("Xantor"), 0u);
}

TEST(FilerHintsTest, TheCompanysOwnStockIsNoName) {
  FilerHints hints;
  ObserveNumbered(hints, "The Company's common shares trade on the Canadian Securities Exchange.");
  ObserveNumbered(hints, "We issued 120 million shares of class B-2 common stock and converted class B-1 and B-2 common stock.");
  EXPECT_TRUE(hints.own_stock.empty());
  ObserveNumbered(hints, "Holders received 12 million shares of Velora common stock.");
  EXPECT_EQ(hints.own_stock.count("Velora"), 1u);
}

TEST(FilerHintsTest, AsUsedHereinTheTermsIncludeTheFiler) {
  FilerHints hints;
  ASSERT_EQ(ObserveNumbered(hints,
                            "As used herein, \"Velora.com,\" \"we,\" \"our,\" and similar terms include Velora.com, Inc. "
                            "and its subsidiaries, unless the context indicates otherwise."),
            1);
  EXPECT_EQ(hints.self_candidate, 0);
  FilerHints other;
  ObserveNumbered(other, "Our \"Premium\" plans include Orrin Media Inc. content.");
  EXPECT_EQ(other.self_candidate, -1);
}

}  // namespace
}  // namespace corpgraph
