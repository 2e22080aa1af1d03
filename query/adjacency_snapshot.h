// An in-memory, read-only copy of a graph's adjacency (compressed sparse rows, both
// directions), for workloads that run many traversals on one opened database.
//
//   StatusOr<std::unique_ptr<AdjacencySnapshot>> snap = AdjacencySnapshot::Build(store);
//   Dependencies(**snap, id, options);   // adjacency from memory, names from the store
//
// The snapshot answers ForEachEdge from memory (about 16 bytes per edge per direction plus
// 8 bytes per entity); every other GraphReader call (entities, names, full edges with
// evidence) is forwarded to the source. The source must outlive the snapshot; later writes to
// the source are not seen by ForEachEdge. Thread-safe for concurrent reads.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "graph/forwarding_reader.h"

namespace corpgraph {

class AdjacencySnapshot : public ForwardingReader {
 public:
  // Reads every entity and edge of `source` once. Errors of the source are passed on;
  // ResourceExhausted past 2^32 - 1 entities or edges.
  static StatusOr<std::unique_ptr<AdjacencySnapshot>> Build(const GraphReader& source);

  AdjacencySnapshot(const AdjacencySnapshot&) = delete;
  AdjacencySnapshot& operator=(const AdjacencySnapshot&) = delete;

  std::size_t entity_count() const { return ids_.size(); }
  std::size_t edge_count() const { return out_.size(); }

  // GraphReader: ForEachEdge from memory (same order on every call: by relation, then
  // neighbour id); the rest forwarded to the source.
  Status ForEachEdge(EntityId node, Direction dir, const RelationSet& rels,
                     const EdgeVisitor& visit) const override;

 private:
  struct Half {           // one stored edge seen from one end
    std::uint32_t other;  // dense index of the other end
    Relation rel;
    double percent;  // NaN when unstated
  };

  explicit AdjacencySnapshot(const GraphReader& source) : ForwardingReader(source) {}
  // Dense index of `id`, or -1 when absent.
  std::int64_t IndexOf(EntityId id) const;
  // The id at a dense index (no memory access when ids are dense).
  EntityId IdOf(std::uint32_t index) const { return identity_ ? index : ids_[index]; }

  std::vector<EntityId> ids_;                        // dense index -> id, ascending
  bool identity_ = false;                            // ids_[i] == i for every i (imported graphs)
  std::vector<std::uint32_t> out_begin_, in_begin_;  // size ids_.size() + 1
  std::vector<Half> out_, in_;
};

}  // namespace corpgraph
