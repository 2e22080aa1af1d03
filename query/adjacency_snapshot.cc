#include "query/adjacency_snapshot.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <unordered_map>

namespace corpgraph {
namespace {

// Keeps each distinct evidence once; consecutive edges often share one (an import's edges
// all do), so the previous answer is tried before hashing.
class EvidenceInterner {
 public:
  EvidenceInterner(std::vector<Evidence>& table, std::uint32_t capacity, std::uint32_t full)
      : table_(table), capacity_(capacity), full_(full) {}

  // The evidence's index in the table, or `full` once the table holds `capacity` entries.
  std::uint32_t Intern(const Evidence& e) {
    if (last_ < table_.size() && Same(table_[last_], e)) return last_;
    auto [it, inserted] = index_.try_emplace(Key(e), static_cast<std::uint32_t>(table_.size()));
    if (inserted) {
      if (table_.size() >= capacity_) {
        index_.erase(it);
        return full_;
      }
      table_.push_back(e);
    }
    last_ = it->second;
    return last_;
  }

 private:
  static bool Same(const Evidence& a, const Evidence& b) {
    return a.begin == b.begin && a.end == b.end && a.confidence == b.confidence &&
           a.document == b.document && a.sentence == b.sentence && a.section == b.section &&
           a.rule == b.rule;
  }
  static std::string Key(const Evidence& e) {
    std::string key;
    for (const std::string* part : {&e.document, &e.sentence, &e.section, &e.rule}) {
      key += std::to_string(part->size());
      key += ':';
      key += *part;
    }
    char numbers[sizeof e.begin + sizeof e.end + sizeof e.confidence];
    std::memcpy(numbers, &e.begin, sizeof e.begin);
    std::memcpy(numbers + sizeof e.begin, &e.end, sizeof e.end);
    std::memcpy(numbers + sizeof e.begin + sizeof e.end, &e.confidence, sizeof e.confidence);
    key.append(numbers, sizeof numbers);
    return key;
  }

  std::vector<Evidence>& table_;
  std::uint32_t capacity_;
  std::uint32_t full_;
  std::size_t last_ = std::numeric_limits<std::size_t>::max();
  std::unordered_map<std::string, std::uint32_t> index_;
};

struct EdgeColumns {
  std::vector<std::uint32_t> src, dst, evidence;
  std::vector<Relation> rels;
  std::vector<double> percents;
};

// Counting sort of the edges into compressed rows keyed by `from`, each row ordered by
// (relation, other end).
template <typename Half>
void FillRows(std::size_t nodes, const EdgeColumns& edges, bool by_src,
              std::vector<std::uint32_t>& begin, std::vector<Half>& halves) {
  const std::vector<std::uint32_t>& from = by_src ? edges.src : edges.dst;
  const std::vector<std::uint32_t>& to = by_src ? edges.dst : edges.src;
  begin.assign(nodes + 1, 0);
  for (std::uint32_t f : from) ++begin[f + 1];
  for (std::size_t i = 0; i < nodes; ++i) begin[i + 1] += begin[i];
  halves.resize(from.size());
  std::vector<std::uint32_t> cursor(begin.begin(), begin.end() - 1);
  for (std::size_t e = 0; e < from.size(); ++e) {
    Half& h = halves[cursor[from[e]]++];
    h.other = to[e];
    h.evidence = edges.evidence[e];
    h.rel_code = static_cast<std::uint8_t>(edges.rels[e]);
    h.percent = edges.percents[e];
  }
  for (std::size_t i = 0; i < nodes; ++i) {
    std::sort(halves.begin() + begin[i], halves.begin() + begin[i + 1],
              [](const Half& a, const Half& b) {
                return a.rel_code != b.rel_code ? a.rel_code < b.rel_code : a.other < b.other;
              });
  }
}

}  // namespace

StatusOr<std::unique_ptr<AdjacencySnapshot>> AdjacencySnapshot::Build(const GraphReader& source) {
  std::unique_ptr<AdjacencySnapshot> snap(new AdjacencySnapshot(source));
  CORPGRAPH_RETURN_IF_ERROR(source.ForEachEntity([&](const Entity& e) {
    snap->ids_.push_back(e.id);
    snap->summaries_.push_back(Summary{snap->text_.size(), static_cast<std::uint32_t>(e.name.size()),
                                       static_cast<std::uint32_t>(e.country.size()), e.kind});
    snap->text_ += e.name;
    snap->text_ += e.country;
    return true;
  }));
  if (!std::is_sorted(snap->ids_.begin(), snap->ids_.end())) {
    std::vector<std::size_t> order(snap->ids_.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return snap->ids_[a] < snap->ids_[b]; });
    std::vector<EntityId> ids;
    std::vector<Summary> summaries;
    for (std::size_t i : order) {
      ids.push_back(snap->ids_[i]);
      summaries.push_back(snap->summaries_[i]);
    }
    snap->ids_ = std::move(ids);
    snap->summaries_ = std::move(summaries);
  }
  if (snap->ids_.size() >= std::numeric_limits<std::uint32_t>::max()) {
    return Status::ResourceExhausted("too many entities for an adjacency snapshot");
  }
  snap->identity_ = snap->ids_.empty() || snap->ids_.back() == snap->ids_.size() - 1;

