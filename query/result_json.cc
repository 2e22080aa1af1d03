// ResultToJson: the documented, stable JSON shape of a QueryResult (see query.h).
#include <cmath>
#include <nlohmann/json.hpp>

#include "query/query.h"

namespace corpgraph {
namespace {

nlohmann::ordered_json EntityJson(const Entity& e) {
  return {{"id", e.id}, {"name", e.name}, {"kind", std::string(EntityKindName(e.kind))}};
}

// Rounded to 12 decimals so products print as people expect (0.269, not 0.26899999999999996).
nlohmann::ordered_json OptionalNumber(const std::optional<double>& value) {
  if (!value) return nullptr;
  return std::round(*value * 1e12) / 1e12;
}

nlohmann::ordered_json LinkJson(const ChainLink& link) {
  nlohmann::ordered_json evidence = nullptr;
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
  nlohmann::ordered_json query = {{"type", result.type},
                                  {"entity", EntityJson(result.subject)},
                                  {"depth", result.depth},
                                  {"relations", result.relations}};
  if (result.target) query["target"] = EntityJson(*result.target);
  nlohmann::ordered_json rows = nlohmann::ordered_json::array();
  for (const ResultRow& row : result.results) {
    nlohmann::ordered_json chain = nlohmann::ordered_json::array();
    for (const ChainLink& link : row.chain) chain.push_back(LinkJson(link));
    nlohmann::ordered_json r = {{"entity", EntityJson(row.entity)},
                                {"hops", row.hops},
                                {"weight", OptionalNumber(row.weight)},
                                {"chain", std::move(chain)}};
    if (result.type == "owners" || result.type == "subsidiaries") r["chains"] = row.chains;
    rows.push_back(std::move(r));
  }
  nlohmann::ordered_json doc = {
      {"query", std::move(query)}, {"results", std::move(rows)}, {"notes", result.notes}};
  std::string text = doc.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  if (indent >= 0) text += "\n";
  return text;
}

}  // namespace corpgraph
