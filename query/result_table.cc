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

// "NTT -[owns 26.9%]-> IIJ -[owns 79.5%]-> Trust Networks"
std::string FormatChain(const std::vector<ChainLink>& chain) {
  std::string text;
  for (std::size_t i = 0; i < chain.size(); ++i) {
    const ChainLink& l = chain[i];
    // Consecutive links share a node; print it once. Links may be stored either way round.
    EntityId shared = kNoEntity;
    if (i > 0) {
      const ChainLink& p = chain[i - 1];
      if (l.src == p.dst || l.src == p.src) shared = l.src;
      else shared = l.dst;
    }
    std::string label = l.rel_label;
    if (l.percent) {
      char buf[32];
      std::snprintf(buf, sizeof buf, " %g%%", *l.percent);
      label += buf;
    }
    std::string src = NameOr(l.src_name, l.src);
    std::string dst = NameOr(l.dst_name, l.dst);
    if (i == 0) {
      text = src + " -[" + label + "]-> " + dst;
    } else if (shared == l.src) {
      text += " -[" + label + "]-> " + dst;
    } else {
      text += " <-[" + label + "]- " + src;
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
      out << line << FormatChain(row.chain) << "\n";
    }
  }
  for (const std::string& note : result.notes) out << "note: " << note << "\n";
}

}  // namespace corpgraph
