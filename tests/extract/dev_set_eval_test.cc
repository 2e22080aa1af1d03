// Regression guard: the extractor on the shipped development set (tests/data) must keep the
// targets of issue 3. A drop below them fails here with the eval report in the message.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "extract/eval.h"

namespace corpgraph {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

FileScore Evaluate(const std::string& stem, const EvalOptions& options = {}) {
  std::string dir = std::string(CORPGRAPH_SOURCE_DIR) + "/tests/data/";
  std::string gold = Slurp(dir + stem + ".json");
  std::string filing = Slurp(dir + stem + ".txt");
  EXPECT_FALSE(gold.empty());
  EXPECT_FALSE(filing.empty());
  StatusOr<FileScore> s = EvaluateFiling(gold, filing, stem + ".txt", options);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  if (!s.ok()) return {};
  s->gold_path = stem + ".json";
  return *s;
}

std::string Report(const FileScore& f) { return EvalReportToText(Summarize({f})); }

TEST(DevSetEvalTest, DemoFilingMeetsTargets) {
  FileScore f = Evaluate("iij-20f-fy2017");
  EXPECT_GE(f.entities.F1(), 0.95) << Report(f);
  EXPECT_GE(f.relations.F1(), 0.90) << Report(f);
  EXPECT_EQ(f.percents_right, f.percents_gold) << Report(f);
  for (const auto& [rel, c] : f.by_relation) {
    if (c.gold > 0) {
      EXPECT_GE(c.F1(), 0.80) << rel << "\n" << Report(f);
    }
  }
}

TEST(DevSetEvalTest, OtherFilingsMeetTargetsAndMicroAverage) {
  FileScore iij = Evaluate("iij-20f-fy2017");
  FileScore avgo = Evaluate("avgo-10k-fy2024-item1");
  FileScore gs = Evaluate("gs-10k-2024-item1");
  for (const FileScore* f : {&avgo, &gs}) {
    EXPECT_GE(f->entities.F1(), 0.90) << Report(*f);
    EXPECT_GE(f->relations.F1(), 0.80) << Report(*f);
  }
  EvalReport all = Summarize({iij, avgo, gs});
  EXPECT_GE(all.relations.F1(), 0.85) << EvalReportToText(all);
}

// The whole development set (15 excerpts): floors at what the extractor reaches today, so a
// change that loses ground anywhere fails here. The targets hold: micro relations F1
// 0.85 and entities 0.85, and 0.80 on every file with 10+ gold relations.
TEST(DevSetEvalTest, WholeDevelopmentSetKeepsItsFloors) {
  const char* const kStems[] = {
      "aapl-10k-fy2024-item1", "aapl-ex21-fy2024", "avgo-10k-fy2024-item1", "gainsco-10k-2009-item1",
      "gs-10k-2024-item1", "iij-20f-fy2017", "jnj-10k-2024-item1", "ma-10k-2024-item1",
      "medicis-10k-1999-item1", "nke-10k-fy2025-item1", "nvda-10k-fy2025-item1", "plymouth-20f-2020-item4",
      "plymouth-20f-2020-items6-7", "wmt-10k-fy2025-item1", "xom-ex21-2024"};
  std::vector<FileScore> files;
  for (const char* stem : kStems) files.push_back(Evaluate(stem));
  auto file = [&](std::string_view stem) -> const FileScore& {
    for (size_t i = 0; i < files.size(); ++i) {
      if (kStems[i] == stem) return files[i];
    }
    ADD_FAILURE() << stem;
    return files[0];
  };
  // Subsidiary lists: owner and percent right.
  for (const char* stem : {"aapl-ex21-fy2024", "xom-ex21-2024"}) {
    const FileScore& f = file(stem);
    EXPECT_GE(f.relations.F1(), 0.95) << Report(f);
    // Every percent wrong or missing belongs to a relation not found at all.
    EXPECT_GE(f.percents_right + (f.relations.gold - f.relations.gold_found), f.percents_gold) << Report(f);
  }
  // The officer-heavy files.
  for (const char* stem : {"nvda-10k-fy2025-item1", "nke-10k-fy2025-item1", "wmt-10k-fy2025-item1",
                           "plymouth-20f-2020-items6-7"}) {
    EXPECT_GE(file(stem).relations.F1(), 0.80) << Report(file(stem));
  }
  EXPECT_GE(file("medicis-10k-1999-item1").relations.F1(), 0.80) << Report(file("medicis-10k-1999-item1"));
  EXPECT_GE(file("ma-10k-2024-item1").relations.F1(), 0.80) << Report(file("ma-10k-2024-item1"));
  // Subsidiaries under an "as follows:" lead-in and a table of reinsurers introduced by its sentence.
  EXPECT_GE(file("gainsco-10k-2009-item1").relations.F1(), 0.95) << Report(file("gainsco-10k-2009-item1"));
  EXPECT_GE(file("plymouth-20f-2020-item4").relations.F1(), 0.80) << Report(file("plymouth-20f-2020-item4"));
  EXPECT_GE(file("jnj-10k-2024-item1").relations.F1(), 0.80) << Report(file("jnj-10k-2024-item1"));
  EvalReport all = Summarize(files);
  EXPECT_GE(all.relations.F1(), 0.93) << EvalReportToText(all);
  EXPECT_GE(all.relations.Precision(), 0.97) << EvalReportToText(all);
  EXPECT_GE(all.entities.F1(), 0.92) << EvalReportToText(all);
}

// What a user running `corpgraph extract` gets: no filer is passed, the extractor finds it. Every
// excerpt but Exxon Mobil's Exhibit 21 (which names its parent only as "ExxonMobil" in the
// subsidiaries' names) yields the gold's filer.
TEST(DevSetEvalTest, TheFilerIsFoundWithoutBeingTold) {
  EvalOptions detect;
  detect.detect_filer = true;
  std::vector<FileScore> files;
  for (const char* stem : {"aapl-10k-fy2024-item1", "aapl-ex21-fy2024", "avgo-10k-fy2024-item1",
                           "gainsco-10k-2009-item1", "gs-10k-2024-item1", "iij-20f-fy2017", "jnj-10k-2024-item1",
                           "ma-10k-2024-item1", "medicis-10k-1999-item1", "nke-10k-fy2025-item1",
                           "nvda-10k-fy2025-item1", "plymouth-20f-2020-item4", "plymouth-20f-2020-items6-7",
                           "wmt-10k-fy2025-item1"}) {
    files.push_back(Evaluate(stem, detect));
    EXPECT_TRUE(files.back().filer_right) << Report(files.back());
  }
  EvalReport all = Summarize(files);
  EXPECT_EQ(all.filers_right, 14);
  EXPECT_GE(all.relations.F1(), 0.90) << EvalReportToText(all);
}

}  // namespace
}  // namespace corpgraph
