// Read access to a corporate graph, whatever holds it: the RocksDB store (prefix scans) or an
// in-memory Graph. Query code sees only this interface, so one traversal runs on either.
//
//   StatusOr<EntityId> id = reader.FindEntity("KDDI");
//   reader.ForEachEdge(*id, Direction::kIn, {Relation::kSupplies}, [&](const EdgeRef& e) {
//     suppliers.push_back(e.src);
//     return true;  // keep going
//   });
//
// Thread-safety: implementations allow concurrent calls of the const methods.
#pragma once

#include <charconv>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "graph/model.h"
#include "graph/status.h"

namespace corpgraph {

enum class Direction { kOut, kIn, kBoth };

// The part of an edge a traversal needs; always in stored orientation (src -> dst).
struct EdgeRef {
  EntityId src = kNoEntity;
  EntityId dst = kNoEntity;
  Relation rel = Relation::kOwns;
  std::optional<double> percent;
};

// The entity id `text` spells as a whole unsigned decimal ("42"), or nullopt ("", "42a", "-1").
// How FindEntity implementations recognize an id before trying names.
inline std::optional<EntityId> ParseEntityId(std::string_view text) {
  EntityId id = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, id);
  if (text.empty() || ec != std::errc() || ptr != end) return std::nullopt;
  return id;
}

// Return false to stop an iteration early.
using EdgeVisitor = std::function<bool(const EdgeRef&)>;
using EntityVisitor = std::function<bool(const Entity&)>;

class GraphReader {
 public:
  virtual ~GraphReader() = default;

  // The entity with this id; NotFound when there is none.
  virtual StatusOr<Entity> GetEntity(EntityId id) const = 0;

  // Resolves a decimal id, a name or an alias (compared after NormalizeName, so case and
  // corporate suffixes do not matter); a decimal string that is an existing id is that id.
  // NotFound when nothing matches; when several entities match, the one whose canonical name
  // matches wins, then the lowest id.
  virtual StatusOr<EntityId> FindEntity(std::string_view name_or_id) const = 0;

  // Visits each edge at `node` whose relation is in `rels`: kOut visits edges with
  // src == node, kIn those with dst == node, kBoth both (a self-loop once). Returns OK also
  // when `node` does not exist (no edges); an error only when the storage fails.
  virtual Status ForEachEdge(EntityId node, Direction dir, const RelationSet& rels,
                             const EdgeVisitor& visit) const = 0;

  // The full edge (attributes and every evidence); NotFound when it does not exist.
  // For symmetric relations the stored orientation must be given.
  virtual StatusOr<Edge> GetEdge(EntityId src, Relation rel, EntityId dst) const = 0;

  // Visits every entity in id order.
  virtual Status ForEachEntity(const EntityVisitor& visit) const = 0;

  // Visits every edge of the graph exactly once, in stored orientation, grouped by source
  // (sources in id order). The default walks ForEachEntity + ForEachEdge(kOut); stores may
  // override it with a single scan. An error only when the storage fails.
  virtual Status ForEachEdgeOfAll(const EdgeVisitor& visit) const;

  // ForEachEdgeOfAll with full edges (attributes and every evidence), in the same order. The
  // default asks GetEdge for each edge; stores override it with one merged scan.
  virtual Status ForEachFullEdge(const std::function<bool(const Edge&)>& visit) const;

  // The entity trimmed to what a query result shows: id, name, kind and country (no aliases,
  // no properties). NotFound when there is none. The default trims GetEntity; in-memory
  // snapshots answer it without touching storage.
  virtual StatusOr<Entity> GetEntitySummary(EntityId id) const;

  // The first evidence of an edge (what a chain link cites); nullopt when the edge exists
  // without evidence. NotFound when the edge does not exist. The default reads GetEdge.
  virtual StatusOr<std::optional<Evidence>> GetFirstEvidence(EntityId src, Relation rel,
                                                             EntityId dst) const;

  // Printable name of a relation code: the schema name for built-ins, the imported type name
  // for custom codes ("rel<code>" when unknown).
  virtual std::string RelationLabel(Relation rel) const;
};

}  // namespace corpgraph
