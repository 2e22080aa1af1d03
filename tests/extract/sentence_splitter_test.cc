#include "extract/sentence_splitter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace corpgraph {
namespace {

std::vector<std::string> Split(std::string_view text) {
  std::vector<std::string> out;
  for (auto [b, e] : SplitSentences(text)) out.emplace_back(text.substr(b, e - b));
  return out;
}

TEST(SentenceSplitterTest, SplitsAtSentenceEnds) {
  EXPECT_EQ(Split("We grew. Sales rose! Did costs fall? Yes."),
            (std::vector<std::string>{"We grew.", "Sales rose!", "Did costs fall?", "Yes."}));
}

TEST(SentenceSplitterTest, CorporateSuffixesDoNotEndSentences) {
  EXPECT_EQ(Split("Acme Co., Ltd. and Beta Inc. signed a deal with Gamma Corp. last year. It closed."),
            (std::vector<std::string>{"Acme Co., Ltd. and Beta Inc. signed a deal with Gamma Corp. last year.",
                                      "It closed."}));
}

TEST(SentenceSplitterTest, SuffixBeforeSentenceOpenerEndsSentence) {
  EXPECT_EQ(Split("We buy chips from Delta Inc. We also buy boards."),
            (std::vector<std::string>{"We buy chips from Delta Inc.", "We also buy boards."}));
}

TEST(SentenceSplitterTest, SuffixBeforeACapitalizedWordAndALowerCaseWordEndsSentence) {
  EXPECT_EQ(Split("Power comes from Enerval S.A. Drilling services are provided by Boreway Pty Ltd."),
            (std::vector<std::string>{"Power comes from Enerval S.A.", "Drilling services are provided by Boreway Pty Ltd."}));
  EXPECT_EQ(Split("We met Tessa Inc. Board of Directors and Norvale Co. Ltd. staff."),
            (std::vector<std::string>{"We met Tessa Inc. Board of Directors and Norvale Co. Ltd. staff."}));
  EXPECT_EQ(Split("We hold U.S. Treasury securities."), (std::vector<std::string>{"We hold U.S. Treasury securities."}));
  EXPECT_EQ(Split("We sell to Verdant Inc. (formerly known as Greenway Inc.)."),
            (std::vector<std::string>{"We sell to Verdant Inc. (formerly known as Greenway Inc.)."}));
}

TEST(SentenceSplitterTest, TitlesInitialsAndLatinAbbreviations) {
  EXPECT_EQ(Split("Mr. Kenji Sato and Dr. Ana Ruiz met J. Aron & Company LLC staff, e.g. traders, at 9 a.m. Monday."),
            (std::vector<std::string>{
                "Mr. Kenji Sato and Dr. Ana Ruiz met J. Aron & Company LLC staff, e.g. traders, at 9 a.m. Monday."}));
  EXPECT_EQ(Split("See Note No. 5 for details. The U.S. Securities and Exchange Commission agreed."),
            (std::vector<std::string>{"See Note No. 5 for details.",
                                      "The U.S. Securities and Exchange Commission agreed."}));
}

TEST(SentenceSplitterTest, QuotesAndBracketsCloseSentences) {
  EXPECT_EQ(Split("It is called \"Omega.\" Then (as planned.) We left."),
            (std::vector<std::string>{"It is called \"Omega.\"", "Then (as planned.)", "We left."}));
}

TEST(SentenceSplitterTest, DecimalsAndDomainsStayInside) {
  EXPECT_EQ(Split("Revenue rose 3.5% at Amazon.com, Inc. in fiscal 2023."),
            (std::vector<std::string>{"Revenue rose 3.5% at Amazon.com, Inc. in fiscal 2023."}));
}

TEST(SentenceSplitterTest, LowerCaseAfterPeriodContinues) {
  EXPECT_EQ(Split("Sales to Acme Inc. rose and fell."), (std::vector<std::string>{"Sales to Acme Inc. rose and fell."}));
}

TEST(SentenceSplitterTest, SuffixesInCapitalsAreAbbreviationsToo) {
  EXPECT_EQ(Split("Expenses of QUILLON HOLDINGS, INC. (\"QHI\") rose. QHI paid."),
            (std::vector<std::string>{"Expenses of QUILLON HOLDINGS, INC. (\"QHI\") rose.", "QHI paid."}));
  EXPECT_EQ(Split("We sold ORRIN CORP. The buyer paid cash."),
            (std::vector<std::string>{"We sold ORRIN CORP.", "The buyer paid cash."}));
}

TEST(SentenceSplitterTest, EmptyAndSpaceOnly) {
  EXPECT_TRUE(Split("").empty());
  EXPECT_TRUE(Split("   ").empty());
}

}  // namespace
}  // namespace corpgraph
