// TrimEgoNetwork: the strongest neighbours of a hub per relation, the rest counted.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_set>

#include "query/diagram.h"

namespace corpgraph {
namespace {

struct Candidate {
  EntityId neighbour = kNoEntity;
  double percent = -1;  // -1 when the edge states none
  size_t evidence = 0;
  double confidence = 0;
  const std::string* name = nullptr;
};

// Stronger first: percent, evidence count, best confidence, then name for a stable order.
bool Stronger(const Candidate& a, const Candidate& b) {
  if (a.percent != b.percent) return a.percent > b.percent;
  if (a.evidence != b.evidence) return a.evidence > b.evidence;
  if (a.confidence != b.confidence) return a.confidence > b.confidence;
  return *a.name < *b.name;
}

}  // namespace

TrimmedEgo TrimEgoNetwork(const Graph& ego, const EgoTrimOptions& options) {
  const EntityId center = options.center;
  // (relation label, incoming) -> candidates; a symmetric relation counts as outgoing.
  std::map<std::tuple<std::string, Relation, bool>, std::vector<Candidate>> groups;
  for (const Edge& e : ego.edges()) {
    if (e.src != center && e.dst != center) continue;
    if (e.src == center && e.dst == center) continue;
    bool incoming = e.dst == center && !IsSymmetric(e.rel);
    EntityId other = e.src == center ? e.dst : e.src;
    const Entity* entity = ego.entity(other);
    if (entity == nullptr) continue;
    Candidate c{.neighbour = other, .evidence = e.evidence.size(), .name = &entity->name};
    if (e.attrs.percent) c.percent = *e.attrs.percent;
    for (const Evidence& ev : e.evidence) c.confidence = std::max(c.confidence, ev.confidence);
    std::string label = e.rel_name.empty() ? ego.RelationLabel(e.rel) : e.rel_name;
    groups[{label, e.rel, incoming}].push_back(c);
  }

  TrimmedEgo out;
  std::unordered_set<EntityId> kept{center};
  std::set<EntityId> adjacent_to_center;
  for (auto& [key, candidates] : groups) {
    std::sort(candidates.begin(), candidates.end(), Stronger);
    // One neighbour may appear twice in a group (parallel edges); count it once.
    std::vector<EntityId> distinct;
    for (const Candidate& c : candidates) {
      adjacent_to_center.insert(c.neighbour);
      if (std::find(distinct.begin(), distinct.end(), c.neighbour) == distinct.end())
        distinct.push_back(c.neighbour);
    }
    size_t limit =
        options.max_per_group > 0 ? static_cast<size_t>(options.max_per_group) : distinct.size();
    for (size_t i = 0; i < distinct.size() && i < limit; ++i) kept.insert(distinct[i]);
  }
  for (auto& [key, candidates] : groups) {
    // Left out: the group's neighbours that no group kept.
    std::set<EntityId> left_out;
    for (const Candidate& c : candidates) {
      if (!kept.count(c.neighbour)) left_out.insert(c.neighbour);
    }
    if (left_out.empty()) continue;
    const auto& [label, rel, incoming] = key;
    out.options.elided.push_back(ElidedNeighbours{.anchor = center,
                                                  .rel = rel,
                                                  .rel_label = label,
                                                  .incoming = incoming,
                                                  .count = left_out.size()});
  }
  // Farther entities (depth > 1) stay when they hang on a kept neighbour.
  std::unordered_set<EntityId> farther;
  for (const Edge& e : ego.edges()) {
    for (auto [a, b] : {std::pair{e.src, e.dst}, std::pair{e.dst, e.src}}) {
      if (kept.count(a) && a != center && !kept.count(b) && !adjacent_to_center.count(b) &&
          b != center) {
        farther.insert(b);
      }
    }
  }
  kept.insert(farther.begin(), farther.end());

  for (const Entity& entity : ego.entities()) {
    if (kept.count(entity.id)) out.graph.AddEntity(entity);
  }
  for (const Edge& e : ego.edges()) {
    if (kept.count(e.src) && kept.count(e.dst)) out.graph.AddEdge(e);
  }
  out.options.highlight = {center};
  if (out.graph.entities().size() > static_cast<size_t>(std::max(0, options.radial_above))) {
    out.options.layout = "twopi";
    out.options.root = center;
  }
  return out;
}

}  // namespace corpgraph
