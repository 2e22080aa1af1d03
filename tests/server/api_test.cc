#include "server/api.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_graph.h"

namespace corpgraph::server {
namespace {

using nlohmann::json;
using corpgraph::testing::OpenStoreWithHarbor;
using corpgraph::testing::TempDir;

constexpr char kToken[] = "0123456789abcdef-test-token";

class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = OpenStoreWithHarbor(dir_.path("db"));
    ASSERT_NE(store_, nullptr);
    ApiOptions options;
    options.token = kToken;
    options.max_body_bytes = 64 * 1024;
    api_ = std::make_unique<Api>(*store_, options);
  }

  ApiResponse Get(const std::string& path, Params params = {}) {
    return api_->Handle({.method = "GET", .path = path, .params = std::move(params)});
  }
  static json Body(const ApiResponse& r) { return json::parse(r.body); }
  static std::string ErrorMessage(const ApiResponse& r) {
    return Body(r)["error"]["message"].get<std::string>();
  }
  std::string IdOf(const std::string& name) { return std::to_string(*store_->FindEntity(name)); }

  TempDir dir_;
  std::unique_ptr<GraphStore> store_;
  std::unique_ptr<Api> api_;
};

TEST_F(ApiTest, HealthAndStats) {
  EXPECT_EQ(Body(Get("/v1/health"))["status"], "ok");
  ApiResponse stats = Get("/v1/stats");
  ASSERT_EQ(stats.status, 200) << stats.body;
  EXPECT_EQ(Body(stats)["entities"], 5);
  EXPECT_EQ(Body(stats)["edges_by_relation"]["owns"], 1);
}

TEST_F(ApiTest, UnknownRoutesAndWrongMethods) {
  ApiResponse missing = Get("/v1/nothing");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(Body(missing)["error"]["code"], "not_found");
  EXPECT_EQ(api_->Handle({.method = "PUT", .path = "/v1/entities"}).status, 405);
  EXPECT_EQ(api_->Handle({.method = "DELETE", .path = "/v1/health"}).status, 405);
}

TEST_F(ApiTest, SearchByPrefixPaginates) {
  ApiResponse all = Get("/v1/entities", {{"q", "harb"}});
  ASSERT_EQ(all.status, 200) << all.body;
  EXPECT_EQ(Body(all)["results"].size(), 2u);
  ApiResponse first = Get("/v1/entities", {{"q", "harbor"}, {"limit", "1"}});
  json page = Body(first);
  ASSERT_EQ(page["results"].size(), 1u);
  ASSERT_TRUE(page["next_cursor"].is_string());
  json second = Body(Get("/v1/entities", {{"q", "harbor"}, {"limit", "1"}, {"cursor", page["next_cursor"]}}));
  ASSERT_EQ(second["results"].size(), 1u);
  EXPECT_NE(second["results"][0]["id"], page["results"][0]["id"]);
  EXPECT_TRUE(second["next_cursor"].is_null());
  EXPECT_EQ(Body(Get("/v1/entities", {{"kind", "government"}}))["results"].size(), 1u);
  EXPECT_EQ(Get("/v1/entities", {{"kind", "planet"}}).status, 400);
  EXPECT_EQ(Get("/v1/entities", {{"limit", "0"}}).status, 400);
}

TEST_F(ApiTest, EntityCardByIdOrNameWithEvidence) {
  ApiResponse card = Get("/v1/entities/" + IdOf("Harbor Holdings"));
  ASSERT_EQ(card.status, 200) << card.body;
  json body = Body(card);
  EXPECT_EQ(body["name"], "Harbor Holdings Inc.");
  EXPECT_EQ(body["out"].size(), 2u);  // owns, competes
  EXPECT_EQ(body["in"].size(), 2u);   // supplies, regulates
  bool found_owns = false;
  for (const json& e : body["out"]) {
    if (e["rel"] == "owns") {
      found_owns = true;
      EXPECT_DOUBLE_EQ(e["percent"].get<double>(), 80);
      EXPECT_EQ(e["evidence"][0]["sentence"], "Harbor owns 80% of Harbor Europe Ltd.");
    }
  }
  EXPECT_TRUE(found_owns);
  EXPECT_EQ(Get("/v1/entities/harbor").status, 200);
  ApiResponse unknown = Get("/v1/entities/Nonexistent%20Corp");
  EXPECT_EQ(unknown.status, 404);
  EXPECT_EQ(Body(unknown)["error"]["code"], "not_found");
}

