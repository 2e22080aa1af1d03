// An in-memory corporate graph: what one extraction produces, what a query loads as a
// subgraph, and a GraphReader for tests and small data.
//
//   Graph g;
//   EntityId acme = g.AddEntity({.name = "Acme Inc.", .aliases = {"Acme"}});
//   EntityId sub = g.AddEntity({.name = "Acme Europe Ltd."});
//   Edge& e = g.AddEdge({.src = acme, .dst = sub, .rel = Relation::kOwns});
//   e.attrs.percent = 100;
//
// Not thread-safe for writes; concurrent const use is fine.
#pragma once

#include <map>
#include <string>
#include <tuple>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/graph_reader.h"
#include "graph/model.h"

namespace corpgraph {

class Graph : public GraphReader {
 public:
  Graph() = default;

  // Adds an entity and returns its id: `entity.id` when set (REQUIRES: not used yet),
  // otherwise the next free id. Its name and aliases become findable.
  EntityId AddEntity(Entity entity);

  // Adds `alias` to the entity's aliases unless it is its name or already an alias.
  // REQUIRES: `id` exists.
  void AddAlias(EntityId id, std::string_view alias);

  // Adds an edge, or merges it into the existing edge with the same (src, rel, dst) (either
  // orientation for symmetric relations): evidence is appended, attributes not yet set are
  // filled in, and the edge is former only while every statement of it is (a current one's
  // role replaces a former one's; two readings of the same evidence span are one statement,
  // former when either is). Returns the stored edge; the reference is valid until the next AddEdge.
  // REQUIRES: both endpoints exist.
  Edge& AddEdge(Edge edge);

  const std::vector<Entity>& entities() const { return entities_; }
  const std::vector<Edge>& edges() const { return edges_; }
  // nullptr when the id does not exist.
  const Entity* entity(EntityId id) const;
  Entity* mutable_entity(EntityId id);

  // GraphReader
  StatusOr<Entity> GetEntity(EntityId id) const override;
  StatusOr<EntityId> FindEntity(std::string_view name_or_id) const override;
  Status ForEachEdge(EntityId node, Direction dir, const RelationSet& rels,
                     const EdgeVisitor& visit) const override;
  StatusOr<Edge> GetEdge(EntityId src, Relation rel, EntityId dst) const override;
  Status ForEachEntity(const EntityVisitor& visit) const override;

 private:
  using EdgeKey = std::tuple<EntityId, Relation, EntityId>;
  void IndexName(std::string_view name, size_t index);
  // Position of the edge in edges_, trying the reverse orientation for symmetric relations.
  const size_t* FindEdgeIndex(EntityId src, Relation rel, EntityId dst) const;

  std::vector<Entity> entities_;
  std::unordered_map<EntityId, size_t> index_of_;          // id -> position in entities_
  std::unordered_multimap<std::string, size_t> by_name_;   // normalized name -> position
  std::vector<Edge> edges_;
  std::map<EdgeKey, size_t> edge_index_;
  std::unordered_map<EntityId, std::vector<size_t>> out_;  // src -> edge positions
  std::unordered_map<EntityId, std::vector<size_t>> in_;   // dst -> edge positions
  EntityId next_id_ = 0;
};

}  // namespace corpgraph
