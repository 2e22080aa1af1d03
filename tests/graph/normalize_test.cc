#include "graph/normalize.h"

#include <gtest/gtest.h>

namespace corpgraph {
namespace {

TEST(NormalizeNameTest, FoldsCaseSuffixesAndPunctuation) {
  EXPECT_EQ(NormalizeName("KDDI Corporation"), "kddi");
  EXPECT_EQ(NormalizeName("NTT DOCOMO, INC."), "ntt docomo");
  EXPECT_EQ(NormalizeName("NTT DoCoMo Inc."), "ntt docomo");
  EXPECT_EQ(NormalizeName("Amazon.com, Inc."), "amazon com");
  EXPECT_EQ(NormalizeName("Fjord Widgets Co., Ltd."), "fjord widgets");
  EXPECT_EQ(NormalizeName("Brightwater Holdings Company Limited"), "brightwater holdings");
}

TEST(NormalizeNameTest, AmpersandBecomesAnd) {
  EXPECT_EQ(NormalizeName("Smith & Jones LLC"), "smith and jones");
  EXPECT_EQ(NormalizeName("Smith and Jones"), "smith and jones");
}

TEST(NormalizeNameTest, DropsLeadingArticleAndHonorific) {
  EXPECT_EQ(NormalizeName("the Ministry of Widgets"), "ministry of widgets");
  EXPECT_EQ(NormalizeName("Mr. Taro Example"), "taro example");
}

TEST(NormalizeNameTest, InternationalSuffixes) {
  EXPECT_EQ(NormalizeName("Muster Werke AG"), "muster werke");
  EXPECT_EQ(NormalizeName("Ejemplo S.A."), "ejemplo");
  EXPECT_EQ(NormalizeName("Voorbeeld N.V."), "voorbeeld");
  EXPECT_EQ(NormalizeName("Rei Denki K.K."), "rei denki");
}

TEST(NormalizeNameTest, KeepsGroupAndBareSuffixes) {
  EXPECT_NE(NormalizeName("Orbit Group"), NormalizeName("Orbit"));
  EXPECT_EQ(NormalizeName("Inc."), "inc");
  EXPECT_EQ(NormalizeName("  ...  "), "");
}

}  // namespace
}  // namespace corpgraph
