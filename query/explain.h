// Internal to query/: turning ids and edge references into the readable parts of a result
// (names, kinds, evidence), with a per-query cache so a chain's shared nodes are read once.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "graph/graph_reader.h"
#include "query/query.h"

namespace corpgraph::query_internal {

class Explainer {
 public:
  Explainer(const GraphReader& reader, bool explain) : reader_(reader), explain_(explain) {}

  // The entity trimmed to id, name and kind (id only when not explaining). NotFound when it
  // does not exist and explaining; without explain the id is taken on trust.
  StatusOr<Entity> Describe(EntityId id);

  // A chain link for `edge`: names and the first evidence when explaining. A missing edge
  // record (evidence) is not an error: the link then has no evidence.
  StatusOr<ChainLink> Link(const EdgeRef& edge);

  bool explain() const { return explain_; }

 private:
  // The cached summary of `id` (stable while this Explainer lives); NotFound when none.
  StatusOr<const Entity*> Lookup(EntityId id);

  const GraphReader& reader_;
  bool explain_;
  std::unordered_map<EntityId, Entity> cache_;
};

// InvalidArgument unless 1 <= depth <= kMaxQueryDepth.
Status CheckDepth(int depth);

// The relation filter as text for QueryResult::relations: "" when it is every relation.
std::string DescribeRelations(const GraphReader& reader, const RelationSet& rels);

// Sorts rows by weight (descending, unknown last), hops, then entity id.
void RankRows(std::vector<ResultRow>& rows);

// Ownership fraction of an edge's percent: p/100 clamped to [0, 1]; 1.0 when unstated.
double Fraction(const std::optional<double>& percent);

}  // namespace corpgraph::query_internal
