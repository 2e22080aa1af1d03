#include "graph/graph.h"

#include <gtest/gtest.h>

#include <vector>

namespace corpgraph {
namespace {

TEST(GraphTest, FindsEntitiesByNameAliasAndId) {
  Graph g;
  EntityId acme = g.AddEntity({.name = "Acme Widgets Inc.", .aliases = {"Acme"}});
  EntityId bolt = g.AddEntity({.name = "Bolt Corporation"});
  EXPECT_EQ(*g.FindEntity("ACME WIDGETS"), acme);
  EXPECT_EQ(*g.FindEntity("acme"), acme);
  EXPECT_EQ(*g.FindEntity("Bolt Corp."), bolt);
  EXPECT_EQ(*g.FindEntity(std::to_string(bolt)), bolt);
  EXPECT_TRUE(g.FindEntity("Nobody Ltd.").status().IsNotFound());
  g.AddAlias(bolt, "Bolty");
  EXPECT_EQ(*g.FindEntity("bolty"), bolt);
}

TEST(GraphTest, MergesDuplicateEdgesAndKeepsAllEvidence) {
  Graph g;
  EntityId a = g.AddEntity({.name = "A Inc."});
  EntityId b = g.AddEntity({.name = "B Inc."});
  Edge first{.src = a, .dst = b, .rel = Relation::kOwns};
  first.evidence.push_back({.document = "d1", .sentence = "A owns B."});
  g.AddEdge(first);
  Edge second{.src = a, .dst = b, .rel = Relation::kOwns};
  second.attrs.percent = 60;
  second.evidence.push_back({.document = "d2", .sentence = "A holds 60% of B."});
  g.AddEdge(second);
  ASSERT_EQ(g.edges().size(), 1u);
  EXPECT_EQ(g.edges()[0].evidence.size(), 2u);
  EXPECT_EQ(g.edges()[0].attrs.percent, 60);
}

// A biography's past office and its current one: the current statement decides the role and
// the status; two readings of one sentence stay past when either is.
TEST(GraphTest, ACurrentStatementOutweighsAPastOneMadeElsewhere) {
  Graph g;
  EntityId person = g.AddEntity({.name = "Jane Doe", .kind = EntityKind::kPerson});
  EntityId acme = g.AddEntity({.name = "Acme Inc."});
  Edge past{.src = person, .dst = acme, .rel = Relation::kOfficerOf};
  past.attrs.role = "Vice President";
  past.attrs.former = true;
  past.evidence.push_back({.document = "d", .begin = 100, .end = 160});
  g.AddEdge(past);
  Edge again = past;
  again.attrs.former = false;
  again.attrs.role.clear();
  g.AddEdge(again);  // the same sentence read once more, without its date
  ASSERT_EQ(g.edges().size(), 1u);
  EXPECT_TRUE(g.edges()[0].attrs.former);
  Edge current{.src = person, .dst = acme, .rel = Relation::kOfficerOf};
  current.attrs.role = "Chief Financial Officer";
  current.evidence.push_back({.document = "d", .begin = 0, .end = 90});
  g.AddEdge(current);
  EXPECT_FALSE(g.edges()[0].attrs.former);
  EXPECT_EQ(g.edges()[0].attrs.role, "Chief Financial Officer");
  g.AddEdge(past);  // a later past statement leaves the current reading
  EXPECT_FALSE(g.edges()[0].attrs.former);
  EXPECT_EQ(g.edges()[0].attrs.role, "Chief Financial Officer");
}

TEST(GraphTest, SymmetricEdgesMergeInEitherOrientation) {
  Graph g;
  EntityId a = g.AddEntity({.name = "A Inc."});
  EntityId b = g.AddEntity({.name = "B Inc."});
  g.AddEdge({.src = a, .dst = b, .rel = Relation::kCompetes});
  g.AddEdge({.src = b, .dst = a, .rel = Relation::kCompetes});
  g.AddEdge({.src = b, .dst = a, .rel = Relation::kSupplies});
  EXPECT_EQ(g.edges().size(), 2u);
}

TEST(GraphTest, ForEachEdgeFiltersByDirectionAndRelation) {
  Graph g;
  EntityId a = g.AddEntity({.name = "A Inc."});
  EntityId b = g.AddEntity({.name = "B Inc."});
  EntityId c = g.AddEntity({.name = "C Inc."});
  g.AddEdge({.src = a, .dst = b, .rel = Relation::kOwns});
  g.AddEdge({.src = c, .dst = b, .rel = Relation::kSupplies});
  g.AddEdge({.src = b, .dst = c, .rel = Relation::kCompetes});
  std::vector<EntityId> seen;
  auto collect = [&](const EdgeRef& e) {
    seen.push_back(e.src == b ? e.dst : e.src);
    return true;
  };
  ASSERT_TRUE(g.ForEachEdge(b, Direction::kIn, RelationSet::All(), collect).ok());
  EXPECT_EQ(seen, (std::vector<EntityId>{a, c}));
  seen.clear();
  ASSERT_TRUE(g.ForEachEdge(b, Direction::kBoth, {Relation::kCompetes, Relation::kOwns}, collect).ok());
  EXPECT_EQ(seen, (std::vector<EntityId>{c, a}));
  seen.clear();
  int calls = 0;
  ASSERT_TRUE(g.ForEachEdge(b, Direction::kBoth, RelationSet::All(),
                            [&](const EdgeRef&) { return ++calls < 2; })
                  .ok());
  EXPECT_EQ(calls, 2);
}

TEST(GraphTest, GetEdgeReturnsAttributesOrNotFound) {
  Graph g;
  EntityId a = g.AddEntity({.name = "A Inc."});
  EntityId b = g.AddEntity({.name = "B Inc."});
  Edge e{.src = a, .dst = b, .rel = Relation::kOwns};
  e.attrs.percent = 26.9;
  g.AddEdge(e);
  StatusOr<Edge> got = g.GetEdge(a, Relation::kOwns, b);
  ASSERT_TRUE(got.ok());
  EXPECT_DOUBLE_EQ(*got->attrs.percent, 26.9);
  EXPECT_TRUE(g.GetEdge(b, Relation::kOwns, a).status().IsNotFound());
}

}  // namespace
}  // namespace corpgraph

namespace corpgraph {
namespace {

TEST(ParseEntityIdTest, OnlyAWholeUnsignedDecimalIsAnId) {
  EXPECT_EQ(ParseEntityId("42"), std::optional<EntityId>(42));
  EXPECT_EQ(ParseEntityId("0"), std::optional<EntityId>(0));
  for (const char* text : {"", "42a", "-1", " 42", "4 2", "18446744073709551616", "KDDI"}) {
    EXPECT_FALSE(ParseEntityId(text).has_value()) << text;
  }
}

}  // namespace
}  // namespace corpgraph
