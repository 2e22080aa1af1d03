// Phrasings common in 10-K business, financing, ownership and executive-officer sections, on
// invented sentences about invented companies: customer concentration, passive service
// suppliers, credit facilities, holders of the filer's stock, export controls, officers
// introduced without an honorific, name changes; and the sentences that must not match.
#include <gtest/gtest.h>

#include "tests/extract/extract_test_util.h"

namespace corpgraph {
namespace {

using extract_test::CountEdges;
using extract_test::Dump;
using extract_test::ExtractSnippet;
using extract_test::FindEdge;
using extract_test::HasEdge;

TEST(AnnualReportTest, RevenueConcentrationMakesTheFilerASupplier) {
  Extraction x = ExtractSnippet(
      "Sales to Orlen Motors GmbH accounted for 14% of our net revenue in fiscal 2023. "
      "Tavi Retail Corporation, our largest distributor, accounted for 11% of our total revenue.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kSupplies, "Orlen Motors GmbH")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kSupplies, "Tavi Retail Corporation")) << Dump(x);
}

TEST(AnnualReportTest, RevenueFromRegionsIsNoCustomer) {
  Extraction x = ExtractSnippet("Sales to customers in Europe accounted for 30% of our net revenue.");
  EXPECT_EQ(CountEdges(x, Relation::kSupplies), 0u) << Dump(x);
}

TEST(AnnualReportTest, LargestDistributorIsACustomer) {
  Extraction x = ExtractSnippet("Our largest distributor is Pardo Electronics, Inc.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kSupplies, "Pardo Electronics, Inc.")) << Dump(x);
}

TEST(AnnualReportTest, ServicesProvidedByNamedCompanies) {
  Extraction x = ExtractSnippet("Assembly and test services are provided by Quorra Technology, Inc. and Lintel Packaging Co., Ltd.");
  const Edge* e = FindEdge(x, "Quorra Technology, Inc.", Relation::kSupplies, "Zentrix Inc.");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_EQ(e->attrs.what, "Assembly and test services");
  EXPECT_TRUE(HasEdge(x, "Lintel Packaging Co., Ltd.", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
}

TEST(AnnualReportTest, CreditFacilityAndTermLoanLenders) {
  Extraction x = ExtractSnippet(
      "We have a $500 million revolving credit facility with Marlow Bank, N.A., as administrative agent, "
      "and a term loan from Sturgis Capital LLC.");
  EXPECT_TRUE(HasEdge(x, "Marlow Bank, N.A.", Relation::kLendsTo, "Zentrix Inc.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Sturgis Capital LLC", Relation::kLendsTo, "Zentrix Inc.")) << Dump(x);
}

TEST(AnnualReportTest, BeneficialOwnerOfOurStock) {
  Extraction x = ExtractSnippet(
      "As of December 31, 2023, Harrow Peak Capital LLC beneficially owned approximately 12.5% of our "
      "outstanding common stock.");
  const Edge* e = FindEdge(x, "Harrow Peak Capital LLC", Relation::kOwns, "Zentrix Inc.");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_DOUBLE_EQ(e->attrs.percent.value_or(0), 12.5);
}

TEST(AnnualReportTest, SharesHeldWithCountAndPercent) {
  Extraction x = ExtractSnippet(
      "Corvane Holdings Ltd. held 41,250,000 shares, or approximately 27.3% of our outstanding ordinary shares.");
  const Edge* e = FindEdge(x, "Corvane Holdings Ltd.", Relation::kOwns, "Zentrix Inc.");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_DOUBLE_EQ(e->attrs.percent.value_or(0), 27.3);
}

TEST(AnnualReportTest, ExportControlsAdministeredByAnAgency) {
  Extraction x = ExtractSnippet(
      "Our products are subject to export controls administered by the Ministry of Trade's Office of "
      "Export Licensing (\"OEL\").");
  EXPECT_TRUE(HasEdge(x, "Office of Export Licensing", Relation::kRegulates, "Zentrix Inc.")) << Dump(x);
}

TEST(AnnualReportTest, OperationsInAPlaceAreTheFilersNotThePlaces) {
  Extraction x = ExtractSnippet(
      "Our operations in the European Union are subject to oversight by the European Commission.");
  EXPECT_TRUE(HasEdge(x, "European Commission", Relation::kRegulates, "Zentrix Inc.")) << Dump(x);
  EXPECT_FALSE(HasEdge(x, "European Commission", Relation::kRegulates, "European Union")) << Dump(x);
}

TEST(AnnualReportTest, OfficersIntroducedWithoutHonorific) {
  Extraction x = ExtractSnippet(
      "Marta Lindqvist has served as our Chief Executive Officer since 2015. "
      "Kofi Mensah is our Chief Financial Officer.");
  const Edge* ceo = FindEdge(x, "Marta Lindqvist", Relation::kOfficerOf, "Zentrix Inc.");
  ASSERT_NE(ceo, nullptr) << Dump(x);
  EXPECT_EQ(ceo->attrs.role, "Chief Executive Officer");
  EXPECT_TRUE(HasEdge(x, "Kofi Mensah", Relation::kOfficerOf, "Zentrix Inc.")) << Dump(x);
}

TEST(AnnualReportTest, PeopleWithoutARoleAreNoOfficers) {
  Extraction x = ExtractSnippet("Marta Lindqvist has been a customer of ours since 2015.");
  EXPECT_EQ(CountEdges(x, Relation::kOfficerOf), 0u) << Dump(x);
}

TEST(AnnualReportTest, ChangedOurNameFromTo) {
  Extraction x = ExtractSnippet("In 2019, we changed our name from Zentrix Microsystems Inc. to Zentrix Inc.");
  EXPECT_TRUE(HasEdge(x, "Zentrix Microsystems Inc.", Relation::kRenamedTo, "Zentrix Inc.")) << Dump(x);
}

TEST(AnnualReportTest, SoldOurSubsidiaryToABuyer) {
  Extraction x = ExtractSnippet("In 2020, we sold our subsidiary Loring Rail Services Ltd. to Norvik Transport plc for "
                                "\xC2\xA3" "42 million.");
  const Edge* e = FindEdge(x, "Norvik Transport plc", Relation::kAcquired, "Loring Rail Services Ltd.");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_TRUE(e->attrs.amount.has_value());
}

TEST(AnnualReportTest, AcquiredAStakeInAnAppositiveSubsidiary) {
  Extraction x = ExtractSnippet("On May 1, 2022, Tamsey Ventures LLC acquired a 30% stake in Zentrix Software GmbH, "
                                "our German subsidiary.");
  const Edge* stake = FindEdge(x, "Tamsey Ventures LLC", Relation::kOwns, "Zentrix Software GmbH");
  ASSERT_NE(stake, nullptr) << Dump(x);
  EXPECT_DOUBLE_EQ(stake->attrs.percent.value_or(0), 30);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kOwns, "Zentrix Software GmbH")) << Dump(x);
}

TEST(AnnualReportTest, WhichIsASubsidiaryOf) {
  Extraction x = ExtractSnippet("We face competition from Voltrix Charging Ltd., which is a subsidiary of Northam Power plc.");
  EXPECT_TRUE(HasEdge(x, "Northam Power plc", Relation::kOwns, "Voltrix Charging Ltd.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kCompetes, "Voltrix Charging Ltd.")) << Dump(x);
}

TEST(AnnualReportTest, FormedAJointVenture) {
  Extraction x = ExtractSnippet("Brenna Logistics S.A. and Zentrix formed a joint venture, Cargo Orbit SAS, in 2019.");
  EXPECT_TRUE(HasEdge(x, "Brenna Logistics S.A.", Relation::kInvestsIn, "Cargo Orbit SAS")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kInvestsIn, "Cargo Orbit SAS")) << Dump(x);
}

TEST(AnnualReportTest, OutsourcedManufacturingAndCustomersWeSellTo) {
  Extraction x = ExtractSnippet(
      "We outsource the manufacturing of our charging stations to Jabber Circuit Asia Pte. Ltd. "
      "We sell our products primarily to Arvo Energy plc and Fenmore Utilities Corporation.");
  const Edge* maker = FindEdge(x, "Jabber Circuit Asia Pte. Ltd.", Relation::kSupplies, "Zentrix Inc.");
  ASSERT_NE(maker, nullptr) << Dump(x);
  EXPECT_NE(maker->attrs.what.find("manufacturing"), std::string::npos) << maker->attrs.what;
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kSupplies, "Arvo Energy plc")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kSupplies, "Fenmore Utilities Corporation")) << Dump(x);
}

TEST(AnnualReportTest, ASoldStakeIsNoAcquisitionAndNamelessCounterpartsGiveNoEdges) {
  Extraction x = ExtractSnippet(
      "In 2020, Brightline Partners LLC sold its stake in Orvex Ltd. to Calder Group plc. We sell our products "
      "to customers in over 50 countries. Revenue from our top ten customers accounted for 40% of our revenue. "
      "We have a credit facility with a syndicate of banks. Harlow Grant, our former Chief Executive Officer, "
      "resigned in 2022. Our operations in Germany and France are subject to oversight by local authorities.");
  EXPECT_TRUE(x.graph.edges().empty()) << Dump(x);
}

TEST(AnnualReportTest, SellingASubsidiaryIsNoSale) {
  Extraction x = ExtractSnippet("In 2020, we sold our subsidiary Loring Rail Services Ltd. to Norvik Transport plc.");
  EXPECT_FALSE(HasEdge(x, "Zentrix Inc.", Relation::kSupplies, "Norvik Transport plc")) << Dump(x);
}

TEST(AnnualReportTest, LicensorAndPrincipalLenderAndAppositiveOfficer) {
  Extraction x = ExtractSnippet(
      "We have entered into a license agreement with Corvo Software Inc. under which we license its fleet "
      "platform. Our principal lender is Lothmoor Commercial Bank plc. Mr. Oliver Grantham, our Chief "
      "Executive Officer, joined us in 2016.");
  EXPECT_TRUE(HasEdge(x, "Corvo Software Inc.", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Lothmoor Commercial Bank plc", Relation::kLendsTo, "Zentrix Inc.")) << Dump(x);
  const Edge* ceo = FindEdge(x, "Oliver Grantham", Relation::kOfficerOf, "Zentrix Inc.");
  ASSERT_NE(ceo, nullptr) << Dump(x);
  EXPECT_EQ(ceo->attrs.role, "Chief Executive Officer");
}

TEST(AnnualReportTest, AlliancesAgreementsAndNamedPartners) {
  Extraction x = ExtractSnippet(
      "We have a strategic alliance with Fiskar Processing, Inc. to offer merchant services. In 2021, we signed "
      "a joint development agreement with Lumora Labs Ltd. We work closely with Stryde, Inc. as a technology "
      "partner. Our banking partner, Cobble Bank, N.A., sponsors our access to the card networks.");
  for (const char* partner : {"Fiskar Processing, Inc.", "Lumora Labs Ltd.", "Stryde, Inc.", "Cobble Bank, N.A."}) {
    EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kPartners, partner)) << partner << "\n" << Dump(x);
  }
}

TEST(AnnualReportTest, OneOfOurWhollyOwnedSubsidiaries) {
  Extraction x = ExtractSnippet("Zentrix Merchant Services LLC is one of our wholly-owned subsidiaries.");
  const Edge* e = FindEdge(x, "Zentrix Inc.", Relation::kOwns, "Zentrix Merchant Services LLC");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_DOUBLE_EQ(e->attrs.percent.value_or(0), 100);
}

TEST(AnnualReportTest, HostedByAndLicensedAsByTwoRegulators) {
  Extraction x = ExtractSnippet(
      "Our data centers are hosted by Equos, Inc. We are subject to examination by the Consumer Credit "
      "Protection Bureau and are licensed as a money transmitter by the Ohio Department of Commerce.");
  EXPECT_TRUE(HasEdge(x, "Equos, Inc.", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Consumer Credit Protection Bureau", Relation::kRegulates, "Zentrix Inc.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Ohio Department of Commerce", Relation::kRegulates, "Zentrix Inc.")) << Dump(x);
}

TEST(AnnualReportTest, OfficerBiographiesWithAge) {
  Extraction x = ExtractSnippet(
      "Joanna Alvarado, age 52, has been our President and Chief Executive Officer since March 2018. "
      "Roberto Chan, age 47, serves as Executive Vice President and Chief Financial Officer.");
  const Edge* ceo = FindEdge(x, "Joanna Alvarado", Relation::kOfficerOf, "Zentrix Inc.");
  ASSERT_NE(ceo, nullptr) << Dump(x);
  EXPECT_EQ(ceo->attrs.role, "President and Chief Executive Officer");
  const Edge* cfo = FindEdge(x, "Roberto Chan", Relation::kOfficerOf, "Zentrix Inc.");
  ASSERT_NE(cfo, nullptr) << Dump(x);
  EXPECT_EQ(cfo->attrs.role, "Executive Vice President and Chief Financial Officer");
}

TEST(AnnualReportTest, RoleAtAnotherCompanyIsNotTheFilers) {
  Extraction x = ExtractSnippet("Roberto Chan, age 47, serves as President of Lantern Freight Inc.");
  EXPECT_TRUE(HasEdge(x, "Roberto Chan", Relation::kOfficerOf, "Lantern Freight Inc.")) << Dump(x);
  EXPECT_FALSE(HasEdge(x, "Roberto Chan", Relation::kOfficerOf, "Zentrix Inc.")) << Dump(x);
}

TEST(AnnualReportTest, EachSupplierAndCompetitorKeepsItsOwnGoodOrSegment) {
  Extraction x = ExtractSnippet(
      "We rely on Arbor Netlines Inc. for data center space, and Kepley Telecom Corp. for leased lines. "
      "We compete with Ostrava Systems Inc. in cloud services and with Pellam Data Corp. in security services.");
  const Edge* arbor = FindEdge(x, "Arbor Netlines Inc.", Relation::kSupplies, "Zentrix Inc.");
  const Edge* kepley = FindEdge(x, "Kepley Telecom Corp.", Relation::kSupplies, "Zentrix Inc.");
  ASSERT_TRUE(arbor && kepley) << Dump(x);
  EXPECT_EQ(arbor->attrs.what, "data center space");
  EXPECT_EQ(kepley->attrs.what, "leased lines");
  const Edge* ostrava = FindEdge(x, "Zentrix Inc.", Relation::kCompetes, "Ostrava Systems Inc.");
  const Edge* pellam = FindEdge(x, "Zentrix Inc.", Relation::kCompetes, "Pellam Data Corp.");
  ASSERT_TRUE(ostrava && pellam) << Dump(x);
  EXPECT_EQ(ostrava->attrs.segment, "cloud services");
  EXPECT_EQ(pellam->attrs.segment, "security services");
}

TEST(AnnualReportTest, OfficersIntroducedByAnAppositiveRole) {
  Extraction x = ExtractSnippet(
      "Taro Ishimura, an outside director, is also the President of Kesson Logistics Inc.\n\n"
      "Yuko Shimoda, Director and Chief Financial Officer, joined us in 2019.\n\n"
      "Dana Whitlock, a former employee, sued us in 2020.");
  const Edge* outside = FindEdge(x, "Taro Ishimura", Relation::kOfficerOf, "Kesson Logistics Inc.");
  ASSERT_NE(outside, nullptr) << Dump(x);
  EXPECT_EQ(outside->attrs.role, "President");
  EXPECT_FALSE(HasEdge(x, "Taro Ishimura", Relation::kOfficerOf, "Zentrix Inc.")) << Dump(x);
  const Edge* cfo = FindEdge(x, "Yuko Shimoda", Relation::kOfficerOf, "Zentrix Inc.");
  ASSERT_NE(cfo, nullptr) << Dump(x);
  EXPECT_EQ(cfo->attrs.role, "Director and Chief Financial Officer");
  EXPECT_FALSE(x.graph.FindEntity("Dana Whitlock").ok()) << "no role, so not taken for an officer";
}

}  // namespace
}  // namespace corpgraph
