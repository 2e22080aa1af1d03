#include "extract/eval.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace corpgraph {
namespace {

TEST(GoldNormalizeTest, FollowsTheSchema) {
  EXPECT_EQ(GoldNormalize("The Orbis Group, Inc."), "orbis group");
  EXPECT_EQ(GoldNormalize("Lyle & Co., LLC"), "lyle and");  // as check_gold.normalize does
  EXPECT_EQ(GoldNormalize("Mervyn\u2019s"), GoldNormalize("Mervyn's"));  // typographic apostrophe
  EXPECT_EQ(GoldNormalize("Mr. Kenji Sato"), "kenji sato");
  EXPECT_EQ(GoldNormalize("Norte S.A."), "norte s a");  // only the schema's suffixes are dropped
  EXPECT_EQ(GoldNormalize("Shopfront.com, Inc."), "shopfront com");
}

// An extraction built by hand: Acme owns 60% of Beta (alias "Beta"), competes with Gamma.
Extraction MakeExtraction() {
  Extraction x;
  EntityId acme = x.graph.AddEntity({.name = "Acme Inc.", .aliases = {"Acme"}});
  EntityId beta = x.graph.AddEntity({.name = "Beta Systems Corp.", .aliases = {"BetaSys"}});
  EntityId gamma = x.graph.AddEntity({.name = "Gamma Ltd."});
  EntityId delta = x.graph.AddEntity({.name = "Delta Robotics Inc."});
  x.filer = acme;
  Edge& owns = x.graph.AddEdge({.src = acme, .dst = beta, .rel = Relation::kOwns});
  owns.attrs.percent = 60.02;
  x.graph.AddEdge({.src = gamma, .dst = acme, .rel = Relation::kCompetes});
  x.graph.AddEdge({.src = acme, .dst = delta, .rel = Relation::kPartners});
  x.mentions_only.push_back({"Omega Act", {}, "law"});
  x.mentions_only.push_back({"Zeta Corp.", {}, "company"});
  return x;
}

constexpr const char* kGold = R"({
  "filing": "acme.txt", "filer": "Acme Inc.",
  "entities": [
    {"name": "Acme Incorporated", "aliases": ["Acme"], "kind": "company"},
    {"name": "Beta Systems Corporation", "aliases": ["BetaSys"], "kind": "company"},
    {"name": "Gamma Limited", "aliases": [], "kind": "company"},
    {"name": "Epsilon Corp.", "aliases": [], "kind": "company"}
  ],
  "mentions_only": [{"name": "Omega Act", "aliases": [], "kind": "law"},
                    {"name": "Zeta Corporation", "aliases": [], "kind": "company"}],
  "relations": [
    {"src": "Acme", "rel": "owns", "dst": "BetaSys", "percent": 60, "evidence": "Acme owns 60% of BetaSys."},
    {"src": "Acme Incorporated", "rel": "competes", "dst": "Gamma Limited", "evidence": "rivals include Gamma"},
    {"src": "Epsilon Corp.", "rel": "supplies", "dst": "Acme", "evidence": "Epsilon supplies us"}
  ]
})";

TEST(ScoreExtractionTest, EntitiesByAnyNameRelationsUnorderedForCompetes) {
  StatusOr<FileScore> s = ScoreExtraction(kGold, MakeExtraction());
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  // Laws are scored on neither side; a recognized organization in mentions_only counts.
  EXPECT_EQ(s->entities.gold, 5);             // 4 entities + Zeta
  EXPECT_EQ(s->entities.gold_found, 4);       // Epsilon missing
  EXPECT_EQ(s->entities.predicted, 5);        // 4 nodes + Zeta (not the Omega Act)
  EXPECT_EQ(s->entities.predicted_right, 4);  // Delta is extra
  EXPECT_EQ(s->missed_entities, std::vector<std::string>{"Epsilon Corp."});
  EXPECT_EQ(s->extra_entities, std::vector<std::string>{"Delta Robotics Inc."});
  EXPECT_EQ(s->relations.predicted, 3);
  EXPECT_EQ(s->relations.predicted_right, 2);  // owns (60.02 within 0.05) and competes (reversed)
  EXPECT_EQ(s->relations.gold_found, 2);
  EXPECT_EQ(s->percents_gold, 1);
  EXPECT_EQ(s->percents_right, 1);
  ASSERT_EQ(s->missed.size(), 1u);
  EXPECT_EQ(s->missed[0].rel, "supplies");
  EXPECT_EQ(s->missed[0].evidence, "Epsilon supplies us");
  ASSERT_EQ(s->false_positives.size(), 1u);
  EXPECT_EQ(s->false_positives[0].rel, "partners");
  EXPECT_NEAR(s->relations.Precision(), 2.0 / 3, 1e-9);
  EXPECT_NEAR(s->relations.Recall(), 2.0 / 3, 1e-9);
}

