// owns, invests_in, acquired, member_of, renamed_to on invented sentences about invented
// companies: active and passive voice, lists, possessives, defined terms.
#include <gtest/gtest.h>

#include "tests/extract/extract_test_util.h"

namespace corpgraph {
namespace {

using extract_test::Dump;
using extract_test::FindEdge;
using extract_test::HasEdge;
using extract_test::ExtractSnippet;

// ---------------------------------------------------------------- owns

TEST(OwnsTest, ShareholderOwnsPercentOfPossessive) {
  Extraction x = ExtractSnippet("Halvorsen Capital Corporation (\"Halvorsen\") and its affiliates owned 34.2% of Zentrix's "
                     "outstanding voting shares as of December 31, 2023.");
  const Edge* e = FindEdge(x, "Halvorsen Capital Corporation", Relation::kOwns, "Zentrix Inc.");
  ASSERT_NE(e, nullptr) << Dump(x);
  ASSERT_TRUE(e->attrs.percent.has_value());
  EXPECT_DOUBLE_EQ(*e->attrs.percent, 34.2);
}

TEST(OwnsTest, BecameOurPercentOwnedSubsidiaryWithCurlyQuotes) {
  Extraction x = ExtractSnippet("Pellucid Systems Inc. (\xE2\x80\x9CPellucid\xE2\x80\x9D), which became our 100% owned "
                     "consolidated subsidiary on March 1, 2019, provides payment services.");
  const Edge* e = FindEdge(x, "Zentrix Inc.", Relation::kOwns, "Pellucid");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_DOUBLE_EQ(e->attrs.percent.value_or(0), 100);
}

TEST(OwnsTest, ShareOwnershipParenthetical) {
  Extraction x = ExtractSnippet("Zentrix has invested a total of $12 million in Orvane Labs Inc. (62.5% share ownership).");
  const Edge* e = FindEdge(x, "Zentrix", Relation::kOwns, "Orvane Labs Inc.");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_DOUBLE_EQ(e->attrs.percent.value_or(0), 62.5);
}

TEST(OwnsTest, WhollyOwnedSubsidiariesList) {
  Extraction x = ExtractSnippet("Our wholly owned subsidiaries, Brightwater Logistics LLC and Kestrel Analytics GmbH, "
                     "operate in Europe.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kOwns, "Brightwater Logistics LLC")) << Dump(x);
  const Edge* e = FindEdge(x, "Zentrix Inc.", Relation::kOwns, "Kestrel Analytics GmbH");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_DOUBLE_EQ(e->attrs.percent.value_or(0), 100);
}

TEST(OwnsTest, PrincipalSubsidiariesIncludeListWithDefinedTerms) {
  Extraction x = ExtractSnippet("Our principal subsidiaries operating in Asia include Marrow Energy Ltd. (\"Marrow\"), "
                     "Quillon Data Corp. (QDC) and Tessaly Finance plc.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kOwns, "Marrow")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kOwns, "QDC")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kOwns, "Tessaly Finance plc")) << Dump(x);
}

TEST(OwnsTest, PassiveMajorityOwnedSubsidiaryOf) {
  Extraction x = ExtractSnippet("Veridian Tools Co., Ltd. is a majority-owned subsidiary of Zentrix.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kOwns, "Veridian Tools Co., Ltd.")) << Dump(x);
}

TEST(OwnsTest, ParentCompanyOfList) {
  Extraction x = ExtractSnippet("Aldous Partners Inc., the parent company of Fenwick Media Corp. and Larchmont Radio Inc., "
                     "is based in Ohio.");
  EXPECT_TRUE(HasEdge(x, "Aldous Partners Inc.", Relation::kOwns, "Fenwick Media Corp.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Aldous Partners Inc.", Relation::kOwns, "Larchmont Radio Inc.")) << Dump(x);
}

TEST(OwnsTest, EstablishedSubsidiariesWithPlacesBetween) {
  Extraction x = ExtractSnippet("In 2015, we established subsidiaries in Chile, Andes Data SpA Corp. (\"Andes\"), and in "
                     "Peru, Inca Cloud S.A.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kOwns, "Andes")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kOwns, "Inca Cloud S.A.")) << Dump(x);
}

// ---------------------------------------------------------------- invests_in

TEST(InvestsInTest, IsOurEquityMethodInvestee) {
  Extraction x = ExtractSnippet("Corvel Networks Inc. is our equity method investee into which we have injected capital.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kInvestsIn, "Corvel Networks Inc.")) << Dump(x);
}

TEST(InvestsInTest, FormerEquityMethodInvesteeIsFlagged) {
  Extraction x = ExtractSnippet("Zentrix's substantial investment in Mirabel Foods Inc. (\"Mirabel\"), Zentrix's former "
                     "equity method investee, was written off.");
  const Edge* e = FindEdge(x, "Zentrix Inc.", Relation::kInvestsIn, "Mirabel");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_TRUE(e->attrs.former);
}

TEST(InvestsInTest, EquityMethodInvesteesIncludeList) {
  Extraction x = ExtractSnippet("Our equity method investees include Sorrel Mining Corp. and Tamsin Power Ltd.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kInvestsIn, "Sorrel Mining Corp.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kInvestsIn, "Tamsin Power Ltd.")) << Dump(x);
}

TEST(InvestsInTest, MinorityStake) {
  Extraction x = ExtractSnippet("We hold a minority stake in Ubrique Textiles S.A. and Valcour Mills Inc.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kInvestsIn, "Ubrique Textiles S.A.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kInvestsIn, "Valcour Mills Inc.")) << Dump(x);
}

TEST(InvestsInTest, JointVenture) {
  Extraction x = ExtractSnippet("Our joint venture, Halden Solar Corp., began operations in 2022.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kInvestsIn, "Halden Solar Corp.")) << Dump(x);
}

// ---------------------------------------------------------------- acquired

TEST(AcquiredTest, WeAcquiredWithAmount) {
  Extraction x = ExtractSnippet("On July 1, 2021, we acquired Brenmoor Software Inc. for $450 million.");
  const Edge* e = FindEdge(x, "Zentrix Inc.", Relation::kAcquired, "Brenmoor Software Inc.");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_DOUBLE_EQ(e->attrs.amount.value_or(0), 450e6);
  EXPECT_EQ(e->attrs.currency, "USD");
}

TEST(AcquiredTest, CompletedAcquisitionFromSeller) {
  Extraction x = ExtractSnippet("Zentrix completed the acquisition of Oakhurst Medical Corp. from Pryor Holdings Inc. in 2020.");
  const Edge* e = FindEdge(x, "Zentrix Inc.", Relation::kAcquired, "Oakhurst Medical Corp.");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_EQ(e->attrs.from, "Pryor Holdings Inc.");
}

TEST(AcquiredTest, MadeSubsidiaryByAcquiringStockFromSeller) {
  Extraction x = ExtractSnippet("We made Lintel Robotics Inc. our wholly owned subsidiary by acquiring its stock from "
                     "Gannett Ventures LLC for \xC2\xA5" "3.1 billion.");
  const Edge* e = FindEdge(x, "Zentrix Inc.", Relation::kAcquired, "Lintel Robotics Inc.");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_EQ(e->attrs.from, "Gannett Ventures LLC");
  EXPECT_EQ(e->attrs.currency, "JPY");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kOwns, "Lintel Robotics Inc.")) << Dump(x);
}

TEST(AcquiredTest, PassiveWasAcquiredBy) {
  Extraction x = ExtractSnippet("Quenby Mills Ltd. was acquired by Zentrix in March 2018.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kAcquired, "Quenby Mills Ltd.")) << Dump(x);
}

TEST(AcquiredTest, PossessiveAcquisitionOf) {
  Extraction x = ExtractSnippet("Zentrix's acquisition of Farrow Chemicals Corp. closed in 2022.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kAcquired, "Farrow Chemicals Corp.")) << Dump(x);
}

TEST(AcquiredTest, ShareExchangesList) {
  Extraction x = ExtractSnippet("In 2007, Zentrix made Gorse Tech Inc. and Heath Care, Inc. (\"Heathcare\") its 100% owned "
                     "consolidated subsidiaries through share exchanges.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kAcquired, "Gorse Tech Inc.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kAcquired, "Heathcare")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kOwns, "Heathcare")) << Dump(x);
}

// ---------------------------------------------------------------- member_of

TEST(MemberOfTest, GroupComprisedOfCompanies) {
  Extraction x = ExtractSnippet("The Larkspur Group, which is comprised of companies such as Larkspur Bank Ltd. and Larkspur "
                     "Trust Corp., is a major lender.");
  EXPECT_TRUE(HasEdge(x, "Larkspur Bank Ltd.", Relation::kMemberOf, "Larkspur Group")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Larkspur Trust Corp.", Relation::kMemberOf, "Larkspur Group")) << Dump(x);
}

TEST(MemberOfTest, IsAMemberOf) {
  Extraction x = ExtractSnippet("Ferris Tools Inc. is a member of the Orchard Group.");
  EXPECT_TRUE(HasEdge(x, "Ferris Tools Inc.", Relation::kMemberOf, "Orchard Group")) << Dump(x);
}

TEST(MemberOfTest, ListArePartOf) {
  Extraction x = ExtractSnippet("Ferris Tools Inc. and Hadley Pumps Corp. are part of the Orchard Group.");
  EXPECT_TRUE(HasEdge(x, "Ferris Tools Inc.", Relation::kMemberOf, "Orchard Group")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Hadley Pumps Corp.", Relation::kMemberOf, "Orchard Group")) << Dump(x);
}

TEST(MemberOfTest, BelongsTo) {
  Extraction x = ExtractSnippet("Zentrix belongs to the Marlowe Group.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kMemberOf, "Marlowe Group")) << Dump(x);
}

TEST(MemberOfTest, GroupCompaniesInclude) {
  Extraction x = ExtractSnippet("Quarry Group companies include Slate Works Inc. and Tor Minerals Corp.");
  EXPECT_TRUE(HasEdge(x, "Slate Works Inc.", Relation::kMemberOf, "Quarry Group")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Tor Minerals Corp.", Relation::kMemberOf, "Quarry Group")) << Dump(x);
}

// ---------------------------------------------------------------- renamed_to

TEST(RenamedToTest, RenamedItself) {
  Extraction x = ExtractSnippet("Brisbane Digital Ltd. renamed itself to Carlow Digital Ltd. in October 2016.");
  EXPECT_EQ(extract_test::CountEdges(x, Relation::kRenamedTo), 1u) << Dump(x);
  StatusOr<EntityId> old_name = x.graph.FindEntity("Brisbane Digital Ltd.");
  StatusOr<EntityId> new_name = x.graph.FindEntity("Carlow Digital Ltd.");
  ASSERT_TRUE(old_name.ok());
  ASSERT_TRUE(new_name.ok());
  EXPECT_EQ(*old_name, *new_name) << "the old name is an alias of the renamed entity";
  EXPECT_EQ(x.graph.entity(*new_name)->name, "Carlow Digital Ltd.");
}

TEST(RenamedToTest, FormerlyKnownAsParenthetical) {
  Extraction x = ExtractSnippet("Our rivals include Orion Telecom Inc. (f/k/a Polaris Cable Inc.).");
  EXPECT_EQ(extract_test::CountEdges(x, Relation::kRenamedTo), 1u) << Dump(x);
  EXPECT_EQ(*x.graph.FindEntity("Polaris Cable Inc."), *x.graph.FindEntity("Orion Telecom Inc."));
}

TEST(RenamedToTest, ChangedItsName) {
  Extraction x = ExtractSnippet("In 2019, Tamsin Corp. changed its name to Ulric Holdings Corp.");
  EXPECT_EQ(extract_test::CountEdges(x, Relation::kRenamedTo), 1u) << Dump(x);
}

TEST(RenamedToTest, FormerlyKnownAs) {
  Extraction x = ExtractSnippet("We sell to Verdant Labs Inc. (formerly known as Greenway Labs Inc.).");
  EXPECT_EQ(extract_test::CountEdges(x, Relation::kRenamedTo), 1u) << Dump(x);
}

TEST(RenamedToTest, WasRenamed) {
  Extraction x = ExtractSnippet("Yellowfin Inc. was renamed Zephyr Systems Inc. in 2012.");
  EXPECT_EQ(extract_test::CountEdges(x, Relation::kRenamedTo), 1u) << Dump(x);
}

// ---------------------------------------------------------------- negatives

TEST(OwnershipNegativeTest, MerelyMentionedCompanyGivesNoEdge) {
  Extraction x = ExtractSnippet("Halvorsen Capital Corporation is located in Oslo and was founded in 1990.");
  EXPECT_TRUE(x.graph.edges().empty()) << Dump(x);
}

TEST(OwnershipNegativeTest, PercentOfRevenueIsNotOwnership) {
  Extraction x = ExtractSnippet("Sales to Pinecrest Retail Inc. accounted for 12% of our revenues.");
  EXPECT_EQ(extract_test::CountEdges(x, Relation::kOwns), 0u) << Dump(x);
}

TEST(OwnershipNegativeTest, GenericSubsidiariesNoEntity) {
  Extraction x = ExtractSnippet("Our subsidiaries include several regional service companies.");
  EXPECT_TRUE(x.graph.edges().empty()) << Dump(x);
  EXPECT_EQ(x.graph.entities().size(), 1u) << "only the filer";
}

}  // namespace
}  // namespace corpgraph