TEST_F(ApiTest, QueriesAnswerAndRejectBadParameters) {
  std::string harbor = IdOf("Harbor Holdings");
  ApiResponse deps = Get("/v1/entities/" + harbor + "/dependencies");
  ASSERT_EQ(deps.status, 200) << deps.body;
  json deps_body = Body(deps);
  std::set<std::string> names;
  for (const json& r : deps_body["results"]) names.insert(r["entity"]["name"].get<std::string>());
  EXPECT_TRUE(names.count("Northwind Carriers Corp.")) << deps.body;
  EXPECT_TRUE(names.count("Widget Regulatory Agency"));

  EXPECT_EQ(deps_body["total"], 3);
  EXPECT_TRUE(deps_body["next_cursor"].is_null());
  json first_page = Body(Get("/v1/entities/" + harbor + "/dependencies", {{"limit", "2"}}));
  ASSERT_EQ(first_page["results"].size(), 2u);
  ASSERT_EQ(first_page["next_cursor"], "2");
  json second_page = Body(Get("/v1/entities/" + harbor + "/dependencies", {{"limit", "2"}, {"cursor", "2"}}));
  ASSERT_EQ(second_page["results"].size(), 1u);
  EXPECT_EQ(second_page["results"][0]["entity"], deps_body["results"][2]["entity"]);
  EXPECT_TRUE(second_page["next_cursor"].is_null());
  EXPECT_EQ(Get("/v1/entities/" + harbor + "/dependencies", {{"limit", "0"}}).status, 400);
  EXPECT_EQ(Get("/v1/entities/" + harbor + "/dependencies", {{"cursor", "-5"}}).status, 400);

  ApiResponse owners = Get("/v1/entities/" + IdOf("Harbor Europe") + "/owners");
  ASSERT_EQ(owners.status, 200) << owners.body;
  EXPECT_DOUBLE_EQ(Body(owners)["results"][0]["weight"].get<double>(), 0.8);

  ApiResponse deep = Get("/v1/entities/" + harbor + "/dependencies", {{"depth", "1000"}});
  EXPECT_EQ(deep.status, 400);
  EXPECT_NE(ErrorMessage(deep).find("depth"), std::string::npos);
  EXPECT_EQ(Get("/v1/entities/" + harbor + "/exposure", {{"depth", "-1"}}).status, 400);
  EXPECT_EQ(Get("/v1/entities/" + harbor + "/exposure", {{"rel", "likes"}}).status, 400);
  EXPECT_EQ(Get("/v1/entities/" + harbor + "/dependencies", {{"min_percent", "abc"}}).status, 400);
  EXPECT_EQ(Get("/v1/entities/" + harbor + "/neighbors", {{"dir", "sideways"}}).status, 400);
  EXPECT_EQ(Get("/v1/entities/" + harbor + "/neighbors", {{"dir", "out"}}).status, 200);

  ApiResponse path = Get("/v1/path", {{"from", "Northwind Carriers"}, {"to", "Harbor Europe"}});
  ASSERT_EQ(path.status, 200) << path.body;
  EXPECT_EQ(Body(path)["results"][0]["hops"], 2);
  EXPECT_EQ(Get("/v1/path", {{"from", "Northwind Carriers"}}).status, 400);
  EXPECT_EQ(Get("/v1/path", {{"from", "Northwind Carriers"}, {"to", "Nobody"}}).status, 404);
}

