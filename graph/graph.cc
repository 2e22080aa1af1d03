#include "graph/graph.h"

#include <algorithm>
#include <charconv>

#include "graph/normalize.h"

namespace corpgraph {

std::string GraphReader::RelationLabel(Relation rel) const {
  std::string_view name = RelationName(rel);
  if (!name.empty()) return std::string(name);
  return "rel" + std::to_string(static_cast<unsigned>(rel));
}

Status GraphReader::ForEachEdgeOfAll(const EdgeVisitor& visit) const {
  Status inner;
  bool stopped = false;
  Status outer = ForEachEntity([&](const Entity& e) {
    inner = ForEachEdge(e.id, Direction::kOut, RelationSet::All(), [&](const EdgeRef& edge) {
      if (!visit(edge)) stopped = true;
      return !stopped;
    });
    return inner.ok() && !stopped;
  });
  CORPGRAPH_RETURN_IF_ERROR(outer);
  return inner;
}

Status GraphReader::ForEachFullEdge(const std::function<bool(const Edge&)>& visit) const {
  Status error;
  Status scan = ForEachEdgeOfAll([&](const EdgeRef& ref) {
    StatusOr<Edge> edge = GetEdge(ref.src, ref.rel, ref.dst);
    if (!edge.ok()) {
      error = edge.status();
      return false;
    }
    if (edge->rel_name.empty() && static_cast<std::uint8_t>(edge->rel) >= kFirstCustomRelation) {
      edge->rel_name = RelationLabel(edge->rel);
    }
    return visit(*edge);
  });
  CORPGRAPH_RETURN_IF_ERROR(scan);
  return error;
}

StatusOr<Entity> GraphReader::GetEntitySummary(EntityId id) const {
  StatusOr<Entity> found = GetEntity(id);
  if (!found.ok()) return found.status();
  Entity summary;
  summary.id = found->id;
  summary.name = std::move(found->name);
  summary.kind = found->kind;
  summary.country = std::move(found->country);
  return summary;
}

StatusOr<std::optional<Evidence>> GraphReader::GetFirstEvidence(EntityId src, Relation rel,
                                                                EntityId dst) const {
  StatusOr<Edge> edge = GetEdge(src, rel, dst);
  if (!edge.ok()) return edge.status();
  if (edge->evidence.empty()) return std::optional<Evidence>();
  return std::optional<Evidence>(std::move(edge->evidence.front()));
}

EntityId Graph::AddEntity(Entity entity) {
  if (entity.id == kNoEntity) entity.id = next_id_;
  next_id_ = std::max(next_id_, entity.id + 1);
  size_t index = entities_.size();
  index_of_[entity.id] = index;
  IndexName(entity.name, index);
  for (const std::string& alias : entity.aliases) IndexName(alias, index);
  EntityId id = entity.id;
  entities_.push_back(std::move(entity));
  return id;
}

void Graph::AddAlias(EntityId id, std::string_view alias) {
  Entity* e = mutable_entity(id);
  if (e == nullptr || alias.empty() || alias == e->name) return;
  if (std::find(e->aliases.begin(), e->aliases.end(), alias) != e->aliases.end()) return;
  e->aliases.emplace_back(alias);
  IndexName(alias, index_of_.at(id));
}

void Graph::IndexName(std::string_view name, size_t index) {
  std::string key = NormalizeName(name);
  if (key.empty()) return;
  auto [first, last] = by_name_.equal_range(key);
  for (auto it = first; it != last; ++it) {
    if (it->second == index) return;
  }
  by_name_.emplace(std::move(key), index);
}

const size_t* Graph::FindEdgeIndex(EntityId src, Relation rel, EntityId dst) const {
  auto it = edge_index_.find({src, rel, dst});
  if (it == edge_index_.end() && IsSymmetric(rel)) it = edge_index_.find({dst, rel, src});
  return it == edge_index_.end() ? nullptr : &it->second;
}

Edge& Graph::AddEdge(Edge edge) {
  if (const size_t* existing = FindEdgeIndex(edge.src, edge.rel, edge.dst)) {
    Edge& stored = edges_[*existing];
    EdgeAttributes& a = stored.attrs;
    const EdgeAttributes& b = edge.attrs;
    // A current statement outweighs a past one made elsewhere: its role replaces the former
    // role. Two readings of one sentence are one statement, and the past reading stands.
    bool same_statement = std::all_of(stored.evidence.begin(), stored.evidence.end(), [&](const Evidence& old) {
      return std::any_of(edge.evidence.begin(), edge.evidence.end(), [&](const Evidence& ev) {
        return old.document == ev.document && old.begin == ev.begin && old.end == ev.end;
      });
    });
    if (a.former != b.former && same_statement) {
      a.former = true;
    } else if (a.former && !b.former) {
      if (!b.role.empty()) a.role = b.role;
      a.former = false;
    }
    if (!a.percent) a.percent = b.percent;
    if (!a.amount) {
      a.amount = b.amount;
      a.currency = b.currency;
    }
    auto fill = [](std::string& mine, const std::string& theirs) {
      if (mine.empty()) mine = theirs;
    };
    fill(a.date, b.date);
    fill(a.what, b.what);
    fill(a.segment, b.segment);
    fill(a.role, b.role);
    fill(a.from, b.from);
    fill(a.end_date, b.end_date);
    for (auto& [k, v] : b.properties) a.properties.emplace(k, v);
    for (Evidence& ev : edge.evidence) stored.evidence.push_back(std::move(ev));
    return stored;
  }
  size_t index = edges_.size();
  edge_index_[{edge.src, edge.rel, edge.dst}] = index;
  out_[edge.src].push_back(index);
  in_[edge.dst].push_back(index);
  edges_.push_back(std::move(edge));
  return edges_.back();
}

const Entity* Graph::entity(EntityId id) const {
  auto it = index_of_.find(id);
  return it == index_of_.end() ? nullptr : &entities_[it->second];
}

Entity* Graph::mutable_entity(EntityId id) {
  auto it = index_of_.find(id);
  return it == index_of_.end() ? nullptr : &entities_[it->second];
}

StatusOr<Entity> Graph::GetEntity(EntityId id) const {
  const Entity* e = entity(id);
  if (e == nullptr) return Status::NotFound("no entity with id " + std::to_string(id));
  return *e;
}

StatusOr<EntityId> Graph::FindEntity(std::string_view name_or_id) const {
  if (std::optional<EntityId> id = ParseEntityId(name_or_id); id && entity(*id) != nullptr) return *id;
  std::string key = NormalizeName(name_or_id);
  auto [first, last] = by_name_.equal_range(key);
  const Entity* best = nullptr;
  bool best_by_name = false;
  for (auto it = first; it != last; ++it) {
    const Entity& candidate = entities_[it->second];
    bool by_name = NormalizeName(candidate.name) == key;
    if (best == nullptr || (by_name && !best_by_name) ||
        (by_name == best_by_name && candidate.id < best->id)) {
      best = &candidate;
      best_by_name = by_name;
    }
  }
  if (best == nullptr) return Status::NotFound("no entity named '" + std::string(name_or_id) + "'");
  return best->id;
}

Status Graph::ForEachEdge(EntityId node, Direction dir, const RelationSet& rels,
                          const EdgeVisitor& visit) const {
  auto walk = [&](const std::unordered_map<EntityId, std::vector<size_t>>& adjacency,
                  bool skip_self_loops) {
    auto it = adjacency.find(node);
    if (it == adjacency.end()) return true;
    for (size_t index : it->second) {
      const Edge& e = edges_[index];
      if (!rels.Contains(e.rel)) continue;
      if (skip_self_loops && e.src == e.dst) continue;
      if (!visit(EdgeRef{e.src, e.dst, e.rel, e.attrs.percent})) return false;
    }
    return true;
  };
  if (dir != Direction::kIn && !walk(out_, false)) return Status::Ok();
  if (dir != Direction::kOut) walk(in_, dir == Direction::kBoth);
  return Status::Ok();
}

StatusOr<Edge> Graph::GetEdge(EntityId src, Relation rel, EntityId dst) const {
  auto it = edge_index_.find({src, rel, dst});
  if (it == edge_index_.end()) {
    return Status::NotFound("no " + RelationLabel(rel) + " edge " + std::to_string(src) + " -> " +
                            std::to_string(dst));
  }
  return edges_[it->second];
}

Status Graph::ForEachEntity(const EntityVisitor& visit) const {
  std::vector<const Entity*> sorted;
  sorted.reserve(entities_.size());
  for (const Entity& e : entities_) sorted.push_back(&e);
  std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->id < b->id; });
  for (const Entity* e : sorted) {
    if (!visit(*e)) break;
  }
  return Status::Ok();
}

}  // namespace corpgraph
