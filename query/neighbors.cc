// Neighbors: the edges at one entity, filtered by direction and relation while scanning.
#include "query/explain.h"
#include "query/query.h"

namespace corpgraph {

StatusOr<QueryResult> Neighbors(const GraphReader& reader, EntityId subject,
                                const NeighborOptions& options) {
  if (options.relations.empty()) return Status::InvalidArgument("the relation filter is empty");
  query_internal::Explainer explainer(reader, options.explain);
  QueryResult result;
  result.type = "neighbors";
  result.depth = 1;
  result.relations = query_internal::DescribeRelations(reader, options.relations);
  StatusOr<Entity> s = explainer.Describe(subject);
  if (!s.ok()) return s.status();
  result.subject = std::move(*s);

  std::vector<EdgeRef> edges;
  CORPGRAPH_RETURN_IF_ERROR(
      reader.ForEachEdge(subject, options.dir, options.relations, [&](const EdgeRef& e) {
        edges.push_back(e);
        return true;
      }));
  result.results.reserve(edges.size());
  for (const EdgeRef& e : edges) {
    ResultRow row;
    StatusOr<Entity> other = explainer.Describe(e.src == subject ? e.dst : e.src);
    if (!other.ok()) return other.status();
    row.entity = std::move(*other);
    row.hops = 1;
    if (e.percent) row.weight = query_internal::Fraction(e.percent);
    StatusOr<ChainLink> link = explainer.Link(e);
    if (!link.ok()) return link.status();
    row.chain.push_back(std::move(*link));
    result.results.push_back(std::move(row));
  }
  return result;
}

}  // namespace corpgraph
