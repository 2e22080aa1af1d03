// WriteResultTable: a QueryResult as aligned text for people.
#include <algorithm>
#include <cstdio>

#include "query/query.h"

namespace corpgraph {
namespace {

std::string FormatWeight(const std::optional<double>& weight) {
  if (!weight) return "?";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", *weight);
  return buf;
}

std::string NameOr(const std::string& name, EntityId id) {
  return name.empty() ? "#" + std::to_string(id) : name;
}

// "NTT -[owns 26.9%]-> IIJ -[owns 79.5%]-> Trust Networks": the chain walked from its first
// node (the subject when it is an end of the first link, except for owners: their chains
// read from the owner down), arrows in stored direction.
std::string FormatChain(const std::vector<ChainLink>& chain, EntityId subject, bool from_owner) {
  if (chain.empty()) return "";
  EntityId at;
  const ChainLink& first = chain[0];
  if (chain.size() > 1) {
    const ChainLink& second = chain[1];
    bool src_shared = first.src == second.src || first.src == second.dst;
    at = src_shared ? first.dst : first.src;
  } else {
    at = (first.dst == subject && !from_owner) ? first.dst : first.src;
  }
  std::string text;
  for (std::size_t i = 0; i < chain.size(); ++i) {
    const ChainLink& l = chain[i];
    std::string label = l.rel_label;
    if (l.percent) {
      char buf[32];
      std::snprintf(buf, sizeof buf, " %g%%", *l.percent);
      label += buf;
    }
    std::string src = NameOr(l.src_name, l.src);
    std::string dst = NameOr(l.dst_name, l.dst);
    if (l.src == at) {
      if (i == 0) text = src;
      text += " -[" + label + "]-> " + dst;
      at = l.dst;
    } else {
      if (i == 0) text = dst;
      text += " <-[" + label + "]- " + src;
      at = l.src;
    }
  }
  return text;
}

}  // namespace

void WriteResultTable(const QueryResult& result, std::ostream& out) {
  out << result.type << " of " << NameOr(result.subject.name, result.subject.id);
  if (result.target) out << " to " << NameOr(result.target->name, result.target->id);
  if (!result.relations.empty()) out << " (relations: " << result.relations << ")";
  out << ": " << result.results.size() << " result" << (result.results.size() == 1 ? "" : "s")
      << "\n";
  if (!result.results.empty()) {
    std::size_t width = 6;
    for (const ResultRow& row : result.results) {
      width = std::max(width, NameOr(row.entity.name, row.entity.id).size());
    }
    width = std::min<std::size_t>(width, 48);
    char head[160];
    std::snprintf(head, sizeof head, "%-*s  %-10s  %4s  %8s  %s\n", static_cast<int>(width),
                  "entity", "kind", "hops", "weight", "chain");
    out << head;
    for (const ResultRow& row : result.results) {
      char line[256];
      std::snprintf(line, sizeof line, "%-*s  %-10s  %4d  %8s  ", static_cast<int>(width),
                    NameOr(row.entity.name, row.entity.id).c_str(),
                    std::string(EntityKindName(row.entity.kind)).c_str(), row.hops,
                    FormatWeight(row.weight).c_str());
      out << line << FormatChain(row.chain, result.subject.id, result.type == "owners") << "\n";
    }
  }
  for (const std::string& note : result.notes) out << "note: " << note << "\n";
}

}  // namespace corpgraph
