#include "query/adjacency_snapshot.h"

#include <gtest/gtest.h>

#include <random>
#include <set>

#include "query/query.h"
#include "tests/query/query_test_graphs.h"

namespace corpgraph {
namespace {

using testing_graphs::Add;
using testing_graphs::Demo;
using testing_graphs::Link;

// A random graph with ids that are not dense, every relation type and cycles.
Graph RandomGraph(unsigned seed, int nodes, int edges) {
  Graph g;
  std::mt19937 rng(seed);
  std::vector<EntityId> ids;
  for (int i = 0; i < nodes; ++i) {
    ids.push_back(g.AddEntity({.id = EntityId(3 * i + 7), .name = "E" + std::to_string(i)}));
  }
  std::uniform_int_distribution<int> pick(0, nodes - 1), rel(0, 10), pct(1, 100);
  for (int k = 0; k < edges; ++k) {
    EntityId a = ids[pick(rng)], b = ids[pick(rng)];
    if (a == b) continue;
    Relation r = kBuiltinRelations[rel(rng)];
    Link(g, a, r, b, r == Relation::kOwns ? std::optional<double>(pct(rng)) : std::nullopt);
  }
  return g;
}

std::vector<std::tuple<EntityId, int, double>> Summary(const QueryResult& r) {
  std::vector<std::tuple<EntityId, int, double>> out;
  for (const ResultRow& row : r.results) {
    out.emplace_back(row.entity.id, row.hops, row.weight.value_or(-1));
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(AdjacencySnapshotTest, SameEdgesAsItsSource) {
  Demo d;
  StatusOr<std::unique_ptr<AdjacencySnapshot>> snap = AdjacencySnapshot::Build(d.g);
  ASSERT_TRUE(snap.ok());
  EXPECT_EQ((*snap)->entity_count(), d.g.entities().size());
  EXPECT_EQ((*snap)->edge_count(), d.g.edges().size());
  std::multiset<std::tuple<EntityId, int, EntityId>> want, got;
  for (Direction dir : {Direction::kIn, Direction::kOut, Direction::kBoth}) {
    want.clear();
    got.clear();
    d.g.ForEachEdge(d.iij, dir, RelationSet::All(),
                    [&](const EdgeRef& e) {
                      want.insert({e.src, int(e.rel), e.dst});
                      return true;
                    })
        .ok();
    (*snap)
        ->ForEachEdge(d.iij, dir, RelationSet::All(),
                      [&](const EdgeRef& e) {
                        got.insert({e.src, int(e.rel), e.dst});
                        return true;
                      })
        .ok();
    EXPECT_EQ(want, got);
  }
  EXPECT_EQ(*(*snap)->FindEntity("IIJ"), d.iij);
  EXPECT_TRUE((*snap)
                  ->ForEachEdge(12345, Direction::kBoth, RelationSet::All(),
                                [](const EdgeRef&) { return true; })
                  .ok());
}

TEST(AdjacencySnapshotTest, QueriesAgreeWithTheSourceGraph) {
  Graph g = RandomGraph(7, 300, 900);
  StatusOr<std::unique_ptr<AdjacencySnapshot>> snap = AdjacencySnapshot::Build(g);
  ASSERT_TRUE(snap.ok());
  const GraphReader& fast = **snap;
  for (int i = 0; i < 300; i += 7) {
    EntityId x = g.entities()[i].id, y = g.entities()[(i * 13 + 5) % 300].id;
    EXPECT_EQ(Summary(*Dependencies(g, x, {})), Summary(*Dependencies(fast, x, {})));
    EXPECT_EQ(Summary(*Exposure(g, x, {})), Summary(*Exposure(fast, x, {})));
    EXPECT_EQ(Summary(*Owners(g, x, {})), Summary(*Owners(fast, x, {})));
    PathOptions count_only;
    count_only.explain = false;
    PathOptions chains;
    chains.max_chains = 3;
    StatusOr<QueryResult> a = ShortestPaths(g, x, y, count_only);
    StatusOr<QueryResult> b = ShortestPaths(fast, x, y, chains);
    ASSERT_EQ(a->results.empty(), b->results.empty());
    if (!a->results.empty()) {
      EXPECT_EQ(a->results[0].hops, b->results[0].hops);
    }
  }
}

}  // namespace
}  // namespace corpgraph
