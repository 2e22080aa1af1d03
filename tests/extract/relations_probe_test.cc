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

}  // namespace
}  // namespace corpgraph