TEST(ScoreExtractionTest, WrongPercentDoesNotMatch) {
  Extraction x = MakeExtraction();
  for (const Edge& e : x.graph.edges()) {
    if (e.rel == Relation::kOwns) const_cast<Edge&>(e).attrs.percent = 61.0;
  }
  StatusOr<FileScore> s = ScoreExtraction(kGold, x);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->percents_right, 0);
  EXPECT_EQ(s->by_relation["owns"].predicted_right, 0);
  ASSERT_FALSE(s->false_positives.empty());
  EXPECT_EQ(s->false_positives[0].why, "percent 61%, gold 60%");
}

TEST(ScoreExtractionTest, DuplicatesAfterResolutionCountOnce) {
  Extraction x = MakeExtraction();
  // A second node that resolves to the same gold entity as Gamma.
  EntityId gamma2 = x.graph.AddEntity({.name = "Gamma Limited"});
  x.graph.AddEdge({.src = x.filer, .dst = gamma2, .rel = Relation::kCompetes});
  StatusOr<FileScore> s = ScoreExtraction(kGold, x);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->by_relation["competes"].predicted, 1);
}

TEST(ScoreExtractionTest, RenamedToJoinsTwoNamesOfOneEntity) {
  Extraction x;
  EntityId e = x.graph.AddEntity({.name = "Newco Inc.", .aliases = {"Oldco Inc."}});
  Edge& r = x.graph.AddEdge({.src = e, .dst = e, .rel = Relation::kRenamedTo});
  r.attrs.properties["old_name"] = "Oldco Inc.";
  const char* gold = R"({"filing": "f.txt", "filer": "Newco Inc.",
    "entities": [{"name": "Newco Inc.", "aliases": ["Oldco Inc."], "kind": "company"}],
    "relations": [{"src": "Oldco Inc.", "rel": "renamed_to", "dst": "Newco Inc.", "evidence": "x"}]})";
  StatusOr<FileScore> s = ScoreExtraction(gold, x);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->relations.predicted_right, 1);
  EXPECT_EQ(s->relations.gold_found, 1);
}

TEST(ScoreExtractionTest, MalformedGoldIsInvalidArgument) {
  EXPECT_TRUE(ScoreExtraction("{", Extraction{}).status().IsInvalidArgument());
  EXPECT_TRUE(ScoreExtraction("{\"entities\": 3}", Extraction{}).status().IsInvalidArgument());
}

TEST(LocateFilingTest, BesideTheGoldInAFolderOrGiven) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("corpgraph_eval_test_" + std::to_string(::getpid()));
  fs::create_directories(dir / "gold");
  fs::create_directories(dir / "filings");
  std::ofstream(dir / "filings" / "acme.txt") << "text";
  std::string gold_path = (dir / "gold" / "acme.json").string();
  StatusOr<std::string> found = LocateFiling(kGold, gold_path, "");
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  EXPECT_EQ(fs::path(*found).filename(), "acme.txt");
  EXPECT_TRUE(LocateFiling(kGold, gold_path, (dir / "filings").string()).ok());
  EXPECT_TRUE(LocateFiling(kGold, gold_path, (dir / "gold").string()).status().IsNotFound());
  fs::remove_all(dir);
}

TEST(EvalReportTest, MicroAverageSumsCounts) {
  FileScore a, b;
  a.relations = {.predicted = 10, .predicted_right = 9, .gold = 10, .gold_found = 9};
  b.relations = {.predicted = 2, .predicted_right = 1, .gold = 4, .gold_found = 1};
  EvalReport r = Summarize({a, b});
  EXPECT_EQ(r.relations.predicted, 12);
  EXPECT_NEAR(r.relations.Precision(), 10.0 / 12, 1e-9);
  EXPECT_NEAR(r.relations.Recall(), 10.0 / 14, 1e-9);
  EXPECT_NE(EvalReportToText(r).find("micro-average over 2 file(s)"), std::string::npos);
  EXPECT_NE(EvalReportToJson(r).find("\"micro\""), std::string::npos);
}

}  // namespace
}  // namespace corpgraph
