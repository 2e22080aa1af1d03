// ResultToJson: the documented, stable JSON shape of a QueryResult (see query.h).
#include <nlohmann/json.hpp>

#include "query/query.h"

namespace corpgraph {
namespace {

nlohmann::json EntityJson(const Entity& e) {
  return {{"id", e.id}, {"name", e.name}, {"kind", std::string(EntityKindName(e.kind))}};
}

nlohmann::json OptionalNumber(const std::optional<double>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json LinkJson(const ChainLink& link) {
  nlohmann::json evidence = nullptr;
  if (link.evidence) {
    evidence = {{"document", link.evidence->document},
                {"begin", link.evidence->begin},
                {"end", link.evidence->end},
                {"sentence", link.evidence->sentence}};
  }
  return {{"src", link.src},
          {"src_name", link.src_name},
          {"rel", link.rel_label},
          {"dst", link.dst},
          {"dst_name", link.dst_name},
          {"percent", OptionalNumber(link.percent)},
          {"evidence", std::move(evidence)}};
}

}  // namespace

std::string ResultToJson(const QueryResult& result, int indent) {
  nlohmann::json query = {{"type", result.type},
                          {"entity", EntityJson(result.subject)},
                          {"depth", result.depth},
                          {"relations", result.relations}};
  if (result.target) query["target"] = EntityJson(*result.target);
  nlohmann::json rows = nlohmann::json::array();
  for (const ResultRow& row : result.results) {
    nlohmann::json chain = nlohmann::json::array();
    for (const ChainLink& link : row.chain) chain.push_back(LinkJson(link));
    nlohmann::json r = {{"entity", EntityJson(row.entity)},
                        {"hops", row.hops},
                        {"weight", OptionalNumber(row.weight)},
                        {"chain", std::move(chain)}};
    if (result.type == "owners" || result.type == "subsidiaries") r["chains"] = row.chains;
    rows.push_back(std::move(r));
  }
  nlohmann::json doc = {{"query", std::move(query)},
                        {"results", std::move(rows)},
                        {"notes", result.notes}};
  std::string text = doc.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
  if (indent >= 0) text += "\n";
  return text;
}

}  // namespace corpgraph
