#include "server/api.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <mutex>

#include "graph/normalize.h"
#include "query/adjacency_snapshot.h"
#include "server/deadline_reader.h"
#include "server/handlers.h"

namespace corpgraph::server {
namespace {

using nlohmann::json;

// Splits "/v1/entities/3/owners" into segments; empty segments are dropped.
std::vector<std::string> Segments(std::string_view path) {
  std::vector<std::string> out;
  while (!path.empty()) {
    size_t slash = path.find('/');
    std::string_view part = path.substr(0, slash);
    if (!part.empty()) out.emplace_back(part);
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return out;
}

// True when `path` fits `pattern`; the values of its {placeholders} go to `args`.
bool MatchPattern(const std::vector<std::string>& path, const std::vector<std::string>& want,
                  std::vector<std::string>& args) {
  if (want.size() != path.size()) return false;
  std::vector<std::string> found;
  for (size_t i = 0; i < want.size(); ++i) {
    if (want[i].front() == '{') {
      found.push_back(path[i]);
    } else if (want[i] != path[i]) {
      return false;
    }
  }
  args = std::move(found);
  return true;
}

bool IsWrite(std::string_view method) { return method == "POST" || method == "DELETE"; }

}  // namespace

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  size_t n = std::max(a.size(), b.size());
  for (size_t i = 0; i < n; ++i) {
    unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
    unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
    diff |= x ^ y;
  }
  return diff == 0;
}

const std::vector<Route>& Routes() {
  static const std::vector<Route> kRoutes = {
      {"GET", "/", "The exploration page (HTML)", {}},
      {"GET", "/v1/health", "Liveness: {\"status\":\"ok\"}", {}},
      {"GET", "/v1/stats", "Counts by entity kind and relation type, documents, bytes on disk", {}},
      {"GET", "/v1/entities", "Search entities by name or alias prefix, paginated",
       {"q", "kind", "limit", "cursor"}},
      {"GET", "/v1/entities/{id}", "The entity card: aliases, kind, edges with evidence", {}},
      {"GET", "/v1/entities/{id}/dependencies", "What the entity depends on",
       {"depth", "rel", "min_percent", "format", "limit", "cursor"}},
      {"GET", "/v1/entities/{id}/exposure", "Who depends on the entity",
       {"depth", "rel", "min_percent", "format", "limit", "cursor"}},
      {"GET", "/v1/entities/{id}/owners", "Direct and indirect owners with effective fractions",
       {"depth", "ultimate", "format", "limit", "cursor"}},
      {"GET", "/v1/entities/{id}/subsidiaries", "Direct and indirect subsidiaries",
       {"depth", "ultimate", "format", "limit", "cursor"}},
      {"GET", "/v1/entities/{id}/neighbors", "Edges at the entity", {"dir", "rel", "format", "limit", "cursor"}},
      {"GET", "/v1/path", "Shortest chains between two entities",
       {"from", "to", "rel", "max", "format", "limit", "cursor"}},
      {"GET", "/v1/subgraph", "Ego network around an entity", {"around", "depth", "rel", "format", "max_per_rel"}},
      {"GET", "/v1/documents", "Stored documents", {}},
      {"POST", "/v1/documents", "Ingest a filing (text or HTML body)", {"filer", "form", "period", "name"}},
      {"DELETE", "/v1/documents/{id}", "Remove a document and what only it supported", {}},
      {"GET", "/v1/openapi.json", "This API as OpenAPI 3", {}},
  };
  return kRoutes;
}

Api::Api(GraphStore& store, ApiOptions options)
    : store_(store), options_(std::move(options)), answers_(options_.answer_cache_bytes) {
  RefreshSnapshot();
}

Api::~Api() = default;

void Api::RefreshSnapshot() {
  snapshot_.reset();
  if (!options_.adjacency_snapshot) return;
  StatusOr<std::unique_ptr<AdjacencySnapshot>> built = AdjacencySnapshot::Build(store_);
  if (built.ok()) snapshot_ = std::move(*built);
}

const GraphReader& Api::reader() const {
  return snapshot_ ? *snapshot_ : static_cast<const GraphReader&>(store_);
}

namespace {

struct RouteMatch {
  const Route* route = nullptr;   // null when nothing matched
  bool path_known = false;        // some route has this path (for 405 rather than 404)
  std::vector<std::string> args;  // values of the route's {placeholders}
};

// The route serving `method` on `path` (HEAD is served by GET routes).
RouteMatch MatchRoute(const std::string& method, std::string_view path) {
  static const std::vector<std::vector<std::string>> kPatternSegments = [] {
    std::vector<std::vector<std::string>> segments;
    for (const Route& route : Routes()) segments.push_back(Segments(route.pattern));
    return segments;
  }();
  std::vector<std::string> segments = Segments(path);
  RouteMatch match;
  for (size_t r = 0; r < Routes().size(); ++r) {
    const Route& route = Routes()[r];
    std::vector<std::string> args;
    if (!MatchPattern(segments, kPatternSegments[r], args)) continue;
    match.path_known = true;
    if (method == route.method || (method == "HEAD" && std::string_view(route.method) == "GET")) {
      match.route = &route;
      match.args = std::move(args);
      break;
    }
  }
  return match;
}

// The answer to a request no route takes: 405 when the path exists for other methods, else 404.
ApiResponse NoRoute(const ApiRequest& request, const RouteMatch& match) {
  if (match.path_known) {
    return ErrorResponse(405, "method_not_allowed", request.method + " is not allowed on " + request.path);
  }
  return ErrorResponse(404, "not_found", "no route " + request.path);
}

}  // namespace

std::optional<ApiResponse> Api::RefuseUnauthorized(const ApiRequest& request, bool write) const {
  if (!write && !options_.token_required_for_reads) return std::nullopt;
  if (options_.token.empty()) {
    return ErrorResponse(403, "writes_disabled", "writes are disabled: start the server with --token-file");
  }
  const std::string prefix = "Bearer ";
  std::string_view given = request.authorization;
  if (given.substr(0, prefix.size()) != prefix || !ConstantTimeEquals(given.substr(prefix.size()), options_.token)) {
    return ErrorResponse(401, "unauthorized", "missing or wrong bearer token");
  }
  return std::nullopt;
}

std::optional<ApiResponse> Api::Admit(const ApiRequest& request) const {
  try {
    RouteMatch match = MatchRoute(request.method, request.path);
    if (match.route == nullptr) return NoRoute(request, match);
    bool write = IsWrite(request.method);
    if (std::optional<ApiResponse> refused = RefuseUnauthorized(request, write)) return refused;
    if (request.method == "POST" && std::string_view(match.route->pattern) == "/v1/documents" &&
        !IsIngestibleContentType(request.content_type)) {
      return UnsupportedContentType(request.content_type);
    }
    return std::nullopt;
  } catch (const std::exception& e) {
    return ErrorResponse(500, "internal", std::string("internal error: ") + e.what());
  }
}

ApiResponse Api::Handle(const ApiRequest& request) {
  try {
    RouteMatch match = MatchRoute(request.method, request.path);
    if (match.route == nullptr) return NoRoute(request, match);
    bool write = IsWrite(request.method);
    if (std::optional<ApiResponse> refused = RefuseUnauthorized(request, write)) return std::move(*refused);
    return write ? HandleWrite(request, *match.route, match.args) : HandleRead(request, *match.route, match.args);
  } catch (const std::exception& e) {
    return ErrorResponse(500, "internal", std::string("internal error: ") + e.what());
  }
}

ApiResponse Api::HandleWrite(const ApiRequest& request, const Route& route, const std::vector<std::string>& args) {
  std::unique_lock lock(lock_);
  ApiResponse response = Dispatch(request, route, args);
  if (response.status < 300) {
    RefreshSnapshot();
    answers_.Clear();
  }
  return response;
}

// The cache is read and filled under the shared lock: a write (which clears it) cannot slip in
// between computing an answer and storing it.
ApiResponse Api::HandleRead(const ApiRequest& request, const Route& route, const std::vector<std::string>& args) {
  std::shared_lock lock(lock_);
  std::string key;
  if (answers_.enabled()) {
    key = AnswerCache::Key(request.path, request.params);
    if (std::optional<CachedAnswer> hit = answers_.Find(key)) {
      return ApiResponse{.status = 200, .content_type = hit->content_type, .body = *hit->body, .from_cache = true};
    }
  }
  ApiResponse response = Dispatch(request, route, args);
  if (answers_.enabled() && response.status == 200) {
    answers_.Store(key, CachedAnswer{response.content_type, std::make_shared<const std::string>(response.body)});
  }
  return response;
}

ApiResponse Api::Dispatch(const ApiRequest& request, const Route& route,
                          const std::vector<std::string>& args) {
  DeadlineReader reader_with_deadline(reader(), std::chrono::milliseconds(options_.request_timeout_ms));
  HandlerContext context{store_, reader_with_deadline, options_, request, args};
  std::string_view pattern = route.pattern;
  std::string_view method = route.method;
  if (pattern == "/") return HandlePage(context);
  if (pattern == "/v1/health") return JsonResponse(200, json{{"status", "ok"}});
  if (pattern == "/v1/openapi.json") return HandleOpenApi(context);
  if (pattern == "/v1/stats") return HandleStats(context);
  if (pattern == "/v1/entities") return HandleSearch(context);
  if (pattern == "/v1/entities/{id}") return HandleEntityCard(context);
  if (pattern == "/v1/documents" && method == "GET") return HandleListDocuments(context);
  if (pattern == "/v1/documents" && method == "POST") return HandleIngest(context);
  if (pattern == "/v1/documents/{id}") return HandleRemove(context);
  return HandleQuery(context, pattern);
}

}  // namespace corpgraph::server
