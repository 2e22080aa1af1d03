// The RocksDB implementation of GraphStore. Private to the store module: RocksDB types stay
// behind this header, which nothing outside store/ includes.
//
// Thread-safety: reads go straight to RocksDB (thread-safe); writes hold write_mu_; the
// relation-name registry is guarded by registry_mu_.
#pragma once

#include <rocksdb/db.h>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>

#include "store/file_lock.h"
#include "store/graph_store.h"
#include "store/key_codec.h"

namespace corpgraph::store {

class WriteTxn;

// Meta record names (tag 01). On-disk format.
inline constexpr std::string_view kMetaSchema = "schema";            // varint version
inline constexpr std::string_view kMetaNextEntity = "next_entity";   // u64: next free id
inline constexpr std::string_view kMetaImportDoc = "import_document";  // u64 DocKey

// Counter names (tag 02). On-disk format.
inline constexpr std::string_view kCountDocuments = "documents";
inline constexpr std::string_view kCountEntities = "entities";
inline constexpr std::string_view kCountEdges = "edges";
inline constexpr std::string_view kCountEvidence = "evidence";
std::string KindCounter(EntityKind kind);  // "kind/company"
std::string RelationCounter(Relation rel);  // "rel/4"

// RocksDB options shared by every open and by the bulk loader's SST writer.
rocksdb::Options BaseRocksOptions();

// Translates a RocksDB status (non-OK) into ours, prefixed with `what`.
Status FromRocks(const rocksdb::Status& s, std::string_view what);

class RocksGraphStore final : public GraphStore {
 public:
  static StatusOr<std::unique_ptr<GraphStore>> Open(const std::string& path,
                                                    const StoreOptions& options);
  ~RocksGraphStore() override;

  // GraphReader
  StatusOr<Entity> GetEntity(EntityId id) const override;
  StatusOr<EntityId> FindEntity(std::string_view name_or_id) const override;
  Status ForEachEdge(EntityId node, Direction dir, const RelationSet& rels,
                     const EdgeVisitor& visit) const override;
  StatusOr<Edge> GetEdge(EntityId src, Relation rel, EntityId dst) const override;
  Status ForEachEntity(const EntityVisitor& visit) const override;
  Status ForEachEdgeOfAll(const EdgeVisitor& visit) const override;
  Status ForEachFullEdge(const std::function<bool(const Edge&)>& visit) const override;
  std::string RelationLabel(Relation rel) const override;

  // GraphStore
  StatusOr<IngestResult> Ingest(const Document& document, const Graph& fragment) override;
  StatusOr<IngestResult> Replace(std::string_view old_id_or_name, const Document& document,
                                 const Graph& fragment) override;
  StatusOr<IngestResult> ReplaceDocument(const Document& document, const Graph& fragment) override;
  Status RemoveDocument(std::string_view id_or_name) override;
  StatusOr<ImportResult> ImportCsv(const ImportOptions& options) override;
  StatusOr<std::vector<Document>> ListDocuments() const override;
  StatusOr<Document> FindDocument(std::string_view id_or_name) const override;
  StatusOr<StoreStats> Stats() const override;
  StatusOr<StoreStats> ScanStats() const override;
  Status ForEachEdgeWithAttributes(const std::function<bool(const Edge&)>& visit) const override;
  const std::string& path() const override { return path_; }

  // Internal helpers shared by the .cc files of the store module.
  rocksdb::DB* db() const { return db_.get(); }
  // The code of a custom relation type, registering it in `txn` when new (under write_mu_).
  StatusOr<Relation> CustomRelationCode(std::string_view name, WriteTxn* txn);
  // Calls visit(key, value) for each key starting with `prefix`; stops when it returns false.
  template <typename Visit>
  Status ScanPrefix(std::string_view prefix, Visit&& visit) const;
  // Every out-edge record decoded (attributes, no evidence) with its "imported" flag, in key
  // order; Corruption for a record that does not decode.
  Status ScanEdgeRecords(const std::function<bool(Edge&, bool imported)>& visit) const;
  // The DocKey a document id or file name refers to (see FindDocument).
  StatusOr<DocKey> ResolveDocument(std::string_view id_or_name) const;

 private:
  RocksGraphStore() = default;
  Status Initialize(bool created);
  Status LoadRegistry();
  Status RequireWritable() const;
  // Adds `document`'s extraction to `txn`. Returns already_present without changes when the
  // content is stored.
  StatusOr<IngestResult> IngestInto(WriteTxn* txn, const Document& document, const Graph& fragment);
  Status RemoveInto(WriteTxn* txn, DocKey doc);
  Status RemoveImportInto(WriteTxn* txn, DocKey doc);
  Status Commit(WriteTxn* txn);
  StatusOr<ImportResult> ImportLocked(const ImportOptions& options);
  // Import into a database that already holds a graph: through IngestInto. REQUIRES: write_mu_.
  StatusOr<ImportResult> MergeImportLocked(const ImportOptions& options);
  // Ingest `document` and remove `old` (skipping the new document itself) in one batch.
  StatusOr<IngestResult> ReplaceLocked(const std::vector<DocKey>& old, const Document& document,
                                       const Graph& fragment);
  // Every document stored under exactly this file name.
  StatusOr<std::vector<DocKey>> DocumentsNamed(std::string_view name) const;
  StatusOr<bool> IsEmpty() const;

  std::string path_;
  bool read_only_ = false;
  std::string secondary_dir_;  // temp dir of a secondary instance; removed at close
  std::unique_ptr<FileLock> lock_;
  std::unique_ptr<rocksdb::DB> db_;
  std::mutex write_mu_;
  mutable std::shared_mutex registry_mu_;
  std::map<std::uint8_t, std::string> relation_names_;  // custom code -> name
};

template <typename Visit>
Status RocksGraphStore::ScanPrefix(std::string_view prefix, Visit&& visit) const {
  std::string upper = PrefixEnd(prefix);
  rocksdb::Slice upper_slice(upper);
  rocksdb::ReadOptions ro;
  if (!upper.empty()) ro.iterate_upper_bound = &upper_slice;
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro));
  for (it->Seek(rocksdb::Slice(prefix.data(), prefix.size())); it->Valid(); it->Next()) {
    rocksdb::Slice k = it->key(), v = it->value();
    if (!visit(std::string_view(k.data(), k.size()), std::string_view(v.data(), v.size()))) break;
  }
  if (!it->status().ok()) return FromRocks(it->status(), "scan failed");
  return Status::Ok();
}

}  // namespace corpgraph::store
