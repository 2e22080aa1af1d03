#include "store/export.h"

// Boost's edge iterator trips a false -Wmaybe-uninitialized in GCC 12 (boost::optional).
#pragma GCC diagnostic push
#if !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#pragma GCC diagnostic pop

#include <cctype>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>

#include "store/csv.h"
#include "store/graph_store.h"

namespace corpgraph {
namespace {

namespace fs = std::filesystem;
using store::AppendCsvField;

std::string Number(double v) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return ec == std::errc() ? std::string(buf, end) : std::string();
}

std::string Neo4jLabel(const Entity& e) {
  auto it = e.properties.find("label");
  if (it != e.properties.end()) return it->second;
  std::string label(EntityKindName(e.kind));
  label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
  return label;
}

std::string Neo4jType(const GraphReader& reader, Relation rel) {
  std::string label = reader.RelationLabel(rel);
  if (static_cast<std::uint8_t>(rel) >= kFirstCustomRelation) return label;
  for (char& c : label) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return label;
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) {
    if (!out.empty()) out += ';';
    out += s;
  }
  return out;
}

// Visits every edge with its attributes; evidence only when `with_evidence` (the store's
// attribute-only scan is cheaper when it is not needed).
Status ForEachFullEdge(const GraphReader& reader, bool with_evidence,
                       const std::function<bool(const Edge&)>& visit) {
  if (!with_evidence) {
    if (const auto* store = dynamic_cast<const GraphStore*>(&reader)) {
      return store->ForEachEdgeWithAttributes(visit);
    }
  }
  return reader.ForEachFullEdge(visit);
}

// Optional edge attribute columns, in their fixed order.
struct AttrColumn {
  const char* header;
  std::string (*get)(const EdgeAttributes&);
};
const AttrColumn kAttrColumns[] = {
    {"amount:float", [](const EdgeAttributes& a) { return a.amount ? Number(*a.amount) : std::string(); }},
    {"currency", [](const EdgeAttributes& a) { return a.currency; }},
    {"date", [](const EdgeAttributes& a) { return a.date; }},
    {"what", [](const EdgeAttributes& a) { return a.what; }},
    {"segment", [](const EdgeAttributes& a) { return a.segment; }},
    {"role", [](const EdgeAttributes& a) { return a.role; }},
    {"from", [](const EdgeAttributes& a) { return a.from; }},
    {"former:boolean", [](const EdgeAttributes& a) { return a.former ? std::string("true") : std::string(); }},
    {"end_date", [](const EdgeAttributes& a) { return a.end_date; }},
};
constexpr std::size_t kAttrCount = sizeof(kAttrColumns) / sizeof(kAttrColumns[0]);

class BufferedFile {
 public:
  explicit BufferedFile(const std::string& path) : path_(path), out_(path, std::ios::binary | std::ios::trunc) {}
  bool ok() const { return static_cast<bool>(out_); }
  std::string& line() { return buffer_; }
  void EndLine() {
    buffer_.push_back('\n');
    if (buffer_.size() > (1 << 20)) Flush();
  }
  Status Close() {
    Flush();
    out_.close();
    if (!out_) return Status::IoError("cannot write " + path_);
    return Status::Ok();
  }

 private:
  void Flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }
  std::string path_;
  std::ofstream out_;
  std::string buffer_;
};

}  // namespace

Status ExportCsv(const GraphReader& reader, const std::string& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (!fs::is_directory(dir, ec)) return Status::IoError("cannot create directory " + dir);

  // Nodes: one pass for the property columns, one to write.
  std::set<std::string> node_props;
  CORPGRAPH_RETURN_IF_ERROR(reader.ForEachEntity([&](const Entity& e) {
    for (const auto& [k, v] : e.properties) {
      if (k != "label") node_props.insert(k);
    }
    return true;
  }));
  BufferedFile nodes(dir + "/nodes.csv");
  if (!nodes.ok()) return Status::IoError("cannot write " + dir + "/nodes.csv");
  nodes.line() = "id:ID,name,kind,:LABEL,aliases:string[],country";
  for (const std::string& k : node_props) {
    nodes.line() += ',';
    AppendCsvField(&nodes.line(), k);
  }
  nodes.EndLine();
  CORPGRAPH_RETURN_IF_ERROR(reader.ForEachEntity([&](const Entity& e) {
    std::string& l = nodes.line();
    l += std::to_string(e.id);
    l += ',';
    AppendCsvField(&l, e.name);
    l += ',';
    l += EntityKindName(e.kind);
    l += ',';
    AppendCsvField(&l, Neo4jLabel(e));
    l += ',';
    AppendCsvField(&l, Join(e.aliases));
    l += ',';
    AppendCsvField(&l, e.country);
    for (const std::string& k : node_props) {
      l += ',';
      auto it = e.properties.find(k);
      if (it != e.properties.end()) AppendCsvField(&l, it->second);
    }
    nodes.EndLine();
    return true;
  }));
  CORPGRAPH_RETURN_IF_ERROR(nodes.Close());

  // Edges: one pass for the columns in use, one to write.
  bool used[kAttrCount] = {};
  std::set<std::string> edge_props;
  CORPGRAPH_RETURN_IF_ERROR(ForEachFullEdge(reader, false, [&](const Edge& e) {
    for (std::size_t i = 0; i < kAttrCount; ++i) {
      if (!used[i] && !kAttrColumns[i].get(e.attrs).empty()) used[i] = true;
    }
    for (const auto& [k, v] : e.attrs.properties) edge_props.insert(k);
    return true;
  }));
  BufferedFile edges(dir + "/edges.csv");
  if (!edges.ok()) return Status::IoError("cannot write " + dir + "/edges.csv");
  edges.line() = ":START_ID,:END_ID,:TYPE,percent:float";
  for (std::size_t i = 0; i < kAttrCount; ++i) {
    if (used[i]) edges.line() += std::string(",") + kAttrColumns[i].header;
  }
  for (const std::string& k : edge_props) {
    edges.line() += ',';
    AppendCsvField(&edges.line(), k);
  }
  edges.EndLine();
  std::unordered_map<std::uint8_t, std::string> types;
  CORPGRAPH_RETURN_IF_ERROR(ForEachFullEdge(reader, false, [&](const Edge& e) {
    std::string& l = edges.line();
    l += std::to_string(e.src);
    l += ',';
    l += std::to_string(e.dst);
    l += ',';
    auto t = types.find(static_cast<std::uint8_t>(e.rel));
    if (t == types.end()) t = types.emplace(static_cast<std::uint8_t>(e.rel), Neo4jType(reader, e.rel)).first;
    AppendCsvField(&l, t->second);
    l += ',';
    if (e.attrs.percent) l += Number(*e.attrs.percent);
    for (std::size_t i = 0; i < kAttrCount; ++i) {
      if (!used[i]) continue;
      l += ',';
      AppendCsvField(&l, kAttrColumns[i].get(e.attrs));
    }
    for (const std::string& k : edge_props) {
      l += ',';
      auto it = e.attrs.properties.find(k);
      if (it != e.attrs.properties.end()) AppendCsvField(&l, it->second);
    }
    edges.EndLine();
    return true;
  }));
  return edges.Close();
}

