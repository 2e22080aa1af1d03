// An in-memory, read-only copy of what traversals and their explanations read: adjacency
// (compressed sparse rows, both directions), entity names and kinds, and each edge's first
// evidence. For workloads that run many queries on one opened database (the HTTP server,
// benchmarks).
//
//   StatusOr<std::unique_ptr<AdjacencySnapshot>> snap = AdjacencySnapshot::Build(store);
//   Dependencies(**snap, id, options);   // no storage access at all
//
// Memory: about 16 bytes per edge per direction, 24 bytes per entity plus its name, and each
// distinct evidence once (an imported graph's edges share one). ForEachEdge, GetEntitySummary,
// GetFirstEvidence and FindEntity of a decimal id answer from memory; every other call (full
// entities with aliases, full edges, name lookups) is forwarded to the source, which must
// outlive the snapshot. Later writes to the source are not seen by the in-memory answers:
// rebuild after writing. Thread-safe for concurrent reads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "graph/forwarding_reader.h"

namespace corpgraph {

class AdjacencySnapshot : public ForwardingReader {
 public:
  // Reads every entity and every edge (with evidence) of `source` once. Errors of the source
  // are passed on; ResourceExhausted past 2^32 - 1 entities or edges.
  static StatusOr<std::unique_ptr<AdjacencySnapshot>> Build(const GraphReader& source);

  AdjacencySnapshot(const AdjacencySnapshot&) = delete;
  AdjacencySnapshot& operator=(const AdjacencySnapshot&) = delete;

  std::size_t entity_count() const { return ids_.size(); }
  std::size_t edge_count() const { return out_.size(); }

  // GraphReader: ForEachEdge from memory (same order on every call: by relation, then
  // neighbour id).
  Status ForEachEdge(EntityId node, Direction dir, const RelationSet& rels,
                     const EdgeVisitor& visit) const override;
  StatusOr<Entity> GetEntitySummary(EntityId id) const override;
  StatusOr<std::optional<Evidence>> GetFirstEvidence(EntityId src, Relation rel,
                                                     EntityId dst) const override;
  StatusOr<EntityId> FindEntity(std::string_view name_or_id) const override;

 private:
  // Evidence index values with a meaning of their own (real indexes are smaller).
  static constexpr std::uint32_t kNoEvidence = (1u << 24) - 1;      // the edge has none
  static constexpr std::uint32_t kEvidenceInSource = (1u << 24) - 2;  // table full: ask source

  struct Half {  // one stored edge seen from one end
    std::uint32_t other;        // dense index of the other end
    std::uint32_t evidence : 24;  // index into evidence_, or one of the values above
    std::uint32_t rel_code : 8;
    double percent;  // NaN when unstated
    Relation rel() const { return static_cast<Relation>(rel_code); }
  };
  struct Summary {              // an entity's name and country live in text_
    std::uint64_t text_begin;   // name first, country right after it
    std::uint32_t name_size;
    std::uint32_t country_size;
    EntityKind kind;
  };

  explicit AdjacencySnapshot(const GraphReader& source) : ForwardingReader(source) {}
  // Dense index of `id`, or -1 when absent.
  std::int64_t IndexOf(EntityId id) const;
  // The id at a dense index (no memory access when ids are dense).
  EntityId IdOf(std::uint32_t index) const { return identity_ ? index : ids_[index]; }

  std::vector<EntityId> ids_;                        // dense index -> id, ascending
  bool identity_ = false;                            // ids_[i] == i for every i (imported graphs)
  std::vector<Summary> summaries_;                   // by dense index
  std::string text_;                                 // names and countries, back to back
  std::vector<Evidence> evidence_;                   // distinct first evidences
  std::vector<std::uint32_t> out_begin_, in_begin_;  // size ids_.size() + 1
  std::vector<Half> out_, in_;
};

}  // namespace corpgraph
