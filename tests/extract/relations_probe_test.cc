// Phrasings met when probing filing styles beyond the dev set (bank holding companies,
// biotech, energy and mining, retail), on invented sentences about invented companies, with
// look-alike sentences that must give no edge.
#include <gtest/gtest.h>

#include "tests/extract/extract_test_util.h"

namespace corpgraph {
namespace {

using extract_test::CountEdges;
using extract_test::Dump;
using extract_test::ExtractSnippet;
using extract_test::FindEdge;
using extract_test::HasEdge;

// ---------------------------------------------------------------- names

TEST(ProbeNamesTest, BankNamesAreCompaniesAndADefinedBankDoesNotLinkInsideThem) {
  Extraction x = ExtractSnippet(
      "Zentrix Inc. owns Quarry Savings Bank (the \"Bank\"). "
      "Our principal competitors include Buckeye Valley Bank and Pinewood Savings Bank.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kCompetes, "Buckeye Valley Bank")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kCompetes, "Pinewood Savings Bank")) << Dump(x);
  EXPECT_FALSE(HasEdge(x, "Zentrix Inc.", Relation::kCompetes, "Quarry Savings Bank")) << Dump(x);
}

TEST(ProbeNamesTest, TwoBankHoldingCompaniesJoinedByAndStayApart) {
  Extraction x = ExtractSnippet(
      "Our competitors include Fifth Meridian Bancorp and Huntleigh Bancshares, Inc. "
      "Our lenders include Ashcombe Bank and Trust Company.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kCompetes, "Fifth Meridian Bancorp")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kCompetes, "Huntleigh Bancshares, Inc.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Ashcombe Bank and Trust Company", Relation::kLendsTo, "Zentrix Inc.")) << Dump(x);
}

TEST(ProbeNamesTest, FirstOpensABankName) {
  Extraction x = ExtractSnippet("In 2021, Zentrix Inc. changed its name from First Orland Savings Bank to Zentrix Inc.");
  EXPECT_TRUE(HasEdge(x, "First Orland Savings Bank", Relation::kRenamedTo, "Zentrix Inc.")) << Dump(x);
}

TEST(ProbeNamesTest, OfficerWithMiddleInitialAndTwoRoles) {
  Extraction x = ExtractSnippet(
      "Elaine M. Porter, age 58, has served as President and Chief Executive Officer of the Company since 2015. "
      "Robert J. Nash is our Executive Vice President and Chief Financial Officer.");
  EXPECT_TRUE(HasEdge(x, "Elaine M. Porter", Relation::kOfficerOf, "Zentrix Inc.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Robert J. Nash", Relation::kOfficerOf, "Zentrix Inc.")) << Dump(x);
  EXPECT_EQ(x.graph.FindEntity("Chief Executive Officer of the Company").ok(), false) << Dump(x);
}

TEST(ProbeNamesTest, FilerIncorporatedUnderAnOldNameIsTheRenamedCompany) {
  Extraction x = ExtractSnippet(
      "Velmora Therapeutics, Inc. (\"Velmora,\" \"we,\" \"us\" or \"our\") is a clinical-stage biopharmaceutical company. "
      "We were incorporated in Delaware in 2016 under the name Velmora Bio, Inc. and changed our name to "
      "Velmora Therapeutics, Inc. in 2019.",
      "");
  ASSERT_NE(x.filer, kNoEntity) << Dump(x);
  EXPECT_EQ(x.graph.entity(x.filer)->name, "Velmora Therapeutics, Inc.") << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Velmora Bio, Inc.", Relation::kRenamedTo, "Velmora Therapeutics, Inc.")) << Dump(x);
  EXPECT_FALSE(x.graph.FindEntity("We").ok()) << "\"We\" is no alias";
}

TEST(ProbeNamesTest, HonorificNameWithMiddleInitial) {
  Extraction x = ExtractSnippet("Dr. Ann K. Lowe, President of Orvex Corp., is a member of our board.");
  EXPECT_TRUE(HasEdge(x, "Ann K. Lowe", Relation::kOfficerOf, "Orvex Corp.")) << Dump(x);
  EXPECT_FALSE(HasEdge(x, "Ann K. Lowe", Relation::kOfficerOf, "Zentrix Inc.")) << Dump(x);
}

TEST(ProbeNamesTest, LatinAmericanCompanyFormsBeforeAndAfterTheName) {
  Extraction x = ExtractSnippet(
      "Zentrix Inc. is the parent company of Zentrix Chile Holdings SpA and Minera Andes Ltda. "
      "Corporacion Minera del Sur, a state-owned enterprise, holds 51.3% of our ordinary shares.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kOwns, "Zentrix Chile Holdings SpA")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kOwns, "Minera Andes Ltda.")) << Dump(x);
  const Edge* e = FindEdge(x, "Corporacion Minera del Sur", Relation::kOwns, "Zentrix Inc.");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_NEAR(*e->attrs.percent, 51.3, 1e-9);
}

TEST(ProbeNamesTest, SentenceEndsAfterASuffixBeforeANewClause) {
  Extraction x = ExtractSnippet(
      "Electricity is supplied under a power purchase agreement with Enerval Generacion S.A. Drilling services are "
      "provided by Boreway Drilling Services Pty Ltd.");
  EXPECT_TRUE(HasEdge(x, "Boreway Drilling Services Pty Ltd.", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
  // A power purchase agreement does not say who sells: no edge for it.
  EXPECT_EQ(CountEdges(x, Relation::kSupplies), 1u) << Dump(x);
  // Names that go on after a suffix keep the sentence whole.
  Extraction y = ExtractSnippet("We rely on Norvale Co. Ltd. for wafers and on Tessa Inc. Board of Directors approval.");
  EXPECT_TRUE(HasEdge(y, "Norvale Co. Ltd.", Relation::kSupplies, "Zentrix Inc.")) << Dump(y);
}

// ---------------------------------------------------------------- owns

TEST(ProbeOwnsTest, OperatesThroughItsWhollyOwnedSubsidiary) {
  Extraction x = ExtractSnippet(
      "Zentrix Inc. conducts substantially all of its operations through its wholly-owned subsidiary, Quarry Savings Bank.");
  const Edge* e = FindEdge(x, "Zentrix Inc.", Relation::kOwns, "Quarry Savings Bank");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_EQ(e->attrs.percent, 100);
  // "its" belongs to the sentence's subject: another company in between breaks the link.
  Extraction y = ExtractSnippet("We sell to Orlo Finance Corp. through its wholly-owned subsidiary, Orlo Leasing LLC.");
  EXPECT_FALSE(HasEdge(y, "Zentrix Inc.", Relation::kOwns, "Orlo Leasing LLC")) << Dump(y);
}

TEST(ProbeOwnsTest, AlsoOwnsAStake) {
  Extraction x = ExtractSnippet(
      "Zentrix Inc. also owns a 24.9% interest in Tristan Title Services, LLC, which is accounted for under the equity method.");
  const Edge* e = FindEdge(x, "Zentrix Inc.", Relation::kOwns, "Tristan Title Services, LLC");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_NEAR(*e->attrs.percent, 24.9, 1e-9);
}

TEST(ProbeOwnsTest, InWhichWeHoldAnInterest) {
  Extraction x = ExtractSnippet(
      "The Cerro project is held by Minera Colina SpA (\"MC\"), in which we hold a 70% interest.");
  const Edge* e = FindEdge(x, "Zentrix Inc.", Relation::kOwns, "MC");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_NEAR(*e->attrs.percent, 70, 1e-9);
  Extraction y = ExtractSnippet("We sold our stake in Orlo Mining Ltd., in which we held no voting rights, in 2022.");
  EXPECT_EQ(CountEdges(y, Relation::kOwns), 0u) << Dump(y);
}

TEST(ProbeOwnsTest, HoldingCompanyForABank) {
  Extraction x = ExtractSnippet(
      "We acquired Millrace Community Bancorp, Inc., the holding company for Millrace State Bank, in 2023.");
  EXPECT_TRUE(HasEdge(x, "Millrace Community Bancorp, Inc.", Relation::kOwns, "Millrace State Bank")) << Dump(x);
}

TEST(ProbeOwnsTest, OurMajorityShareholderIs) {
  Extraction x = ExtractSnippet("The Company's majority shareholder is Torrent Holdings Ltd., a state-owned enterprise.");
  EXPECT_TRUE(HasEdge(x, "Torrent Holdings Ltd.", Relation::kOwns, "Zentrix Inc.")) << Dump(x);
  Extraction y = ExtractSnippet("Our customer's majority shareholder is Torrent Holdings Ltd.");
  EXPECT_EQ(CountEdges(y, Relation::kOwns), 0u) << Dump(y);
}

// ---------------------------------------------------------------- acquired

TEST(ProbeAcquiredTest, CompletedItsAcquisitionOf) {
  Extraction x = ExtractSnippet(
      "On July 1, 2023, the Company completed its acquisition of Millrace Community Bancorp, Inc. for $184.2 million.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kAcquired, "Millrace Community Bancorp, Inc.")) << Dump(x);
  Extraction y = ExtractSnippet("The Company completed its acquisition of assets from Millrace Partners LLC.");
  EXPECT_EQ(CountEdges(y, Relation::kAcquired), 0u) << Dump(y);
}

TEST(ProbeAcquiredTest, SubstantiallyAllOfTheAssetsOf) {
  Extraction x = ExtractSnippet(
      "In fiscal 2023, we acquired substantially all of the assets of Cottage Wares Company for $32.5 million.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kAcquired, "Cottage Wares Company")) << Dump(x);
}

TEST(ProbeAcquiredTest, MergedWithAndIntoTheSurvivor) {
  Extraction x = ExtractSnippet(
      "Zentrix Inc. owns Quarry Savings Bank (the \"Bank\"). Millrace State Bank was merged with and into the Bank.");
  EXPECT_TRUE(HasEdge(x, "Quarry Savings Bank", Relation::kAcquired, "Millrace State Bank")) << Dump(x);
  EXPECT_FALSE(HasEdge(x, "Millrace State Bank", Relation::kAcquired, "Quarry Savings Bank")) << Dump(x);
}

// ---------------------------------------------------------------- regulates

TEST(ProbeRegulatesTest, SubjectToTheRulesOf) {
  Extraction x = ExtractSnippet(
      "Zentrix Inc. owns Quarry Savings Bank (the \"Bank\"). The Bank is also subject to the rules of the "
      "Consumer Financial Protection Bureau (the \"CFPB\").");
  EXPECT_TRUE(HasEdge(x, "CFPB", Relation::kRegulates, "Quarry Savings Bank")) << Dump(x);
}

TEST(ProbeRegulatesTest, ExtensiveRegulationByAndComparableAuthoritiesSuchAs) {
  Extraction x = ExtractSnippet(
      "Our product candidates are subject to extensive regulation by the U.S. Food and Drug Administration (the \"FDA\") "
      "and comparable foreign regulatory authorities, such as the European Medicines Agency (the \"EMA\").");
  EXPECT_TRUE(HasEdge(x, "FDA", Relation::kRegulates, "Zentrix Inc.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "EMA", Relation::kRegulates, "Zentrix Inc.")) << Dump(x);
}

TEST(ProbeRegulatesTest, ConcessionsGrantedBy) {
  Extraction x = ExtractSnippet(
      "Our mining concessions in Chile are granted by the Servicio Nacional de Minas (\"Sernamin\").");
  EXPECT_TRUE(HasEdge(x, "Sernamin", Relation::kRegulates, "Zentrix Inc.")) << Dump(x);
  Extraction y = ExtractSnippet("Our licenses to the software were granted by Orlo Software Inc.");
  EXPECT_EQ(CountEdges(y, Relation::kRegulates), 0u) << Dump(y);
}

// ---------------------------------------------------------------- lends_to

TEST(ProbeLendsTest, AdvancesOutstandingFrom) {
  Extraction x = ExtractSnippet(
      "Zentrix Inc. owns Quarry Savings Bank (the \"Bank\"). At December 31, 2024, the Bank had $325.0 million of "
      "advances outstanding from the Federal Home Loan Bank of Dayton (the \"FHLB\").");
  EXPECT_TRUE(HasEdge(x, "FHLB", Relation::kLendsTo, "Quarry Savings Bank")) << Dump(x);
}

TEST(ProbeLendsTest, LoanAndSecurityAgreement) {
  Extraction x = ExtractSnippet(
      "In 2024, we entered into a loan and security agreement with Hollis Ridge Capital, LLC, which provides for "
      "term loans of up to $100.0 million.");
  EXPECT_TRUE(HasEdge(x, "Hollis Ridge Capital, LLC", Relation::kLendsTo, "Zentrix Inc.")) << Dump(x);
}

TEST(ProbeLendsTest, FacilityWithASyndicateLedBy) {
  Extraction x = ExtractSnippet(
      "In 2023, we entered into a US$400 million project finance facility with a syndicate of lenders led by "
      "Wexford Meridian Banking Corporation.");
  EXPECT_TRUE(HasEdge(x, "Wexford Meridian Banking Corporation", Relation::kLendsTo, "Zentrix Inc.")) << Dump(x);
}

TEST(ProbeLendsTest, HasProvidedALoan) {
  Extraction x = ExtractSnippet("Torrent Holdings Ltd. has provided a shareholder loan to the Company.");
  EXPECT_TRUE(HasEdge(x, "Torrent Holdings Ltd.", Relation::kLendsTo, "Zentrix Inc.")) << Dump(x);
}

// ---------------------------------------------------------------- supplies

TEST(ProbeSuppliesTest, LicenseAgreementPursuantToWhichWeObtainedRights) {
  Extraction x = ExtractSnippet(
      "In March 2021, we entered into an exclusive license agreement with Brantley Biologics Inc., pursuant to which "
      "we obtained worldwide rights to the compound.");
  EXPECT_TRUE(HasEdge(x, "Brantley Biologics Inc.", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
}

TEST(ProbeSuppliesTest, TrialConductedBy) {
  Extraction x = ExtractSnippet("Our Phase 3 trial is being conducted by Quinlan Health Sciences LLC.");
  EXPECT_TRUE(HasEdge(x, "Quinlan Health Sciences LLC", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
}

TEST(ProbeSuppliesTest, ManufacturedBySuppliersIncluding) {
  Extraction x = ExtractSnippet(
      "Our private-label products are manufactured by independent suppliers, including Hanley Furniture Co. and "
      "Linford Textiles Ltd.");
  EXPECT_TRUE(HasEdge(x, "Hanley Furniture Co.", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Linford Textiles Ltd.", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
}

TEST(ProbeSuppliesTest, DistributionCentersOperatedBy) {
  Extraction x = ExtractSnippet(
      "Our distribution centers in Ohio and Nevada are operated by Trellon Logistics Inc. under a third-party "
      "logistics agreement.");
  EXPECT_TRUE(HasEdge(x, "Trellon Logistics Inc.", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
  Extraction y = ExtractSnippet("Our joint venture is operated by Kaimon Metals Corporation.");
  EXPECT_EQ(CountEdges(y, Relation::kSupplies), 0u) << Dump(y);
}

TEST(ProbeSuppliesTest, UseAsOurCarrierAndLargestVendorAppositive) {
  Extraction x = ExtractSnippet(
      "We use Pacewell Freight Lines, Inc. as our primary carrier for store deliveries. Our largest vendor, "
      "Atrium Home Products, Inc., accounted for approximately 11% of our purchases.");
  EXPECT_TRUE(HasEdge(x, "Pacewell Freight Lines, Inc.", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Atrium Home Products, Inc.", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
  Extraction y = ExtractSnippet("We use Pacewell Freight Lines, Inc. as a benchmark for our delivery times.");
  EXPECT_EQ(CountEdges(y, Relation::kSupplies), 0u) << Dump(y);
}

TEST(ProbeSuppliesTest, SubsidiaryLeasesItsPremisesFrom) {
  Extraction x = ExtractSnippet(
      "Zentrix Inc. owns Quarry Savings Bank (the \"Bank\"). The Bank leases its operations center from "
      "Lexton Realty Partners, LLC.");
  EXPECT_TRUE(HasEdge(x, "Lexton Realty Partners, LLC", Relation::kSupplies, "Quarry Savings Bank")) << Dump(x);
  Extraction y = ExtractSnippet("Quarry Savings Bank leases its branches to Lexton Realty Partners, LLC.");
  EXPECT_EQ(CountEdges(y, Relation::kSupplies), 0u) << Dump(y);
}

TEST(ProbeSuppliesTest, ProductionSoldToAndOfftakeAgreement) {
  Extraction x = ExtractSnippet(
      "We have entered into a long-term offtake agreement with Sunmere Smelting Co., Ltd., under which Sunmere "
      "Smelting Co., Ltd. purchases 60% of the copper concentrate produced at the mine. Our remaining concentrate "
      "is sold to Hanlow Trading Pte. Ltd.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kSupplies, "Sunmere Smelting Co., Ltd.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kSupplies, "Hanlow Trading Pte. Ltd.")) << Dump(x);
  // A business or shares sold is no supply; an offtake agreement alone does not say who buys.
  Extraction y = ExtractSnippet(
      "Our shares were sold to Hanlow Trading Pte. Ltd. in a private placement. We have an offtake agreement with "
      "Sunmere Smelting Co., Ltd.");
  EXPECT_EQ(CountEdges(y, Relation::kSupplies), 0u) << Dump(y);
}

// ---------------------------------------------------------------- competes

TEST(ProbeCompetesTest, CompetitionFromCompaniesIncluding) {
  Extraction x = ExtractSnippet(
      "We face competition from large pharmaceutical companies, including Halvern Pharmaceuticals Inc. and "
      "Drexmoor Biotherapeutics plc.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kCompetes, "Halvern Pharmaceuticals Inc.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kCompetes, "Drexmoor Biotherapeutics plc")) << Dump(x);
}

TEST(ProbeCompetesTest, CompeteForWithBanksSuchAsAndCompaniesIncluding) {
  Extraction x = ExtractSnippet(
      "We compete for loans and deposits with large regional banks such as Fifth Meridian Bancorp, as well as credit "
      "unions. We compete with other mining companies, including Brightwater Copper Corp., for skilled personnel.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kCompetes, "Fifth Meridian Bancorp")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kCompetes, "Brightwater Copper Corp.")) << Dump(x);
}

TEST(ProbeCompetesTest, CompeteWithProductsMarketedBy) {
  Extraction x = ExtractSnippet(
      "Our product candidates, if approved, will compete with products marketed by Tavona Biotech, Inc.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kCompetes, "Tavona Biotech, Inc.")) << Dump(x);
  Extraction y = ExtractSnippet("Our products are marketed by Tavona Biotech, Inc. in Japan.");
  EXPECT_EQ(CountEdges(y, Relation::kCompetes), 0u) << Dump(y);
}

// ---------------------------------------------------------------- partners

TEST(ProbePartnersTest, CollaborationAndLicenseAgreementAndAlsoHaveACollaboration) {
  Extraction x = ExtractSnippet(
      "In June 2022, we entered into a collaboration and license agreement with Ostrava Pharma AG (\"Ostrava\"). "
      "We also have a research collaboration with Caldwell Biosciences, Inc. to discover novel small molecules.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kPartners, "Ostrava")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kPartners, "Caldwell Biosciences, Inc.")) << Dump(x);
}

TEST(ProbePartnersTest, JointVentureAndJointOperatingAgreements) {
  Extraction x = ExtractSnippet(
      "The Company is the operator of the project under a joint venture agreement with Kaimon Metals Corporation. "
      "We are party to a joint operating agreement with Thornwell Petroleum Ltd.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kPartners, "Kaimon Metals Corporation")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kPartners, "Thornwell Petroleum Ltd.")) << Dump(x);
}

TEST(ProbePartnersTest, Franchisees) {
  Extraction x = ExtractSnippet(
      "Stores in Canada are operated by our franchisee, Maplewood Home Retail Ltd., under a master franchise "
      "agreement. Our franchisees include Sunway Home LLC and Coastline Living Partners, Inc.");
  for (const char* d : {"Maplewood Home Retail Ltd.", "Sunway Home LLC", "Coastline Living Partners, Inc."}) {
    EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kPartners, d)) << d << "\n" << Dump(x);
  }
  EXPECT_EQ(CountEdges(x, Relation::kSupplies), 0u) << Dump(x);
  Extraction y = ExtractSnippet("Our franchisees compete with Sunway Home LLC.");
  EXPECT_EQ(CountEdges(y, Relation::kPartners), 0u) << Dump(y);
}

TEST(ProbePartnersTest, CreditCardProgramAndIssuer) {
  Extraction x = ExtractSnippet(
      "We have a private label credit card program with Comerford Bank, N.A. (\"Comerford\"), under which Comerford "
      "issues credit cards bearing our brand. Our co-branded credit card is issued by Ridgeway Card Services Bank.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kPartners, "Comerford")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kPartners, "Ridgeway Card Services Bank")) << Dump(x);
  EXPECT_EQ(CountEdges(x, Relation::kLendsTo), 0u) << Dump(x);
}

}  // namespace
}  // namespace corpgraph
