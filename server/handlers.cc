#include "server/handlers.h"

#include <algorithm>
#include <charconv>

#include "graph/normalize.h"

namespace corpgraph::server {

using nlohmann::json;

ApiResponse JsonResponse(int status, const json& body) {
  ApiResponse response;
  response.status = status;
  response.body = body.dump(-1, ' ', false, json::error_handler_t::replace);
  return response;
}

ApiResponse ErrorResponse(int status, std::string_view code, const std::string& message) {
  return JsonResponse(status, json{{"error", {{"code", code}, {"message", message}}}});
}

ApiResponse StatusResponse(const Status& status, bool for_body) {
  switch (status.code()) {
    case StatusCode::kInvalidArgument: return ErrorResponse(400, "bad_request", status.message());
    case StatusCode::kNotFound: return ErrorResponse(404, "not_found", status.message());
    case StatusCode::kResourceExhausted:
      return for_body ? ErrorResponse(413, "too_large", status.message())
                      : ErrorResponse(400, "limit_exceeded", status.message());
    case StatusCode::kFailedPrecondition: return ErrorResponse(409, "conflict", status.message());
    case StatusCode::kUnavailable: return ErrorResponse(503, "unavailable", status.message());
    default: return ErrorResponse(500, "internal", status.ToString());
  }
}

StatusOr<EntityId> ResolveEntityArg(const HandlerContext& context, const std::string& arg) {
  return context.reader.FindEntity(arg);
}

json EntityJson(const Entity& entity) {
  return json{{"id", entity.id},
              {"name", entity.name},
              {"kind", EntityKindName(entity.kind)},
              {"aliases", entity.aliases}};
}

json EvidenceJson(const Evidence& evidence) {
  return json{{"document", evidence.document}, {"begin", evidence.begin},
              {"end", evidence.end},           {"sentence", evidence.sentence},
              {"section", evidence.section},   {"rule", evidence.rule},
              {"confidence", evidence.confidence}};
}

ApiResponse HandleStats(const HandlerContext& context) {
  StatusOr<StoreStats> stats = context.store.Stats();
  if (!stats.ok()) return StatusResponse(stats.status());
  return JsonResponse(200, json{{"documents", stats->documents},
                                {"entities", stats->entities},
                                {"edges", stats->edges},
                                {"evidence", stats->evidence},
                                {"entities_by_kind", stats->entities_by_kind},
                                {"edges_by_relation", stats->edges_by_relation},
                                {"bytes_on_disk", stats->bytes_on_disk}});
}

ApiResponse HandleSearch(const HandlerContext& context) {
  const Params& params = context.request.params;
  StatusOr<long long> limit = IntParam(params, "limit", 50, 1, context.options.max_limit);
  if (!limit.ok()) return StatusResponse(limit.status());
  StatusOr<long long> cursor = IntParam(params, "cursor", -1, -1, std::numeric_limits<long long>::max());
  if (!cursor.ok()) return StatusResponse(cursor.status());
  std::optional<EntityKind> kind;
  if (std::optional<std::string> k = StringParam(params, "kind"); k && !k->empty()) {
    kind = ParseEntityKind(*k);
    if (!kind) return ErrorResponse(400, "bad_request", "parameter 'kind' must be one of: company, group, person, government");
  }
  std::string prefix = NormalizeName(StringParam(params, "q").value_or(""));
  json items = json::array();
  std::optional<EntityId> next;
  auto matches = [&](const Entity& e) {
    if (kind && e.kind != *kind) return false;
    if (prefix.empty()) return true;
    if (NormalizeName(e.name).rfind(prefix, 0) == 0) return true;
    return std::any_of(e.aliases.begin(), e.aliases.end(), [&](const std::string& a) {
      return NormalizeName(a).rfind(prefix, 0) == 0;
    });
  };
  Status scan = context.store.ForEachEntity([&](const Entity& e) {
    if (*cursor >= 0 && e.id <= static_cast<EntityId>(*cursor)) return true;
    if (!matches(e)) return true;
    if (static_cast<long long>(items.size()) == *limit) {
      next = items.back()["id"].get<EntityId>();
      return false;
    }
    items.push_back(EntityJson(e));
    return true;
  });
  if (!scan.ok()) return StatusResponse(scan);
  json body{{"results", items}, {"next_cursor", nullptr}};
  if (next) body["next_cursor"] = std::to_string(*next);
  return JsonResponse(200, body);
}

ApiResponse HandleEntityCard(const HandlerContext& context) {
  StatusOr<EntityId> id = ResolveEntityArg(context, context.path_args.at(0));
  if (!id.ok()) return StatusResponse(id.status());
  StatusOr<Entity> entity = context.store.GetEntity(*id);
  if (!entity.ok()) return StatusResponse(entity.status());
  json out = json::array();
  json in = json::array();
  Status failure;
  Status scan = context.reader.ForEachEdge(*id, Direction::kBoth, RelationSet::All(), [&](const EdgeRef& ref) {
    StatusOr<Edge> edge = context.store.GetEdge(ref.src, ref.rel, ref.dst);
    if (!edge.ok()) {
      failure = edge.status();
      return false;
    }
    bool outgoing = ref.src == *id;
    EntityId other = outgoing ? ref.dst : ref.src;
    StatusOr<Entity> other_entity = context.store.GetEntity(other);
    json item{{"rel", context.store.RelationLabel(ref.rel)},
              {"other", other_entity.ok() ? EntityJson(*other_entity) : json{{"id", other}}}};
    if (edge->attrs.percent) item["percent"] = *edge->attrs.percent;
    if (edge->attrs.former) item["status"] = "former";
    if (!edge->attrs.what.empty()) item["what"] = edge->attrs.what;
    if (!edge->attrs.role.empty()) item["role"] = edge->attrs.role;
    if (!edge->attrs.segment.empty()) item["segment"] = edge->attrs.segment;
    json evidence = json::array();
    for (const Evidence& ev : edge->evidence) evidence.push_back(EvidenceJson(ev));
    item["evidence"] = std::move(evidence);
    (outgoing ? out : in).push_back(std::move(item));
    return true;
  });
  if (!scan.ok()) return StatusResponse(scan);
  if (!failure.ok()) return StatusResponse(failure);
  json body = EntityJson(*entity);
  if (!entity->country.empty()) body["country"] = entity->country;
  body["out"] = std::move(out);
  body["in"] = std::move(in);
  return JsonResponse(200, body);
}

ApiResponse HandleListDocuments(const HandlerContext& context) {
  StatusOr<std::vector<Document>> docs = context.store.ListDocuments();
  if (!docs.ok()) return StatusResponse(docs.status());
  json items = json::array();
  for (const Document& d : *docs) {
    items.push_back(json{{"id", d.id}, {"name", d.name}, {"sha256", d.sha256}, {"filer", d.filer},
                         {"form", d.form}, {"period", d.period}, {"format", d.format},
                         {"ingested_at", d.ingested_at}, {"size", d.size}});
  }
  return JsonResponse(200, json{{"results", items}});
}

}  // namespace corpgraph::server
