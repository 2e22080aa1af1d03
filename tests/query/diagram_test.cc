#include "query/diagram.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
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

// A hub with 30 competitors (the 17th named in three sentences), 2 suppliers and a subsidiary
// that itself owns one more company.
struct Hub {
  Graph g;
  EntityId hub, strong, sub, grandchild;
  Hub() {
    hub = g.AddEntity({.name = "Hub Semiconductor Inc."});
    auto evidence = [](int n) {
      std::vector<Evidence> list;
      for (int i = 0; i < n; ++i) list.push_back({.document = "d", .begin = 10u * i, .end = 10u * i + 5, .sentence = "s"});
      return list;
    };
    for (int i = 0; i < 30; ++i) {
      EntityId c = g.AddEntity({.name = "Rival " + std::to_string(100 + i) + " Corp."});
      if (i == 17) strong = c;
      g.AddEdge({.src = hub, .dst = c, .rel = Relation::kCompetes, .evidence = evidence(i == 17 ? 3 : 1)});
    }
    for (int i = 0; i < 2; ++i) {
      EntityId s = g.AddEntity({.name = "Foundry " + std::to_string(i) + " Ltd."});
      g.AddEdge({.src = s, .dst = hub, .rel = Relation::kSupplies, .evidence = evidence(1)});
    }
    sub = g.AddEntity({.name = "Hub Europe GmbH"});
    Edge& owns = g.AddEdge({.src = hub, .dst = sub, .rel = Relation::kOwns, .evidence = evidence(1)});
    owns.attrs.percent = 100;
    grandchild = g.AddEntity({.name = "Hub Nordic AB"});
    g.AddEdge({.src = sub, .dst = grandchild, .rel = Relation::kOwns, .evidence = evidence(1)});
  }
};

TEST(DiagramTest, HubEgoNetworkKeepsTheStrongestNeighboursPerRelationAndCountsTheRest) {
  Hub h;
  StatusOr<Graph> ego = LoadSubgraph(h.g, {.center = h.hub, .depth = 2});
  ASSERT_TRUE(ego.ok());
  TrimmedEgo trimmed = TrimEgoNetwork(*ego, {.center = h.hub, .max_per_group = 10});
  // hub + 10 competitors + 2 suppliers + the subsidiary + its own subsidiary (depth 2)
  EXPECT_EQ(trimmed.graph.entities().size(), 15u);
  EXPECT_NE(trimmed.graph.entity(h.strong), nullptr) << "the most evidenced competitor is kept";
  EXPECT_NE(trimmed.graph.entity(h.grandchild), nullptr);
  ASSERT_EQ(trimmed.options.elided.size(), 1u);
  const ElidedNeighbours& more = trimmed.options.elided[0];
  EXPECT_EQ(more.rel, Relation::kCompetes);
  EXPECT_EQ(more.count, 20u);
  EXPECT_EQ(more.anchor, h.hub);
  EXPECT_EQ(trimmed.options.layout, "twopi");
  EXPECT_EQ(trimmed.options.root, h.hub);
  // Every kept edge joins kept entities; kept competitors are the strongest first, then by name.
  for (const Edge& e : trimmed.graph.edges()) {
    EXPECT_NE(trimmed.graph.entity(e.src), nullptr);
    EXPECT_NE(trimmed.graph.entity(e.dst), nullptr);
  }
  EXPECT_NE(trimmed.graph.entity(*h.g.FindEntity("Rival 100 Corp.")), nullptr);
  EXPECT_EQ(trimmed.graph.entity(*h.g.FindEntity("Rival 129 Corp.")), nullptr);

  std::ostringstream dot;
  ASSERT_TRUE(WriteDot(trimmed.graph, trimmed.options, dot).ok());
  EXPECT_NE(dot.str().find("layout=\"twopi\""), std::string::npos) << dot.str();
  EXPECT_NE(dot.str().find("label=\"and 20 more competes\""), std::string::npos) << dot.str();
  EXPECT_NE(dot.str().find("id=\"more-competes-out-" + std::to_string(h.hub) + "\""), std::string::npos);

  // 0 keeps everyone and elides nothing; a small neighbourhood keeps dot's layers.
  TrimmedEgo all = TrimEgoNetwork(*ego, {.center = h.hub, .max_per_group = 0});
  EXPECT_EQ(all.graph.entities().size(), ego->entities().size());
  EXPECT_TRUE(all.options.elided.empty());
  Demo d;
  StatusOr<Graph> small = LoadSubgraph(d.g, {.center = d.kddi, .depth = 1});
  ASSERT_TRUE(small.ok());
  TrimmedEgo kept = TrimEgoNetwork(*small, {.center = d.kddi});
  EXPECT_EQ(kept.graph.entities().size(), small->entities().size());
  EXPECT_TRUE(kept.options.layout.empty());
}

// The radial layout keeps a hub's diagram about as high as it is wide, where dot's layers
// drew a strip one node high.
TEST(DiagramTest, HubDiagramIsRoughlySquare) {
  if (!GraphvizAvailable()) GTEST_SKIP() << "Graphviz dot not installed";
  Hub h;
  StatusOr<Graph> ego = LoadSubgraph(h.g, {.center = h.hub, .depth = 1});
  ASSERT_TRUE(ego.ok());
  TrimmedEgo trimmed = TrimEgoNetwork(*ego, {.center = h.hub});
  std::ostringstream dot;
  ASSERT_TRUE(WriteDot(trimmed.graph, trimmed.options, dot).ok());
  std::string out = (std::filesystem::temp_directory_path() / ("hub-" + std::to_string(::getpid()) + ".svg")).string();
  ASSERT_TRUE(RenderDot(dot.str(), "svg", out).ok());
  std::ifstream in(out);
  std::stringstream svg;
  svg << in.rdbuf();
  std::filesystem::remove(out);
  double width = 0, height = 0;
  ASSERT_EQ(std::sscanf(svg.str().c_str() + svg.str().find("<svg width=\""), "<svg width=\"%lfpt\" height=\"%lfpt\"",
                        &width, &height), 2) << svg.str().substr(0, 400);
  EXPECT_GT(width / height, 0.5) << width << " x " << height;
  EXPECT_LT(width / height, 2.0) << width << " x " << height;
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
