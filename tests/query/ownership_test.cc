#include <gtest/gtest.h>

#include "query/query.h"
#include "tests/query/query_test_graphs.h"

namespace corpgraph {
namespace {

using testing_graphs::Add;
using testing_graphs::Demo;
using testing_graphs::Link;
using testing_graphs::Row;


TEST(OwnersTest, DemoTrustNetworks) {
  Demo d;
  StatusOr<QueryResult> r = Owners(d.g, d.trust, {});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->results.size(), 2u);
  EXPECT_EQ(r->results[0].entity.id, d.iij);
  EXPECT_NEAR(*r->results[0].weight, 0.795, 1e-12);
  EXPECT_EQ(r->results[0].hops, 1);
  EXPECT_EQ(r->results[1].entity.id, d.ntt);
  EXPECT_NEAR(*r->results[1].weight, 0.269 * 0.795, 1e-12);
  EXPECT_EQ(r->results[1].hops, 2);
  // The chain reads from the ultimate owner down: NTT owns IIJ, IIJ owns Trust Networks.
  ASSERT_EQ(r->results[1].chain.size(), 2u);
  EXPECT_EQ(r->results[1].chain[0].src, d.ntt);
  EXPECT_EQ(r->results[1].chain[1].dst, d.trust);
  EXPECT_TRUE(r->notes.empty());

  OwnershipOptions ultimate;
  ultimate.ultimate = true;
  r = Owners(d.g, d.trust, ultimate);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->results.size(), 1u);
  EXPECT_EQ(r->results[0].entity.id, d.ntt);

  r = Subsidiaries(d.g, d.ntt, {});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->results.size(), 2u);
  EXPECT_EQ(r->results[0].entity.id, d.iij);
  EXPECT_NEAR(*Row(*r, d.trust)->weight, 0.269 * 0.795, 1e-12);
}

TEST(OwnersTest, DiamondSumsDistinctChains) {
  Graph g;
  EntityId a = Add(g, "A"), b = Add(g, "B"), c = Add(g, "C"), d = Add(g, "D");
  Link(g, a, Relation::kOwns, b, 50);
  Link(g, a, Relation::kOwns, c, 50);
  Link(g, b, Relation::kOwns, d, 40);
  Link(g, c, Relation::kOwns, d, 60);
  StatusOr<QueryResult> r = Owners(g, d, {});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->results.size(), 3u);
  EXPECT_EQ(r->results[0].entity.id, c);
  EXPECT_NEAR(*Row(*r, a)->weight, 0.5 * 0.4 + 0.5 * 0.6, 1e-12);
  EXPECT_EQ(Row(*r, a)->chains, 2u);
  EXPECT_EQ(Row(*r, a)->hops, 2);
  // The explaining chain is the heavier one, through C.
  EXPECT_EQ(Row(*r, a)->chain[0].dst, c);
  OwnershipOptions ultimate;
  ultimate.ultimate = true;
  r = Owners(g, d, ultimate);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->results.size(), 1u);
  EXPECT_EQ(r->results[0].entity.id, a);
  r = Subsidiaries(g, a, ultimate);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->results.size(), 1u);
  EXPECT_EQ(r->results[0].entity.id, d);
  EXPECT_NEAR(*r->results[0].weight, 0.5, 1e-12);
}

TEST(OwnersTest, CrossHoldingIsCutAndReported) {
  Graph g;
  EntityId x = Add(g, "X"), y = Add(g, "Y"), z = Add(g, "Z");
  Link(g, x, Relation::kOwns, y, 50);
  Link(g, y, Relation::kOwns, x, 10);
  Link(g, y, Relation::kOwns, z, 100);
  StatusOr<QueryResult> r = Owners(g, z, {});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->results.size(), 2u);
  EXPECT_NEAR(*Row(*r, y)->weight, 1.0, 1e-12);
  EXPECT_NEAR(*Row(*r, x)->weight, 0.5, 1e-12);
  ASSERT_EQ(r->notes.size(), 1u);
  EXPECT_NE(r->notes[0].find("cycle cut"), std::string::npos);
  EXPECT_NE(r->notes[0].find("Y"), std::string::npos);
  OwnershipOptions ultimate;
  ultimate.ultimate = true;
  r = Owners(g, z, ultimate);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->results.empty());  // everyone up the chain is owned by someone
}

TEST(OwnersTest, UnstatedPercentGivesNullWeight) {
  Graph g;
  EntityId p = Add(g, "P"), q = Add(g, "Q"), s = Add(g, "S");
  Link(g, p, Relation::kOwns, q);
  Link(g, q, Relation::kOwns, s, 60);
  StatusOr<QueryResult> r = Owners(g, s, {});
  ASSERT_TRUE(r.ok());
  EXPECT_NEAR(*Row(*r, q)->weight, 0.6, 1e-12);
  EXPECT_FALSE(Row(*r, p)->weight.has_value());
  EXPECT_EQ(r->results.back().entity.id, p);  // unknown weights rank last
}

TEST(OwnersTest, DepthAndMinPercent) {
  Graph g;
  EntityId n[4];
  for (int i = 0; i < 4; ++i) n[i] = Add(g, "N" + std::to_string(i));
  Link(g, n[1], Relation::kOwns, n[0], 90);
  Link(g, n[2], Relation::kOwns, n[1], 5);
  Link(g, n[3], Relation::kOwns, n[2], 90);
  OwnershipOptions options;
  options.depth = 2;
  EXPECT_EQ(Owners(g, n[0], options)->results.size(), 2u);
  options.depth = 10;
  options.min_percent = 10;
  EXPECT_EQ(Owners(g, n[0], options)->results.size(), 1u);
  options.ultimate = true;  // N1's only owner is below the threshold: N1 counts as ultimate
  EXPECT_EQ(Owners(g, n[0], options)->results.size(), 1u);
  options.depth = 11;
  EXPECT_TRUE(Owners(g, n[0], options).status().IsInvalidArgument());
  EXPECT_TRUE(Owners(g, 42, {}).status().IsNotFound());
}

TEST(OwnersTest, NoOwnersIsEmpty) {
  Demo d;
  StatusOr<QueryResult> r = Owners(d.g, d.ntt, {});
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->results.empty());
}

}  // namespace
}  // namespace corpgraph
