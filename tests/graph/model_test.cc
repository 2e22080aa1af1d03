#include "graph/model.h"

#include <gtest/gtest.h>

namespace corpgraph {
namespace {

TEST(ModelTest, RelationNamesRoundTrip) {
  for (Relation r : kBuiltinRelations) {
    std::optional<Relation> parsed = ParseRelation(RelationName(r));
    ASSERT_TRUE(parsed.has_value()) << RelationName(r);
    EXPECT_EQ(*parsed, r);
  }
  EXPECT_EQ(ParseRelation("INVESTS_IN"), Relation::kInvestsIn);
  EXPECT_EQ(ParseRelation("bogus"), std::nullopt);
}

TEST(ModelTest, EntityKindsParseCaseInsensitively) {
  EXPECT_EQ(ParseEntityKind("Company"), EntityKind::kCompany);
  EXPECT_EQ(ParseEntityKind("GOVERNMENT"), EntityKind::kGovernment);
  EXPECT_EQ(ParseEntityKind("law"), std::nullopt);
  EXPECT_EQ(EntityKindName(EntityKind::kPerson), "person");
}

TEST(ModelTest, RelationSetParsesListsAndRejectsUnknownNames) {
  std::optional<RelationSet> set = ParseRelationSet("supplies, OWNS");
  ASSERT_TRUE(set.has_value());
  EXPECT_TRUE(set->Contains(Relation::kSupplies));
  EXPECT_TRUE(set->Contains(Relation::kOwns));
  EXPECT_FALSE(set->Contains(Relation::kCompetes));
  std::string bad;
  EXPECT_FALSE(ParseRelationSet("owns,friends", &bad).has_value());
  EXPECT_EQ(bad, "friends");
  EXPECT_FALSE(ParseRelationSet(" , ").has_value());
  EXPECT_TRUE(RelationSet::All().Contains(static_cast<Relation>(200)));
  EXPECT_TRUE(RelationSet::All().IsAll());
  EXPECT_FALSE(set->IsAll());
}

TEST(ModelTest, SymmetricRelations) {
  EXPECT_TRUE(IsSymmetric(Relation::kCompetes));
  EXPECT_TRUE(IsSymmetric(Relation::kPartners));
  EXPECT_FALSE(IsSymmetric(Relation::kOwns));
}

}  // namespace
}  // namespace corpgraph
