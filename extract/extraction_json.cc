#include "extract/extraction_json.h"

#include <nlohmann/json.hpp>

#include "graph/normalize.h"

namespace corpgraph {

std::string EndpointName(const Graph& graph, const Edge& edge, bool source) {
  if (source && edge.rel == Relation::kRenamedTo) {
    auto it = edge.attrs.properties.find("old_name");
    if (it != edge.attrs.properties.end()) return it->second;
  }
  const Entity* e = graph.entity(source ? edge.src : edge.dst);
  return e ? e->name : std::string();
}

std::string ExtractionToJson(const Extraction& x, std::string_view document_name) {
  using nlohmann::json;
  json out;
  out["document"] = std::string(document_name);
  out["format"] = x.format;
  const Entity* filer = x.graph.entity(x.filer);
  out["filer"] = filer ? filer->name : "";
  json entities = json::array();
  for (const Entity& e : x.graph.entities()) {
    entities.push_back({{"id", e.id},
                        {"name", e.name},
                        {"aliases", e.aliases},
                        {"kind", std::string(EntityKindName(e.kind))},
                        {"key", NormalizeName(e.name)}});
  }
  out["entities"] = std::move(entities);
  json mentions = json::array();
  for (const MentionedName& m : x.mentions_only) {
    mentions.push_back({{"name", m.name}, {"aliases", m.aliases}, {"kind", m.kind}});
  }
  out["mentions_only"] = std::move(mentions);
  json relations = json::array();
  for (const Edge& e : x.graph.edges()) {
    json r;
    r["src"] = EndpointName(x.graph, e, true);
    r["rel"] = std::string(RelationName(e.rel));
    r["dst"] = EndpointName(x.graph, e, false);
    if (e.attrs.percent) r["percent"] = *e.attrs.percent;
    if (!e.evidence.empty()) {
      const Evidence& ev = e.evidence.front();
      r["evidence"] = ev.sentence;
      r["rule"] = ev.rule;
      r["begin"] = ev.begin;
      r["end"] = ev.end;
      r["section"] = ev.section;
      r["confidence"] = ev.confidence;
      if (e.evidence.size() > 1) {
        json also = json::array();
        for (size_t i = 1; i < e.evidence.size(); ++i) {
          also.push_back({{"evidence", e.evidence[i].sentence},
                          {"rule", e.evidence[i].rule},
                          {"begin", e.evidence[i].begin},
                          {"end", e.evidence[i].end}});
        }
        r["also_evidence"] = std::move(also);
      }
    }
    json attrs = json::object();
    const EdgeAttributes& a = e.attrs;
    if (a.amount) attrs["amount"] = *a.amount;
    if (!a.currency.empty()) attrs["currency"] = a.currency;
    if (!a.date.empty()) attrs["date"] = a.date;
    if (!a.what.empty()) attrs["what"] = a.what;
    if (!a.segment.empty()) attrs["segment"] = a.segment;
    if (!a.role.empty()) attrs["role"] = a.role;
    if (!a.from.empty()) attrs["from"] = a.from;
    if (a.former) attrs["status"] = "former";
    if (!a.end_date.empty()) attrs["end_date"] = a.end_date;
    if (!attrs.empty()) r["attributes"] = std::move(attrs);
    if (!a.from.empty()) r["from"] = a.from;
    if (!a.what.empty()) r["what"] = a.what;
    if (!a.segment.empty()) r["segment"] = a.segment;
    if (!a.role.empty()) r["role"] = a.role;
    relations.push_back(std::move(r));
  }
  out["relations"] = std::move(relations);
  return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace corpgraph
