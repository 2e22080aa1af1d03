// The documented, stable JSON shape of a QueryResult (see query.h), written straight into a
// string: the HTTP server sends thousands of these per second.
#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "graph/json_writer.h"
#include "query/query.h"

namespace corpgraph {
namespace {

void WriteEntity(JsonWriter& json, const Entity& e) {
  json.BeginObject().Key("id").UInt(e.id).Key("name").String(e.name);
  json.Key("kind").String(EntityKindName(e.kind)).EndObject();
}

// Rounded to 12 decimals so products print as people expect (0.269, not 0.26899999999999996).
std::optional<double> Rounded(const std::optional<double>& value) {
  if (!value) return std::nullopt;
  return std::round(*value * 1e12) / 1e12;
}

void WriteLink(JsonWriter& json, const ChainLink& link) {
  json.BeginObject().Key("src").UInt(link.src).Key("src_name").String(link.src_name);
  json.Key("rel").String(link.rel_label).Key("dst").UInt(link.dst).Key("dst_name").String(link.dst_name);
  json.Key("percent").Double(Rounded(link.percent)).Key("evidence");
  if (link.evidence) {
    const Evidence& ev = *link.evidence;
    json.BeginObject().Key("document").String(ev.document).Key("begin").UInt(ev.begin);
    json.Key("end").UInt(ev.end).Key("sentence").String(ev.sentence).EndObject();
  } else {
    json.Null();
  }
  json.EndObject();
}

// Everything up to and including the rows array of rows [begin, end); the caller closes the
// top-level object.
void WriteResult(JsonWriter& json, const QueryResult& result, std::size_t begin, std::size_t end) {
  json.BeginObject().Key("query").BeginObject().Key("type").String(result.type).Key("entity");
  WriteEntity(json, result.subject);
  json.Key("depth").Int(result.depth).Key("relations").String(result.relations);
  if (result.target) WriteEntity(json.Key("target"), *result.target);
  json.EndObject();
  bool ownership = result.type == "owners" || result.type == "subsidiaries";
  json.Key("results").BeginArray();
  for (std::size_t i = begin; i < end; ++i) {
    const ResultRow& row = result.results[i];
    json.BeginObject().Key("entity");
    WriteEntity(json, row.entity);
    json.Key("hops").Int(row.hops).Key("weight").Double(Rounded(row.weight)).Key("chain").BeginArray();
    for (const ChainLink& link : row.chain) WriteLink(json, link);
    json.EndArray();
    if (ownership) json.Key("chains").UInt(row.chains);
    json.EndObject();
  }
  json.EndArray().Key("notes").BeginArray();
  for (const std::string& note : result.notes) json.String(note);
  json.EndArray();
}

}  // namespace

std::string ResultToJson(const QueryResult& result, int indent) {
  std::string text;
  JsonWriter json(text);
  WriteResult(json, result, 0, result.results.size());
  json.EndObject();
  if (indent < 0) return text;
  return nlohmann::ordered_json::parse(text).dump(indent) + "\n";
}

std::string ResultPageToJson(const QueryResult& result, std::size_t begin, std::size_t end) {
  end = std::min(end, result.results.size());
  begin = std::min(begin, end);
  std::string text;
  text.reserve(512 + (end - begin) * 1024);
  JsonWriter json(text);
  WriteResult(json, result, begin, end);
  json.Key("total").UInt(result.results.size()).Key("next_cursor");
  if (end < result.results.size()) {
    json.String(std::to_string(end));
  } else {
    json.Null();
  }
  json.EndObject();
  return text;
}

}  // namespace corpgraph
