// Questions about a corporate graph: what an entity depends on, who is exposed to it, who owns
// it, how two entities connect, who its neighbours are. Every traversal sees the graph only
// through GraphReader, so the same code runs on the RocksDB store or an in-memory snapshot.
//
//   StatusOr<EntityId> iij = reader.FindEntity("IIJ");
//   TraversalOptions options;              // depth 3, every dependency relation
//   StatusOr<QueryResult> deps = Dependencies(reader, *iij, options);
//   if (!deps.ok()) return deps.status();
//   std::cout << ResultToJson(*deps);      // or WriteResultTable(*deps, std::cout)
//
// Semantics ("Y depends on Z"): Z supplies Y; Z lends_to Y; Z regulates Y; Y partners Z (either
// stored direction); Y owns Z or Y invests_in Z. A chain's weight is the product of its owns
// fractions (an owns hop with percent p counts p/100; any other hop, or an owns edge with no
// stated percent, counts 1.0). Relation filters and min_percent apply while walking: an
// excluded edge is never followed. The query entity itself is never a result.
//
// Thread-safety: every function is reentrant; concurrent calls on one reader are fine when the
// reader allows concurrent reads (all corpgraph readers do).
#pragma once

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "graph/graph_reader.h"
#include "graph/model.h"
#include "graph/status.h"

namespace corpgraph {

// Deepest traversal any query accepts.
inline constexpr int kMaxQueryDepth = 10;

struct TraversalOptions {
  int depth = 3;                               // hops, 1..kMaxQueryDepth
  RelationSet relations = RelationSet::All();  // step relations to follow (others ignored)
  double min_percent = 0;                      // owns/invests_in edges whose stated percent is
                                               // below this are not followed (unstated passes)
  bool explain = true;  // resolve entity names and kinds, keep chains with evidence; when
                        // false rows carry only entity ids, hops and weight, and the subject
                        // id is taken on trust (an unknown id has no edges): for benchmarks
};

struct OwnershipOptions {
  int depth = kMaxQueryDepth;          // longest chain followed, 1..kMaxQueryDepth
  double min_percent = 0;              // owns edges below this stated percent are not followed
  bool ultimate = false;               // keep only owners (subsidiaries) that nobody owns (that own
                                       // nothing), i.e. the ends of the chains
  bool explain = true;                 // as in TraversalOptions
  std::size_t max_chains = 1'000'000;  // ResourceExhausted past this many distinct chains
};

struct PathOptions {
  RelationSet relations = RelationSet::All();  // relations a path may use
  std::size_t max_chains = 1;                  // at most this many chains of the minimal length
  int max_hops = 30;                           // no result when the shortest path is longer
  bool explain = true;  // when false only the hop count is computed (no chains)
};

struct NeighborOptions {
  Direction dir = Direction::kBoth;
  RelationSet relations = RelationSet::All();
  bool explain = true;
};

// One edge of a chain, in stored orientation.
struct ChainLink {
  EntityId src = kNoEntity;
  EntityId dst = kNoEntity;
  Relation rel = Relation::kOwns;
  std::string rel_label;  // reader.RelationLabel(rel)
  std::optional<double> percent;
  std::string src_name;  // filled when explain
  std::string dst_name;
  std::optional<Evidence> evidence;  // the edge's first evidence, when explain and stored
};

struct ResultRow {
  Entity entity;  // id always; name and kind when explain (aliases and properties never)
  int hops = 0;   // fewest hops that reach the entity
  std::optional<double> weight;  // deps/exposure: best chain weight; owners: effective
                                 // fraction (nullopt when a chain lacks a percent); path:
                                 // chain weight; neighbors: the edge's percent as a
                                 // fraction (nullopt when unstated)
  std::vector<ChainLink> chain;  // the chain that explains the row (empty unless explain)
  std::size_t chains = 0;        // owners/subsidiaries: distinct chains summed
};

struct QueryResult {
  std::string type;  // "deps", "exposure", "owners", "subsidiaries", "path", "neighbors"
  Entity subject;    // the query entity (for path: the start)
  std::optional<Entity> target;    // path: the end
  int depth = 0;                   // depth used (path: max_hops)
  std::string relations;           // the relation filter as given ("" = all)
  std::vector<ResultRow> results;  // ranked: weight desc, hops asc, id asc (path: as found)
  std::vector<std::string> notes;  // e.g. "cycle cut: A -> B -> A"
};

// Everything `subject` depends on within options.depth hops, ranked by weight then hops.
// NotFound when the subject does not exist; InvalidArgument for a depth outside 1..10 or a
// relation filter that keeps none of the dependency relations.
StatusOr<QueryResult> Dependencies(const GraphReader& reader, EntityId subject,
                                   const TraversalOptions& options);

// Everything that depends on `subject` within options.depth hops (the inverse of
// Dependencies). Same errors.
StatusOr<QueryResult> Exposure(const GraphReader& reader, EntityId subject,
                               const TraversalOptions& options);

// Direct and indirect owners: owns edges followed upward; per owner the effective fraction
// summed over distinct simple chains. A chain never revisits a node; each cut is reported in
// `notes`. NotFound for an unknown subject; InvalidArgument for a bad depth;
// ResourceExhausted past options.max_chains.
StatusOr<QueryResult> Owners(const GraphReader& reader, EntityId subject,
                             const OwnershipOptions& options);
// The same downward: direct and indirect subsidiaries.
StatusOr<QueryResult> Subsidiaries(const GraphReader& reader, EntityId subject,
                                   const OwnershipOptions& options);

// Shortest chains between `from` and `to` ignoring edge direction: up to options.max_chains
// chains, all of the minimal length (rows have hops = that length; with explain false one row
// without chain). No rows when no path of at most max_hops exists; one row with hops 0 when
// from == to. NotFound when either entity does not exist.
StatusOr<QueryResult> ShortestPaths(const GraphReader& reader, EntityId from, EntityId to,
                                    const PathOptions& options);

// Edges at `subject`, one row per edge (entity = the other end, chain = the edge).
StatusOr<QueryResult> Neighbors(const GraphReader& reader, EntityId subject,
                                const NeighborOptions& options);

// The documented JSON shape:
// {"query":{"type","entity":{id,name,kind},"target"?,"depth","relations"},
//  "results":[{"entity":{id,name,kind},"hops","weight"(number|null),"chains"?,
//              "chain":[{"src","src_name","rel","dst","dst_name","percent"(number|null),
//                        "evidence":{document,begin,end,sentence}|null}]}],
//  "notes":[...]}
// Pretty-printed with a trailing newline when `indent` >= 0; one line when -1. Strings are
// valid UTF-8 (invalid bytes become U+FFFD).
std::string ResultToJson(const QueryResult& result, int indent = 2);

// One page of a result: rows [begin, end) (clamped to the rows there are) in the shape above,
// on one line, plus "total" (the number of rows of the whole result) and "next_cursor" (the
// index of the next page's first row, as a string; null on the last page).
std::string ResultPageToJson(const QueryResult& result, std::size_t begin, std::size_t end);

// A readable table: one line per row (entity, kind, hops, weight, chain), then the notes.
void WriteResultTable(const QueryResult& result, std::ostream& out);

}  // namespace corpgraph
