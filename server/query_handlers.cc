#include <nlohmann/json.hpp>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "query/diagram.h"
#include "query/query.h"
#include "server/handlers.h"

namespace corpgraph::server {
namespace {

using nlohmann::json;

// SVG of DOT text, through Graphviz (a temporary file holds dot's output).
StatusOr<std::string> RenderSvg(const std::string& dot_text) {
  char path[] = "/tmp/corpgraph-svg-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return Status::IoError("cannot create a temporary file for the SVG");
  close(fd);
  Status rendered = RenderDot(dot_text, "svg", path);
  std::ostringstream svg;
  if (rendered.ok()) svg << std::ifstream(path).rdbuf();
  unlink(path);
  if (!rendered.ok()) return rendered;
  return svg.str();
}

// The graph as JSON, DOT or SVG, as the `format` parameter asks.
ApiResponse DiagramResponse(const std::string& format, const Graph& graph, const DotOptions& options) {
  std::ostringstream dot;
  Status written = WriteDot(graph, options, dot);
  if (!written.ok()) return StatusResponse(written);
  ApiResponse response;
  if (format == "dot") {
    response.content_type = "text/vnd.graphviz";
    response.body = dot.str();
    return response;
  }
  StatusOr<std::string> svg = RenderSvg(dot.str());
  if (!svg.ok()) {
    return svg.status().code() == StatusCode::kFailedPrecondition
               ? ErrorResponse(503, "graphviz_missing", svg.status().message())
               : StatusResponse(svg.status());
  }
  response.content_type = "image/svg+xml";
  response.body = std::move(*svg);
  return response;
}

// A query result as JSON, or its answer diagram (format=dot|svg).
ApiResponse ResultResponse(const HandlerContext& context, const StatusOr<QueryResult>& result) {
  if (!result.ok()) return StatusResponse(result.status());
  StatusOr<std::string> format = ChoiceParam(context.request.params, "format", "json", {"json", "dot", "svg"});
  if (!format.ok()) return StatusResponse(format.status());
  if (*format != "json") {
    StatusOr<AnswerDiagram> diagram = AnswerGraph(context.reader, *result);
    if (!diagram.ok()) return StatusResponse(diagram.status());
    return DiagramResponse(*format, diagram->graph, diagram->options);
  }
  // Pages of `limit` rows; the cursor is the offset of the next page's first row.
  StatusOr<long long> limit = IntParam(context.request.params, "limit", context.options.max_limit, 1,
                                       context.options.max_limit);
  if (!limit.ok()) return StatusResponse(limit.status());
  StatusOr<long long> cursor = IntParam(context.request.params, "cursor", 0, 0, context.options.max_results);
  if (!cursor.ok()) return StatusResponse(cursor.status());
  size_t begin = static_cast<size_t>(*cursor);
  std::string body = ResultPageToJson(*result, begin, begin + static_cast<size_t>(*limit));
  ApiResponse response;
  response.body = std::move(body);
  return response;
}

StatusOr<TraversalOptions> ParseTraversal(const HandlerContext& context) {
  const Params& params = context.request.params;
  TraversalOptions options;
  StatusOr<long long> depth = IntParam(params, "depth", 3, 1, context.options.max_depth);
  if (!depth.ok()) return depth.status();
  StatusOr<RelationSet> rels = RelationsParam(params, "rel");
  if (!rels.ok()) return rels.status();
  StatusOr<double> min_percent = NumberParam(params, "min_percent", 0, 0, 100);
  if (!min_percent.ok()) return min_percent.status();
  options.depth = static_cast<int>(*depth);
  options.relations = *rels;
  options.min_percent = *min_percent;
  return options;
}

StatusOr<OwnershipOptions> ParseOwnership(const HandlerContext& context) {
  const Params& params = context.request.params;
  OwnershipOptions options;
  StatusOr<long long> depth = IntParam(params, "depth", context.options.max_depth, 1, context.options.max_depth);
  if (!depth.ok()) return depth.status();
  StatusOr<std::string> ultimate = ChoiceParam(params, "ultimate", "false", {"true", "false", "1", "0"});
  if (!ultimate.ok()) return ultimate.status();
  options.depth = static_cast<int>(*depth);
  options.ultimate = *ultimate == "true" || *ultimate == "1";
  return options;
}

// Answers 400 when the result list is longer than the server allows.
ApiResponse CappedResultResponse(const HandlerContext& context, const StatusOr<QueryResult>& result) {
  if (result.ok() && result->results.size() > static_cast<size_t>(context.options.max_results)) {
    return ErrorResponse(400, "limit_exceeded",
                         "the query has " + std::to_string(result->results.size()) +
                             " results, more than the limit of " +
                             std::to_string(context.options.max_results) + "; narrow it with depth or rel");
  }
  return ResultResponse(context, result);
}

ApiResponse HandleSubgraph(const HandlerContext& context) {
  const Params& params = context.request.params;
  std::optional<std::string> around = StringParam(params, "around");
  if (!around || around->empty()) return ErrorResponse(400, "bad_request", "parameter 'around' is required");
  StatusOr<EntityId> center = context.reader.FindEntity(*around);
  if (!center.ok()) return StatusResponse(center.status());
  StatusOr<long long> depth = IntParam(params, "depth", 1, 1, context.options.max_depth);
  if (!depth.ok()) return StatusResponse(depth.status());
  StatusOr<RelationSet> rels = RelationsParam(params, "rel");
  if (!rels.ok()) return StatusResponse(rels.status());
  StatusOr<std::string> format = ChoiceParam(params, "format", "json", {"json", "dot", "svg"});
  if (!format.ok()) return StatusResponse(format.status());
  SubgraphOptions options{.center = *center, .depth = static_cast<int>(*depth), .relations = *rels};
  StatusOr<Graph> graph = LoadSubgraph(context.reader, options);
  if (!graph.ok()) return StatusResponse(graph.status());
  if (graph->entities().size() > static_cast<size_t>(context.options.max_results)) {
    return ErrorResponse(400, "limit_exceeded", "the subgraph has " + std::to_string(graph->entities().size()) +
                                                    " entities, more than the limit of " +
                                                    std::to_string(context.options.max_results) + "; lower depth");
  }
  if (*format != "json") {
    // Diagrams show the strongest neighbours per relation and count the rest; JSON has all.
    StatusOr<long long> per_rel = IntParam(params, "max_per_rel", 10, 0, context.options.max_results);
    if (!per_rel.ok()) return StatusResponse(per_rel.status());
    TrimmedEgo trimmed =
        TrimEgoNetwork(*graph, EgoTrimOptions{.center = *center, .max_per_group = static_cast<int>(*per_rel)});
    return DiagramResponse(*format, trimmed.graph, trimmed.options);
  }
  nlohmann::json nodes = nlohmann::json::array();
  for (const Entity& e : graph->entities()) nodes.push_back(EntityJson(e));
  nlohmann::json edges = nlohmann::json::array();
  for (const Edge& e : graph->edges()) {
    nlohmann::json item{{"src", e.src}, {"rel", graph->RelationLabel(e.rel)}, {"dst", e.dst}};
    item["percent"] = e.attrs.percent ? nlohmann::json(*e.attrs.percent) : nlohmann::json(nullptr);
    nlohmann::json evidence = nlohmann::json::array();
    for (const Evidence& ev : e.evidence) evidence.push_back(EvidenceJson(ev));
    item["evidence"] = std::move(evidence);
    edges.push_back(std::move(item));
  }
  return JsonResponse(200, nlohmann::json{{"center", *center}, {"depth", *depth}, {"nodes", nodes}, {"edges", edges}});
}

}  // namespace

ApiResponse HandleQuery(const HandlerContext& context, std::string_view pattern) {
  const GraphReader& reader = context.reader;
  const Params& params = context.request.params;
  if (pattern == "/v1/path") {
    std::optional<std::string> from = StringParam(params, "from");
    std::optional<std::string> to = StringParam(params, "to");
    if (!from || from->empty()) return ErrorResponse(400, "bad_request", "parameter 'from' is required");
    if (!to || to->empty()) return ErrorResponse(400, "bad_request", "parameter 'to' is required");
    StatusOr<EntityId> a = reader.FindEntity(*from);
    if (!a.ok()) return StatusResponse(a.status());
    StatusOr<EntityId> b = reader.FindEntity(*to);
    if (!b.ok()) return StatusResponse(b.status());
    PathOptions options;
    StatusOr<RelationSet> rels = RelationsParam(params, "rel");
    if (!rels.ok()) return StatusResponse(rels.status());
    StatusOr<long long> max = IntParam(params, "max", 1, 1, 100);
    if (!max.ok()) return StatusResponse(max.status());
    options.relations = *rels;
    options.max_chains = static_cast<size_t>(*max);
    return ResultResponse(context, ShortestPaths(reader, *a, *b, options));
  }
  if (pattern == "/v1/subgraph") return HandleSubgraph(context);

  StatusOr<EntityId> id = ResolveEntityArg(context, context.path_args.at(0));
  if (!id.ok()) return StatusResponse(id.status());
  if (pattern == "/v1/entities/{id}/dependencies" || pattern == "/v1/entities/{id}/exposure") {
    StatusOr<TraversalOptions> options = ParseTraversal(context);
    if (!options.ok()) return StatusResponse(options.status());
    bool deps = pattern == "/v1/entities/{id}/dependencies";
    return CappedResultResponse(context, deps ? Dependencies(reader, *id, *options)
                                              : Exposure(reader, *id, *options));
  }
  if (pattern == "/v1/entities/{id}/owners" || pattern == "/v1/entities/{id}/subsidiaries") {
    StatusOr<OwnershipOptions> options = ParseOwnership(context);
    if (!options.ok()) return StatusResponse(options.status());
    bool owners = pattern == "/v1/entities/{id}/owners";
    return CappedResultResponse(context, owners ? Owners(reader, *id, *options)
                                                : Subsidiaries(reader, *id, *options));
  }
  if (pattern == "/v1/entities/{id}/neighbors") {
    NeighborOptions options;
    StatusOr<std::string> dir = ChoiceParam(params, "dir", "both", {"in", "out", "both"});
    if (!dir.ok()) return StatusResponse(dir.status());
    StatusOr<RelationSet> rels = RelationsParam(params, "rel");
    if (!rels.ok()) return StatusResponse(rels.status());
    options.dir = *dir == "in" ? Direction::kIn : *dir == "out" ? Direction::kOut : Direction::kBoth;
    options.relations = *rels;
    return CappedResultResponse(context, Neighbors(reader, *id, options));
  }
  return ErrorResponse(404, "not_found", "no route " + context.request.path);
}

}  // namespace corpgraph::server
