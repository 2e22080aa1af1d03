// Persistent corporate graph in RocksDB: many filings merged into one graph.
//
//   StatusOr<std::unique_ptr<GraphStore>> store = GraphStore::Open("corpgraph.db", {});
//   if (!store.ok()) return store.status();
//   StatusOr<IngestResult> r = (*store)->Ingest(document, extraction.graph);
//   StatusOr<EntityId> kddi = (*store)->FindEntity("KDDI");
//
// A GraphStore is a GraphReader: queries read adjacency through prefix scans.
// Thread-safety: const methods may run concurrently with each other and with one writer;
// the writing methods serialize on an internal mutex. One process writes a database at a
// time (a lock file enforces it); others may open it read-only meanwhile.
//
// On-disk layout: store/key_codec.h (keys) and store/value_codec.h (values).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"
#include "graph/graph_reader.h"
#include "graph/model.h"
#include "graph/status.h"
#include "store/import.h"

namespace corpgraph {

struct StoreOptions {
  bool create_if_missing = true;  // create an empty database when `path` does not exist
  // Open as a RocksDB secondary instance: no write lock, so a writer may work meanwhile; the
  // view is the state at open time. Writing methods return FailedPrecondition.
  bool read_only = false;
};

struct IngestResult {
  std::string document_id;
  bool already_present = false;  // same content was stored before: nothing was written
  std::size_t entities_added = 0;  // new entities (others resolved to stored ones)
  std::size_t edges_added = 0;     // new edges (others gained evidence only)
  std::size_t evidence_added = 0;
  std::vector<std::string> replaced;  // ids of documents this one replaced (Replace only)
};

// A Document describing `bytes` named `name`: sha256, id (derived from the hash), size and
// ingest time filled in; filer, form, period and format left for the caller.
Document DescribeDocument(std::string_view bytes, std::string name);

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
  // REQUIRES: document.sha256 is the 64-hex-digit digest of the document's bytes (see
  // DescribeDocument); document.id is ignored (the store derives it from the hash).
  // Evidence::document of the fragment is ignored too (the stored document id is used).
  virtual StatusOr<IngestResult> Ingest(const Document& document, const Graph& fragment) = 0;

  // Ingest + RemoveDocument(old) in one atomic write: entities and edges the new version
  // still supports keep their ids. When `old_id_or_name` matches nothing this is Ingest.
  // When the new content is stored already, nothing changes (already_present).
  virtual StatusOr<IngestResult> Replace(std::string_view old_id_or_name, const Document& document,
                                         const Graph& fragment) = 0;

  // Deletes a document (by id or file name) and its evidence; edges and entities left with no
  // evidence go too. One atomic write. NotFound when no such document. Spellings the document
  // added as aliases of an entity that survives are kept. An entity created again later under
  // the same name gets its old id back.
  virtual Status RemoveDocument(std::string_view id_or_name) = 0;

  // Replaces the stored documents named `document.name` (if any) by this one: removal and
  // ingest in one atomic write. Same result as Ingest when no document has that name.
  virtual StatusOr<IngestResult> ReplaceDocument(const Document& document, const Graph& fragment) = 0;

  // Bulk-loads a CSV graph (store/import.h). FailedPrecondition unless the database holds no
  // entities and no documents yet; InvalidArgument for unreadable or bad input (kFail).
  virtual StatusOr<ImportResult> ImportCsv(const ImportOptions& options) = 0;

  // Stored documents in id order.
  virtual StatusOr<std::vector<Document>> ListDocuments() const = 0;
  // The document with this id (16 hex digits) or file name. NotFound when none;
  // InvalidArgument when several documents share the name.
  virtual StatusOr<Document> FindDocument(std::string_view id_or_name) const = 0;

  // Counts kept up to date by every write (cheap).
  virtual StatusOr<StoreStats> Stats() const = 0;
  // The same counts recomputed by a full scan (slow); equal to Stats() unless the database
  // is damaged.
  virtual StatusOr<StoreStats> ScanStats() const = 0;

  // Visits every edge with its attributes but without evidence, in (src, relation, dst)
  // order, in one scan (what exports use instead of GetEdge per edge).
  virtual Status ForEachEdgeWithAttributes(const std::function<bool(const Edge&)>& visit) const = 0;

  // The directory this store was opened on.
  virtual const std::string& path() const = 0;
};

}  // namespace corpgraph