TEST_F(ApiTest, SubgraphAsJsonDotAndSvg) {
  ApiResponse json_graph = Get("/v1/subgraph", {{"around", "Harbor"}, {"depth", "1"}});
  ASSERT_EQ(json_graph.status, 200) << json_graph.body;
  EXPECT_EQ(Body(json_graph)["nodes"].size(), 5u);
  EXPECT_EQ(Body(json_graph)["edges"].size(), 4u);
  ApiResponse only_owns = Get("/v1/subgraph", {{"around", "Harbor"}, {"rel", "owns"}});
  EXPECT_EQ(Body(only_owns)["edges"].size(), 1u);
  ApiResponse dot = Get("/v1/subgraph", {{"around", "Harbor"}, {"format", "dot"}});
  ASSERT_EQ(dot.status, 200);
  EXPECT_NE(dot.body.find("digraph"), std::string::npos);
  EXPECT_NE(dot.body.find("Northwind Carriers Corp."), std::string::npos);
  ApiResponse svg = Get("/v1/entities/" + IdOf("Harbor Europe") + "/owners", {{"format", "svg"}});
  ASSERT_EQ(svg.status, 200) << svg.body;
  EXPECT_EQ(svg.content_type, "image/svg+xml");
  EXPECT_NE(svg.body.find("<svg"), std::string::npos);
  EXPECT_EQ(Get("/v1/subgraph", {{"around", "Harbor"}, {"format", "gif"}}).status, 400);
  EXPECT_EQ(Get("/v1/subgraph", {}).status, 400);
  EXPECT_EQ(Get("/v1/subgraph", {{"around", "Harbor"}, {"depth", "11"}}).status, 400);
}

TEST_F(ApiTest, TraversalsPastTheTimeLimitAnswer400) {
  ApiOptions options;
  options.request_timeout_ms = -1;  // every deadline has passed before the first step
  Api hurried(*store_, options);
  ApiResponse r = hurried.Handle({.method = "GET", .path = "/v1/entities/Harbor/dependencies"});
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(ErrorMessage(r).find("time limit"), std::string::npos) << r.body;
  EXPECT_EQ(hurried.Handle({.method = "GET", .path = "/v1/path", .params = {{"from", "Harbor"}, {"to", "Rival Systems"}}}).status, 400);
}

TEST_F(ApiTest, WritesNeedTheToken) {
  ApiRequest post{.method = "POST", .path = "/v1/documents",
                  .body = "Lakeside Foods Inc. (\"Lakeside\") owns 55% of Pine Bakery Ltd.",
                  .content_type = "text/plain"};
  EXPECT_EQ(api_->Handle(post).status, 401);
  post.authorization = "Bearer wrong-token-wrong-token";
  EXPECT_EQ(api_->Handle(post).status, 401);

  ApiOptions no_token;
  Api read_only(*store_, no_token);
  post.authorization = std::string("Bearer ") + kToken;
  EXPECT_EQ(read_only.Handle(post).status, 403);

  ApiOptions private_reads;
  private_reads.token = kToken;
  private_reads.token_required_for_reads = true;
  Api guarded(*store_, private_reads);
  EXPECT_EQ(guarded.Handle({.method = "GET", .path = "/v1/stats"}).status, 401);
  EXPECT_EQ(guarded.Handle({.method = "GET", .path = "/v1/stats", .authorization = post.authorization}).status, 200);
}

