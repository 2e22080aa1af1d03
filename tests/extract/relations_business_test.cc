// supplies, competes, partners, regulates, lends_to, officer_of on invented sentences about
// invented companies, plus negative cases that must give no edge.
#include <gtest/gtest.h>

#include "tests/extract/extract_test_util.h"

namespace corpgraph {
namespace {

using extract_test::CountEdges;
using extract_test::Dump;
using extract_test::ExtractSnippet;
using extract_test::FindEdge;
using extract_test::HasEdge;

// ---------------------------------------------------------------- supplies

TEST(SuppliesTest, RelyOnCarriersWithDistributedFor) {
  Extraction x = ExtractSnippet(
      "We rely on carriers such as Norland Telecom Inc. and Brisk Cable Corp. for our backbone, "
      "Osgood Fiber Ltd. (\"Osgood\") for local access lines, and Pennant Wireless Inc. for mobile connectivity.");
  for (const char* s : {"Norland Telecom Inc.", "Brisk Cable Corp.", "Osgood", "Pennant Wireless Inc."}) {
    EXPECT_TRUE(HasEdge(x, s, Relation::kSupplies, "Zentrix Inc.")) << s << "\n" << Dump(x);
  }
}

TEST(SuppliesTest, PurchaseFrom) {
  Extraction x = ExtractSnippet("We purchase substantially all of our memory chips from Tarvos Semiconductor Ltd.");
  EXPECT_TRUE(HasEdge(x, "Tarvos Semiconductor Ltd.", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
}

TEST(SuppliesTest, ProcureUnderLeaseAgreementsWith) {
  Extraction x = ExtractSnippet(
      "We procure data center space pursuant to lease agreements with Ostrander Realty Inc., our largest lessor.");
  EXPECT_TRUE(HasEdge(x, "Ostrander Realty Inc.", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
}

TEST(SuppliesTest, LargestCustomersMeanTheFilerSupplies) {
  Extraction x = ExtractSnippet("Our largest customers include Helvig Motors Corp. and Pinecrest Retail Inc.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kSupplies, "Helvig Motors Corp.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kSupplies, "Pinecrest Retail Inc.")) << Dump(x);
}

TEST(SuppliesTest, PassiveManufacturedBy) {
  Extraction x = ExtractSnippet("Substantially all of our wafers are manufactured by Kovacs Foundry Co., Ltd.");
  EXPECT_TRUE(HasEdge(x, "Kovacs Foundry Co., Ltd.", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
}

TEST(SuppliesTest, ContractManufacturersIncluding) {
  Extraction x = ExtractSnippet(
      "We use third-party contract manufacturers for our assembly operations, including Wexley Electronics Inc. "
      "and Yarrow Assembly Corp.");
  EXPECT_TRUE(HasEdge(x, "Wexley Electronics Inc.", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Yarrow Assembly Corp.", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
}

TEST(SuppliesTest, WhatIsRecorded) {
  Extraction x = ExtractSnippet("We rely on Norland Telecom Inc. for network capacity.");
  const Edge* e = FindEdge(x, "Norland Telecom Inc.", Relation::kSupplies, "Zentrix Inc.");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_EQ(e->attrs.what, "network capacity");
}

// ---------------------------------------------------------------- competes

TEST(CompetesTest, CompetitorsInclude) {
  Extraction x = ExtractSnippet("Our competitors include Arbath Cloud Inc., Delmont Systems Corp. and Fenwick Data LLC.");
  EXPECT_EQ(CountEdges(x, Relation::kCompetes), 3u) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Fenwick Data LLC", Relation::kCompetes, "Zentrix Inc.")) << "unordered";
}

TEST(CompetesTest, CompeteWithInSegment) {
  Extraction x = ExtractSnippet("In payments, we compete with Greystone Pay Inc. and Lumora Financial Corp.");
  const Edge* e = FindEdge(x, "Zentrix Inc.", Relation::kCompetes, "Lumora Financial Corp.");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_EQ(e->attrs.segment, "payments");
}

TEST(CompetesTest, MajorCompetitorsOfBusinessAre) {
  Extraction x = ExtractSnippet(
      "The major competitors of our logistics business are Haldane Freight Inc. and Ostrow Shipping Co.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kCompetes, "Haldane Freight Inc.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kCompetes, "Ostrow Shipping Co.")) << Dump(x);
}

TEST(CompetesTest, CompetitionFrom) {
  Extraction x = ExtractSnippet("We face intense competition from Pemberton Tools Inc., Rayburn Hardware Corp. and others.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kCompetes, "Pemberton Tools Inc.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kCompetes, "Rayburn Hardware Corp.")) << Dump(x);
}

TEST(CompetesTest, NamedFilerCompetesAgainst) {
  Extraction x = ExtractSnippet("Zentrix competes primarily against Yarrow Analytics Inc. in Europe.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kCompetes, "Yarrow Analytics Inc.")) << Dump(x);
}

TEST(CompetesTest, VendorsSuchAsWithBareNames) {
  Extraction x = ExtractSnippet(
      "We compete with large software vendors who continue to expand, such as Quasar Software Inc., "
      "Tolland Data Corp. and Umbra Systems, Inc.");
  EXPECT_EQ(CountEdges(x, Relation::kCompetes), 3u) << Dump(x);
}

// ---------------------------------------------------------------- partners

TEST(PartnersTest, LargestSalesPartnerAppositive) {
  Extraction x = ExtractSnippet(
      "Zentrix Services Ltd. entered into a reseller agreement with Kestrel Media Inc. (\"Kestrel\"), "
      "Zentrix Services Ltd.'s largest sales partner.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Services Ltd.", Relation::kPartners, "Kestrel")) << Dump(x);
}

TEST(PartnersTest, StrategicAllianceAgreement) {
  Extraction x = ExtractSnippet("We entered into a strategic alliance agreement with Marlow Robotics Corp. in 2020.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kPartners, "Marlow Robotics Corp.")) << Dump(x);
}

TEST(PartnersTest, CooperatesWith) {
  Extraction x = ExtractSnippet(
      "Zentrix Asia Ltd. (\"Zentrix-Asia\"), which cooperates with Prentice Trading Co., Ltd. in Thailand, "
      "sells our services.");
  EXPECT_TRUE(HasEdge(x, "Zentrix-Asia", Relation::kPartners, "Prentice Trading Co., Ltd.")) << Dump(x);
}

TEST(PartnersTest, FormedAnAlliance) {
  Extraction x = ExtractSnippet("We have formed an alliance with Sundquist Energy AG to develop storage.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kPartners, "Sundquist Energy AG")) << Dump(x);
}

TEST(PartnersTest, SalesPartnersIncludeList) {
  Extraction x = ExtractSnippet("Our sales partners include Tarrant Retail Inc. and Upshaw Stores Corp.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kPartners, "Tarrant Retail Inc.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kPartners, "Upshaw Stores Corp.")) << Dump(x);
}

TEST(PartnersTest, PartnerWith) {
  Extraction x = ExtractSnippet("We partner with Vantage Card Corp. to offer co-branded credit cards.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kPartners, "Vantage Card Corp.")) << Dump(x);
}

// ---------------------------------------------------------------- regulates

TEST(RegulatesTest, SupervisedAndRegulatedByGovernmentWithOfThe) {
  Extraction x = ExtractSnippet(
      "Zentrix Bank Corp. is supervised and regulated by the Office of the Comptroller of the Currency.");
  EXPECT_TRUE(HasEdge(x, "Office of the Comptroller of the Currency", Relation::kRegulates, "Zentrix Bank Corp."))
      << Dump(x);
  EXPECT_EQ(x.graph.entity(*x.graph.FindEntity("Office of the Comptroller of the Currency"))->kind,
            EntityKind::kGovernment);
}

TEST(RegulatesTest, LicensesGrantedBy) {
  Extraction x = ExtractSnippet("We operate under licenses granted by the Federal Communications Commission.");
  EXPECT_TRUE(HasEdge(x, "Federal Communications Commission", Relation::kRegulates, "Zentrix Inc.")) << Dump(x);
}

TEST(RegulatesTest, RegisteredWithAcronyms) {
  Extraction x = ExtractSnippet(
      "Our broker-dealer subsidiary, Zentrix Securities LLC, is registered with the SEC and FINRA.");
  EXPECT_TRUE(HasEdge(x, "SEC", Relation::kRegulates, "Zentrix Securities LLC")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "FINRA", Relation::kRegulates, "Zentrix Securities LLC")) << Dump(x);
}

TEST(RegulatesTest, SubjectToSupervisionBy) {
  Extraction x = ExtractSnippet("Zentrix Insurance Ltd. is subject to supervision by the Bermuda Monetary Authority.");
  EXPECT_TRUE(HasEdge(x, "Bermuda Monetary Authority", Relation::kRegulates, "Zentrix Insurance Ltd.")) << Dump(x);
}

TEST(RegulatesTest, GovernmentNameWithCommas) {
  Extraction x = ExtractSnippet("We are subject to regulation by the Ministry of Health, Labour and Welfare.");
  EXPECT_TRUE(HasEdge(x, "Ministry of Health, Labour and Welfare", Relation::kRegulates, "Zentrix Inc.")) << Dump(x);
}

TEST(RegulatesTest, PassiveListOfRegulators) {
  Extraction x = ExtractSnippet(
      "Our operations in the U.K. are regulated by the Financial Conduct Authority and the Prudential "
      "Regulation Authority.");
  EXPECT_TRUE(HasEdge(x, "Financial Conduct Authority", Relation::kRegulates, "Zentrix Inc.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Prudential Regulation Authority", Relation::kRegulates, "Zentrix Inc.")) << Dump(x);
}

// ---------------------------------------------------------------- lends_to

TEST(LendsToTest, LeaseObligationsWith) {
  Extraction x = ExtractSnippet(
      "As of March 31, 2024, we had $120 million of lease obligations with Corbel Leasing Corp.");
  EXPECT_TRUE(HasEdge(x, "Corbel Leasing Corp.", Relation::kLendsTo, "Zentrix Inc.")) << Dump(x);
}

TEST(LendsToTest, BorrowingsFrom) {
  Extraction x = ExtractSnippet("We have borrowings from Mizuno Trust Bank Ltd. under a term loan.");
  EXPECT_TRUE(HasEdge(x, "Mizuno Trust Bank Ltd.", Relation::kLendsTo, "Zentrix Inc.")) << Dump(x);
}

TEST(LendsToTest, ProvidedCreditFacilityTo) {
  Extraction x = ExtractSnippet("Halcyon Bank Corp. provided a $50 million revolving credit facility to Zentrix.");
  EXPECT_TRUE(HasEdge(x, "Halcyon Bank Corp.", Relation::kLendsTo, "Zentrix Inc.")) << Dump(x);
}

TEST(LendsToTest, BorrowedFrom) {
  Extraction x = ExtractSnippet("In 2023, we borrowed \xC2\xA5" "5 billion from Sakura Finance Co., Ltd.");
  EXPECT_TRUE(HasEdge(x, "Sakura Finance Co., Ltd.", Relation::kLendsTo, "Zentrix Inc.")) << Dump(x);
}

TEST(LendsToTest, LoanAgreementWith) {
  Extraction x = ExtractSnippet("Zentrix Europe GmbH entered into a term loan agreement with Ironbridge Capital LLC.");
  EXPECT_TRUE(HasEdge(x, "Ironbridge Capital LLC", Relation::kLendsTo, "Zentrix Europe GmbH")) << Dump(x);
}

// ---------------------------------------------------------------- officer_of

TEST(OfficerOfTest, WhoIsOurRole) {
  Extraction x = ExtractSnippet("Ms. Laura Pettigrew, who is our Chief Financial Officer, joined us in 2015.");
  const Edge* e = FindEdge(x, "Laura Pettigrew", Relation::kOfficerOf, "Zentrix Inc.");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_EQ(e->attrs.role, "Chief Financial Officer");
  EXPECT_EQ(x.graph.entity(e->src)->kind, EntityKind::kPerson);
}

TEST(OfficerOfTest, AppositiveRoleOfCompany) {
  Extraction x = ExtractSnippet("Mr. Daniel Okafor, Chairman and Chief Executive Officer of Zentrix, said demand was strong.");
  const Edge* e = FindEdge(x, "Daniel Okafor", Relation::kOfficerOf, "Zentrix Inc.");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_EQ(e->attrs.role, "Chairman and Chief Executive Officer");
}

TEST(OfficerOfTest, ServesAsPresidentOf) {
  Extraction x = ExtractSnippet("Dr. Mei Tanaka serves as President of Zentrix Japan K.K.");
  EXPECT_TRUE(HasEdge(x, "Mei Tanaka", Relation::kOfficerOf, "Zentrix Japan K.K.")) << Dump(x);
}

TEST(OfficerOfTest, PossessiveRoleThenName) {
  Extraction x = ExtractSnippet("Zentrix's Chief Operating Officer, Mr. Paul Brandt, oversees manufacturing.");
  const Edge* e = FindEdge(x, "Paul Brandt", Relation::kOfficerOf, "Zentrix Inc.");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_EQ(e->attrs.role, "Chief Operating Officer");
}

TEST(OfficerOfTest, OurRoleThenName) {
  Extraction x = ExtractSnippet("Our General Counsel, Ms. Rita Osei, retired in 2022.");
  EXPECT_TRUE(HasEdge(x, "Rita Osei", Relation::kOfficerOf, "Zentrix Inc.")) << Dump(x);
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

TEST(BusinessNegativeTest, RegulatorMustBeAGovernmentBody) {
  Extraction x = ExtractSnippet("Zentrix Bank Corp. is regulated by Vellum Consulting Inc. standards.");
  EXPECT_EQ(CountEdges(x, Relation::kRegulates), 0u) << Dump(x);
}

TEST(BusinessNegativeTest, CompetitorsSubjectToRegulatorsAreNotCompetitors) {
  Extraction x = ExtractSnippet(
      "Our pay practices and those of our competitors are subject to review by the Federal Banking Agency, "
      "including the Prudential Regulation Authority.");
  EXPECT_EQ(CountEdges(x, Relation::kCompetes), 0u) << Dump(x);
}

}  // namespace
}  // namespace corpgraph

namespace corpgraph {
namespace {

TEST(BareNameListTest, CompetitorListOfBareNames) {
  Extraction x = extract_test::ExtractSnippet(
      "Our competitors include Globex, Initech and Hooli, as well as many regional firms.");
  EXPECT_TRUE(extract_test::HasEdge(x, "Zentrix Inc.", Relation::kCompetes, "Globex")) << extract_test::Dump(x);
  EXPECT_TRUE(extract_test::HasEdge(x, "Zentrix Inc.", Relation::kCompetes, "Hooli")) << extract_test::Dump(x);
}

TEST(BareNameListTest, BareNameBesideASuffixName) {
  Extraction x = extract_test::ExtractSnippet("We compete with Vandelay Industries Inc. and Kramerica in Europe.");
  EXPECT_TRUE(extract_test::HasEdge(x, "Zentrix Inc.", Relation::kCompetes, "Kramerica")) << extract_test::Dump(x);
}

TEST(BareNameListTest, PlacesInListsAreNotCompanies) {
  Extraction x = extract_test::ExtractSnippet(
      "Our competitors include companies in Japan, Europe and North America.");
  EXPECT_TRUE(x.graph.edges().empty()) << extract_test::Dump(x);
}

}  // namespace
}  // namespace corpgraph

namespace corpgraph {
namespace {

TEST(BusinessNegativeTest, GenericAcronymsAreNotCompetitors) {
  Extraction x = extract_test::ExtractSnippet("Our competitors include MVNOs, ISPs and large OEMs.");
  EXPECT_TRUE(x.graph.edges().empty()) << extract_test::Dump(x);
}

}  // namespace
}  // namespace corpgraph
