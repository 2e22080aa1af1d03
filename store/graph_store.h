// Persistent corporate graph in RocksDB: many filings merged into one graph.
//
//   StatusOr<std::unique_ptr<GraphStore>> store = GraphStore::Open("corpgraph.db", {});
//   if (!store.ok()) return store.status();
//   StatusOr<IngestResult> r = (*store)->Ingest(document, extraction.graph);
//   StatusOr<EntityId> kddi = (*store)->FindEntity("KDDI");
//
// A GraphStore is a GraphReader: queries read adjacency through prefix scans.
// Thread-safety: const methods may run concurrently with each other and with one writer.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"
#include "graph/graph_reader.h"
#include "graph/model.h"
#include "graph/status.h"

namespace corpgraph {

struct StoreOptions {
  bool create_if_missing = true;  // create an empty database when `path` does not exist
  bool read_only = false;         // open without the write lock (other processes may write)
};

struct IngestResult {
  std::string document_id;
  bool already_present = false;  // same content was stored before: nothing was written
  std::size_t entities_added = 0;  // new entities (others resolved to stored ones)
  std::size_t edges_added = 0;     // new edges (others gained evidence only)
  std::size_t evidence_added = 0;
};

struct StoreStats {
  std::size_t documents = 0;
  std::size_t entities = 0;
  std::size_t edges = 0;
  std::size_t evidence = 0;
  std::map<std::string, std::size_t> entities_by_kind;     // "company" -> n
  std::map<std::string, std::size_t> edges_by_relation;    // "owns" -> n
  std::uint64_t bytes_on_disk = 0;
};

class GraphStore : public GraphReader {
 public:
  // Opens (or creates) the database at `path`. FailedPrecondition when the directory is not
  // a corpgraph database, was written by an incompatible schema version (both versions named),
  // or is locked by another corpgraph process; IoError when it cannot be opened.
  static StatusOr<std::unique_ptr<GraphStore>> Open(const std::string& path,
                                                    const StoreOptions& options);

  // Stores one document's extraction in one atomic write: entities resolve against stored
  // names and aliases, edges merge, every evidence is kept. Re-ingesting the same content
  // (same sha256) writes nothing and reports already_present.
  virtual StatusOr<IngestResult> Ingest(const Document& document, const Graph& fragment) = 0;

  // Deletes a document (by id or file name) and its evidence; edges and entities left with no
  // evidence go too. One atomic write. NotFound when no such document.
  virtual Status RemoveDocument(std::string_view id_or_name) = 0;

  // Replaces the stored documents named `document.name` (if any) by this one: removal and
  // ingest in one atomic write. Same result as Ingest when no document has that name.
  virtual StatusOr<IngestResult> ReplaceDocument(const Document& document, const Graph& fragment) = 0;

  virtual StatusOr<std::vector<Document>> ListDocuments() const = 0;
  virtual StatusOr<StoreStats> Stats() const = 0;
};

}  // namespace corpgraph
