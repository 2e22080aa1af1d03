// Phrasings met when probing a second round of filing styles (a Japanese 20-F, an insurance
// and asset-management 10-K, a SaaS 10-K, a European telecom 20-F), on invented sentences
// about invented companies, each with a look-alike sentence that must give no edge.
//
// Cases that only state edges live in tests/extract/cases/probe2.cases (run by
// relation_cases_test.cc); what stays here checks what a case cannot state: the filer the extractor
// detects when no filer is given, and entity kinds.
#include <gtest/gtest.h>

#include "tests/extract/extract_test_util.h"

namespace corpgraph {
namespace {

using extract_test::Dump;
using extract_test::ExtractSnippet;
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

}  // namespace
}  // namespace corpgraph
