#include "ingest/extraction_file.h"

#include <cstdint>
#include <limits>
#include <type_traits>

#include <nlohmann/json.hpp>
#include <unordered_set>

#include "extract/extraction_json.h"

namespace corpgraph {
namespace {

using Json = nlohmann::ordered_json;

Json AttributesJson(const EdgeAttributes& a) {
  Json j = Json::object();
  if (a.percent) j["percent"] = *a.percent;
  if (a.amount) j["amount"] = *a.amount;
  if (!a.currency.empty()) j["currency"] = a.currency;
  if (!a.date.empty()) j["date"] = a.date;
  if (!a.what.empty()) j["what"] = a.what;
  if (!a.segment.empty()) j["segment"] = a.segment;
  if (!a.role.empty()) j["role"] = a.role;
  if (!a.from.empty()) j["from"] = a.from;
  if (a.former) j["former"] = true;
  if (!a.end_date.empty()) j["end_date"] = a.end_date;
  if (!a.properties.empty()) j["properties"] = a.properties;
  return j;
}

Json RecordJson(const PreparedDocument& p) {
  const Document& d = p.document;
  const Graph& g = p.extraction.graph;
  Json record;
  record["version"] = kExtractionFileVersion;
  record["document"] = {{"id", d.id},         {"sha256", d.sha256}, {"name", d.name},
                        {"size", d.size},     {"filer", d.filer},   {"form", d.form},
                        {"period", d.period}, {"format", d.format}};
  record["filer_id"] = g.entity(p.extraction.filer) ? Json(p.extraction.filer) : Json(nullptr);
  Json entities = Json::array();
  for (const Entity& e : g.entities()) {
    Json j{
        {"id", e.id}, {"name", e.name}, {"kind", EntityKindName(e.kind)}, {"aliases", e.aliases}};
    if (!e.country.empty()) j["country"] = e.country;
    if (!e.properties.empty()) j["properties"] = e.properties;
    entities.push_back(std::move(j));
  }
  record["entities"] = std::move(entities);
  Json edges = Json::array();
  for (const Edge& e : g.edges()) {
    Json j{{"src", e.src}, {"dst", e.dst}, {"rel", static_cast<int>(e.rel)}};
    if (!e.rel_name.empty()) j["rel_name"] = e.rel_name;
    j["attributes"] = AttributesJson(e.attrs);
    Json evidence = Json::array();
    for (const Evidence& ev : e.evidence) {
      evidence.push_back({{"begin", ev.begin},
                          {"end", ev.end},
                          {"sentence", ev.sentence},
                          {"section", ev.section},
                          {"rule", ev.rule},
                          {"confidence", ev.confidence}});
    }
    j["evidence"] = std::move(evidence);
    edges.push_back(std::move(j));
  }
  record["edges"] = std::move(edges);
  return record;
}

// Reads the typed member `key` of object `j` into *out; false (with *error set) when it is
// missing or of another type. Optional members are read with `required` false.
template <typename T>
bool Get(const Json& j, const char* key, T* out, std::string* error, bool required = true) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) {
    if (required) *error = std::string("missing \"") + key + "\"";
    return !required;
  }
  if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
    // nlohmann converts a float (or an out-of-range integer) to an integer type by a plain cast,
    // which is undefined behaviour: integers must be integers within T's range.
    bool fits = false;
    if (it->is_number_unsigned()) {
      fits = it->template get<std::uint64_t>() <= static_cast<std::uint64_t>(std::numeric_limits<T>::max());
    } else if (it->is_number_integer()) {
      std::int64_t v = it->template get<std::int64_t>();
      fits = std::is_signed_v<T> && v >= static_cast<std::int64_t>(std::numeric_limits<T>::min()) &&
             v <= static_cast<std::int64_t>(std::numeric_limits<T>::max());
    }
    if (!fits) {
      *error = std::string("\"") + key + "\" is not an integer in range";
      return false;
    }
  }
  try {
    *out = it->get<T>();
  } catch (const Json::exception&) {
    *error = std::string("\"") + key + "\" has the wrong type";
    return false;
  }
  return true;
}

bool IsHex(const std::string& s) {
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

Status Bad(const std::string& what) {
  return Status::InvalidArgument("not a valid extraction file: " + what);
}

StatusOr<EdgeAttributes> ParseAttributes(const Json& j, std::string* error) {
  EdgeAttributes a;
  if (!j.is_object()) {
    *error = "\"attributes\" is not an object";
    return Bad(*error);
  }
  double number = 0;
  if (j.contains("percent")) {
    if (!Get(j, "percent", &number, error)) return Bad(*error);
    a.percent = number;
  }
  if (j.contains("amount")) {
    if (!Get(j, "amount", &number, error)) return Bad(*error);
    a.amount = number;
  }
  if (!Get(j, "currency", &a.currency, error, false) || !Get(j, "date", &a.date, error, false) ||
      !Get(j, "what", &a.what, error, false) || !Get(j, "segment", &a.segment, error, false) ||
      !Get(j, "role", &a.role, error, false) || !Get(j, "from", &a.from, error, false) ||
      !Get(j, "former", &a.former, error, false) ||
      !Get(j, "end_date", &a.end_date, error, false) ||
      !Get(j, "properties", &a.properties, error, false)) {
    return Bad(*error);
  }
  return a;
}

}  // namespace

