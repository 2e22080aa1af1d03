// Phrasings met when probing a second round of filing styles (a Japanese 20-F, an insurance
// and asset-management 10-K, a SaaS 10-K, a European telecom 20-F), on invented sentences
// about invented companies, each with a look-alike sentence that must give no edge.
#include <gtest/gtest.h>

#include "tests/extract/extract_test_util.h"

namespace corpgraph {
namespace {

using extract_test::CountEdges;
using extract_test::Dump;
using extract_test::ExtractSnippet;
using extract_test::FindEdge;
using extract_test::HasEdge;

// ---------------------------------------------------------------- filer and names

TEST(Probe2NamesTest, DefinedTermsWithWeNameTheFilerNotAShareClass) {
  Extraction x = ExtractSnippet(
      "Lumora Cloud, Inc. (\"Lumora,\" \"we,\" \"us,\" or \"our\") provides workflow software. "
      "Kestrin Capital, L.P. owns approximately 14.8% of our outstanding Class A common stock. "
      "Holders of our Class A common stock are entitled to one vote per share.",
      "");
  ASSERT_NE(x.filer, kNoEntity) << Dump(x);
  EXPECT_EQ(x.graph.entity(x.filer)->name, "Lumora Cloud, Inc.") << Dump(x);
  EXPECT_FALSE(x.graph.FindEntity("Class A").ok()) << Dump(x);
}

TEST(Probe2NamesTest, ChiefInvestmentOfficerOfTheCompanyIsARoleNotACompany) {
  Extraction x = ExtractSnippet("Daniel P. Reyes is Executive Vice President and Chief Investment Officer of the Company.");
  EXPECT_TRUE(HasEdge(x, "Daniel P. Reyes", Relation::kOfficerOf, "Zentrix Inc.")) << Dump(x);
  EXPECT_FALSE(x.graph.FindEntity("Chief Investment Officer of the Company").ok()) << Dump(x);
}

TEST(Probe2NamesTest, TwoTitleWordsWithoutArticleStateARole) {
  Extraction x = ExtractSnippet(
      "Hiroshi Tanabe is Representative Director and President of the Company. "
      "Product Manager Jones is responsible for pricing.");
  EXPECT_TRUE(HasEdge(x, "Hiroshi Tanabe", Relation::kOfficerOf, "Zentrix Inc.")) << Dump(x);
  EXPECT_EQ(CountEdges(x, Relation::kOfficerOf), 1u) << Dump(x);
}

TEST(Probe2NamesTest, AccentedPersonName) {
  Extraction x = ExtractSnippet("António Sequeira is our Chief Executive Officer.");
  EXPECT_TRUE(HasEdge(x, "António Sequeira", Relation::kOfficerOf, "Zentrix Inc.")) << Dump(x);
}

TEST(Probe2NamesTest, SpanishSoleShareholderSuffixes) {
  Extraction x = ExtractSnippet(
      "We compete with Telvora España, S.A.U. and Orbe Móvil, S.L. "
      "Zentrix Iberia, S.L.U. is a wholly-owned subsidiary of Zentrix Inc.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kCompetes, "Telvora España, S.A.U.")) << Dump(x);
  EXPECT_FALSE(x.graph.FindEntity("S.A.U.").ok()) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kOwns, "Zentrix Iberia, S.L.U.")) << Dump(x);
}

// ---------------------------------------------------------------- owns

TEST(Probe2OwnsTest, PercentOfTheVotingRightsOrShareCapitalOf) {
  Extraction x = ExtractSnippet(
      "The Company holds 34.2% of the voting rights of Hoshiba Electric Co., Ltd. "
      "Through the tender offer, Zentrix Inc. acquired 87.6% of the outstanding shares of Takemura Machinery Co., Ltd. "
      "Approximately 40% of the voting rights of Orvex Corp. are held by its founders.");
  const Edge* e = FindEdge(x, "Zentrix Inc.", Relation::kOwns, "Hoshiba Electric Co., Ltd.");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_NEAR(*e->attrs.percent, 34.2, 1e-9);
  e = FindEdge(x, "Zentrix Inc.", Relation::kOwns, "Takemura Machinery Co., Ltd.");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_NEAR(*e->attrs.percent, 87.6, 1e-9);
  EXPECT_EQ(CountEdges(x, Relation::kOwns), 2u) << Dump(x);
}

TEST(Probe2OwnsTest, PercentOwnedBy) {
  Extraction x = ExtractSnippet(
      "Zentrix America, Inc. is 100% owned by the Company through Zentrix USA Holdings, Inc. "
      "Vellum Corp. is 20% owned by its employees.");
  const Edge* e = FindEdge(x, "Zentrix Inc.", Relation::kOwns, "Zentrix America, Inc.");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_NEAR(*e->attrs.percent, 100, 1e-9);
  EXPECT_EQ(CountEdges(x, Relation::kOwns), 1u) << Dump(x);
}

TEST(Probe2OwnsTest, HolderFollowedByGroupAppositive) {
  Extraction x = ExtractSnippet(
      "Sakurada Trading Corporation, a member of the Sakurada Group, owns 22.5% of our outstanding shares.");
  const Edge* e = FindEdge(x, "Sakurada Trading Corporation", Relation::kOwns, "Zentrix Inc.");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_NEAR(*e->attrs.percent, 22.5, 1e-9);
  EXPECT_FALSE(HasEdge(x, "Sakurada Group", Relation::kOwns, "Zentrix Inc.")) << Dump(x);
}

TEST(Probe2OwnsTest, AppositiveRoleAndWhollyOwnedSubsidiary) {
  Extraction x = ExtractSnippet(
      "Our asset management business is conducted through Zentrix Investment Management, LLC (\"ZIM\"), "
      "a registered investment adviser and a wholly-owned subsidiary of the Company. "
      "Bexley Tools, Inc., a registered broker-dealer and client of Orvex Corp., was fined.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kOwns, "Zentrix Investment Management, LLC")) << Dump(x);
  EXPECT_EQ(CountEdges(x, Relation::kOwns), 1u) << Dump(x);
}

TEST(Probe2OwnsTest, MergerSubsidiarySurvivingAsWhollyOwned) {
  Extraction x = ExtractSnippet(
      "Zentrix Inc. merged its acquisition subsidiary with Brisco Labs, Inc., with Brisco Labs, Inc. surviving "
      "as a wholly-owned subsidiary of Zentrix Inc. Orvex Corp. merged with Dalvik Partners LLC, with "
      "Dalvik Partners LLC surviving.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kOwns, "Brisco Labs, Inc.")) << Dump(x);
  EXPECT_FALSE(HasEdge(x, "Orvex Corp.", Relation::kOwns, "Dalvik Partners LLC")) << Dump(x);
}

// ---------------------------------------------------------------- invests_in

TEST(Probe2InvestsTest, EquityMethodAffiliates) {
  Extraction x = ExtractSnippet(
      "Hoshiba Electric Co., Ltd., an equity-method affiliate of the Company, manufactures control units. "
      "Our equity-method affiliates include Nakamura Chemical Corporation and Seiran Motors Co., Ltd. "
      "Tamsin Holdings, Inc. is an equity-method investor, not an affiliate of Ardent Labs, Inc.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kInvestsIn, "Hoshiba Electric Co., Ltd.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kInvestsIn, "Nakamura Chemical Corporation")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kInvestsIn, "Seiran Motors Co., Ltd.")) << Dump(x);
  EXPECT_EQ(CountEdges(x, Relation::kInvestsIn), 3u) << Dump(x);
}

// ---------------------------------------------------------------- renamed_to

TEST(Probe2RenamedTest, WasFormerlyKnownAs) {
  Extraction x = ExtractSnippet(
      "The Company was formerly known as Zentrix Seiki Co., Ltd. and adopted its present name in 1988. "
      "Borealis Insurance Company is formerly the largest insurer in Ohio.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Seiki Co., Ltd.", Relation::kRenamedTo, "Zentrix Inc.")) << Dump(x);
  EXPECT_EQ(CountEdges(x, Relation::kRenamedTo), 1u) << Dump(x);
}

