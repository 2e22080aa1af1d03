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

// Counts the calls that would reach storage.
class CountingReader : public ForwardingReader {
 public:
  using ForwardingReader::ForwardingReader;
  StatusOr<Entity> GetEntity(EntityId id) const override {
    ++calls;
    return ForwardingReader::GetEntity(id);
  }
  StatusOr<Edge> GetEdge(EntityId src, Relation rel, EntityId dst) const override {
    ++calls;
    return ForwardingReader::GetEdge(src, rel, dst);
  }
  StatusOr<EntityId> FindEntity(std::string_view name_or_id) const override {
    ++calls;
    return ForwardingReader::FindEntity(name_or_id);
  }
  mutable int calls = 0;
};

TEST(AdjacencySnapshotTest, NamesAndFirstEvidenceComeFromMemoryAndMatchTheSource) {
  Graph g = RandomGraph(11, 60, 200);
  g.AddEntity({.id = 1000, .name = "Zürich Réassurance AG", .kind = EntityKind::kCompany, .country = "Switzerland"});
  std::vector<EdgeRef> all;
  ASSERT_TRUE(g.ForEachEdgeOfAll([&](const EdgeRef& e) {
                 all.push_back(e);
                 return true;
               }).ok());
  // Evidence on two of every three edges, some of it shared, one edge with two pieces.
  for (size_t i = 0; i < all.size(); ++i) {
    if (i % 3 == 2) continue;
    Edge e{.src = all[i].src, .dst = all[i].dst, .rel = all[i].rel};
    e.evidence.push_back({.document = i % 2 ? "doc-a" : "doc-b", .begin = i % 5, .end = 10 + i % 5,
                          .sentence = "sentence " + std::to_string(i % 5)});
    if (i == 0) e.evidence.push_back({.document = "doc-c", .sentence = "second"});
    g.AddEdge(std::move(e));
  }
  CountingReader source(g);
  StatusOr<std::unique_ptr<AdjacencySnapshot>> snap = AdjacencySnapshot::Build(source);
  ASSERT_TRUE(snap.ok());
  source.calls = 0;

  for (const Entity& e : g.entities()) {
    StatusOr<Entity> want = g.GetEntitySummary(e.id);
    StatusOr<Entity> got = (*snap)->GetEntitySummary(e.id);
    ASSERT_TRUE(got.ok());
    EXPECT_EQ(got->name, want->name);
    EXPECT_EQ(got->kind, want->kind);
    EXPECT_EQ(got->country, want->country);
    EXPECT_TRUE(got->aliases.empty());
    EXPECT_EQ(*(*snap)->FindEntity(std::to_string(e.id)), e.id);
  }
  for (const EdgeRef& e : all) {
    StatusOr<std::optional<Evidence>> want = g.GetFirstEvidence(e.src, e.rel, e.dst);
    StatusOr<std::optional<Evidence>> got = (*snap)->GetFirstEvidence(e.src, e.rel, e.dst);
    ASSERT_TRUE(got.ok());
    ASSERT_EQ(got->has_value(), want->has_value());
    if (got->has_value()) {
      EXPECT_EQ((*got)->document, (*want)->document);
      EXPECT_EQ((*got)->begin, (*want)->begin);
      EXPECT_EQ((*got)->sentence, (*want)->sentence);
    }
  }
  EXPECT_EQ(source.calls, 0) << "answered from memory";

  // What the snapshot does not hold is the source's to answer.
  EXPECT_TRUE((*snap)->GetEntitySummary(999999).status().IsNotFound());
  EXPECT_TRUE((*snap)->GetFirstEvidence(all[0].src, Relation::kLendsTo, 1000).status().IsNotFound());
  EXPECT_EQ(*(*snap)->FindEntity("Zürich Réassurance"), 1000u);
  EXPECT_GT(source.calls, 0);

  // Fully explained answers name the same rows, and every link carries the source's names and
  // first evidence (ties between equally good chains may be broken differently).
  for (const Entity& e : g.entities()) {
    StatusOr<QueryResult> slow = Dependencies(g, e.id, {});
    StatusOr<QueryResult> fast = Dependencies(**snap, e.id, {});
    ASSERT_TRUE(slow.ok() && fast.ok());
    EXPECT_EQ(Summary(*slow), Summary(*fast));
    for (const ResultRow& row : fast->results) {
      EXPECT_EQ(row.entity.name, g.GetEntity(row.entity.id)->name);
      for (const ChainLink& link : row.chain) {
        EXPECT_EQ(link.src_name, g.GetEntity(link.src)->name);
        EXPECT_EQ(link.dst_name, g.GetEntity(link.dst)->name);
        std::optional<Evidence> want = *g.GetFirstEvidence(link.src, link.rel, link.dst);
        ASSERT_EQ(link.evidence.has_value(), want.has_value());
        if (want) {
          EXPECT_EQ(link.evidence->sentence, want->sentence);
        }
      }
    }
  }
}

}  // namespace
}  // namespace corpgraph
