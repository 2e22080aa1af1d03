#include <gtest/gtest.h>

#include "query/query.h"
#include "tests/query/query_test_graphs.h"

namespace corpgraph {
namespace {

using testing_graphs::Add;
using testing_graphs::Demo;
using testing_graphs::Link;
using testing_graphs::Row;


TEST(DependenciesTest, DirectProvidersPartnersAndThroughSubsidiaries) {
  Demo d;
  StatusOr<QueryResult> r = Dependencies(d.g, d.iij, {});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->type, "deps");
  EXPECT_EQ(r->subject.name, "Internet Initiative Japan Inc.");
  ASSERT_EQ(r->results.size(), 5u);
  EXPECT_EQ(Row(*r, d.ntt), nullptr);   // NTT owns IIJ: IIJ does not depend on NTT
  EXPECT_EQ(Row(*r, d.kddi), nullptr);  // competes is not a dependency
  const ResultRow* docomo = Row(*r, d.docomo);
  ASSERT_NE(docomo, nullptr);
  EXPECT_EQ(docomo->hops, 1);
  EXPECT_DOUBLE_EQ(*docomo->weight, 1.0);
  ASSERT_EQ(docomo->chain.size(), 1u);
  EXPECT_EQ(docomo->chain[0].rel_label, "supplies");
  ASSERT_TRUE(docomo->chain[0].evidence.has_value());
  EXPECT_EQ(docomo->chain[0].evidence->sentence,
            "We rely on NTT DOCOMO for mobile infrastructure.");
  EXPECT_NE(Row(*r, d.mic), nullptr);
  EXPECT_NE(Row(*r, d.partner), nullptr);  // stored partner -> IIJ, followed either way
  const ResultRow* trust = Row(*r, d.trust);
  ASSERT_NE(trust, nullptr);
  EXPECT_NEAR(*trust->weight, 0.795, 1e-12);
  const ResultRow* bank = Row(*r, d.bank);
  ASSERT_NE(bank, nullptr);
  EXPECT_EQ(bank->hops, 2);
  EXPECT_NEAR(*bank->weight, 0.795, 1e-12);
  ASSERT_EQ(bank->chain.size(), 2u);
  EXPECT_EQ(bank->chain[0].src, d.iij);
  EXPECT_EQ(bank->chain[0].dst, d.trust);
  EXPECT_EQ(bank->chain[1].src, d.bank);
  EXPECT_EQ(bank->chain[1].rel_label, "lends_to");
  // Ranked by weight, then hops.
  for (size_t i = 1; i < r->results.size(); ++i) {
    EXPECT_GE(*r->results[i - 1].weight, *r->results[i].weight);
  }
  EXPECT_EQ(r->results.back().entity.id, d.bank);
}

TEST(ExposureTest, CustomersPartnersAndOwnersUpTheChain) {
  Demo d;
  StatusOr<QueryResult> r = Exposure(d.g, d.docomo, {});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->results.size(), 3u);
  EXPECT_EQ(r->results[0].entity.id, d.iij);
  EXPECT_EQ(r->results[1].entity.id, d.partner);  // weight 1.0 at 2 hops
  const ResultRow* ntt = Row(*r, d.ntt);
  ASSERT_NE(ntt, nullptr);
  EXPECT_EQ(ntt->hops, 2);
  EXPECT_NEAR(*ntt->weight, 0.269, 1e-12);
  ASSERT_EQ(ntt->chain.size(), 2u);
  EXPECT_EQ(ntt->chain[0].src, d.docomo);
  EXPECT_EQ(ntt->chain[1].src, d.ntt);
  EXPECT_EQ(ntt->chain[1].rel_label, "owns");
  EXPECT_EQ(r->results.back().entity.id, d.ntt);
}

TEST(DependenciesTest, BestWeightWinsOverFewestHopsAndChainMatchesWeight) {
  Graph g;
  EntityId x = Add(g, "X"), a = Add(g, "A"), b = Add(g, "B"), c = Add(g, "C"), z = Add(g, "Z");
  Link(g, x, Relation::kOwns, a, 10);
  Link(g, z, Relation::kSupplies, a);
  Link(g, x, Relation::kOwns, b, 100);
  Link(g, b, Relation::kOwns, c, 100);
  Link(g, z, Relation::kSupplies, c);
  StatusOr<QueryResult> r = Dependencies(g, x, {});
  ASSERT_TRUE(r.ok());
  const ResultRow* row = Row(*r, z);
  ASSERT_NE(row, nullptr);
  EXPECT_EQ(row->hops, 2);              // fewest hops
  EXPECT_DOUBLE_EQ(*row->weight, 1.0);  // best weight, reached in 3 hops
  ASSERT_EQ(row->chain.size(), 3u);
  EXPECT_EQ(row->chain[2].src, z);
  EXPECT_EQ(row->chain[2].dst, c);
  // With depth 2 only the 10% chain is within reach.
  TraversalOptions shallow;
  shallow.depth = 2;
  r = Dependencies(g, x, shallow);
  ASSERT_TRUE(r.ok());
  row = Row(*r, z);
  ASSERT_NE(row, nullptr);
  EXPECT_NEAR(*row->weight, 0.1, 1e-12);
  EXPECT_EQ(row->chain.size(), 2u);
}

