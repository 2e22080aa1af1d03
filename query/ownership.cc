// Owners and Subsidiaries: every simple chain of owns edges from the subject, up or down.
//
// A depth-first walk enumerates the distinct chains (a chain never revisits a node; a cut
// cycle is reported in the notes). Each arrival at an entity adds the product of the chain's
// fractions to that entity's effective share; the entity's row keeps the shortest chain's hop
// count and the chain with the largest product (ties: fewer hops) as its explanation.
#include <algorithm>
#include <set>

#include "query/explain.h"
#include "query/id_map.h"
#include "query/query.h"

namespace corpgraph {
namespace {

using query_internal::Explainer;
using query_internal::IdMap;

constexpr std::size_t kMaxNotes = 20;

struct Reached {
  EntityId id = kNoEntity;
  double share = 0;
  bool unknown = false;    // some chain has an owns edge without percent
  bool continues = false;  // has an owns edge further up (down) that was followed or cut
  int hops = 0;
  std::size_t chains = 0;
  double best_product = -1;
  std::vector<EdgeRef> best_chain;
};

class OwnershipWalk {
 public:
  OwnershipWalk(const GraphReader& reader, const OwnershipOptions& options, bool upward)
      : reader_(reader), options_(options), upward_(upward) {}

  Status Run(EntityId subject) {
    stack_.push_back(subject);
    return Visit(subject, 1.0, false);
  }

  std::vector<Reached>& reached() { return reached_; }
  const std::vector<std::vector<EntityId>>& cycles() const { return cycles_; }

 private:
  Status Visit(EntityId node, double product, bool unknown) {
    std::vector<EdgeRef> edges;
    Status s = reader_.ForEachEdge(node, upward_ ? Direction::kIn : Direction::kOut,
                                   {Relation::kOwns}, [&](const EdgeRef& e) {
                                     if (e.src == e.dst) return true;
                                     if (e.percent && *e.percent < options_.min_percent) {
                                       return true;
                                     }
                                     edges.push_back(e);
                                     return true;
                                   });
    if (!s.ok()) return s;
    if (stack_.size() > 1 && !edges.empty()) reached_[current_slot_.back()].continues = true;
    int depth = static_cast<int>(stack_.size()) - 1;
    for (const EdgeRef& e : edges) {
      EntityId other = upward_ ? e.src : e.dst;
      if (std::find(stack_.begin(), stack_.end(), other) != stack_.end()) {
        if (cycles_.size() < kMaxNotes) {
          std::vector<EntityId> cycle(std::find(stack_.begin(), stack_.end(), other), stack_.end());
          cycle.push_back(other);
          cycles_.push_back(std::move(cycle));
        }
        continue;
      }
      if (depth >= options_.depth) continue;
      if (++chains_ > options_.max_chains) {
        return Status::ResourceExhausted("more than " + std::to_string(options_.max_chains) +
                                         " ownership chains; lower the depth or raise "
                                         "min_percent");
      }
      double next_product = product * query_internal::Fraction(e.percent);
      bool next_unknown = unknown || !e.percent;
      auto [slot, inserted] = index_.Insert(other, static_cast<std::uint32_t>(reached_.size()));
      if (inserted) reached_.push_back(Reached{.id = other, .hops = depth + 1});
      chain_.push_back(e);
      {
        Reached& r = reached_[slot];
        r.share += next_product;
        r.unknown = r.unknown || next_unknown;
        r.hops = std::min(r.hops, depth + 1);
        ++r.chains;
        if (options_.explain &&
            (next_product > r.best_product ||
             (next_product == r.best_product && chain_.size() < r.best_chain.size()))) {
          r.best_product = next_product;
          r.best_chain = chain_;
        }
      }
      stack_.push_back(other);
      current_slot_.push_back(slot);
      Status inner = Visit(other, next_product, next_unknown);
      current_slot_.pop_back();
      stack_.pop_back();
      chain_.pop_back();
      if (!inner.ok()) return inner;
    }
    return Status::Ok();
  }

  const GraphReader& reader_;
  const OwnershipOptions& options_;
  bool upward_;
  std::vector<EntityId> stack_;              // the chain's nodes, subject first
  std::vector<std::uint32_t> current_slot_;  // reached_ slot of stack_[1..]
  std::vector<EdgeRef> chain_;               // the chain's edges
  std::vector<Reached> reached_;
  std::vector<std::vector<EntityId>> cycles_;
  IdMap index_;
  std::size_t chains_ = 0;
};

StatusOr<QueryResult> Ownership(const GraphReader& reader, EntityId subject,
                                const OwnershipOptions& options, bool upward) {
  CORPGRAPH_RETURN_IF_ERROR(query_internal::CheckDepth(options.depth));
  Explainer explainer(reader, options.explain);
  QueryResult result;
  result.type = upward ? "owners" : "subsidiaries";
  result.depth = options.depth;
  result.relations = "owns";
  {
    StatusOr<Entity> s = explainer.Describe(subject);
    if (!s.ok()) return s.status();
    result.subject.id = s->id;
    result.subject.name = s->name;
    result.subject.kind = s->kind;
  }
  OwnershipWalk walk(reader, options, upward);
  CORPGRAPH_RETURN_IF_ERROR(walk.Run(subject));

  for (Reached& r : walk.reached()) {
    if (options.ultimate && r.continues) continue;
    ResultRow row;
    StatusOr<Entity> entity = explainer.Describe(r.id);
    if (!entity.ok()) return entity.status();
    row.entity = std::move(*entity);
    row.hops = r.hops;
    if (!r.unknown) row.weight = r.share;
    row.chains = r.chains;
    if (options.explain) {
      // Stored from the subject outward; a reader wants it from the far end inward upward.
      std::vector<EdgeRef> chain = r.best_chain;
      if (upward) std::reverse(chain.begin(), chain.end());
      for (const EdgeRef& e : chain) {
        StatusOr<ChainLink> link = explainer.Link(e);
        if (!link.ok()) return link.status();
        row.chain.push_back(std::move(*link));
      }
    }
    result.results.push_back(std::move(row));
  }
  query_internal::RankRows(result.results);

  std::set<std::string> seen;
  for (const std::vector<EntityId>& cycle : walk.cycles()) {
    std::string text = "cycle cut:";
    for (EntityId id : cycle) {
      StatusOr<Entity> e = explainer.Describe(id);
      text += " ";
      text += (e.ok() && !e->name.empty()) ? e->name : std::to_string(id);
      if (&id != &cycle.back()) text += upward ? " <- owned by" : " -> owns";
    }
    if (seen.insert(text).second) result.notes.push_back(std::move(text));
  }
  return result;
}

}  // namespace

StatusOr<QueryResult> Owners(const GraphReader& reader, EntityId subject,
                             const OwnershipOptions& options) {
  return Ownership(reader, subject, options, /*upward=*/true);
}

StatusOr<QueryResult> Subsidiaries(const GraphReader& reader, EntityId subject,
                                   const OwnershipOptions& options) {
  return Ownership(reader, subject, options, /*upward=*/false);
}

}  // namespace corpgraph
