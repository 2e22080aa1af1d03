// Dependencies and Exposure: one hop-bounded best-weight walk over "depends on" steps.
//
// Layer k holds the entities whose best chain weight improved with a chain of exactly k hops.
// Weights are products of fractions <= 1, so a best chain never revisits a node: removing the
// loop would keep the weight and drop hops. Each improvement is an entry pointing at the
// predecessor's entry of the previous layer, so a row's chain is read back from its entries
// and always has exactly as many hops as the layer that set its weight (the fewest hops among
// best-weight chains, since only strict improvements create entries).
#include <array>
#include <cstdint>

#include "query/explain.h"
#include "query/id_map.h"
#include "query/query.h"

namespace corpgraph {
namespace {

using query_internal::Explainer;
using query_internal::IdMap;

// The relations followed from a node against their stored direction (kIn) and along it (kOut).
struct StepRelations {
  RelationSet in;
  RelationSet out;
};

// "Y depends on Z": Z supplies/lends_to/regulates Y (edges into Y), Y owns/invests_in Z
// (edges out of Y), partners either way. Exposure walks the same edges the other way round.
StatusOr<StepRelations> StepsFor(bool exposure, const RelationSet& filter) {
  constexpr std::array<Relation, 3> kProviders = {Relation::kSupplies, Relation::kLendsTo,
                                                  Relation::kRegulates};
  constexpr std::array<Relation, 2> kStakes = {Relation::kOwns, Relation::kInvestsIn};
  StepRelations steps;
  RelationSet& provider_side = exposure ? steps.out : steps.in;
  RelationSet& stake_side = exposure ? steps.in : steps.out;
  for (Relation r : kProviders) {
    if (filter.Contains(r)) provider_side.Add(r);
  }
  for (Relation r : kStakes) {
    if (filter.Contains(r)) stake_side.Add(r);
  }
  if (filter.Contains(Relation::kPartners)) {
    steps.in.Add(Relation::kPartners);
    steps.out.Add(Relation::kPartners);
  }
  if (steps.in.empty() && steps.out.empty()) {
    return Status::InvalidArgument(
        "the relation filter keeps none of supplies, lends_to, regulates, partners, owns, "
        "invests_in");
  }
  return steps;
}

struct Entry {
  std::uint32_t node = 0;
  int layer = 0;
  double weight = 1.0;
  std::int64_t pred = -1;  // entry of the previous hop; -1 for the subject
  EdgeRef edge;            // the hop that reached `node`
};

struct Node {
  EntityId id = kNoEntity;
  int first_layer = 0;
  std::uint32_t latest = 0;  // entry holding the best weight so far
};

StatusOr<QueryResult> Walk(const GraphReader& reader, EntityId subject,
                           const TraversalOptions& options, bool exposure) {
  CORPGRAPH_RETURN_IF_ERROR(query_internal::CheckDepth(options.depth));
  StatusOr<StepRelations> steps = StepsFor(exposure, options.relations);
  if (!steps.ok()) return steps.status();
  Explainer explainer(reader, options.explain);
  QueryResult result;
  result.type = exposure ? "exposure" : "deps";
  result.depth = options.depth;
  result.relations = query_internal::DescribeRelations(reader, options.relations);
  {
    StatusOr<Entity> s = explainer.Describe(subject);
    if (!s.ok()) return s.status();
    result.subject.id = s->id;
    result.subject.name = s->name;
    result.subject.kind = s->kind;
  }

  std::vector<Node> nodes{Node{subject, 0, 0}};
  std::vector<Entry> entries{Entry{}};
  IdMap index;
  index.Insert(subject, 0);
  std::vector<std::uint32_t> frontier{0}, next;

  int layer = 0;
  double from_weight = 1.0;
  std::uint32_t from_entry = 0;
  auto relax = [&](const EdgeRef& edge, EntityId other) {
    if ((edge.rel == Relation::kOwns || edge.rel == Relation::kInvestsIn) && edge.percent &&
        *edge.percent < options.min_percent) {
      return;
    }
    double weight = from_weight;
    if (edge.rel == Relation::kOwns) weight *= query_internal::Fraction(edge.percent);
    auto [slot, inserted] = index.Insert(other, static_cast<std::uint32_t>(nodes.size()));
    if (inserted) {
      nodes.push_back(Node{other, layer, static_cast<std::uint32_t>(entries.size())});
      entries.push_back(Entry{slot, layer, weight, from_entry, edge});
      next.push_back(nodes[slot].latest);
      return;
    }
    Entry& best = entries[nodes[slot].latest];
    if (weight <= best.weight) return;
    if (best.layer == layer) {
      best.weight = weight;
      best.pred = from_entry;
      best.edge = edge;
      return;
    }
    nodes[slot].latest = static_cast<std::uint32_t>(entries.size());
    entries.push_back(Entry{slot, layer, weight, from_entry, edge});
    next.push_back(nodes[slot].latest);
  };
  Status failure;
  for (layer = 1; layer <= options.depth && !frontier.empty(); ++layer) {
    next.clear();
    for (std::uint32_t e : frontier) {
      from_entry = e;
      from_weight = entries[e].weight;
      EntityId at = nodes[entries[e].node].id;
      if (!steps->in.empty()) {
        failure = reader.ForEachEdge(at, Direction::kIn, steps->in, [&](const EdgeRef& edge) {
          if (edge.src != at) relax(edge, edge.src);
          return true;
        });
        if (!failure.ok()) return failure;
      }
      if (!steps->out.empty()) {
        failure = reader.ForEachEdge(at, Direction::kOut, steps->out, [&](const EdgeRef& edge) {
          if (edge.dst != at) relax(edge, edge.dst);
          return true;
        });
        if (!failure.ok()) return failure;
      }
    }
    frontier.swap(next);
  }

  result.results.reserve(nodes.size() - 1);
  // Chains share their prefixes (a row's chain is its predecessor's plus one hop), so each
  // entry's link is explained once and copied into every chain that passes through it.
  std::vector<std::int32_t> link_of_entry(options.explain ? entries.size() : 0, -1);
  std::vector<ChainLink> links;
  for (std::size_t i = 1; i < nodes.size(); ++i) {
    const Entry& best = entries[nodes[i].latest];
    ResultRow row;
    StatusOr<Entity> entity = explainer.Describe(nodes[i].id);
    if (!entity.ok()) return entity.status();
    row.entity = std::move(*entity);
    row.hops = nodes[i].first_layer;
    row.weight = best.weight;
    if (options.explain) {
      row.chain.resize(best.layer);
      std::int64_t e = nodes[i].latest;
      for (int k = best.layer - 1; k >= 0; --k) {
        std::int32_t& index = link_of_entry[static_cast<std::size_t>(e)];
        if (index < 0) {
          StatusOr<ChainLink> link = explainer.Link(entries[e].edge);
          if (!link.ok()) return link.status();
          index = static_cast<std::int32_t>(links.size());
          links.push_back(std::move(*link));
        }
        row.chain[k] = links[static_cast<std::size_t>(index)];
        e = entries[e].pred;
      }
    }
    result.results.push_back(std::move(row));
  }
  query_internal::RankRows(result.results);
  return result;
}

}  // namespace

StatusOr<QueryResult> Dependencies(const GraphReader& reader, EntityId subject,
                                   const TraversalOptions& options) {
  return Walk(reader, subject, options, /*exposure=*/false);
}

StatusOr<QueryResult> Exposure(const GraphReader& reader, EntityId subject,
                               const TraversalOptions& options) {
  return Walk(reader, subject, options, /*exposure=*/true);
}

}  // namespace corpgraph
