#include <string>

#include "server/handlers.h"

namespace corpgraph::server {
namespace {

using nlohmann::json;

json ParameterSpec(const std::string& name, bool in_path) {
  json schema{{"type", "string"}};
  if (name == "depth" || name == "limit" || name == "max") schema = {{"type", "integer"}, {"minimum", 1}};
  if (name == "cursor") schema = {{"type", "string"}, {"description", "next_cursor of the previous page"}};
  if (name == "min_percent") schema = {{"type", "number"}, {"minimum", 0}, {"maximum", 100}};
  if (name == "format") schema = {{"type", "string"}, {"enum", {"json", "dot", "svg"}}};
  if (name == "dir") schema = {{"type", "string"}, {"enum", {"in", "out", "both"}}};
  if (name == "max_per_rel") {
    schema = {{"type", "integer"}, {"minimum", 0}, {"default", 10},
              {"description", "diagrams: neighbours drawn per relation, the rest counted; 0 draws all"}};
  }
  if (name == "ultimate") schema = {{"type", "boolean"}};
  return json{{"name", name}, {"in", in_path ? "path" : "query"}, {"required", in_path},
              {"schema", schema}};
}

json ErrorSchema() {
  return json{{"type", "object"},
              {"properties",
               {{"error",
                 {{"type", "object"},
                  {"properties", {{"code", {{"type", "string"}}}, {"message", {{"type", "string"}}}}}}}}}};
}

}  // namespace

ApiResponse HandleOpenApi(const HandlerContext& /*context*/) {
  json paths = json::object();
  for (const Route& route : Routes()) {
    std::string method = route.method;
    for (char& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    json op{{"summary", route.summary}};
    json parameters = json::array();
    std::string pattern = route.pattern;
    for (size_t open = pattern.find('{'); open != std::string::npos; open = pattern.find('{', open + 1)) {
      size_t close = pattern.find('}', open);
      parameters.push_back(ParameterSpec(pattern.substr(open + 1, close - open - 1), true));
    }
    for (const char* p : route.query_params) parameters.push_back(ParameterSpec(p, false));
    if (!parameters.empty()) op["parameters"] = parameters;
    json ok{{"description", "OK"}};
    if (method == "get") {
      ok["headers"] = {{"X-Cache",
                        {{"description", "hit: answered from the answer cache (no write since it was computed); miss: computed now"},
                         {"schema", {{"type", "string"}, {"enum", {"hit", "miss"}}}}}}};
    }
    json responses{{"200", ok},
                   {"400", {{"description", "A parameter is malformed or out of range (the message names it)"},
                            {"content", {{"application/json", {{"schema", ErrorSchema()}}}}}}},
                   {"404", {{"description", "Unknown entity, document or route"}}}};
    if (method == "post" || method == "delete") {
      responses["401"] = {{"description", "Missing or wrong bearer token"}};
      responses["403"] = {{"description", "Writes are disabled (no token file)"}};
    }
    if (method == "post") {
      op["requestBody"] = {{"required", true},
                           {"content", {{"text/plain", json::object()}, {"text/html", json::object()}}}};
      responses["201"] = {{"description", "Ingested"}};
      responses["413"] = {{"description", "Body larger than the server's limit"}};
      responses["415"] = {{"description", "Unsupported content type"}};
      responses["422"] = {{"description", "The document cannot be read (binary, invalid UTF-8, empty)"}};
    }
    op["responses"] = responses;
    paths[route.pattern][method] = op;
  }
  json doc{{"openapi", "3.0.3"},
           {"info", {{"title", "corpgraph API"}, {"version", "1"},
                     {"description", "Corporate relationship graph built from SEC filings."}}},
           {"paths", paths},
           {"components", {{"securitySchemes", {{"bearer", {{"type", "http"}, {"scheme", "bearer"}}}}}}}};
  return JsonResponse(200, doc);
}

}  // namespace corpgraph::server
