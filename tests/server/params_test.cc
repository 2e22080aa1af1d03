#include "server/params.h"

#include <gtest/gtest.h>

namespace corpgraph::server {
namespace {

TEST(ParamsTest, DecodesQueryStrings) {
  StatusOr<Params> p = ParseQueryString("q=Acme%20Widgets&rel=owns,supplies&flag&x=a+b");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(StringParam(*p, "q"), "Acme Widgets");
  EXPECT_EQ(StringParam(*p, "rel"), "owns,supplies");
  EXPECT_EQ(StringParam(*p, "flag"), "");
  EXPECT_EQ(StringParam(*p, "x"), "a b");
  EXPECT_EQ(StringParam(*p, "missing"), std::nullopt);
}

TEST(ParamsTest, RejectsMalformedEscapes) {
  EXPECT_FALSE(ParseQueryString("q=%zz").ok());
  EXPECT_FALSE(ParseQueryString("q=%4").ok());
  EXPECT_FALSE(ParseQueryString("q=%").ok());
}

TEST(ParamsTest, IntegersAreRangeCheckedWithTheParameterNamed) {
  Params p{{"depth", "1000"}, {"limit", "-3"}, {"cursor", "abc"}, {"max", "7x"}, {"big", "99999999999999999999999"}};
  StatusOr<long long> depth = IntParam(p, "depth", 3, 1, 10);
  ASSERT_FALSE(depth.ok());
  EXPECT_NE(depth.status().message().find("'depth'"), std::string::npos);
  EXPECT_NE(depth.status().message().find("between 1 and 10"), std::string::npos);
  EXPECT_FALSE(IntParam(p, "limit", 50, 1, 100).ok());
  EXPECT_FALSE(IntParam(p, "cursor", 0, 0, 100).ok());
  EXPECT_FALSE(IntParam(p, "max", 1, 1, 10).ok());
  EXPECT_FALSE(IntParam(p, "big", 1, 1, 10).ok());
  EXPECT_EQ(*IntParam(p, "absent", 3, 1, 10), 3);
  EXPECT_EQ(*IntParam(Params{{"depth", "4"}}, "depth", 3, 1, 10), 4);
}

TEST(ParamsTest, NumbersRejectNonFiniteAndJunk) {
  EXPECT_FALSE(NumberParam(Params{{"p", "nan"}}, "p", 0, 0, 100).ok());
  EXPECT_FALSE(NumberParam(Params{{"p", "inf"}}, "p", 0, 0, 100).ok());
  EXPECT_FALSE(NumberParam(Params{{"p", "12%"}}, "p", 0, 0, 100).ok());
  EXPECT_FALSE(NumberParam(Params{{"p", "-1"}}, "p", 0, 0, 100).ok());
  EXPECT_DOUBLE_EQ(*NumberParam(Params{{"p", "26.9"}}, "p", 0, 0, 100), 26.9);
}

TEST(ParamsTest, RelationsAndChoices) {
  EXPECT_TRUE(RelationsParam(Params{}, "rel")->IsAll());
  StatusOr<RelationSet> rels = RelationsParam(Params{{"rel", "owns,SUPPLIES"}}, "rel");
  ASSERT_TRUE(rels.ok());
  EXPECT_TRUE(rels->Contains(Relation::kSupplies));
  EXPECT_FALSE(rels->Contains(Relation::kCompetes));
  StatusOr<RelationSet> bad = RelationsParam(Params{{"rel", "owns,likes"}}, "rel");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("likes"), std::string::npos);
  EXPECT_EQ(*ChoiceParam(Params{{"dir", "in"}}, "dir", "both", {"in", "out", "both"}), "in");
  EXPECT_FALSE(ChoiceParam(Params{{"dir", "up"}}, "dir", "both", {"in", "out", "both"}).ok());
}

}  // namespace
}  // namespace corpgraph::server
