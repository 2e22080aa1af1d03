#include <nlohmann/json.hpp>

#include <cctype>

#include "ingest/ingest.h"
#include "server/handlers.h"

namespace corpgraph::server {
namespace {

using nlohmann::json;

// A document name is recorded, never used as a path; still, names that look like paths are
// refused so that nothing downstream (exports, logs) can be misled by them.
bool IsPlainFileName(std::string_view name) {
  return !name.empty() && name.size() <= 255 && name.find('/') == std::string_view::npos &&
         name.find('\\') == std::string_view::npos && name != "." && name != ".." &&
         name.find('\0') == std::string_view::npos;
}

}  // namespace

bool IsIngestibleContentType(std::string_view content_type) {
  std::string base(content_type.substr(0, content_type.find(';')));
  while (!base.empty() && base.back() == ' ') base.pop_back();
  for (char& c : base) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return base.empty() || base == "text/plain" || base == "text/html" || base == "text/markdown" ||
         base == "application/xhtml+xml" || base == "application/octet-stream" ||
         base == "application/x-www-form-urlencoded";
}

ApiResponse UnsupportedContentType(const std::string& content_type) {
  return ErrorResponse(415, "unsupported_media_type",
                       "content type '" + content_type +
                           "' is not supported; send text/plain, text/markdown, text/html, "
                           "application/xhtml+xml, application/octet-stream or "
                           "application/x-www-form-urlencoded (the body is the filing itself)");
}

ApiResponse HandleIngest(const HandlerContext& context) {
  const ApiRequest& request = context.request;
  if (request.body.size() > context.options.max_body_bytes) {
    return ErrorResponse(413, "too_large", "request body larger than the server's limit of " +
                                               std::to_string(context.options.max_body_bytes) + " bytes");
  }
  if (!IsIngestibleContentType(request.content_type)) return UnsupportedContentType(request.content_type);
  IngestOptions options;
  options.name = StringParam(request.params, "name").value_or("posted-document");
  if (!IsPlainFileName(options.name)) {
    return ErrorResponse(400, "bad_request", "parameter 'name' must be a plain file name, not a path");
  }
  options.filer = StringParam(request.params, "filer").value_or("");
  options.form = StringParam(request.params, "form").value_or("");
  options.period = StringParam(request.params, "period").value_or("");
  StatusOr<IngestSummary> summary = IngestDocument(context.store, request.body, options);
  if (!summary.ok()) {
    if (summary.status().code() == StatusCode::kInvalidArgument) {
      return ErrorResponse(422, "unreadable_document", summary.status().message());
    }
    return StatusResponse(summary.status(), /*for_body=*/true);
  }
  const IngestResult& stored = summary->stored;
  json body{{"document", {{"id", summary->document.id},
                          {"name", summary->document.name},
                          {"sha256", summary->document.sha256},
                          {"filer", summary->document.filer},
                          {"form", summary->document.form},
                          {"period", summary->document.period},
                          {"format", summary->document.format}}},
            {"already_present", stored.already_present},
            {"entities_added", stored.entities_added},
            {"edges_added", stored.edges_added},
            {"evidence_added", stored.evidence_added},
            {"extracted", {{"entities_by_kind", summary->entities_by_kind},
                           {"edges_by_relation", summary->edges_by_relation}}}};
  return JsonResponse(stored.already_present ? 200 : 201, body);
}

ApiResponse HandleRemove(const HandlerContext& context) {
  const std::string& id = context.path_args.at(0);
  Status removed = context.store.RemoveDocument(id);
  if (!removed.ok()) return StatusResponse(removed);
  return JsonResponse(200, json{{"removed", id}});
}

}  // namespace corpgraph::server
