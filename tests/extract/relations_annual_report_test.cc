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

}  // namespace
}  // namespace corpgraph
