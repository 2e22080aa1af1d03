// Phrasings common in 10-K business, financing, ownership and executive-officer sections, on
// invented sentences about invented companies: customer concentration, passive service
// suppliers, credit facilities, holders of the filer's stock, export controls, officers
// introduced without an honorific, name changes; and the sentences that must not match.
//
// Cases that only state edges live in tests/extract/cases/annual_report.cases (run by
// relation_cases_test.cc); what stays here checks what a case cannot state: an attribute that must
// merely be present (amount) or contain a word (what).
#include <gtest/gtest.h>

#include "tests/extract/extract_test_util.h"

namespace corpgraph {
namespace {

using extract_test::Dump;
using extract_test::ExtractSnippet;
using extract_test::FindEdge;
using extract_test::HasEdge;

TEST(AnnualReportTest, SoldOurSubsidiaryToABuyer) {
  Extraction x = ExtractSnippet("In 2020, we sold our subsidiary Loring Rail Services Ltd. to Norvik Transport plc for "
                                "\xC2\xA3" "42 million.");
  const Edge* e = FindEdge(x, "Norvik Transport plc", Relation::kAcquired, "Loring Rail Services Ltd.");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_TRUE(e->attrs.amount.has_value());
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

}  // namespace
}  // namespace corpgraph
