// supplies, competes, partners, regulates, lends_to, officer_of on invented sentences about
// invented companies, plus negative cases that must give no edge.
//
// Cases that only state edges live in tests/extract/cases/business.cases (run by
// relation_cases_test.cc); what stays here checks what a case cannot state: entity kinds, one
// person under two names, entity counts and mentions_only.
#include <gtest/gtest.h>

#include "tests/extract/extract_test_util.h"

namespace corpgraph {
namespace {

using extract_test::Dump;
using extract_test::ExtractSnippet;
using extract_test::FindEdge;
using extract_test::HasEdge;

// ---------------------------------------------------------------- regulates

TEST(RegulatesTest, SupervisedAndRegulatedByGovernmentWithOfThe) {
  Extraction x = ExtractSnippet(
      "Zentrix Bank Corp. is supervised and regulated by the Office of the Comptroller of the Currency.");
  EXPECT_TRUE(HasEdge(x, "Office of the Comptroller of the Currency", Relation::kRegulates, "Zentrix Bank Corp."))
      << Dump(x);
  EXPECT_EQ(x.graph.entity(*x.graph.FindEntity("Office of the Comptroller of the Currency"))->kind,
            EntityKind::kGovernment);
}

// ---------------------------------------------------------------- officer_of

TEST(OfficerOfTest, WhoIsOurRole) {
  Extraction x = ExtractSnippet("Ms. Laura Pettigrew, who is our Chief Financial Officer, joined us in 2015.");
  const Edge* e = FindEdge(x, "Laura Pettigrew", Relation::kOfficerOf, "Zentrix Inc.");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_EQ(e->attrs.role, "Chief Financial Officer");
  EXPECT_EQ(x.graph.entity(e->src)->kind, EntityKind::kPerson);
}

TEST(OfficerOfTest, HonorificOnlyLaterMentionIsTheSamePerson) {
  Extraction x = ExtractSnippet(
      "Mr. Daniel Okafor, Chairman of Zentrix, founded the company. Mr. Okafor owns no shares of Pellucid Inc.");
  StatusOr<EntityId> full = x.graph.FindEntity("Daniel Okafor");
  StatusOr<EntityId> later = x.graph.FindEntity("Mr. Okafor");
  ASSERT_TRUE(full.ok()) << Dump(x);
  ASSERT_TRUE(later.ok());
  EXPECT_EQ(*full, *later);
}

// ---------------------------------------------------------------- negatives

TEST(BusinessNegativeTest, CompetitorsWithoutNamesGiveNoEdge) {
  Extraction x = ExtractSnippet(
      "Our competitors include many large international companies and smaller regional carriers. "
      "We compete with numerous systems integrators and global players.");
  EXPECT_TRUE(x.graph.edges().empty()) << Dump(x);
  EXPECT_EQ(x.graph.entities().size(), 1u) << "only the filer";
}

TEST(BusinessNegativeTest, GenericPhrasesAreNoEntities) {
  Extraction x = ExtractSnippet(
      "We rely on our sales partners and major Japanese broadcasting companies. 15 major Japanese "
      "broadcasting companies invested in the venture. Our competitors have greater resources.");
  EXPECT_TRUE(x.graph.edges().empty()) << Dump(x);
  EXPECT_EQ(x.graph.entities().size(), 1u);
  EXPECT_TRUE(x.mentions_only.empty());
}

TEST(BusinessNegativeTest, MerelyMentionedCompanyIsNotACompetitor) {
  Extraction x = ExtractSnippet(
      "Competition has intensified. Orrin Media Inc. announced a new product line last year.");
  EXPECT_TRUE(x.graph.edges().empty()) << Dump(x);
  ASSERT_EQ(x.mentions_only.size(), 1u);
  EXPECT_EQ(x.mentions_only[0].name, "Orrin Media Inc.");
}

}  // namespace
}  // namespace corpgraph