std::string ExtractionFileJson(const PreparedDocument& prepared) {
  Json file = Json::parse(ExtractionToJson(prepared.extraction, prepared.document.name));
  file["corpgraph_extraction"] = RecordJson(prepared);
  return file.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

bool LooksLikeExtractionFile(std::string_view text) {
  std::size_t first = text.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && text[first] == '{' &&
         text.find("\"corpgraph_extraction\"") != std::string_view::npos;
}

StatusOr<PreparedDocument> ParseExtractionFile(std::string_view text) {
  Json file = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (file.is_discarded()) return Bad("the text is not JSON");
  if (!file.is_object() || !file.contains("corpgraph_extraction") ||
      !file["corpgraph_extraction"].is_object()) {
    return Bad(
        "no \"corpgraph_extraction\" object (files are written by `corpgraph extract --json`)");
  }
  const Json& record = file["corpgraph_extraction"];
  std::string error;
  int version = 0;
  if (!Get(record, "version", &version, &error)) return Bad(error);
  if (version != kExtractionFileVersion) {
    return Bad("version " + std::to_string(version) + ", this corpgraph reads version " +
               std::to_string(kExtractionFileVersion));
  }

  PreparedDocument p;
  Document& d = p.document;
  if (!record.contains("document") || !record["document"].is_object())
    return Bad("missing \"document\"");
  const Json& dj = record["document"];
  if (!Get(dj, "id", &d.id, &error) || !Get(dj, "sha256", &d.sha256, &error) ||
      !Get(dj, "name", &d.name, &error) || !Get(dj, "size", &d.size, &error) ||
      !Get(dj, "filer", &d.filer, &error, false) || !Get(dj, "form", &d.form, &error, false) ||
      !Get(dj, "period", &d.period, &error, false) || !Get(dj, "format", &d.format, &error)) {
    return Bad("document: " + error);
  }
  if (d.sha256.size() != 64 || !IsHex(d.sha256)) return Bad("document sha256 is not 64 hex digits");
  if (d.id != d.sha256.substr(0, d.id.size()) || d.id.size() != 16) {
    return Bad("document id " + d.id + " does not match its sha256");
  }
  p.filer_name = d.filer;

  Extraction& x = p.extraction;
  x.format = d.format;
  x.form = d.form;
  x.period = d.period;
  if (!record.contains("entities") || !record["entities"].is_array())
    return Bad("missing \"entities\"");
  std::unordered_set<EntityId> ids;
  for (const Json& ej : record["entities"]) {
    Entity e;
    std::string kind;
    if (!ej.is_object() || !Get(ej, "id", &e.id, &error) || !Get(ej, "name", &e.name, &error) ||
        !Get(ej, "kind", &kind, &error) || !Get(ej, "aliases", &e.aliases, &error, false) ||
        !Get(ej, "country", &e.country, &error, false) ||
        !Get(ej, "properties", &e.properties, &error, false)) {
      return Bad("entity: " + (error.empty() ? std::string("not an object") : error));
    }
    std::optional<EntityKind> k = ParseEntityKind(kind);
    if (!k) return Bad("entity " + std::to_string(e.id) + " has unknown kind '" + kind + "'");
    e.kind = *k;
    if (e.id == kNoEntity || !ids.insert(e.id).second) {
      return Bad("entity id " + std::to_string(e.id) + " is invalid or used twice");
    }
    x.graph.AddEntity(std::move(e));
  }
  EntityId filer = kNoEntity;
  if (!Get(record, "filer_id", &filer, &error, false)) return Bad(error);
  if (filer != kNoEntity && !ids.count(filer)) return Bad("filer_id names no entity");
  x.filer = filer;

  if (!record.contains("edges") || !record["edges"].is_array()) return Bad("missing \"edges\"");
  for (const Json& ej : record["edges"]) {
    Edge e;
    int rel = 0;
    if (!ej.is_object() || !Get(ej, "src", &e.src, &error) || !Get(ej, "dst", &e.dst, &error) ||
        !Get(ej, "rel", &rel, &error) || !Get(ej, "rel_name", &e.rel_name, &error, false)) {
      return Bad("edge: " + (error.empty() ? std::string("not an object") : error));
    }
    if (!ids.count(e.src) || !ids.count(e.dst)) return Bad("an edge's endpoint is not an entity");
    if (rel < 1 || rel > 255 ||
        (rel < kFirstCustomRelation && RelationName(Relation(rel)).empty())) {
      return Bad("unknown relation code " + std::to_string(rel));
    }
    e.rel = static_cast<Relation>(rel);
    if (ej.contains("attributes")) {
      StatusOr<EdgeAttributes> attrs = ParseAttributes(ej["attributes"], &error);
      if (!attrs.ok()) return attrs.status();
      e.attrs = std::move(*attrs);
    }
    if (!ej.contains("evidence") || !ej["evidence"].is_array())
      return Bad("edge without \"evidence\"");
    for (const Json& vj : ej["evidence"]) {
      Evidence ev;
      ev.document = d.id;
      if (!vj.is_object() || !Get(vj, "begin", &ev.begin, &error) ||
          !Get(vj, "end", &ev.end, &error) || !Get(vj, "sentence", &ev.sentence, &error, false) ||
          !Get(vj, "section", &ev.section, &error, false) ||
          !Get(vj, "rule", &ev.rule, &error, false) ||
          !Get(vj, "confidence", &ev.confidence, &error, false)) {
        return Bad("evidence: " + (error.empty() ? std::string("not an object") : error));
      }
      if (ev.begin > ev.end || ev.end > d.size) {
        return Bad("an evidence span [" + std::to_string(ev.begin) + ", " + std::to_string(ev.end) +
                   ") lies outside the document's " + std::to_string(d.size) + " bytes");
      }
      e.evidence.push_back(std::move(ev));
    }
    x.graph.AddEdge(std::move(e));
  }
  return p;
}

}  // namespace corpgraph
