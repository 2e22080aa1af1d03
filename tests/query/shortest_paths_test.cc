#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>

#include "query/query.h"
#include "tests/query/query_test_graphs.h"

namespace corpgraph {
namespace {

using testing_graphs::Add;
using testing_graphs::Demo;
using testing_graphs::Link;

TEST(ShortestPathsTest, AllMinimalChainsIgnoringDirection) {
  Graph g;
  EntityId a = Add(g, "A"), b = Add(g, "B"), c = Add(g, "C"), d = Add(g, "D"), e = Add(g, "E");
  Link(g, a, Relation::kSupplies, b);
  Link(g, c, Relation::kOwns, a, 50);
  Link(g, d, Relation::kSupplies, b);  // against the walk's direction
  Link(g, c, Relation::kPartners, d);
  Link(g, a, Relation::kCompetes, e);
  Link(g, e, Relation::kCompetes, Add(g, "F"));
  PathOptions options;
  options.max_chains = 10;
  StatusOr<QueryResult> r = ShortestPaths(g, a, d, options);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->results.size(), 2u);
  for (const ResultRow& row : r->results) {
    EXPECT_EQ(row.hops, 2);
    EXPECT_EQ(row.entity.id, d);
    ASSERT_EQ(row.chain.size(), 2u);
  }
  // The chain through the 50% owner carries its weight.
  double w0 = *r->results[0].weight, w1 = *r->results[1].weight;
  EXPECT_NEAR(std::min(w0, w1), 0.5, 1e-12);
  EXPECT_NEAR(std::max(w0, w1), 1.0, 1e-12);

  options.max_chains = 1;
  EXPECT_EQ(ShortestPaths(g, a, d, options)->results.size(), 1u);

  options.max_chains = 10;
  options.relations = RelationSet{Relation::kSupplies};
  r = ShortestPaths(g, a, d, options);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->results.size(), 1u);
  EXPECT_EQ(r->results[0].chain[0].rel_label, "supplies");
  EXPECT_EQ(r->results[0].chain[1].src, d);
}

TEST(ShortestPathsTest, SameNodeUnreachableAndHopLimit) {
  Graph g;
  EntityId n[5];
  for (int i = 0; i < 5; ++i) n[i] = Add(g, "N" + std::to_string(i));
  for (int i = 0; i + 1 < 4; ++i) Link(g, n[i], Relation::kSupplies, n[i + 1]);
  PathOptions options;
  StatusOr<QueryResult> r = ShortestPaths(g, n[0], n[0], options);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->results.size(), 1u);
  EXPECT_EQ(r->results[0].hops, 0);
  r = ShortestPaths(g, n[0], n[4], options);  // N4 is disconnected
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->results.empty());
  r = ShortestPaths(g, n[0], n[3], options);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->results.size(), 1u);
  EXPECT_EQ(r->results[0].hops, 3);
  EXPECT_EQ(r->results[0].chain.front().src, n[0]);
  EXPECT_EQ(r->results[0].chain.back().dst, n[3]);
  options.max_hops = 2;
  EXPECT_TRUE(ShortestPaths(g, n[0], n[3], options)->results.empty());
  options.explain = false;
  options.max_hops = 30;
  r = ShortestPaths(g, n[3], n[0], options);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->results[0].hops, 3);
  EXPECT_TRUE(r->results[0].chain.empty());
  EXPECT_TRUE(ShortestPaths(g, n[0], 77, {}).status().IsNotFound());
}

TEST(ShortestPathsTest, ManyEqualChainsAreCapped) {
  Graph g;
  EntityId a = Add(g, "A"), z = Add(g, "Z");
  for (int i = 0; i < 8; ++i) {
    EntityId m = Add(g, "M" + std::to_string(i));
    Link(g, a, Relation::kPartners, m);
    Link(g, m, Relation::kSupplies, z);
  }
  PathOptions options;
  options.max_chains = 5;
  StatusOr<QueryResult> r = ShortestPaths(g, z, a, options);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->results.size(), 5u);
}