// The transport asks Admit before reading a body: the head alone decides route, token and
// declared type, so a write without the token is refused whatever body it would send.
TEST_F(ApiTest, AdmitJudgesTheHeadBeforeTheBody) {
  ApiRequest head{.method = "POST", .path = "/v1/documents", .content_type = "application/x-www-form-urlencoded"};
  std::optional<ApiResponse> refused = api_->Admit(head);
  ASSERT_TRUE(refused.has_value());
  EXPECT_EQ(refused->status, 401);
  EXPECT_EQ(Body(*refused)["error"]["code"], "unauthorized");
  head.authorization = "Bearer not-the-token-at-all";
  EXPECT_EQ(api_->Admit(head)->status, 401);

  // With the token, curl's default form type is taken as the raw filing; image/png is not.
  head.authorization = std::string("Bearer ") + kToken;
  EXPECT_FALSE(api_->Admit(head).has_value());
  head.content_type = "image/png";
  ASSERT_TRUE(api_->Admit(head).has_value());
  EXPECT_EQ(api_->Admit(head)->status, 415);
  EXPECT_NE(ErrorMessage(*api_->Admit(head)).find("text/plain"), std::string::npos);

  EXPECT_FALSE(api_->Admit({.method = "GET", .path = "/v1/health"}).has_value());
  EXPECT_EQ(api_->Admit({.method = "GET", .path = "/v1/nothing"})->status, 404);
  EXPECT_EQ(api_->Admit({.method = "PUT", .path = "/v1/entities"})->status, 405);
  ApiOptions no_token;
  Api read_only(*store_, no_token);
  EXPECT_EQ(read_only.Admit({.method = "DELETE", .path = "/v1/documents/abc"})->status, 403);
}

TEST_F(ApiTest, IngestTakesTheBodyWhateverFormTypeCurlDeclares) {
  ApiResponse created = api_->Handle({.method = "POST", .path = "/v1/documents", .params = {{"name", "form.txt"}},
                                      .body = "Lakeside Foods Inc. (\"Lakeside\") competes with Orchard Brands Inc.\n",
                                      .content_type = "application/x-www-form-urlencoded",
                                      .authorization = std::string("Bearer ") + kToken});
  EXPECT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(Get("/v1/entities/Orchard Brands").status, 200);
}

TEST_F(ApiTest, IngestAndRemoveDocuments) {
  std::string auth = std::string("Bearer ") + kToken;
  ApiRequest post{.method = "POST", .path = "/v1/documents", .params = {{"name", "lakeside.txt"}},
                  .body = "Lakeside Foods Inc. (\"Lakeside\") competes with Orchard Brands Inc. and "
                          "Meadow Grocers Corporation.\n",
                  .content_type = "text/plain", .authorization = auth};
  ApiResponse created = api_->Handle(post);
  ASSERT_EQ(created.status, 201) << created.body;
  std::string id = Body(created)["document"]["id"];
  ApiResponse again = api_->Handle(post);
  EXPECT_EQ(again.status, 200);
  EXPECT_TRUE(Body(again)["already_present"].get<bool>());
  EXPECT_EQ(Body(Get("/v1/documents"))["results"].size(), 2u);
  // Traversals see the new document at once (the adjacency snapshot was rebuilt).
  ApiResponse neighbors = Get("/v1/entities/Lakeside Foods/neighbors");
  ASSERT_EQ(neighbors.status, 200) << neighbors.body;
  EXPECT_EQ(Body(neighbors)["results"].size(), 2u) << neighbors.body;

  ApiRequest remove{.method = "DELETE", .path = "/v1/documents/" + id, .authorization = auth};
  EXPECT_EQ(api_->Handle(remove).status, 200);
  EXPECT_EQ(api_->Handle(remove).status, 404);
  EXPECT_EQ(Body(Get("/v1/documents"))["results"].size(), 1u);
  EXPECT_EQ(Get("/v1/entities/Lakeside Foods/neighbors").status, 404);
}

TEST_F(ApiTest, AnswersAreCachedUntilTheNextSuccessfulWrite) {
  std::string auth = std::string("Bearer ") + kToken;
  auto ingest = [&](const std::string& name, const std::string& text) {
    return api_->Handle({.method = "POST", .path = "/v1/documents", .params = {{"name", name}},
                         .body = text, .content_type = "text/plain", .authorization = auth});
  };
  ASSERT_EQ(ingest("a.txt", "Lakeside Foods Inc. competes with Orchard Brands Inc.\n").status, 201);
  const std::string path = "/v1/entities/Lakeside Foods/neighbors";
  ApiResponse first = Get(path);
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_FALSE(first.from_cache);
  EXPECT_EQ(Body(first)["results"].size(), 1u);
  ApiResponse second = Get(path);
  EXPECT_TRUE(second.from_cache);
  EXPECT_EQ(second.body, first.body);
  EXPECT_FALSE(Get(path, {{"dir", "out"}}).from_cache) << "other parameters are another answer";

  // A refused write changes nothing, so the cached answer stays.
  EXPECT_EQ(ingest("empty.txt", "").status, 422);
  EXPECT_TRUE(Get(path).from_cache);

  // A stored write makes every cached answer stale.
  ASSERT_EQ(ingest("b.txt", "Lakeside Foods Inc. competes with Meadow Grocers Corporation.\n").status, 201);
  ApiResponse after = Get(path);
  EXPECT_FALSE(after.from_cache);
  EXPECT_EQ(Body(after)["results"].size(), 2u) << after.body;

  // Errors are computed every time.
  EXPECT_EQ(Get("/v1/entities/No Such Company/neighbors").status, 404);
  EXPECT_FALSE(Get("/v1/entities/No Such Company/neighbors").from_cache);
}

