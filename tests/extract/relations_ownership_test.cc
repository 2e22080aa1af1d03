// owns, invests_in, acquired, member_of, renamed_to on invented sentences about invented
// companies: active and passive voice, lists, possessives, defined terms.
//
// Cases that only state edges live in tests/extract/cases/ownership.cases (run by
// relation_cases_test.cc); what stays here checks what a case cannot state: entity identity after a
// rename (the old name is an alias of the new entity) and entity counts.
#include <gtest/gtest.h>

#include "tests/extract/extract_test_util.h"

namespace corpgraph {
namespace {

using extract_test::Dump;
using extract_test::ExtractSnippet;

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

// ---------------------------------------------------------------- negatives

TEST(OwnershipNegativeTest, GenericSubsidiariesNoEntity) {
  Extraction x = ExtractSnippet("Our subsidiaries include several regional service companies.");
  EXPECT_TRUE(x.graph.edges().empty()) << Dump(x);
  EXPECT_EQ(x.graph.entities().size(), 1u) << "only the filer";
}

}  // namespace
}  // namespace corpgraph