TEST(DependenciesTest, TiesGoToFewerHops) {
  Graph g;
  EntityId x = Add(g, "X"), a = Add(g, "A"), b = Add(g, "B"), z = Add(g, "Z");
  Link(g, a, Relation::kSupplies, x);
  Link(g, b, Relation::kSupplies, a);
  Link(g, z, Relation::kSupplies, b);
  Link(g, z, Relation::kSupplies, a);
  StatusOr<QueryResult> r = Dependencies(g, x, {});
  ASSERT_TRUE(r.ok());
  const ResultRow* row = Row(*r, z);
  ASSERT_NE(row, nullptr);
  EXPECT_EQ(row->hops, 2);
  EXPECT_EQ(row->chain.size(), 2u);
}

TEST(DependenciesTest, DepthLimitAndBounds) {
  Graph g;
  EntityId n[6];
  for (int i = 0; i < 6; ++i) n[i] = Add(g, "N" + std::to_string(i));
  for (int i = 0; i + 1 < 6; ++i) Link(g, n[i + 1], Relation::kSupplies, n[i]);
  TraversalOptions options;
  options.depth = 2;
  StatusOr<QueryResult> r = Dependencies(g, n[0], options);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->results.size(), 2u);
  EXPECT_EQ(r->results[0].entity.id, n[1]);
  EXPECT_EQ(r->results[1].entity.id, n[2]);
  options.depth = 10;
  EXPECT_EQ(Dependencies(g, n[0], options)->results.size(), 5u);
  options.depth = 0;
  EXPECT_TRUE(Dependencies(g, n[0], options).status().IsInvalidArgument());
  options.depth = 11;
  EXPECT_TRUE(Exposure(g, n[0], options).status().IsInvalidArgument());
}

TEST(DependenciesTest, CyclesNeverReturnTheSubject) {
  Graph g;
  EntityId a = Add(g, "A"), b = Add(g, "B"), c = Add(g, "C");
  Link(g, b, Relation::kSupplies, a);
  Link(g, c, Relation::kSupplies, b);
  Link(g, a, Relation::kSupplies, c);
  StatusOr<QueryResult> r = Dependencies(g, a, {});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->results.size(), 2u);
  EXPECT_EQ(Row(*r, a), nullptr);
}

TEST(DependenciesTest, FiltersApplyDuringTraversal) {
  Graph g;
  EntityId x = Add(g, "X"), sub = Add(g, "Sub"), t = Add(g, "T"), u = Add(g, "U");
  Link(g, x, Relation::kOwns, sub, 10);
  Link(g, t, Relation::kSupplies, sub);
  Link(g, u, Relation::kSupplies, x);
  TraversalOptions only_supplies;
  only_supplies.relations = RelationSet{Relation::kSupplies};
  StatusOr<QueryResult> r = Dependencies(g, x, only_supplies);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->results.size(), 1u);  // T is only reachable through the owns edge
  EXPECT_EQ(r->results[0].entity.id, u);
  EXPECT_EQ(r->relations, "supplies");

  TraversalOptions min_percent;
  min_percent.min_percent = 20;
  r = Dependencies(g, x, min_percent);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->results.size(), 1u);  // the 10% stake is not followed

  TraversalOptions competes;
  competes.relations = RelationSet{Relation::kCompetes};
  EXPECT_TRUE(Dependencies(g, x, competes).status().IsInvalidArgument());
}

TEST(DependenciesTest, DisconnectedAndUnknownEntities) {
  Graph g;
  EntityId lone = Add(g, "Lone");
  Add(g, "Other");
  StatusOr<QueryResult> r = Dependencies(g, lone, {});
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->results.empty());
  EXPECT_TRUE(Dependencies(g, 999, {}).status().IsNotFound());
}

TEST(DependenciesTest, WithoutExplainRowsCarryIdsOnly) {
  Demo d;
  TraversalOptions options;
  options.explain = false;
  StatusOr<QueryResult> r = Dependencies(d.g, d.iij, options);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->results.size(), 5u);
  for (const ResultRow& row : r->results) {
    EXPECT_TRUE(row.entity.name.empty());
    EXPECT_TRUE(row.chain.empty());
  }
}

}  // namespace
}  // namespace corpgraph
