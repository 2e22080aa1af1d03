// Phrasings met when probing filing styles beyond the dev set (bank holding companies,
// biotech, energy and mining, retail), on invented sentences about invented companies, with
// look-alike sentences that must give no edge.
//
// Cases that only state edges live in tests/extract/cases/probe.cases (run by
// relation_cases_test.cc); what stays here checks what a case cannot state: the filer the extractor
// detects when no filer is given.
#include <gtest/gtest.h>

#include "tests/extract/extract_test_util.h"

namespace corpgraph {
namespace {

using extract_test::Dump;
using extract_test::ExtractSnippet;
using extract_test::HasEdge;

// ---------------------------------------------------------------- names

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

}  // namespace
}  // namespace corpgraph
