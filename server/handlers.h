// Route handlers of the API (internal to server/). Each takes the request context and
// returns a response; none throws.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "server/api.h"

namespace corpgraph::server {

struct HandlerContext {
  GraphStore& store;          // for writes, documents and statistics
  const GraphReader& reader;  // for traversals: the adjacency snapshot when there is one
  const ApiOptions& options;
  const ApiRequest& request;
  const std::vector<std::string>& path_args;  // values of the route's {placeholders}
};

ApiResponse JsonResponse(int status, const nlohmann::json& body);
ApiResponse ErrorResponse(int status, std::string_view code, const std::string& message);
// Maps a non-OK Status to its HTTP answer: InvalidArgument 400, NotFound 404,
// ResourceExhausted 413 when `for_body` else 400, FailedPrecondition 409, Unavailable 503,
// anything else 500 (a storage failure, never user input).
ApiResponse StatusResponse(const Status& status, bool for_body = false);

// Resolves the {id} path argument (numeric id, name or alias) or answers 404.
StatusOr<EntityId> ResolveEntityArg(const HandlerContext& context, const std::string& arg);

nlohmann::json EntityJson(const Entity& entity);
nlohmann::json EvidenceJson(const Evidence& evidence);

// True for the content types a POSTed document may declare: none, text/plain, text/markdown,
// text/html, application/xhtml+xml, application/octet-stream, and
// application/x-www-form-urlencoded (curl's default for --data-binary; the body is taken as
// the raw filing, never form-decoded). Parameters after ';' are ignored.
bool IsIngestibleContentType(std::string_view content_type);
// The 415 answer for `content_type`, naming the accepted types.
ApiResponse UnsupportedContentType(const std::string& content_type);

ApiResponse HandlePage(const HandlerContext& context);
ApiResponse HandleOpenApi(const HandlerContext& context);
ApiResponse HandleStats(const HandlerContext& context);
ApiResponse HandleSearch(const HandlerContext& context);
ApiResponse HandleEntityCard(const HandlerContext& context);
ApiResponse HandleListDocuments(const HandlerContext& context);
ApiResponse HandleIngest(const HandlerContext& context);
ApiResponse HandleRemove(const HandlerContext& context);
// dependencies, exposure, owners, subsidiaries, neighbors, path, subgraph.
ApiResponse HandleQuery(const HandlerContext& context, std::string_view pattern);

}  // namespace corpgraph::server
