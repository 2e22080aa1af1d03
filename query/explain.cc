#include "query/explain.h"

#include <algorithm>

namespace corpgraph::query_internal {

StatusOr<Entity> Explainer::Describe(EntityId id) {
  if (!explain_) {
    Entity e;
    e.id = id;
    return e;
  }
  StatusOr<const Entity*> found = Lookup(id);
  if (!found.ok()) return found.status();
  return **found;
}

StatusOr<const Entity*> Explainer::Lookup(EntityId id) {
  auto it = cache_.find(id);
  if (it != cache_.end()) return &it->second;
  StatusOr<Entity> found = reader_.GetEntitySummary(id);
  if (!found.ok()) return found.status();
  return &cache_.emplace(id, std::move(*found)).first->second;
}

StatusOr<ChainLink> Explainer::Link(const EdgeRef& edge) {
  ChainLink link;
  link.src = edge.src;
  link.dst = edge.dst;
  link.rel = edge.rel;
  link.rel_label = reader_.RelationLabel(edge.rel);
  link.percent = edge.percent;
  if (!explain_) return link;
  StatusOr<const Entity*> src = Lookup(edge.src);
  if (!src.ok()) return src.status();
  StatusOr<const Entity*> dst = Lookup(edge.dst);
  if (!dst.ok()) return dst.status();
  link.src_name = (*src)->name;
  link.dst_name = (*dst)->name;
  StatusOr<std::optional<Evidence>> evidence = reader_.GetFirstEvidence(edge.src, edge.rel, edge.dst);
  if (evidence.ok()) {
    link.evidence = std::move(*evidence);
  } else if (!evidence.status().IsNotFound()) {
    return evidence.status();
  }
  return link;
}

Status CheckDepth(int depth) {
  if (depth < 1 || depth > kMaxQueryDepth) {
    return Status::InvalidArgument("depth must be between 1 and " + std::to_string(kMaxQueryDepth) +
                                   ", got " + std::to_string(depth));
  }
  return Status::Ok();
}

std::string DescribeRelations(const GraphReader& reader, const RelationSet& rels) {
  if (rels.IsAll()) return "";
  std::string text;
  for (unsigned code = 0; code < 256; ++code) {
    Relation rel = static_cast<Relation>(code);
    if (!rels.Contains(rel)) continue;
    if (!text.empty()) text += ",";
    text += reader.RelationLabel(rel);
  }
  return text;
}

void RankRows(std::vector<ResultRow>& rows) {
  std::stable_sort(rows.begin(), rows.end(), [](const ResultRow& a, const ResultRow& b) {
    if (a.weight.has_value() != b.weight.has_value()) return a.weight.has_value();
    if (a.weight && *a.weight != *b.weight) return *a.weight > *b.weight;
    if (a.hops != b.hops) return a.hops < b.hops;
    return a.entity.id < b.entity.id;
  });
}

double Fraction(const std::optional<double>& percent) {
  if (!percent) return 1.0;
  return std::clamp(*percent / 100.0, 0.0, 1.0);
}

}  // namespace corpgraph::query_internal