TEST_F(ApiTest, CacheCanBeTurnedOff) {
  ApiOptions options;
  options.answer_cache_bytes = 0;
  Api uncached(*store_, options);
  ApiRequest stats{.method = "GET", .path = "/v1/stats"};
  EXPECT_EQ(uncached.Handle(stats).status, 200);
  EXPECT_FALSE(uncached.Handle(stats).from_cache);
}

TEST_F(ApiTest, BadDocumentsAreRefusedAndStoreUnchanged) {
  std::string auth = std::string("Bearer ") + kToken;
  std::string before = Get("/v1/stats").body;
  auto post = [&](std::string body, std::string type, Params params = {}) {
    return api_->Handle({.method = "POST", .path = "/v1/documents", .params = std::move(params),
                         .body = std::move(body), .content_type = std::move(type), .authorization = auth});
  };
  EXPECT_EQ(post("\x89PNG\r\n\x1a\n", "image/png").status, 415);
  EXPECT_EQ(post("", "text/plain").status, 422);
  EXPECT_EQ(post(std::string("abc\0def", 7), "text/plain").status, 422);
  EXPECT_EQ(post("caf\xe9", "text/plain").status, 422);
  EXPECT_EQ(post(std::string(65 * 1024, 'a'), "text/plain").status, 413);
  EXPECT_EQ(post("Acme Inc. owns Beta Corp.", "text/plain", {{"name", "../../etc/passwd"}}).status, 400);
  EXPECT_EQ(Get("/v1/stats").body, before);
}

TEST_F(ApiTest, OpenApiDescribesExactlyTheServedRoutes) {
  ApiResponse spec = Get("/v1/openapi.json");
  ASSERT_EQ(spec.status, 200);
  json doc = Body(spec);
  EXPECT_EQ(doc["openapi"], "3.0.3");
  size_t operations = 0;
  std::string harbor = IdOf("Harbor Holdings");
  for (const auto& [pattern, methods] : doc["paths"].items()) {
    for (const auto& [method, op] : methods.items()) {
      ++operations;
      std::string path = pattern;
      if (size_t at = path.find("{id}"); at != std::string::npos) path.replace(at, 4, harbor);
      std::string upper = method;
      for (char& c : upper) c = static_cast<char>(std::toupper(c));
      ApiResponse r = api_->Handle({.method = upper, .path = path, .params = {{"from", "Harbor"}, {"to", "Rival Systems"}, {"around", "Harbor"}}});
      EXPECT_NE(r.status, 405) << upper << " " << path;
      if (method == "get") {
        EXPECT_TRUE(op["responses"]["200"]["headers"].contains("X-Cache")) << path << ": the cache header is documented";
      }
      if (r.status == 404) {
        EXPECT_EQ(r.body.find("no route"), std::string::npos) << upper << " " << path;
      }
    }
  }
  EXPECT_EQ(operations, Routes().size());
}

TEST_F(ApiTest, PageIsServed) {
  ApiResponse page = Get("/");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.content_type.find("text/html"), std::string::npos);
  EXPECT_NE(page.body.find("/v1/entities"), std::string::npos);
}

}  // namespace
}  // namespace corpgraph::server
