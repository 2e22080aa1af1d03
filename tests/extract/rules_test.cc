#include "extract/rules.h"

#include <gtest/gtest.h>

#include <string>

#include "extract/extract.h"

namespace corpgraph {
namespace {

TEST(RulesTest, DefaultRulesCompileAndCoverEveryRelationType) {
  StatusOr<const RuleSet*> rules = RuleSet::Default();
  ASSERT_TRUE(rules.ok()) << rules.status().ToString();
  for (Relation rel : kBuiltinRelations) {
    bool found = false;
    for (const RuleInfo& r : (*rules)->rules()) found |= r.rel == rel;
    EXPECT_TRUE(found) << RelationName(rel);
  }
}

TEST(RulesTest, ParsesSettingsAndMatchesPlaceholders) {
  StatusOr<std::unique_ptr<RuleSet>> rules = RuleSet::Parse(
      "# comment\n[supplies_ships_to]\nrel = supplies\nsrc = filer\nconfidence = 0.5\n"
      "pattern = ships (?P<what>\\w+) to {COMPANIES:dst}\n",
      "test.rules");
  ASSERT_TRUE(rules.ok()) << rules.status().ToString();
  const RuleInfo& info = (*rules)->rules().at(0);
  EXPECT_EQ(info.name, "supplies_ships_to");
  EXPECT_EQ(info.rel, Relation::kSupplies);
  EXPECT_TRUE(info.src_is_filer);
  EXPECT_DOUBLE_EQ(info.confidence, 0.5);
  std::vector<RuleMatch> matches;
  (*rules)->MatchAll("We ships parts to \x01" "C3\x02 and \x01" "C4\x02 daily", &matches);
  ASSERT_EQ(matches.size(), 1u);
  std::map<std::string, std::string> groups;
  for (auto& [k, v] : matches[0].groups) groups[k] = std::string(v);
  EXPECT_EQ(groups["what"], "parts");
  EXPECT_EQ(groups["dst"], "\x01" "C3\x02 and \x01" "C4\x02");
}

TEST(RulesTest, ErrorsNameTheLine) {
  auto bad = [](const std::string& text) { return RuleSet::Parse(text, "x.rules").status().message(); };
  EXPECT_EQ(bad("[a]\nrel = owns\npattern = {NOPE}\n"), "x.rules:3: unknown macro {NOPE}");
  EXPECT_EQ(bad("[a]\nrel = befriends\n"), "x.rules:2: unknown relation 'befriends'");
  EXPECT_EQ(bad("rel = owns\n"), "x.rules:1: a setting before the first [rule]");
  EXPECT_EQ(bad("[a]\nrel = owns\n"), "x.rules:1: rule 'a' has no pattern");
  EXPECT_EQ(bad("[a]\nrel = owns\npattern = (unclosed\n").substr(0, 24), "x.rules:3: bad pattern: ");
  EXPECT_EQ(bad("[a]\nrel = owns\npattern = x\n[a]\nrel = owns\npattern = y\n"), "x.rules:4: duplicate rule name 'a'");
  EXPECT_EQ(bad("[a]\nconfidence = 2\n"), "x.rules:2: confidence must be in [0, 1]");
}

TEST(RulesTest, PatternsMatchBytesSoNonAsciiIsWrittenAsUtf8Escapes) {
  // A literal curly quote would be three separate bytes in a pattern; the parser says so.
  StatusOr<std::unique_ptr<RuleSet>> literal =
      RuleSet::Parse("[a]\nrel = owns\npattern = {COMPANY:src}\xE2\x80\x99s unit {COMPANY:dst}\n", "x.rules");
  ASSERT_FALSE(literal.ok());
  EXPECT_NE(literal.status().message().find("x.rules:3: write a non-ASCII character"), std::string::npos)
      << literal.status().message();
  // Written as its UTF-8 bytes it matches the quote in the text, and only the quote.
  StatusOr<std::unique_ptr<RuleSet>> escaped = RuleSet::Parse(
      "[a]\nrel = owns\npattern = {COMPANY:src}\\xE2\\x80\\x99s unit {COMPANY:dst}\n", "x.rules");
  ASSERT_TRUE(escaped.ok()) << escaped.status().ToString();
  std::vector<RuleMatch> matches;
  (*escaped)->MatchAll("\x01" "C1\x02\xE2\x80\x99s unit \x01" "C2\x02", &matches);
  EXPECT_EQ(matches.size(), 1u);
  matches.clear();
  (*escaped)->MatchAll("\x01" "C1\x02\xE2\x80\x9Cs unit \x01" "C2\x02", &matches);
  EXPECT_TRUE(matches.empty());
}

TEST(RulesTest, MacroExpansionNamesGroups) {
  StatusOr<std::string> re = ExpandRuleMacros("{ENT:src} owns {PCT:percent}");
  ASSERT_TRUE(re.ok());
  EXPECT_NE(re->find("(?P<src>"), std::string::npos);
  EXPECT_NE(re->find("(?P<percent>"), std::string::npos);
  EXPECT_FALSE(ExpandRuleMacros("{BOGUS}").ok());
}

TEST(RulesTest, CustomRulesDriveExtractionAndNameTheEdge) {
  StatusOr<std::unique_ptr<RuleSet>> rules = RuleSet::Parse(
      "[custom_distributes_for]\nrel = partners\npattern = {ENT:src} distributes products for {COMPANIES:dst}\n",
      "custom.rules");
  ASSERT_TRUE(rules.ok());
  ExtractOptions options;
  options.filer = "Zentrix Inc.";
  options.rules = rules->get();
  StatusOr<Extraction> x = ExtractDocument("Zentrix distributes products for Opal Devices Inc. in Asia.", options);
  ASSERT_TRUE(x.ok());
  ASSERT_EQ(x->graph.edges().size(), 1u);
  EXPECT_EQ(x->graph.edges()[0].rel, Relation::kPartners);
  EXPECT_EQ(x->graph.edges()[0].evidence.at(0).rule, "custom_distributes_for");
}

}  // namespace
}  // namespace corpgraph