Status ExportJsonl(const GraphReader& reader, std::ostream& out) {
  using Json = nlohmann::ordered_json;
  CORPGRAPH_RETURN_IF_ERROR(reader.ForEachEntity([&](const Entity& e) {
    Json j{{"type", "node"}, {"id", e.id}, {"name", e.name}, {"kind", EntityKindName(e.kind)},
           {"aliases", e.aliases}};
    if (!e.country.empty()) j["country"] = e.country;
    if (!e.properties.empty()) j["properties"] = e.properties;
    out << j.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
    return static_cast<bool>(out);
  }));
  CORPGRAPH_RETURN_IF_ERROR(ForEachFullEdge(reader, true, [&](const Edge& e) {
    const EdgeAttributes& a = e.attrs;
    Json j{{"type", "edge"}, {"src", e.src}, {"dst", e.dst}, {"rel", reader.RelationLabel(e.rel)}};
    if (a.percent) j["percent"] = *a.percent;
    if (a.amount) j["amount"] = *a.amount;
    for (std::size_t i = 1; i < kAttrCount; ++i) {
      std::string v = kAttrColumns[i].get(a);
      if (v.empty()) continue;
      std::string key = kAttrColumns[i].header;
      key = key.substr(0, key.find(':'));
      if (key == "former") j[key] = true;
      else j[key] = v;
    }
    if (!a.properties.empty()) j["properties"] = a.properties;
    Json evidence = Json::array();
    for (const Evidence& ev : e.evidence) {
      evidence.push_back({{"document", ev.document}, {"begin", ev.begin}, {"end", ev.end},
                          {"sentence", ev.sentence}, {"section", ev.section}, {"rule", ev.rule},
                          {"confidence", ev.confidence}});
    }
    j["evidence"] = std::move(evidence);
    out << j.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
    return static_cast<bool>(out);
  }));
  if (!out) return Status::IoError("cannot write the JSONL output");
  return Status::Ok();
}

Status ExportGraphml(const GraphReader& reader, std::ostream& out) {
  struct VertexProps {
    std::string entity_id, name, kind, aliases;
  };
  struct EdgeProps {
    std::string type, percent;
  };
  using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, VertexProps, EdgeProps>;
  BoostGraph g;
  std::unordered_map<EntityId, BoostGraph::vertex_descriptor> vertex_of;
  CORPGRAPH_RETURN_IF_ERROR(reader.ForEachEntity([&](const Entity& e) {
    vertex_of[e.id] = boost::add_vertex(
        VertexProps{std::to_string(e.id), e.name, std::string(EntityKindName(e.kind)), Join(e.aliases)}, g);
    return true;
  }));
  CORPGRAPH_RETURN_IF_ERROR(reader.ForEachEdgeOfAll([&](const EdgeRef& e) {
    auto s = vertex_of.find(e.src), d = vertex_of.find(e.dst);
    if (s == vertex_of.end() || d == vertex_of.end()) return true;
    boost::add_edge(s->second, d->second,
                    EdgeProps{reader.RelationLabel(e.rel), e.percent ? Number(*e.percent) : std::string()}, g);
    return true;
  }));
  boost::dynamic_properties dp;
  dp.property("entity_id", boost::get(&VertexProps::entity_id, g));
  dp.property("name", boost::get(&VertexProps::name, g));
  dp.property("kind", boost::get(&VertexProps::kind, g));
  dp.property("aliases", boost::get(&VertexProps::aliases, g));
  dp.property("type", boost::get(&EdgeProps::type, g));
  dp.property("percent", boost::get(&EdgeProps::percent, g));
  try {
    boost::write_graphml(out, g, dp, true);
  } catch (const std::exception& e) {
    return Status::IoError(std::string("cannot write GraphML: ") + e.what());
  }
  if (!out) return Status::IoError("cannot write the GraphML output");
  return Status::Ok();
}

}  // namespace corpgraph
