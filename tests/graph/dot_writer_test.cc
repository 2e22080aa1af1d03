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
  EXPECT_NE(dot.find("cluster_legend"), std::string::npos);
  EXPECT_NE(dot.find("fillcolor=\"#fbbc04\""), std::string::npos);  // highlighted filer
}

}  // namespace
}  // namespace corpgraph