  EdgeColumns edges;
  EvidenceInterner interner(snap->evidence_, kEvidenceInSource, kEvidenceInSource);
  Status bad;
  CORPGRAPH_RETURN_IF_ERROR(source.ForEachFullEdge([&](const Edge& e) {
    std::int64_t s = snap->IndexOf(e.src), d = snap->IndexOf(e.dst);
    if (s < 0 || d < 0) {
      bad = Status::Corruption("edge " + std::to_string(e.src) + " -> " + std::to_string(e.dst) +
                               " has an endpoint that is not an entity");
      return false;
    }
    edges.src.push_back(static_cast<std::uint32_t>(s));
    edges.dst.push_back(static_cast<std::uint32_t>(d));
    edges.rels.push_back(e.rel);
    edges.percents.push_back(e.attrs.percent ? *e.attrs.percent : std::numeric_limits<double>::quiet_NaN());
    edges.evidence.push_back(e.evidence.empty() ? kNoEvidence : interner.Intern(e.evidence.front()));
    return true;
  }));
  if (!bad.ok()) return bad;
  if (edges.src.size() >= std::numeric_limits<std::uint32_t>::max()) {
    return Status::ResourceExhausted("too many edges for an adjacency snapshot");
  }
  std::size_t n = snap->ids_.size();
  FillRows(n, edges, /*by_src=*/true, snap->out_begin_, snap->out_);
  FillRows(n, edges, /*by_src=*/false, snap->in_begin_, snap->in_);
  return snap;
}

std::int64_t AdjacencySnapshot::IndexOf(EntityId id) const {
  if (identity_) return id < ids_.size() ? static_cast<std::int64_t>(id) : -1;
  auto it = std::lower_bound(ids_.begin(), ids_.end(), id);
  if (it == ids_.end() || *it != id) return -1;
  return it - ids_.begin();
}

namespace {

// Calls visit(half) for the halves of [begin, end) whose relation is in `rels`; false when a
// call returned false. A row is sorted by relation, so a run of a relation not asked for is
// skipped with one binary search (hubs hold thousands of edges of relations a query ignores).
template <typename Half, typename Visit>
bool VisitRow(const Half* begin, const Half* end, const RelationSet& rels, Visit&& visit) {
  const Half* h = begin;
  while (h < end) {
    if (!rels.Contains(h->rel())) {
      h = std::upper_bound(h, end, h->rel_code,
                           [](std::uint32_t code, const Half& x) { return code < x.rel_code; });
      continue;
    }
    if (!visit(*h)) return false;
    ++h;
  }
  return true;
}

}  // namespace

Status AdjacencySnapshot::ForEachEdge(EntityId node, Direction dir, const RelationSet& rels,
                                      const EdgeVisitor& visit) const {
  std::int64_t i = IndexOf(node);
  if (i < 0) return Status::Ok();
  auto percent_of = [](double p) {
    return std::isnan(p) ? std::optional<double>() : std::optional<double>(p);
  };
  if (dir != Direction::kIn) {
    bool more = VisitRow(out_.data() + out_begin_[i], out_.data() + out_begin_[i + 1], rels, [&](const Half& h) {
      return visit(EdgeRef{node, IdOf(h.other), h.rel(), percent_of(h.percent)});
    });
    if (!more) return Status::Ok();
  }
  if (dir != Direction::kOut) {
    VisitRow(in_.data() + in_begin_[i], in_.data() + in_begin_[i + 1], rels, [&](const Half& h) {
      if (dir == Direction::kBoth && h.other == i) return true;  // self-loop seen once already
      return visit(EdgeRef{IdOf(h.other), node, h.rel(), percent_of(h.percent)});
    });
  }
  return Status::Ok();
}

StatusOr<Entity> AdjacencySnapshot::GetEntitySummary(EntityId id) const {
  std::int64_t i = IndexOf(id);
  if (i < 0) return source().GetEntitySummary(id);
  const Summary& s = summaries_[static_cast<std::size_t>(i)];
  Entity e;
  e.id = id;
  e.name.assign(text_, s.text_begin, s.name_size);
  e.kind = s.kind;
  e.country.assign(text_, s.text_begin + s.name_size, s.country_size);
  return e;
}

StatusOr<std::optional<Evidence>> AdjacencySnapshot::GetFirstEvidence(EntityId src, Relation rel,
                                                                     EntityId dst) const {
  std::int64_t s = IndexOf(src), d = IndexOf(dst);
  if (s < 0 || d < 0) return source().GetFirstEvidence(src, rel, dst);
  auto row_begin = out_.begin() + out_begin_[s], row_end = out_.begin() + out_begin_[s + 1];
  auto code = static_cast<std::uint8_t>(rel);
  auto other = static_cast<std::uint32_t>(d);
  auto it = std::lower_bound(row_begin, row_end, std::pair(code, other), [](const Half& h, const auto& key) {
    return h.rel_code != key.first ? h.rel_code < key.first : h.other < key.second;
  });
  if (it == row_end || it->rel_code != code || it->other != other) {
    return source().GetFirstEvidence(src, rel, dst);  // not in the snapshot: the source decides
  }
  if (it->evidence == kNoEvidence) return std::optional<Evidence>();
  if (it->evidence == kEvidenceInSource) return source().GetFirstEvidence(src, rel, dst);
  return std::optional<Evidence>(evidence_[it->evidence]);
}

StatusOr<EntityId> AdjacencySnapshot::FindEntity(std::string_view name_or_id) const {
  if (std::optional<EntityId> id = ParseEntityId(name_or_id); id && IndexOf(*id) >= 0) return *id;
  return source().FindEntity(name_or_id);
}

}  // namespace corpgraph
