// A GraphReader that forwards every call to another reader, for readers that change one
// aspect of a source and keep the rest: override what changes and inherit the other calls.
// The whole-graph scans (ForEachEdgeOfAll, ForEachFullEdge) are not forwarded: their default
// implementations go through this reader's ForEachEdge, so they follow an override of it.
//
//   class CountingReader : public ForwardingReader {
//    public:
//     using ForwardingReader::ForwardingReader;
//     Status ForEachEdge(...) const override { ++calls_; return source().ForEachEdge(...); }
//   };
#pragma once

#include <string>

#include "graph/graph_reader.h"

namespace corpgraph {

class ForwardingReader : public GraphReader {
 public:
  // `source` must outlive this reader.
  explicit ForwardingReader(const GraphReader& source) : source_(source) {}

  StatusOr<Entity> GetEntity(EntityId id) const override { return source_.GetEntity(id); }
  StatusOr<EntityId> FindEntity(std::string_view name_or_id) const override {
    return source_.FindEntity(name_or_id);
  }
  Status ForEachEdge(EntityId node, Direction dir, const RelationSet& rels,
                     const EdgeVisitor& visit) const override {
    return source_.ForEachEdge(node, dir, rels, visit);
  }
  StatusOr<Edge> GetEdge(EntityId src, Relation rel, EntityId dst) const override {
    return source_.GetEdge(src, rel, dst);
  }
  Status ForEachEntity(const EntityVisitor& visit) const override {
    return source_.ForEachEntity(visit);
  }
  StatusOr<Entity> GetEntitySummary(EntityId id) const override {
    return source_.GetEntitySummary(id);
  }
  StatusOr<std::optional<Evidence>> GetFirstEvidence(EntityId src, Relation rel,
                                                     EntityId dst) const override {
    return source_.GetFirstEvidence(src, rel, dst);
  }
  std::string RelationLabel(Relation rel) const override { return source_.RelationLabel(rel); }

 protected:
  const GraphReader& source() const { return source_; }

 private:
  const GraphReader& source_;
};

}  // namespace corpgraph
