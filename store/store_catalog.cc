// Documents and counts: listing and resolving documents, kept and recomputed statistics.
#include <charconv>
#include <filesystem>

#include "store/rocks_graph_store.h"
#include "store/value_codec.h"
#include "store/write_txn.h"

namespace corpgraph::store {

namespace fs = std::filesystem;

StatusOr<std::vector<Document>> RocksGraphStore::ListDocuments() const {
  std::vector<Document> docs;
  Status error;
  CORPGRAPH_RETURN_IF_ERROR(ScanPrefix(TagPrefix(KeyTag::kDocument), [&](std::string_view k, std::string_view v) {
    Document d;
    DocKey key = 0;
    bool is_import = false;
    if (!DecodeDocumentKey(k, &key) || !DecodeDocument(v, &d, &is_import)) {
      error = Status::Corruption("bad document record in " + path_);
      return false;
    }
    d.id = DocIdString(key);
    docs.push_back(std::move(d));
    return true;
  }));
  if (!error.ok()) return error;
  return docs;
}

StatusOr<std::vector<DocKey>> RocksGraphStore::DocumentsNamed(std::string_view name) const {
  std::vector<DocKey> docs;
  if (name.find('\0') != std::string_view::npos) return docs;
  CORPGRAPH_RETURN_IF_ERROR(ScanPrefix(DocumentNamePrefix(name), [&](std::string_view k, std::string_view) {
    std::string_view n;
    DocKey d;
    if (DecodeDocumentNameKey(k, &n, &d)) docs.push_back(d);
    return true;
  }));
  return docs;
}

StatusOr<DocKey> RocksGraphStore::ResolveDocument(std::string_view id_or_name) const {
  DocKey key = 0;
  if (ParseDocId(id_or_name, &key)) {
    std::string value;
    rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), DocumentKey(key), &value);
    if (s.ok()) return key;
    if (!s.IsNotFound()) return FromRocks(s, "read failed");
  }
  StatusOr<std::vector<DocKey>> named = DocumentsNamed(id_or_name);
  if (!named.ok()) return named.status();
  std::vector<DocKey> matches = std::move(*named);
  if (matches.empty()) {
    // Also accept the base name of a stored path ("iij.txt" for "examples/iij.txt").
    StatusOr<std::vector<Document>> docs = ListDocuments();
    if (!docs.ok()) return docs.status();
    for (const Document& d : *docs) {
      if (fs::path(d.name).filename() == fs::path(std::string(id_or_name)).filename() &&
          fs::path(std::string(id_or_name)).filename() == std::string(id_or_name)) {
        DocKey k = 0;
        ParseDocId(d.id, &k);
        matches.push_back(k);
      }
    }
  }
  if (matches.empty()) return Status::NotFound("no document '" + std::string(id_or_name) + "'");
  if (matches.size() > 1) {
    return Status::InvalidArgument(std::to_string(matches.size()) + " documents are named '" +
                                   std::string(id_or_name) + "'; give the document id");
  }
  return matches.front();
}

StatusOr<Document> RocksGraphStore::FindDocument(std::string_view id_or_name) const {
  StatusOr<DocKey> key = ResolveDocument(id_or_name);
  if (!key.ok()) return key.status();
  std::string value;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), DocumentKey(*key), &value);
  if (!s.ok()) return FromRocks(s, "read failed");
  Document d;
  bool is_import = false;
  if (!DecodeDocument(value, &d, &is_import)) return Status::Corruption("bad document record");
  d.id = DocIdString(*key);
  return d;
}

namespace {

std::uint64_t BytesOnDisk(const std::string& path) {
  std::uint64_t total = 0;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec)) total += it->file_size(ec);
  }
  return total;
}

}  // namespace

StatusOr<StoreStats> RocksGraphStore::Stats() const {
  StoreStats stats;
  Status error;
  CORPGRAPH_RETURN_IF_ERROR(ScanPrefix(TagPrefix(KeyTag::kCounter), [&](std::string_view k, std::string_view v) {
    std::int64_t n = 0;
    if (!DecodeCounter(v, &n)) {
      error = Status::Corruption("bad counter record in " + path_);
      return false;
    }
    std::string_view name = k.substr(1);
    std::size_t count = n < 0 ? 0 : static_cast<std::size_t>(n);
    if (name == kCountDocuments) stats.documents = count;
    else if (name == kCountEntities) stats.entities = count;
    else if (name == kCountEdges) stats.edges = count;
    else if (name == kCountEvidence) stats.evidence = count;
    else if (name.starts_with("kind/")) stats.entities_by_kind[std::string(name.substr(5))] = count;
    else if (name.starts_with("rel/")) {
      unsigned code = 0;
      std::from_chars(name.data() + 4, name.data() + name.size(), code);
      stats.edges_by_relation[RelationLabel(static_cast<Relation>(code))] = count;
    }
    return true;
  }));
  if (!error.ok()) return error;
  stats.bytes_on_disk = BytesOnDisk(path_);
  return stats;
}

StatusOr<StoreStats> RocksGraphStore::ScanStats() const {
  StoreStats stats;
  Status error;
  auto fail = [&](std::string what) {
    error = Status::Corruption("bad " + what + " record in " + path_);
    return false;
  };
  CORPGRAPH_RETURN_IF_ERROR(ScanPrefix(TagPrefix(KeyTag::kDocument), [&](std::string_view, std::string_view) {
    ++stats.documents;
    return true;
  }));
  CORPGRAPH_RETURN_IF_ERROR(ScanPrefix(TagPrefix(KeyTag::kEntity), [&](std::string_view, std::string_view v) {
    Entity e;
    bool imported = false;
    if (!DecodeEntity(v, &e, &imported)) return fail("entity");
    ++stats.entities;
    ++stats.entities_by_kind[std::string(EntityKindName(e.kind))];
    return true;
  }));
  if (!error.ok()) return error;
  CORPGRAPH_RETURN_IF_ERROR(ScanPrefix(TagPrefix(KeyTag::kOutEdge), [&](std::string_view k, std::string_view v) {
    EdgeTriple t;
    std::optional<double> percent;
    bool imported = false;
    if (!DecodeOutEdgeKey(k, &t) || !DecodeEdgePercent(v, &percent, &imported)) return fail("edge");
    ++stats.edges;
    ++stats.edges_by_relation[RelationLabel(t.rel)];
    if (imported) ++stats.evidence;
    return true;
  }));
  if (!error.ok()) return error;
  CORPGRAPH_RETURN_IF_ERROR(ScanPrefix(TagPrefix(KeyTag::kEvidence), [&](std::string_view, std::string_view) {
    ++stats.evidence;
    return true;
  }));
  stats.bytes_on_disk = BytesOnDisk(path_);
  return stats;
}

}  // namespace corpgraph::store
