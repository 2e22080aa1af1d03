// Parsing of Neo4j admin-import CSV files into compact rows for the bulk loader
// (store/bulk_import.cc). Private to the store module. Header semantics: store/import.h.
//
// Thread-safety: ParseNodes and ParseEdges touch only their arguments, so one thread may
// parse nodes while another parses edges.
#pragma once

#include <atomic>
#include <cstdint>
#include <deque>
#include <optional>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "store/csv.h"
#include "store/import.h"

namespace corpgraph::store {

// Bad rows found while parsing: all counted, the first `limit` described as "file:line: msg".
struct RowErrors {
  std::size_t limit = 50;
  std::size_t count = 0;
  std::vector<std::string> messages;
  void Add(std::string_view file, std::size_t line, std::string_view message);
};

struct NodeRow {
  EntityId id = 0;
  std::string_view name;  // view into the nodes file (or ParsedNodes::strings)
  std::uint32_t extra = 0;  // 0, or 1 + index into ParsedNodes::extras
  std::uint32_t line = 0;   // line in the file, for error messages
  EntityKind kind = EntityKind::kCompany;
};

struct ParsedNodes {
  std::string data;                   // the whole file; names point into it
  std::vector<NodeRow> rows;          // sorted by id, ids unique
  std::vector<Entity> extras;         // aliases, country, properties of rows that have them
  std::string sha256;
  std::unique_ptr<CsvReader> reader;  // owns unescaped quoted fields
};

// One edge row. 32 bytes, so millions sort quickly.
struct EdgeRow {
  EntityId src = 0;
  EntityId dst = 0;
  double percent = 0;
  std::uint32_t extra = 0;  // 0, or 1 + index into ParsedEdges::extras
  Relation rel = Relation::kOwns;
  std::uint8_t flags = 0;   // kRowHasPercent | kRowDropped
};
inline constexpr std::uint8_t kRowHasPercent = 1;
inline constexpr std::uint8_t kRowDropped = 2;

struct ParsedEdges {
  std::vector<EdgeRow> rows;           // file order
  std::vector<std::uint32_t> lines;    // lines[i]: file line of rows[i] (freed once checked)
  std::vector<EdgeAttributes> extras;  // attributes beyond percent
  std::map<std::string, Relation> custom_types;  // :TYPE spelling -> code, as resolved
  std::string sha256;
};

// Reads and parses the nodes file. InvalidArgument when the file cannot be read or its header
// lacks an :ID or name column; bad rows go to *errors and are left out.
Status ParseNodes(const std::string& path, ParsedNodes* out, RowErrors* errors,
                  std::atomic<std::size_t>* progress);

// The document that records an import of these two files: id from the sha256 of both, name
// "nodes.csv+edges.csv", form "import", format "csv".
Document ImportDocument(const std::string& nodes_path, const std::string& edges_path,
                        const ParsedNodes& nodes, const ParsedEdges& edges);

// Moves the bad rows of both files into `result` (counted, at most `max_reported` described);
// InvalidArgument naming the first one when there are any and `on_error` is kFail.
Status TakeRowErrors(RowErrors& node_errors, RowErrors& edge_errors, OnBadRow on_error,
                     std::size_t max_reported, ImportResult* result);

// Maps a :TYPE that is not built in to a relation code (registering it); must be thread-safe.
using CustomRelationResolver = std::function<StatusOr<Relation>(std::string_view type)>;

// Reads and parses the edges file (the file's bytes are released before returning).
// Endpoints are not checked here (see the loader). Same errors as ParseNodes, with :START_ID,
// :END_ID and :TYPE required.
Status ParseEdges(const std::string& path, const CustomRelationResolver& resolve_custom,
                  ParsedEdges* out, RowErrors* errors, std::atomic<std::size_t>* progress);

}  // namespace corpgraph::store
