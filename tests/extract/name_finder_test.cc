#include "extract/name_finder.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace corpgraph {
namespace {

std::vector<std::string> Names(std::string_view s) {
  std::vector<std::string> out;
  for (const NameCandidate& c : FindNames(s)) out.push_back(c.name);
  return out;
}

TEST(NameFinderTest, DefinedTermsWithStraightCurlyAndTheQuotes) {
  std::vector<NameCandidate> c = FindNames(
      "Orbis Telecom Corporation (\"Orbis\") and Kappa Data Ltd. (the \"Company\") met Sigma Works Inc. (\"SW\" or \"Sigma\").");
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].name, "Orbis Telecom Corporation");
  EXPECT_EQ(c[0].short_names, std::vector<std::string>{"Orbis"});
  EXPECT_EQ(c[1].short_names, std::vector<std::string>{"Company"});
  EXPECT_EQ(c[2].short_names, (std::vector<std::string>{"SW", "Sigma"}));
}

TEST(NameFinderTest, UnquotedAbbreviationIsDefined) {
  std::vector<NameCandidate> c = FindNames("Our subsidiary, Vela Bank USA (VB USA), is chartered in Ohio.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].name, "Vela Bank USA");
  EXPECT_EQ(c[0].short_names, std::vector<std::string>{"VB USA"});
}

// A defined acronym whose first letter opens no word of the name before it defines the whole
// phrase it ends ("income per share attributable to Velora ("EPS")"), not a short name.
TEST(NameFinderTest, AnAcronymOfSomethingElseIsNoShortName) {
  std::vector<NameCandidate> c = FindNames("Diluted net income per share attributable to Velora Inc. (\"EPS\") rose.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].name, "Velora Inc.");
  EXPECT_TRUE(c[0].short_names.empty());
  c = FindNames("We own Nippon Velora Telephone Corporation (\"NVT\") and QUILLON HOLDINGS, INC. (\"QHI\").");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].short_names, std::vector<std::string>{"NVT"});
  EXPECT_EQ(c[1].short_names, std::vector<std::string>{"QHI"});
}

// "(United States)" after a name says where, it defines no short name.
TEST(NameFinderTest, APlaceInParenthesesIsNoShortName) {
  std::vector<NameCandidate> c =
      FindNames("We audited it under the standards of the Public Company Accounting Oversight Board (United States).");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].name, "Public Company Accounting Oversight Board");
  EXPECT_TRUE(c[0].short_names.empty());
}

TEST(NameFinderTest, SuffixNamesWithCommasAmpersandsCapsAndDots) {
  EXPECT_EQ(Names("rivals such as Shopfront.com, Inc. and OMNICORP CORPORATION and Lyle & Co., LLC"),
            (std::vector<std::string>{"Shopfront.com, Inc.", "OMNICORP CORPORATION", "Lyle & Co., LLC"}));
  EXPECT_EQ(Names("in Peru, Inca (Peru) Co., Ltd. and iQ-Sense GmbH and Norte S.A."),
            (std::vector<std::string>{"Inca (Peru) Co., Ltd.", "iQ-Sense GmbH", "Norte S.A."}));
}

TEST(NameFinderTest, AndInsideNamesVersusCoordination) {
  EXPECT_EQ(Names("Eastern Telegraph and Telephone Corporation"),
            (std::vector<std::string>{"Eastern Telegraph and Telephone Corporation"}));
  EXPECT_EQ(Names("suppliers QRSX and Polar Data Corporation"), (std::vector<std::string>{"Polar Data Corporation"}));
  EXPECT_EQ(Names("the Harbor Authority and the Port Agency of Lisbon"),
            (std::vector<std::string>{"Harbor Authority", "Port Agency of Lisbon"}));
}

TEST(NameFinderTest, KindsFromTellTaleWords) {
  std::vector<NameCandidate> c = FindNames(
      "The Ministry of Trade, Industry and Energy, the Orchard Group, the Data Protection Act of 2018 and the "
      "Lisbon Stock Exchange.");
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[0].name, "Ministry of Trade, Industry and Energy");
  EXPECT_EQ(c[0].kind, NameKind::kGovernment);
  EXPECT_EQ(c[1].kind, NameKind::kGroup);
  EXPECT_EQ(c[2].kind, NameKind::kLaw);
  EXPECT_EQ(c[3].kind, NameKind::kMarket);
  EXPECT_EQ(ClassifyName("Companies Law of Ruritania"), NameKind::kLaw);
}

TEST(NameFinderTest, PeopleWithHonorifics) {
  std::vector<NameCandidate> c = FindNames("Mr. Kenji Sato, who is our President, and Ms. Ruiz agreed.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].name, "Kenji Sato");
  EXPECT_EQ(c[0].honorific_form, "Mr. Kenji Sato");
  EXPECT_EQ(c[0].kind, NameKind::kPerson);
  EXPECT_EQ(c[1].name, "Ruiz");
}

TEST(NameFinderTest, SentenceOpenersAndRolesAreNotPartOfNames) {
  EXPECT_EQ(Names("In Thailand, Siam Tools Co., Ltd. grew."), (std::vector<std::string>{"Siam Tools Co., Ltd."}));
  EXPECT_EQ(Names("President of Nova Robotics Inc. since 2010"), (std::vector<std::string>{"Nova Robotics Inc."}));
}

TEST(NameFinderTest, GenericCapitalizedPhrasesAreNotNames) {
  EXPECT_TRUE(Names("Risk Factors and Internet Services for Enterprise Customers").empty());
}

TEST(NameFinderTest, Initials) {
  EXPECT_EQ(Initials("Orbis Telecom Corporation"), "OT");
  EXPECT_EQ(Initials("Northern Initiative Japan Inc."), "NIJ");
  EXPECT_EQ(Initials("Acme Inc."), "");
}

}  // namespace
}  // namespace corpgraph
