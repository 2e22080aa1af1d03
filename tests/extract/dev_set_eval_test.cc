// Regression guard: the extractor on the shipped development set (tests/data) must keep the
// targets of issue 3. A drop below them fails here with the eval report in the message.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "extract/eval.h"

namespace corpgraph {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

FileScore Evaluate(const std::string& stem) {
  std::string dir = std::string(CORPGRAPH_SOURCE_DIR) + "/tests/data/";
  std::string gold = Slurp(dir + stem + ".json");
  std::string filing = Slurp(dir + stem + ".txt");
  EXPECT_FALSE(gold.empty());
  EXPECT_FALSE(filing.empty());
  StatusOr<FileScore> s = EvaluateFiling(gold, filing, stem + ".txt", {});
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

}  // namespace
}  // namespace corpgraph
