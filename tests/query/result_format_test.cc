#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "query/query.h"
#include "tests/query/query_test_graphs.h"

namespace corpgraph {
namespace {

using testing_graphs::Demo;

TEST(ResultJsonTest, ShapeParsesBack) {
  Demo d;
  StatusOr<QueryResult> r = Owners(d.g, d.trust, {});
  ASSERT_TRUE(r.ok());
  nlohmann::json j = nlohmann::json::parse(ResultToJson(*r));
  EXPECT_EQ(j["query"]["type"], "owners");
  EXPECT_EQ(j["query"]["entity"]["name"], "Trust Networks Inc.");
  EXPECT_EQ(j["query"]["entity"]["kind"], "company");
  EXPECT_EQ(j["query"]["entity"]["id"], d.trust);
  ASSERT_TRUE(j["results"].is_array());
  ASSERT_EQ(j["results"].size(), 2u);
  const nlohmann::json& ntt = j["results"][1];
  EXPECT_EQ(ntt["entity"]["name"], "Nippon Telegraph and Telephone Corporation");
  EXPECT_EQ(ntt["hops"], 2);
  EXPECT_NEAR(ntt["weight"].get<double>(), 0.213855, 1e-9);
  EXPECT_EQ(ntt["chains"], 1);
  ASSERT_EQ(ntt["chain"].size(), 2u);
  const nlohmann::json& link = ntt["chain"][0];
  EXPECT_EQ(link["src"], d.ntt);
  EXPECT_EQ(link["rel"], "owns");
  EXPECT_EQ(link["dst"], d.iij);
  EXPECT_EQ(link["src_name"], "Nippon Telegraph and Telephone Corporation");
  EXPECT_DOUBLE_EQ(link["percent"].get<double>(), 26.9);
  EXPECT_EQ(link["evidence"]["document"], "doc1");
  EXPECT_EQ(link["evidence"]["begin"], 10);
  EXPECT_EQ(link["evidence"]["sentence"], "NTT owns 26.9% of our shares.");
  EXPECT_TRUE(j["notes"].is_array());
}

TEST(ResultJsonTest, NullsForUnknownWeightPercentAndEvidence) {
  Demo d;
  StatusOr<QueryResult> r = Dependencies(d.g, d.iij, {});
  ASSERT_TRUE(r.ok());
  nlohmann::json j = nlohmann::json::parse(ResultToJson(*r, -1));
  for (const nlohmann::json& row : j["results"]) {
    ASSERT_TRUE(row["entity"].contains("id"));
    ASSERT_TRUE(row["weight"].is_number());
    EXPECT_FALSE(row.contains("chains"));
    if (row["entity"]["name"] == "Ministry of Internal Affairs and Communications") {
      EXPECT_EQ(row["entity"]["kind"], "government");
      EXPECT_TRUE(row["chain"][0]["percent"].is_null());
      EXPECT_TRUE(row["chain"][0]["evidence"].is_null());
    }
  }
  PathOptions options;
  r = ShortestPaths(d.g, d.kddi, d.ntt, options);
  ASSERT_TRUE(r.ok());
  j = nlohmann::json::parse(ResultToJson(*r));
  EXPECT_EQ(j["query"]["target"]["name"], "Nippon Telegraph and Telephone Corporation");
  EXPECT_EQ(j["results"][0]["hops"], 2);
}

TEST(ResultTableTest, ReadableRowsAndChains) {
  Demo d;
  StatusOr<QueryResult> r = Owners(d.g, d.trust, {});
  ASSERT_TRUE(r.ok());
  std::ostringstream out;
  WriteResultTable(*r, out);
  std::string text = out.str();
  EXPECT_NE(text.find("owners of Trust Networks Inc. (relations: owns): 2 results"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("0.2139"), std::string::npos) << text;
  EXPECT_NE(text.find("Nippon Telegraph and Telephone Corporation -[owns 26.9%]-> Internet "
                      "Initiative Japan Inc. -[owns 79.5%]-> Trust Networks Inc."),
            std::string::npos)
      << text;
}

}  // namespace
}  // namespace corpgraph
