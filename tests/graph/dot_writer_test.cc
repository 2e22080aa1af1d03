#include "graph/dot_writer.h"

#include <gtest/gtest.h>

#include <sstream>

namespace corpgraph {
namespace {

TEST(DotWriterTest, WritesNodesEdgesShapesAndPercent) {
  Graph g;
  EntityId parent = g.AddEntity({.name = "Parent \"Big\" Corp."});
  EntityId child = g.AddEntity({.name = "Child Ltd."});
  EntityId rival = g.AddEntity({.name = "Rival Group", .kind = EntityKind::kGroup});
  EntityId agency = g.AddEntity({.name = "Widget Agency", .kind = EntityKind::kGovernment});
  Edge owns{.src = parent, .dst = child, .rel = Relation::kOwns};
  owns.attrs.percent = 79.5;
  g.AddEdge(owns);
  g.AddEdge({.src = parent, .dst = rival, .rel = Relation::kCompetes});
  g.AddEdge({.src = agency, .dst = parent, .rel = Relation::kRegulates});
  DotOptions options;
  options.highlight = {parent};
  std::ostringstream out;
  ASSERT_TRUE(WriteDot(g, options, out).ok());
  std::string dot = out.str();
  EXPECT_NE(dot.find("digraph"), std::string::npos);
  EXPECT_NE(dot.find("label=\"Parent \\\"Big\\\" Corp.\""), std::string::npos) << dot;
  EXPECT_NE(dot.find("label=\"owns 79.5%\""), std::string::npos) << dot;
  EXPECT_NE(dot.find("shape=folder"), std::string::npos);
  EXPECT_NE(dot.find("shape=house"), std::string::npos);
  EXPECT_NE(dot.find("dir=none"), std::string::npos);
  EXPECT_NE(dot.find("->"), std::string::npos);
  EXPECT_NE(dot.find("legend [shape=plaintext"), std::string::npos);
  EXPECT_NE(dot.find("fillcolor=\"#fbbc04\""), std::string::npos);  // highlighted filer
}

}  // namespace
}  // namespace corpgraph

namespace corpgraph {
namespace {

TEST(DotWriterTest, GroupsBecomeClustersAroundTheirMembers) {
  Graph g;
  EntityId group = g.AddEntity({.name = "Keiretsu Group", .kind = EntityKind::kGroup});
  EntityId a = g.AddEntity({.name = "Member A"});
  EntityId b = g.AddEntity({.name = "Member B"});
  EntityId outsider = g.AddEntity({.name = "Outsider"});
  g.AddEdge({.src = a, .dst = group, .rel = Relation::kMemberOf});
  g.AddEdge({.src = b, .dst = group, .rel = Relation::kMemberOf});
  g.AddEdge({.src = outsider, .dst = a, .rel = Relation::kSupplies});
  std::ostringstream out;
  ASSERT_TRUE(WriteDot(g, {}, out).ok());
  std::string dot = out.str();
  // Vertex ids are positions: group 0, members 1 and 2; the outsider (3) stays outside.
  EXPECT_NE(dot.find("subgraph cluster_group_0 {\nlabel=\"Keiretsu Group\""), std::string::npos)
      << dot;
  EXPECT_NE(dot.find("0; 1; 2;\n}"), std::string::npos) << dot;
  EXPECT_NE(dot.find(">group</TD>"), std::string::npos);
}

TEST(DotWriterTest, HighlightedEdgesStandOutOthersFade) {
  Graph g;
  EntityId a = g.AddEntity({.name = "A"});
  EntityId b = g.AddEntity({.name = "B"});
  EntityId c = g.AddEntity({.name = "C"});
  g.AddEdge({.src = a, .dst = b, .rel = Relation::kSupplies});
  g.AddEdge({.src = c, .dst = b, .rel = Relation::kCompetes});
  DotOptions options;
  options.legend = false;
  options.highlight_edges = {{b, Relation::kCompetes, c}};  // either orientation
  std::ostringstream out;
  ASSERT_TRUE(WriteDot(g, options, out).ok());
  std::string dot = out.str();
  EXPECT_NE(dot.find("2->1 [label=\"competes\", color=\"#d93025\""), std::string::npos) << dot;
  EXPECT_NE(dot.find("penwidth=3"), std::string::npos);
  EXPECT_NE(dot.find("0->1 [label=\"supplies\", color=\"#18803880\""), std::string::npos) << dot;
  EXPECT_EQ(dot.find("legend ["), std::string::npos);
}

}  // namespace
}  // namespace corpgraph
