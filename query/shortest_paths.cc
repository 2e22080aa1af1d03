// ShortestPaths: bidirectional breadth-first search ignoring edge direction, then a walk that
// lists the minimal chains.
//
// The two searches expand whole levels, the smaller frontier first. When the side being
// expanded to level L first touches a node the other side labelled (at its level M), the
// shortest distance is exactly L + M: no earlier contact means it exceeds (L - 1) + M, and
// every contact in this level has the other side's deepest level. For chains the level is
// completed; then every shortest chain is v0..vd with dA(v_i) = i up to position la (the
// source side's level) and dB(v_i) = d - i from there on, which the listing walk follows.
#include <algorithm>
#include <cstdint>

#include "query/explain.h"
#include "query/id_map.h"
#include "query/query.h"

namespace corpgraph {
namespace {

using query_internal::Explainer;
using query_internal::IdMap;

struct Side {
  IdMap index;  // id -> slot in dist
  std::vector<int> dist;
  std::vector<EntityId> frontier;  // nodes at distance `level`
  int level = 0;

  void Start(EntityId id) {
    index.Insert(id, 0);
    dist.push_back(0);
    frontier.push_back(id);
  }
  // Distance of `id` from this side's root; -1 when not labelled.
  int Dist(EntityId id) const {
    const std::uint32_t* slot = index.Find(id);
    return slot ? dist[*slot] : -1;
  }
};

EntityId OtherEnd(const EdgeRef& e, EntityId at) { return e.src == at ? e.dst : e.src; }

class PathSearch {
 public:
  PathSearch(const GraphReader& reader, const PathOptions& options)
      : reader_(reader), options_(options) {}

  // The shortest distance, or -1 when there is none within options.max_hops.
  StatusOr<int> Distance(EntityId from, EntityId to) {
    if (from == to) return 0;
    a_.Start(from);
    b_.Start(to);
    while (!a_.frontier.empty() && !b_.frontier.empty() &&
           a_.level + b_.level < options_.max_hops) {
      bool expand_a = a_.frontier.size() <= b_.frontier.size();
      Side& side = expand_a ? a_ : b_;
      const Side& other = expand_a ? b_ : a_;
      StatusOr<bool> met = ExpandLevel(side, other, /*stop_at_contact=*/!options_.explain);
      if (!met.ok()) return met.status();
      if (*met) return a_.level + b_.level;
    }
    return -1;
  }

  // REQUIRES: Distance(from, to) returned d > 0. Lists up to max_chains chains of d hops.
  Status ListChains(EntityId from, int d, std::vector<std::vector<EdgeRef>>* chains) {
    d_ = d;
    chains_ = chains;
    return Extend(from, 0);
  }

 private:
  StatusOr<bool> ExpandLevel(Side& side, const Side& other, bool stop_at_contact) {
    std::vector<EntityId> next;
    bool met = false;
    int level = side.level + 1;
    for (EntityId at : side.frontier) {
      Status s =
          reader_.ForEachEdge(at, Direction::kBoth, options_.relations, [&](const EdgeRef& e) {
            EntityId w = OtherEnd(e, at);
            auto [slot, inserted] =
                side.index.Insert(w, static_cast<std::uint32_t>(side.dist.size()));
            if (!inserted) return true;
            side.dist.push_back(level);
            next.push_back(w);
            if (other.index.Find(w) != nullptr) {
              met = true;
              if (stop_at_contact) return false;
            }
            return true;
          });
      if (!s.ok()) return s;
      if (met && stop_at_contact) break;
    }
    side.frontier.swap(next);
    side.level = level;
    return met;
  }

  // Whether position `i + 1` of a shortest chain may be `w`.
  bool Fits(EntityId w, int i) const {
    int pos = i + 1;
    if (pos <= a_.level && a_.Dist(w) != pos) return false;
    if (pos >= a_.level && b_.Dist(w) != d_ - pos) return false;
    return true;
  }

  // Extends chain_ (which ends at `at`, position i) to every completion, up to max_chains;
  // remembers `at` as dead when none completes.
  Status Extend(EntityId at, int i) {
    if (i == d_) {
      chains_->push_back(chain_);
      return Status::Ok();
    }
    if (dead_.Find(at) != nullptr) return Status::Ok();
    std::vector<EdgeRef> steps;
    Status s = reader_.ForEachEdge(at, Direction::kBoth, options_.relations, [&](const EdgeRef& e) {
      if (Fits(OtherEnd(e, at), i)) steps.push_back(e);
      return true;
    });
    if (!s.ok()) return s;
    std::size_t before = chains_->size();
    for (const EdgeRef& e : steps) {
      if (chains_->size() >= options_.max_chains) break;
      chain_.push_back(e);
      Status inner = Extend(OtherEnd(e, at), i + 1);
      chain_.pop_back();
      if (!inner.ok()) return inner;
    }
    if (chains_->size() == before) dead_.Insert(at, 0);
    return Status::Ok();
  }

  const GraphReader& reader_;
  const PathOptions& options_;
  Side a_, b_;
  int d_ = 0;
  std::vector<EdgeRef> chain_;
  std::vector<std::vector<EdgeRef>>* chains_ = nullptr;
  IdMap dead_;  // nodes from which no chain completes
};

}  // namespace

StatusOr<QueryResult> ShortestPaths(const GraphReader& reader, EntityId from, EntityId to,
                                    const PathOptions& options) {
  if (options.max_hops < 1) return Status::InvalidArgument("max_hops must be at least 1");
  if (options.relations.empty()) return Status::InvalidArgument("the relation filter is empty");
  Explainer explainer(reader, options.explain);
  QueryResult result;
  result.type = "path";
  result.depth = options.max_hops;
  result.relations = query_internal::DescribeRelations(reader, options.relations);
  StatusOr<Entity> a = explainer.Describe(from);
  if (!a.ok()) return a.status();
  StatusOr<Entity> b = explainer.Describe(to);
  if (!b.ok()) return b.status();
  result.subject = std::move(*a);
  result.target = *b;

  PathSearch search(reader, options);
  StatusOr<int> d = search.Distance(from, to);
  if (!d.ok()) return d.status();
  if (*d < 0) return result;
  if (*d == 0 || !options.explain || options.max_chains == 0) {
    ResultRow row;
    row.entity = *b;
    row.hops = *d;
    row.weight = 1.0;
    result.results.push_back(std::move(row));
    return result;
  }
  std::vector<std::vector<EdgeRef>> chains;
  CORPGRAPH_RETURN_IF_ERROR(search.ListChains(from, *d, &chains));
  for (const std::vector<EdgeRef>& chain : chains) {
    ResultRow row;
    row.entity = *b;
    row.hops = *d;
    double weight = 1.0;
    for (const EdgeRef& e : chain) {
      if (e.rel == Relation::kOwns) weight *= query_internal::Fraction(e.percent);
      StatusOr<ChainLink> link = explainer.Link(e);
      if (!link.ok()) return link.status();
      row.chain.push_back(std::move(*link));
    }
    row.weight = weight;
    result.results.push_back(std::move(row));
  }
  return result;
}

}  // namespace corpgraph
