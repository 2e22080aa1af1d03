#include "query/diagram.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/query/query_test_graphs.h"

namespace corpgraph {
namespace {

using testing_graphs::Demo;

// Compares `actual` with tests/query/data/<name>; CORPGRAPH_UPDATE_EXPECTED=1 rewrites it.
void ExpectMatchesFile(const std::string& actual, const std::string& name) {
  std::string path = std::string(CORPGRAPH_SOURCE_DIR) + "/tests/query/data/" + name;
  if (std::getenv("CORPGRAPH_UPDATE_EXPECTED")) {
    std::ofstream(path) << actual;
  }
  std::ifstream in(path);
  ASSERT_TRUE(in) << "missing expected file " << path;
  std::stringstream expected;
  expected << in.rdbuf();
  EXPECT_EQ(actual, expected.str()) << "differs from " << path;
}

TEST(DiagramTest, OwnersAnswerDiagramMatchesExpectedDot) {
  Demo d;
  StatusOr<QueryResult> r = Owners(d.g, d.trust, {});
  ASSERT_TRUE(r.ok());
  StatusOr<AnswerDiagram> diagram = AnswerGraph(d.g, *r);
  ASSERT_TRUE(diagram.ok());
  EXPECT_EQ(diagram->graph.entities().size(), 3u);
  EXPECT_EQ(diagram->graph.edges().size(), 2u);
  EXPECT_EQ(diagram->options.highlight_edges.size(), 2u);
  std::ostringstream dot;
  ASSERT_TRUE(WriteDot(diagram->graph, diagram->options, dot).ok());
  ExpectMatchesFile(dot.str(), "owners_trust_networks.dot");
}

TEST(DiagramTest, ExposureDiagramKeepsContextEdges) {
  Demo d;
  StatusOr<QueryResult> r = Exposure(d.g, d.docomo, {});
  ASSERT_TRUE(r.ok());
  StatusOr<AnswerDiagram> diagram = AnswerGraph(d.g, *r);
  ASSERT_TRUE(diagram.ok());
  // docomo, iij, partner, ntt; the edges among them: supplies, partners, owns.
  EXPECT_EQ(diagram->graph.entities().size(), 4u);
  EXPECT_EQ(diagram->graph.edges().size(), 3u);
  std::ostringstream dot;
  ASSERT_TRUE(WriteDot(diagram->graph, diagram->options, dot).ok());
  ExpectMatchesFile(dot.str(), "exposure_docomo.dot");
}

TEST(DiagramTest, EgoNetworkByDepthAndRelation) {
  Demo d;
  StatusOr<Graph> g = LoadSubgraph(d.g, {.center = d.kddi, .depth = 1});
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(g->entities().size(), 2u);
  ASSERT_EQ(g->edges().size(), 1u);
  EXPECT_EQ(g->edges()[0].rel, Relation::kCompetes);
  g = LoadSubgraph(d.g, {.center = d.kddi, .depth = 2});
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(g->entities().size(), 7u);  // all but the bank, 3 hops away
  g = LoadSubgraph(d.g, {.center = d.iij, .depth = 3, .relations = {Relation::kOwns}});
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(g->entities().size(), 3u);
  EXPECT_EQ(g->edges().size(), 2u);
  // Evidence travels with the edges.
  for (const Edge& e : g->edges()) EXPECT_FALSE(e.evidence.empty());
  std::ostringstream dot;
  ASSERT_TRUE(WriteDot(*g, {.highlight = {d.iij}}, dot).ok());
  ExpectMatchesFile(dot.str(), "ego_iij_owns.dot");

  g = LoadSubgraph(d.g, {});
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(g->entities().size(), d.g.entities().size());
  EXPECT_EQ(g->edges().size(), d.g.edges().size());
  EXPECT_TRUE(LoadSubgraph(d.g, {.center = 999}).status().IsNotFound());
  EXPECT_TRUE(LoadSubgraph(d.g, {.center = d.iij, .depth = 11}).status().IsInvalidArgument());
}

TEST(DiagramTest, RenderReportsMissingGraphviz) {
  const char* old = std::getenv("PATH");
  std::string saved = old ? old : "";
  setenv("PATH", "/nonexistent", 1);
  Status s = RenderDot("digraph G {}", "svg", "/tmp/never.svg");
  setenv("PATH", saved.c_str(), 1);
  EXPECT_EQ(s.code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(s.message().find("Graphviz"), std::string::npos);
  EXPECT_TRUE(RenderDot("digraph G {}", "pdf", "/tmp/never.pdf").IsInvalidArgument());
}

TEST(DiagramTest, RendersSvgWhenGraphvizIsInstalled) {
  if (!GraphvizAvailable()) GTEST_SKIP() << "Graphviz dot not installed";
  Demo d;
  std::ostringstream dot;
  ASSERT_TRUE(WriteDot(d.g, {}, dot).ok());
  std::filesystem::path out = std::filesystem::temp_directory_path() /
                              ("corpgraph-diagram-test-" + std::to_string(getpid()) + ".svg");
  ASSERT_TRUE(RenderDot(dot.str(), "svg", out.string()).ok());
  std::ifstream in(out);
  std::stringstream svg;
  svg << in.rdbuf();
  EXPECT_NE(svg.str().find("<svg"), std::string::npos);
  EXPECT_NE(svg.str().find("Trust Networks Inc."), std::string::npos);
  std::filesystem::remove(out);
  Status bad = RenderDot("digraph {", "svg", out.string());
  EXPECT_EQ(bad.code(), StatusCode::kIoError);
}

}  // namespace
}  // namespace corpgraph
