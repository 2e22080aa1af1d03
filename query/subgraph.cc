// LoadSubgraph and AnswerGraph: copy the part of a stored graph that a diagram shows.
#include <deque>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "query/diagram.h"
#include "query/explain.h"

namespace corpgraph {
namespace {

// Adds `ids` as entities and every stored edge among them passing `rels` (full records).
Status CopyInduced(const GraphReader& reader, const std::vector<EntityId>& ids,
                   const RelationSet& rels, Graph* out) {
  std::unordered_set<EntityId> members(ids.begin(), ids.end());
  for (EntityId id : ids) {
    StatusOr<Entity> e = reader.GetEntity(id);
    if (!e.ok()) return e.status();
    out->AddEntity(std::move(*e));
  }
  for (EntityId id : ids) {
    std::vector<EdgeRef> edges;
    CORPGRAPH_RETURN_IF_ERROR(reader.ForEachEdge(id, Direction::kOut, rels, [&](const EdgeRef& e) {
      if (members.count(e.dst)) edges.push_back(e);
      return true;
    }));
    for (const EdgeRef& ref : edges) {
      StatusOr<Edge> full = reader.GetEdge(ref.src, ref.rel, ref.dst);
      if (full.ok()) {
        if (full->rel_name.empty() && RelationName(full->rel).empty()) {
          full->rel_name = reader.RelationLabel(full->rel);
        }
        out->AddEdge(std::move(*full));
      } else if (full.status().IsNotFound()) {
        Edge e{.src = ref.src, .dst = ref.dst, .rel = ref.rel};
        e.attrs.percent = ref.percent;
        out->AddEdge(std::move(e));
      } else {
        return full.status();
      }
    }
  }
  return Status::Ok();
}

}  // namespace

StatusOr<Graph> LoadSubgraph(const GraphReader& reader, const SubgraphOptions& options) {
  if (options.relations.empty()) return Status::InvalidArgument("the relation filter is empty");
  std::vector<EntityId> ids;
  if (!options.center) {
    CORPGRAPH_RETURN_IF_ERROR(reader.ForEachEntity([&](const Entity& e) {
      ids.push_back(e.id);
      return true;
    }));
  } else {
    CORPGRAPH_RETURN_IF_ERROR(query_internal::CheckDepth(options.depth));
    StatusOr<Entity> center = reader.GetEntity(*options.center);
    if (!center.ok()) return center.status();
    std::unordered_map<EntityId, int> dist{{*options.center, 0}};
    std::deque<EntityId> queue{*options.center};
    ids.push_back(*options.center);
    while (!queue.empty()) {
      EntityId at = queue.front();
      queue.pop_front();
      int d = dist[at];
      if (d == options.depth) continue;
      CORPGRAPH_RETURN_IF_ERROR(
          reader.ForEachEdge(at, Direction::kBoth, options.relations, [&](const EdgeRef& e) {
            EntityId other = e.src == at ? e.dst : e.src;
            if (dist.emplace(other, d + 1).second) {
              ids.push_back(other);
              queue.push_back(other);
            }
            return true;
          }));
    }
  }
  Graph g;
  CORPGRAPH_RETURN_IF_ERROR(CopyInduced(reader, ids, options.relations, &g));
  return g;
}

StatusOr<AnswerDiagram> AnswerGraph(const GraphReader& reader, const QueryResult& result) {
  std::vector<EntityId> ids{result.subject.id};
  std::set<EntityId> seen{result.subject.id};
  AnswerDiagram d;
  auto add = [&](EntityId id) {
    if (seen.insert(id).second) ids.push_back(id);
  };
  if (result.target) add(result.target->id);
  for (const ResultRow& row : result.results) {
    add(row.entity.id);
    for (const ChainLink& link : row.chain) {
      add(link.src);
      add(link.dst);
      d.options.highlight_edges.insert({link.src, link.rel, link.dst});
    }
  }
  CORPGRAPH_RETURN_IF_ERROR(CopyInduced(reader, ids, RelationSet::All(), &d.graph));
  d.options.highlight.insert(result.subject.id);
  if (result.target) d.options.highlight.insert(result.target->id);
  d.options.title = result.type + " of " + result.subject.name;
  if (result.target) d.options.title += " to " + result.target->name;
  d.options.left_to_right = result.type != "owners" && result.type != "subsidiaries";
  return d;
}

}  // namespace corpgraph