// ---------------------------------------------------------------- supplies

TEST(Probe2SuppliesTest, ReinsuranceAgreementsAndReinsurers) {
  Extraction x = ExtractSnippet(
      "Zentrix Life Insurance Company has entered into coinsurance agreements with Halvorsen Reinsurance Company "
      "and Tressel Re Ltd. Our principal reinsurers are Corbin Life Reinsurance Company and Tressel Re Ltd. "
      "Our reinsurers must maintain a financial strength rating of A- or better.");
  EXPECT_TRUE(HasEdge(x, "Halvorsen Reinsurance Company", Relation::kSupplies, "Zentrix Life Insurance Company")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Tressel Re Ltd.", Relation::kSupplies, "Zentrix Life Insurance Company")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Corbin Life Reinsurance Company", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
  EXPECT_EQ(CountEdges(x, Relation::kSupplies), 4u) << Dump(x);
}

TEST(Probe2SuppliesTest, CompanyIsOurPrincipalVendor) {
  Extraction x = ExtractSnippet(
      "Nordberg Networks AB is our principal network equipment vendor. "
      "Pellham Systems, Inc. is our principal competitor in Europe.");
  EXPECT_TRUE(HasEdge(x, "Nordberg Networks AB", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
  EXPECT_EQ(CountEdges(x, Relation::kSupplies), 1u) << Dump(x);
}

TEST(Probe2SuppliesTest, AlsoUseAsOurProcessorAndHostedOnInfrastructure) {
  Extraction x = ExtractSnippet(
      "We also use Paylen, Inc. as our payment processor. "
      "Our platform is hosted on infrastructure provided by Stratos Web Services, Inc. and Nimbus Cloud Corporation. "
      "Our products are hosted on servers that we own, unlike those of Zamora Cloud, Inc.");
  EXPECT_TRUE(HasEdge(x, "Paylen, Inc.", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Stratos Web Services, Inc.", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Nimbus Cloud Corporation", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
  EXPECT_FALSE(HasEdge(x, "Zamora Cloud, Inc.", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
}

// ---------------------------------------------------------------- competes

TEST(Probe2CompetesTest, AdjectivesWithCommasBeforeInsurersIncluding) {
  Extraction x = ExtractSnippet(
      "We compete with large, well-capitalized life insurers, including Granby Mutual Life Insurance Company "
      "and Aldercroft Financial, Inc. We compete with large, well-capitalized companies in many markets, "
      "and we buy reinsurance from Halden Re Ltd.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kCompetes, "Granby Mutual Life Insurance Company")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kCompetes, "Aldercroft Financial, Inc.")) << Dump(x);
  EXPECT_EQ(CountEdges(x, Relation::kCompetes), 2u) << Dump(x);
}

// ---------------------------------------------------------------- partners

TEST(Probe2PartnersTest, BusinessAllianceAndResellerAgreements) {
  Extraction x = ExtractSnippet(
      "Zentrix Logistics Co., Ltd. entered into a business alliance with Meisho Transport Co., Ltd. in 2022. "
      "We have reseller agreements with Brightmoor Solutions, Inc. and Kaveri Systems Ltd. "
      "We entered into a business loan with Ardent Bank, N.A.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Logistics Co., Ltd.", Relation::kPartners, "Meisho Transport Co., Ltd.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kPartners, "Brightmoor Solutions, Inc.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kPartners, "Kaveri Systems Ltd.")) << Dump(x);
  EXPECT_EQ(CountEdges(x, Relation::kPartners), 3u) << Dump(x);
}

// ---------------------------------------------------------------- lends_to

TEST(Probe2LendsTest, MainBank) {
  Extraction x = ExtractSnippet(
      "Sakurada Bank, Ltd. is our main bank. "
      "Ardent Labs, Inc. is Orvex Corp.'s main bank customer.");
  EXPECT_TRUE(HasEdge(x, "Sakurada Bank, Ltd.", Relation::kLendsTo, "Zentrix Inc.")) << Dump(x);
  EXPECT_EQ(CountEdges(x, Relation::kLendsTo), 1u) << Dump(x);
}

// ---------------------------------------------------------------- second batch

TEST(Probe2NamesTest, ForeignAndStateRegulatorNamesAreGovernmentBodies) {
  Extraction x = ExtractSnippet(
      "Zentrix Life Insurance Company is regulated by the Iowa Insurance Division. "
      "We are regulated by the Comisión Nacional de los Mercados y la Competencia (\"CNMC\") and by the "
      "Autoridade Nacional de Comunicações.");
  EXPECT_TRUE(HasEdge(x, "Iowa Insurance Division", Relation::kRegulates, "Zentrix Life Insurance Company")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Comisión Nacional de los Mercados y la Competencia", Relation::kRegulates, "Zentrix Inc."))
      << Dump(x);
  EXPECT_FALSE(x.graph.FindEntity("Mercados y la Competencia").ok()) << Dump(x);
  StatusOr<EntityId> g = x.graph.FindEntity("Autoridade Nacional de Comunicações");
  ASSERT_TRUE(g.ok()) << Dump(x);
  EXPECT_EQ(x.graph.entity(*g)->kind, EntityKind::kGovernment);
}

TEST(Probe2SuppliesTest, SellingAnAssetIsNoSupply) {
  Extraction x = ExtractSnippet(
      "In 2020, we sold our passive tower infrastructure to Torvela Infraestructuras, S.A. for $780 million. "
      "In 2023, we sold our products primarily to Movanta Retail, Inc.");
  EXPECT_FALSE(HasEdge(x, "Zentrix Inc.", Relation::kSupplies, "Torvela Infraestructuras, S.A.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kSupplies, "Movanta Retail, Inc.")) << Dump(x);
}

TEST(Probe2AcquiredTest, MergedWithTheSurvivingCompanyNamed) {
  Extraction x = ExtractSnippet(
      "In June 2022, Zentrix Precision Co., Ltd. merged with Zentrix Optics Co., Ltd., with Zentrix Precision Co., Ltd. "
      "as the surviving company. Orvex Corp. merged with Dalvik Partners LLC, with Dalvik Partners LLC as the "
      "surviving company.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Precision Co., Ltd.", Relation::kAcquired, "Zentrix Optics Co., Ltd.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Dalvik Partners LLC", Relation::kAcquired, "Orvex Corp.")) << Dump(x);
  EXPECT_EQ(CountEdges(x, Relation::kAcquired), 2u) << Dump(x);
}

TEST(Probe2InvestsTest, JointVentureWithACoVenturerCalled) {
  Extraction x = ExtractSnippet(
      "Zentrix Europe GmbH formed a joint venture with Lindgren Maskin AB called Zentrix Lindgren Nordic AB. "
      "Orvex Corp. formed a new sales team with Dalvik Partners LLC called Northstar.");
  EXPECT_TRUE(HasEdge(x, "Lindgren Maskin AB", Relation::kInvestsIn, "Zentrix Lindgren Nordic AB")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Europe GmbH", Relation::kInvestsIn, "Zentrix Lindgren Nordic AB")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Europe GmbH", Relation::kPartners, "Lindgren Maskin AB")) << Dump(x);
  EXPECT_FALSE(HasEdge(x, "Orvex Corp.", Relation::kPartners, "Dalvik Partners LLC")) << Dump(x);
}

TEST(Probe2OwnsTest, InvestorPurchasedSharesRepresentingOurStock) {
  Extraction x = ExtractSnippet(
      "In connection with our Series D financing, Halberd Growth Fund III, L.P. purchased shares representing "
      "9.1% of our outstanding capital stock. Orvex Corp. purchased shares representing 5% of the "
      "outstanding shares of Dalvik Partners LLC on the open market, and sold them in 2024.");
  const Edge* e = FindEdge(x, "Halberd Growth Fund III, L.P.", Relation::kOwns, "Zentrix Inc.");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_NEAR(*e->attrs.percent, 9.1, 1e-9);
  EXPECT_FALSE(HasEdge(x, "Orvex Corp.", Relation::kOwns, "Zentrix Inc.")) << Dump(x);
}

TEST(Probe2LendsTest, ConvertibleNotesHeldBy) {
  Extraction x = ExtractSnippet(
      "Approximately $150 million of the notes are held by Vantage Capital Partners, L.P. "
      "Our notes are listed on the Luxembourg Stock Exchange and are held by Orvex Corp. clients.");
  EXPECT_TRUE(HasEdge(x, "Vantage Capital Partners, L.P.", Relation::kLendsTo, "Zentrix Inc.")) << Dump(x);
  EXPECT_EQ(CountEdges(x, Relation::kLendsTo), 1u) << Dump(x);
}

// ---------------------------------------------------------------- third batch

TEST(Probe2OwnsTest, CompanyIsOurLargestShareholder) {
  Extraction x = ExtractSnippet(
      "Sakurada Trading Corporation is our largest shareholder. Orvex Corp. is our largest customer.");
  EXPECT_TRUE(HasEdge(x, "Sakurada Trading Corporation", Relation::kOwns, "Zentrix Inc.")) << Dump(x);
  EXPECT_EQ(CountEdges(x, Relation::kOwns), 1u) << Dump(x);
}

TEST(Probe2OwnsTest, AppositiveBeforeIsOurWhollyOwnedSubsidiary) {
  Extraction x = ExtractSnippet(
      "Quillon Software Ltd., a company organized in England and Wales, is our wholly-owned subsidiary. "
      "Orvex Corp., a company organized in Delaware, is our largest customer.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kOwns, "Quillon Software Ltd.")) << Dump(x);
  EXPECT_EQ(CountEdges(x, Relation::kOwns), 1u) << Dump(x);
}

TEST(Probe2SuppliesTest, SubAdvisersAdministratorsAndReinsurance) {
  Extraction x = ExtractSnippet(
      "Zentrix Investment Management, LLC has engaged Larkmoor Capital, LLC and Ostrov Asset Management Ltd. as "
      "sub-advisers for certain of the funds. "
      "Our third-party administrator for our closed block is Wexmoor Policy Services, Inc. "
      "Halvorsen Re Ltd. reinsures 90% of our term life business. "
      "We also reinsure our long-term care block with Corbin Life Reinsurance Company. "
      "Orvex Corp. has engaged Dalvik Partners LLC as a defendant's counsel.");
  EXPECT_TRUE(HasEdge(x, "Larkmoor Capital, LLC", Relation::kSupplies, "Zentrix Investment Management, LLC")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Ostrov Asset Management Ltd.", Relation::kSupplies, "Zentrix Investment Management, LLC"))
      << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Wexmoor Policy Services, Inc.", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Halvorsen Re Ltd.", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Corbin Life Reinsurance Company", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
  EXPECT_EQ(CountEdges(x, Relation::kSupplies), 5u) << Dump(x);
}

TEST(Probe2SuppliesTest, CompanyActsAsOurExclusiveDistributor) {
  Extraction x = ExtractSnippet(
      "Our handsets are distributed by Distrivel, S.A., which acts as our exclusive distributor in Portugal. "
      "Orvex Corp., which acts as the exclusive distributor of Dalvik Partners LLC, is a competitor.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kSupplies, "Distrivel, S.A.")) << Dump(x);
  EXPECT_EQ(CountEdges(x, Relation::kSupplies), 1u) << Dump(x);
}

TEST(Probe2RegulatesTest, SubsidiaryLicencesAndSpectrumAwards) {
  Extraction x = ExtractSnippet(
      "In Spain, our subsidiary Zentrix Iberia, S.L.U. holds licences granted by the Comisión Nacional de los "
      "Mercados y la Competencia. In 2021, the Autoridade Nacional de Comunicações awarded us 100 MHz of spectrum "
      "in the 3.6 GHz band. The Ministry of Industry awarded Orvex Corp. a prize for design.");
  EXPECT_TRUE(HasEdge(x, "Comisión Nacional de los Mercados y la Competencia", Relation::kRegulates,
                      "Zentrix Iberia, S.L.U."))
      << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Autoridade Nacional de Comunicações", Relation::kRegulates, "Zentrix Inc.")) << Dump(x);
  EXPECT_EQ(CountEdges(x, Relation::kRegulates), 2u) << Dump(x);
}

TEST(Probe2PartnersTest, RoamingAgreement) {
  Extraction x = ExtractSnippet(
      "We have entered into a roaming agreement with Telvora Móvil, S.A. "
      "We have entered into a lease agreement with Torvela Infraestructuras, S.A.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kPartners, "Telvora Móvil, S.A.")) << Dump(x);
  EXPECT_EQ(CountEdges(x, Relation::kPartners), 1u) << Dump(x);
}

}  // namespace
}  // namespace corpgraph
