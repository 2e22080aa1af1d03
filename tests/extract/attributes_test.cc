#include "extract/attributes.h"

#include <gtest/gtest.h>

namespace corpgraph {
namespace {

TEST(AttributesTest, Percent) {
  EXPECT_DOUBLE_EQ(ParsePercent("26.9%").value(), 26.9);
  EXPECT_DOUBLE_EQ(ParsePercent("100 percent").value(), 100);
  EXPECT_FALSE(ParsePercent("150%").has_value());
  EXPECT_FALSE(ParsePercent("none").has_value());
}

TEST(AttributesTest, MoneyWithCurrencyAndScale) {
  std::optional<Money> yen = ParseMoney("\xC2\xA5" "9.2 billion");
  ASSERT_TRUE(yen.has_value());
  EXPECT_DOUBLE_EQ(yen->amount, 9.2e9);
  EXPECT_EQ(yen->currency, "JPY");
  EXPECT_EQ(ParseMoney("$1,250 million")->amount, 1.25e9);
  EXPECT_EQ(ParseMoney("$1,250 million")->currency, "USD");
  EXPECT_EQ(ParseMoney("\xE2\x82\xAC" "5 million")->currency, "EUR");
  EXPECT_EQ(ParseMoney("JPY 300")->currency, "JPY");
  EXPECT_FALSE(ParseMoney("a lot").has_value());
}

TEST(AttributesTest, IsoDates) {
  EXPECT_EQ(ToIsoDate("September 1, 2010"), "2010-09-01");
  EXPECT_EQ(ToIsoDate("on December 14, 2006,"), "2006-12-14");
  EXPECT_EQ(ToIsoDate("October 2014"), "2014-10");
  EXPECT_EQ(ToIsoDate("until 2014"), "2014");
  EXPECT_EQ(ToIsoDate("soon"), "");
}

}  // namespace
}  // namespace corpgraph
