// The corpgraph HTTP API as a pure function from request to response, independent of the
// HTTP library, so every route and error can be tested without sockets.
//
//   Api api(*store, ApiOptions{});
//   ApiResponse r = api.Handle({.method = "GET", .path = "/v1/entities/3"});
//   // r.status == 200, r.body is the entity card as JSON
//
// Errors are JSON {"error":{"code":"...","message":"..."}} with 400 (bad parameter, named),
// 401/403 (auth), 404 (unknown route, entity or document), 405 (known path, wrong method),
// 413, 415, 422, 503. Handle never throws and never answers 500 for user input.
// Thread-safety: Handle may be called concurrently; reads run in parallel, writes (POST,
// DELETE) are serialized and exclude reads, so readers never see half a document. Answers to
// GET requests are cached until the next successful write (ApiOptions::answer_cache_bytes).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <string>
#include <vector>

#include "server/answer_cache.h"
#include "server/params.h"
#include "store/graph_store.h"

namespace corpgraph::server {

struct ApiRequest {
  std::string method;  // "GET", "POST", ...
  std::string path;    // without the query string
  Params params;       // decoded query parameters
  std::string body;
  std::string content_type;   // of the body
  std::string authorization;  // the Authorization header, "" when absent
};

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  bool from_cache = false;  // answered from the answer cache (no traversal ran)
};

struct ApiOptions {
  std::string token;                     // bearer token for writes; writes refused when ""
  bool token_required_for_reads = false;  // set when bound to a non-loopback address
  std::size_t max_body_bytes = 20u << 20;  // larger POST bodies get 413
  int max_depth = 10;                     // deepest traversal a request may ask for
  int max_limit = 1000;                   // largest page size
  int max_results = 10000;                // cap on results of one traversal
  int request_timeout_ms = 5000;          // traversals running longer answer 400
  // Traversals read adjacency from an in-memory snapshot (compressed sparse rows) built at
  // start and rebuilt after every write; when false they scan RocksDB directly.
  bool adjacency_snapshot = true;
  // Successful GET answers are kept (least recently used out) up to this many bytes and
  // served again until the next write; 0 turns the cache off.
  std::size_t answer_cache_bytes = 64u << 20;
};

// One route of the API; the table drives both dispatch and the OpenAPI document.
struct Route {
  const char* method;
  const char* pattern;  // "/v1/entities/{id}"
  const char* summary;
  std::vector<const char*> query_params;
};
const std::vector<Route>& Routes();

class Api {
 public:
  // `store` must outlive the Api. Builds the adjacency snapshot when the options ask for it;
  // if that fails, traversals fall back to the store.
  Api(GraphStore& store, ApiOptions options);
  ~Api();

  ApiResponse Handle(const ApiRequest& request);

  // Judges a request from its head alone, before its body is read (`request.body` is
  // ignored): the answer Handle would give without looking at the body — 404/405 for an
  // unknown route or method, 401/403 when the token is missing or wrong, 415 for a write
  // whose declared content type is not accepted — or nullopt when the body should be read
  // and the request handled. Never blocks on the store. Thread-safe.
  std::optional<ApiResponse> Admit(const ApiRequest& request) const;

 private:
  // 401/403 when the request needs the bearer token (writes; every request off loopback) and
  // lacks it; nullopt when it may go on.
  std::optional<ApiResponse> RefuseUnauthorized(const ApiRequest& request, bool write) const;
  ApiResponse HandleWrite(const ApiRequest& request, const Route& route, const std::vector<std::string>& args);
  ApiResponse HandleRead(const ApiRequest& request, const Route& route, const std::vector<std::string>& args);
  ApiResponse Dispatch(const ApiRequest& request, const Route& route,
                       const std::vector<std::string>& path_args);

  // Rebuilds snapshot_ from the store. REQUIRES: lock_ held exclusively (or construction).
  void RefreshSnapshot();
  const GraphReader& reader() const;

  GraphStore& store_;
  ApiOptions options_;
  std::unique_ptr<GraphReader> snapshot_;  // null when disabled or not buildable
  AnswerCache answers_;     // cleared with every snapshot refresh
  std::shared_mutex lock_;  // shared for reads, exclusive for writes
};

// Compares two strings in time independent of where they differ (length aside).
bool ConstantTimeEquals(std::string_view a, std::string_view b);

}  // namespace corpgraph::server
