#include "query/adjacency_snapshot.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace corpgraph {
namespace {

// Counting sort of (from, half) pairs into compressed rows.
void FillRows(std::size_t nodes, const std::vector<std::uint32_t>& from,
              const std::vector<std::uint32_t>& to, const std::vector<Relation>& rels,
              const std::vector<double>& percents, std::vector<std::uint32_t>& begin,
              auto& halves) {
  begin.assign(nodes + 1, 0);
  for (std::uint32_t f : from) ++begin[f + 1];
  for (std::size_t i = 0; i < nodes; ++i) begin[i + 1] += begin[i];
  halves.resize(from.size());
  std::vector<std::uint32_t> cursor(begin.begin(), begin.end() - 1);
  for (std::size_t e = 0; e < from.size(); ++e) {
    halves[cursor[from[e]]++] = {to[e], rels[e], percents[e]};
  }
  for (std::size_t i = 0; i < nodes; ++i) {
    std::sort(halves.begin() + begin[i], halves.begin() + begin[i + 1],
              [](const auto& a, const auto& b) {
                return a.rel != b.rel ? a.rel < b.rel : a.other < b.other;
              });
  }
}

}  // namespace

StatusOr<std::unique_ptr<AdjacencySnapshot>> AdjacencySnapshot::Build(const GraphReader& source) {
  std::unique_ptr<AdjacencySnapshot> snap(new AdjacencySnapshot(source));
  CORPGRAPH_RETURN_IF_ERROR(source.ForEachEntity([&](const Entity& e) {
    snap->ids_.push_back(e.id);
    return true;
  }));
  std::sort(snap->ids_.begin(), snap->ids_.end());
  if (snap->ids_.size() >= std::numeric_limits<std::uint32_t>::max()) {
    return Status::ResourceExhausted("too many entities for an adjacency snapshot");
  }
  snap->identity_ = snap->ids_.empty() || snap->ids_.back() == snap->ids_.size() - 1;

  std::vector<std::uint32_t> src, dst;
  std::vector<Relation> rels;
  std::vector<double> percents;
  Status bad;
  CORPGRAPH_RETURN_IF_ERROR(source.ForEachEdgeOfAll([&](const EdgeRef& e) {
    std::int64_t s = snap->IndexOf(e.src), d = snap->IndexOf(e.dst);
    if (s < 0 || d < 0) {
      bad = Status::Corruption("edge " + std::to_string(e.src) + " -> " + std::to_string(e.dst) +
                               " has an endpoint that is not an entity");
      return false;
    }
    src.push_back(static_cast<std::uint32_t>(s));
    dst.push_back(static_cast<std::uint32_t>(d));
    rels.push_back(e.rel);
    percents.push_back(e.percent ? *e.percent : std::numeric_limits<double>::quiet_NaN());
    return true;
  }));
  if (!bad.ok()) return bad;
  if (src.size() >= std::numeric_limits<std::uint32_t>::max()) {
    return Status::ResourceExhausted("too many edges for an adjacency snapshot");
  }
  std::size_t n = snap->ids_.size();
  FillRows(n, src, dst, rels, percents, snap->out_begin_, snap->out_);
  FillRows(n, dst, src, rels, percents, snap->in_begin_, snap->in_);
  return snap;
}

std::int64_t AdjacencySnapshot::IndexOf(EntityId id) const {
  if (identity_) return id < ids_.size() ? static_cast<std::int64_t>(id) : -1;
  auto it = std::lower_bound(ids_.begin(), ids_.end(), id);
  if (it == ids_.end() || *it != id) return -1;
  return it - ids_.begin();
}

Status AdjacencySnapshot::ForEachEdge(EntityId node, Direction dir, const RelationSet& rels,
                                      const EdgeVisitor& visit) const {
  std::int64_t i = IndexOf(node);
  if (i < 0) return Status::Ok();
  auto percent_of = [](double p) {
    return std::isnan(p) ? std::optional<double>() : std::optional<double>(p);
  };
  if (dir != Direction::kIn) {
    for (std::uint32_t k = out_begin_[i]; k < out_begin_[i + 1]; ++k) {
      const Half& h = out_[k];
      if (!rels.Contains(h.rel)) continue;
      if (!visit(EdgeRef{node, IdOf(h.other), h.rel, percent_of(h.percent)})) return Status::Ok();
    }
  }
  if (dir != Direction::kOut) {
    for (std::uint32_t k = in_begin_[i]; k < in_begin_[i + 1]; ++k) {
      const Half& h = in_[k];
      if (!rels.Contains(h.rel)) continue;
      if (dir == Direction::kBoth && h.other == i) continue;  // self-loop seen once already
      if (!visit(EdgeRef{IdOf(h.other), node, h.rel, percent_of(h.percent)})) return Status::Ok();
    }
  }
  return Status::Ok();
}

}  // namespace corpgraph