TEST(NeighborsTest, DirectionAndRelationFilters) {
  Demo d;
  StatusOr<QueryResult> r = Neighbors(d.g, d.iij, {});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->results.size(), 6u);
  NeighborOptions out;
  out.dir = Direction::kOut;
  EXPECT_EQ(Neighbors(d.g, d.iij, out)->results.size(), 2u);  // owns trust, competes kddi
  NeighborOptions in_owns;
  in_owns.dir = Direction::kIn;
  in_owns.relations = RelationSet{Relation::kOwns};
  r = Neighbors(d.g, d.iij, in_owns);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->results.size(), 1u);
  EXPECT_EQ(r->results[0].entity.id, d.ntt);
  EXPECT_NEAR(*r->results[0].weight, 0.269, 1e-12);
  ASSERT_TRUE(r->results[0].chain[0].evidence.has_value());
  EXPECT_EQ(r->results[0].chain[0].evidence->sentence, "NTT owns 26.9% of our shares.");
}

}  // namespace
}  // namespace corpgraph

namespace corpgraph {
namespace {

// Number of shortest walks (as edge sequences) from x to y and their length, by plain BFS
// over every stored edge ignoring direction; {-1, 0} when unreachable.
std::pair<int, long> CountShortest(const Graph& g, EntityId x, EntityId y) {
  std::map<EntityId, int> dist{{x, 0}};
  std::map<EntityId, long> ways{{x, 1}};
  std::vector<EntityId> frontier{x};
  while (!frontier.empty() && !dist.count(y)) {
    std::vector<EntityId> next;
    for (EntityId at : frontier) {
      g.ForEachEdge(at, Direction::kBoth, RelationSet::All(), [&](const EdgeRef& e) {
         EntityId w = e.src == at ? e.dst : e.src;
         auto [it, fresh] = dist.emplace(w, dist[at] + 1);
         if (fresh) next.push_back(w);
         if (it->second == dist[at] + 1) ways[w] += ways[at];
         return true;
       }).ok();
    }
    frontier = std::move(next);
  }
  if (!dist.count(y)) return {-1, 0};
  return {dist[y], ways[y]};
}

TEST(ShortestPathsTest, ListsExactlyTheShortestChainsOfRandomGraphs) {
  for (unsigned seed = 1; seed <= 20; ++seed) {
    Graph g;
    std::mt19937 rng(seed);
    const int n = 40;
    for (int i = 0; i < n; ++i) Add(g, "N" + std::to_string(i));
    std::uniform_int_distribution<int> node(0, n - 1), rel(0, 10);
    for (int k = 0; k < 70; ++k) {
      EntityId a = node(rng), b = node(rng);
      if (a != b) Link(g, a, kBuiltinRelations[rel(rng)], b);
    }
    for (int q = 0; q < 10; ++q) {
      EntityId x = node(rng), y = node(rng);
      if (x == y) continue;
      auto [d, ways] = CountShortest(g, x, y);
      PathOptions options;
      options.max_chains = 100000;
      StatusOr<QueryResult> r = ShortestPaths(g, x, y, options);
      ASSERT_TRUE(r.ok());
      if (d < 0) {
        EXPECT_TRUE(r->results.empty());
        continue;
      }
      ASSERT_EQ(static_cast<long>(r->results.size()), ways)
          << "seed " << seed << " " << x << "->" << y;
      std::set<std::vector<std::tuple<EntityId, int, EntityId>>> distinct;
      for (const ResultRow& row : r->results) {
        ASSERT_EQ(static_cast<int>(row.chain.size()), d);
        EntityId at = x;
        std::vector<std::tuple<EntityId, int, EntityId>> key;
        for (const ChainLink& l : row.chain) {
          ASSERT_TRUE(l.src == at || l.dst == at);
          at = l.src == at ? l.dst : l.src;
          key.emplace_back(l.src, int(l.rel), l.dst);
        }
        EXPECT_EQ(at, y);
        distinct.insert(key);
      }
      EXPECT_EQ(distinct.size(), r->results.size());
      options.explain = false;
      EXPECT_EQ(ShortestPaths(g, x, y, options)->results[0].hops, d);
    }
  }
}

}  // namespace
}  // namespace corpgraph
