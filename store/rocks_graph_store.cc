// Opening a database and reading it: GraphReader by prefix scans, documents and counters.
#include "store/rocks_graph_store.h"

#include <rocksdb/table.h>
#include <unistd.h>

#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <tuple>

#include "graph/normalize.h"
#include "store/sha256.h"
#include "store/value_codec.h"
#include "store/write_txn.h"

namespace corpgraph::store {
namespace fs = std::filesystem;

std::string KindCounter(EntityKind kind) { return "kind/" + std::string(EntityKindName(kind)); }
std::string RelationCounter(Relation rel) {
  return "rel/" + std::to_string(static_cast<unsigned>(rel));
}

rocksdb::Options BaseRocksOptions() {
  rocksdb::Options o;
  o.compression = rocksdb::kLZ4Compression;
  o.bottommost_compression = rocksdb::kZSTD;
  o.max_open_files = -1;  // required by secondary instances; our databases are small in files
  o.keep_log_file_num = 2;
  o.max_manifest_file_size = 4 << 20;
  rocksdb::BlockBasedTableOptions t;
  t.block_size = 16 * 1024;
  t.format_version = 5;
  o.table_factory.reset(rocksdb::NewBlockBasedTableFactory(t));
  return o;
}

Status FromRocks(const rocksdb::Status& s, std::string_view what) {
  std::string msg = std::string(what) + ": " + s.ToString();
  if (s.IsNotFound()) return Status::NotFound(msg);
  if (s.IsCorruption()) return Status::Corruption(msg);
  if (s.IsInvalidArgument()) return Status::InvalidArgument(msg);
  if (s.IsBusy() || s.IsTryAgain()) return Status::Unavailable(msg);
  return Status::IoError(msg);
}

StatusOr<std::unique_ptr<GraphStore>> RocksGraphStore::Open(const std::string& path,
                                                            const StoreOptions& options) {
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  bool exists = !ec && fs::exists(st);
  if (exists && !fs::is_directory(st)) {
    return Status::FailedPrecondition(path + " is not a corpgraph database (it is a file)");
  }
  bool has_current = exists && fs::exists(fs::path(path) / "CURRENT", ec);
  if (!has_current) {
    bool empty = !exists || fs::is_empty(path, ec);
    if (exists && !empty) {
      // Tolerate only our own lock file in an otherwise empty directory.
      bool only_lock = true;
      for (const auto& entry : fs::directory_iterator(path, ec)) {
        if (entry.path().filename() != "corpgraph.lock") only_lock = false;
      }
      if (!only_lock) {
        return Status::FailedPrecondition(path +
                                          " is not a corpgraph database (the directory holds other files)");
      }
    }
    if (options.read_only || !options.create_if_missing) {
      return Status::NotFound("no corpgraph database at " + path);
    }
    if (!exists && !fs::create_directories(path, ec)) {
      return Status::IoError("cannot create database directory " + path + ": " + ec.message());
    }
  }

  std::unique_ptr<RocksGraphStore> store(new RocksGraphStore());
  store->path_ = path;
  store->read_only_ = options.read_only;
  rocksdb::Options ro = BaseRocksOptions();
  rocksdb::DB* raw = nullptr;
  if (options.read_only) {
    char tmpl[] = "/tmp/corpgraph-reader-XXXXXX";
    if (::mkdtemp(tmpl) == nullptr) return Status::IoError("cannot create a temporary directory");
    store->secondary_dir_ = tmpl;
    rocksdb::Status s = rocksdb::DB::OpenAsSecondary(ro, path, store->secondary_dir_, &raw);
    if (!s.ok()) return FromRocks(s, "cannot open database " + path + " for reading");
    store->db_.reset(raw);
    s = store->db_->TryCatchUpWithPrimary();
    if (!s.ok()) return FromRocks(s, "cannot read database " + path);
  } else {
    if (::access(path.c_str(), W_OK) != 0) {
      return Status::FailedPrecondition("cannot write to database directory " + path +
                                        " (read-only?); open it read-only or choose another --db");
    }
    StatusOr<std::unique_ptr<FileLock>> lock = FileLock::Acquire(path + "/corpgraph.lock");
    if (!lock.ok()) {
      if (lock.status().code() == StatusCode::kUnavailable) {
        return Status::FailedPrecondition("database " + path +
                                          " is in use by another corpgraph process");
      }
      return lock.status();
    }
    store->lock_ = std::move(*lock);
    fs::remove_all(fs::path(path) / "import.tmp", ec);  // left by an import that was killed
    ro.create_if_missing = !has_current;
    rocksdb::Status s = rocksdb::DB::Open(ro, path, &raw);
    if (!s.ok()) return FromRocks(s, "cannot open database " + path);
    store->db_.reset(raw);
  }
  CORPGRAPH_RETURN_IF_ERROR(store->Initialize(!has_current));
  return std::unique_ptr<GraphStore>(std::move(store));
}

RocksGraphStore::~RocksGraphStore() {
  if (db_) {
    if (!read_only_) db_->SyncWAL().PermitUncheckedError();
    db_->Close().PermitUncheckedError();
    db_.reset();
  }
  if (!secondary_dir_.empty()) {
    std::error_code ec;
    fs::remove_all(secondary_dir_, ec);
  }
}

Status RocksGraphStore::Initialize(bool created) {
  std::string value;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), MetaKey(kMetaSchema), &value);
  if (s.IsNotFound()) {
    StatusOr<bool> empty = IsEmpty();
    if (!empty.ok()) return empty.status();
    if (!created && !*empty) {
      return Status::FailedPrecondition(path_ +
                                        " is a RocksDB database but not a corpgraph one (no schema record)");
    }
    if (read_only_) return Status::NotFound("no corpgraph database at " + path_);
    std::string version;
    PutVarint(&version, kSchemaVersion);
    rocksdb::WriteOptions wo;
    wo.sync = true;
    s = db_->Put(wo, MetaKey(kMetaSchema), version);
    if (!s.ok()) return FromRocks(s, "cannot initialize database " + path_);
    return LoadRegistry();
  }
  if (!s.ok()) return FromRocks(s, "cannot read database " + path_);
  std::string_view in = value;
  std::uint64_t version = 0;
  if (!GetVarint(&in, &version) || !in.empty()) {
    return Status::Corruption(path_ + " has an unreadable schema record");
  }
  if (version != kSchemaVersion) {
    return Status::FailedPrecondition(
        path_ + " was written with corpgraph store schema version " + std::to_string(version) +
        "; this corpgraph reads schema version " + std::to_string(kSchemaVersion));
  }
  return LoadRegistry();
}

StatusOr<bool> RocksGraphStore::IsEmpty() const {
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions()));
  it->SeekToFirst();
  if (!it->status().ok()) return FromRocks(it->status(), "scan failed");
  return !it->Valid();
}

Status RocksGraphStore::LoadRegistry() {
  std::unique_lock lock(registry_mu_);
  relation_names_.clear();
  return ScanPrefix(TagPrefix(KeyTag::kRelationName), [&](std::string_view k, std::string_view v) {
    Relation rel;
    if (DecodeRelationNameKey(k, &rel)) relation_names_[static_cast<std::uint8_t>(rel)] = v;
    return true;
  });
}

Status RocksGraphStore::RequireWritable() const {
  if (read_only_) return Status::FailedPrecondition("database " + path_ + " is open read-only");
  return Status::Ok();
}

std::string RocksGraphStore::RelationLabel(Relation rel) const {
  if (static_cast<std::uint8_t>(rel) >= kFirstCustomRelation) {
    std::shared_lock lock(registry_mu_);
    auto it = relation_names_.find(static_cast<std::uint8_t>(rel));
    if (it != relation_names_.end()) return it->second;
  }
  return GraphReader::RelationLabel(rel);
}

StatusOr<Relation> RocksGraphStore::CustomRelationCode(std::string_view name, WriteTxn* txn) {
  std::unique_lock lock(registry_mu_);
  for (const auto& [code, stored] : relation_names_) {
    if (stored == name) return static_cast<Relation>(code);
  }
  unsigned next = kFirstCustomRelation;
  if (!relation_names_.empty()) next = relation_names_.rbegin()->first + 1u;
  if (next > 255) return Status::ResourceExhausted("too many custom relation types (at most 192)");
  Relation rel = static_cast<Relation>(next);
  relation_names_[static_cast<std::uint8_t>(next)] = std::string(name);
  if (txn != nullptr) txn->Put(RelationNameKey(rel), name);
  return rel;
}

StatusOr<Entity> RocksGraphStore::GetEntity(EntityId id) const {
  std::string value;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), EntityKey(id), &value);
  if (s.IsNotFound()) return Status::NotFound("no entity with id " + std::to_string(id));
  if (!s.ok()) return FromRocks(s, "read failed");
  Entity e;
  bool imported = false;
  if (!DecodeEntity(value, &e, &imported)) {
    return Status::Corruption("entity " + std::to_string(id) + " cannot be decoded");
  }
  e.id = id;
  return e;
}

StatusOr<EntityId> RocksGraphStore::FindEntity(std::string_view name_or_id) const {
  if (std::optional<EntityId> id = ParseEntityId(name_or_id)) {
    std::string value;
    rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), EntityKey(*id), &value);
    if (s.ok()) return *id;
    if (!s.IsNotFound()) return FromRocks(s, "read failed");
  }
  std::string key = NormalizeName(name_or_id);
  if (key.empty()) return Status::NotFound("no entity named '" + std::string(name_or_id) + "'");
  std::optional<EntityId> best;
  bool best_canonical = false;
  CORPGRAPH_RETURN_IF_ERROR(ScanPrefix(AliasPrefix(key), [&](std::string_view k, std::string_view v) {
    std::string_view name;
    EntityId candidate;
    if (!DecodeAliasKey(k, &name, &candidate)) return true;
    bool canonical = !v.empty() && v[0] == 1;
    if (!best || (canonical && !best_canonical)) {  // keys come in id order: first is lowest
      best = candidate;
      best_canonical = canonical;
    }
    return !best_canonical;
  }));
  if (!best) return Status::NotFound("no entity named '" + std::string(name_or_id) + "'");
  return *best;
}

Status RocksGraphStore::ForEachEdge(EntityId node, Direction dir, const RelationSet& rels,
                                    const EdgeVisitor& visit) const {
  bool all = rels.IsAll();
  auto walk = [&](bool out, bool skip_self_loops, bool* stopped) -> Status {
    std::string prefix = out ? OutEdgePrefix(node) : InEdgePrefix(node);
    std::string upper = PrefixEnd(prefix);
    rocksdb::Slice upper_slice(upper);
    rocksdb::ReadOptions ro;
    ro.iterate_upper_bound = &upper_slice;
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro));
    it->Seek(prefix);
    while (it->Valid()) {
      std::string_view k(it->key().data(), it->key().size());
      EdgeTriple t;
      if (!(out ? DecodeOutEdgeKey(k, &t) : DecodeInEdgeKey(k, &t))) {
        return Status::Corruption("bad edge key in " + path_);
      }
      if (!all && !rels.Contains(t.rel)) {
        // Skip the rest of this relation's run in one seek.
        unsigned next = static_cast<unsigned>(t.rel) + 1;
        if (next > 255) break;
        it->Seek(out ? OutEdgePrefix(node, static_cast<Relation>(next))
                     : InEdgePrefix(node, static_cast<Relation>(next)));
        continue;
      }
      if (!(skip_self_loops && t.src == t.dst)) {
        EdgeRef ref{t.src, t.dst, t.rel, std::nullopt};
        bool imported = false;
        std::string_view v(it->value().data(), it->value().size());
        if (!DecodeEdgePercent(v, &ref.percent, &imported)) {
          return Status::Corruption("bad edge value in " + path_);
        }
        if (!visit(ref)) {
          *stopped = true;
          return Status::Ok();
        }
      }
      it->Next();
    }
    if (!it->status().ok()) return FromRocks(it->status(), "scan failed");
    return Status::Ok();
  };
  bool stopped = false;
  if (dir != Direction::kIn) CORPGRAPH_RETURN_IF_ERROR(walk(true, false, &stopped));
  if (!stopped && dir != Direction::kOut) {
    CORPGRAPH_RETURN_IF_ERROR(walk(false, dir == Direction::kBoth, &stopped));
  }
  return Status::Ok();
}

StatusOr<Edge> RocksGraphStore::GetEdge(EntityId src, Relation rel, EntityId dst) const {
  EdgeTriple t{src, rel, dst};
  std::string value;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), OutEdgeKey(t), &value);
  if (s.IsNotFound()) {
    return Status::NotFound("no " + RelationLabel(rel) + " edge " + std::to_string(src) + " -> " +
                            std::to_string(dst));
  }
  if (!s.ok()) return FromRocks(s, "read failed");
  Edge e{.src = src, .dst = dst, .rel = rel};
  bool imported = false;
  if (!DecodeEdgeValue(value, &e.attrs, &imported)) return Status::Corruption("bad edge value");
  if (static_cast<std::uint8_t>(rel) >= kFirstCustomRelation) e.rel_name = RelationLabel(rel);
  if (imported) {
    std::string doc;
    rocksdb::Status ds = db_->Get(rocksdb::ReadOptions(), MetaKey(kMetaImportDoc), &doc);
    std::string_view in = doc;
    DocKey key = 0;
    if (ds.ok() && GetU64(&in, &key)) {
      e.evidence.push_back(Evidence{.document = DocIdString(key), .rule = "import"});
    }
  }
  CORPGRAPH_RETURN_IF_ERROR(ScanPrefix(EvidencePrefix(t), [&](std::string_view k, std::string_view v) {
    EvidenceKeyParts parts;
    Evidence ev;
    if (!DecodeEvidenceKey(k, &parts) || !DecodeEvidence(v, &ev)) return true;
    ev.document = DocIdString(parts.doc);
    ev.begin = parts.begin;
    ev.end = parts.end;
    e.evidence.push_back(std::move(ev));
    return true;
  }));
  return e;
}

Status RocksGraphStore::ForEachEntity(const EntityVisitor& visit) const {
  Status error;
  CORPGRAPH_RETURN_IF_ERROR(ScanPrefix(TagPrefix(KeyTag::kEntity), [&](std::string_view k, std::string_view v) {
    Entity e;
    bool imported = false;
    if (!DecodeEntityKey(k, &e.id) || !DecodeEntity(v, &e, &imported)) {
      error = Status::Corruption("bad entity record in " + path_);
      return false;
    }
    return visit(e);
  }));
  return error;
}

Status RocksGraphStore::ForEachEdgeOfAll(const EdgeVisitor& visit) const {
  Status error;
  CORPGRAPH_RETURN_IF_ERROR(ScanPrefix(TagPrefix(KeyTag::kOutEdge), [&](std::string_view k, std::string_view v) {
    EdgeTriple t;
    EdgeRef ref;
    bool imported = false;
    if (!DecodeOutEdgeKey(k, &t) || !DecodeEdgePercent(v, &ref.percent, &imported)) {
      error = Status::Corruption("bad edge record in " + path_);
      return false;
    }
    ref.src = t.src;
    ref.dst = t.dst;
    ref.rel = t.rel;
    return visit(ref);
  }));
  return error;
}

// Out-edge records and evidence records are both ordered by (src, rel, dst), so one pass of
// each, in step, gives every edge its evidence without a lookup per edge.
Status RocksGraphStore::ForEachFullEdge(const std::function<bool(const Edge&)>& visit) const {
  std::optional<Evidence> import_evidence;
  {
    std::string doc;
    rocksdb::Status ds = db_->Get(rocksdb::ReadOptions(), MetaKey(kMetaImportDoc), &doc);
    std::string_view in = doc;
    DocKey key = 0;
    if (ds.ok() && GetU64(&in, &key)) import_evidence = Evidence{.document = DocIdString(key), .rule = "import"};
  }
  std::string evidence_upper = PrefixEnd(TagPrefix(KeyTag::kEvidence));
  rocksdb::Slice evidence_upper_slice(evidence_upper);
  rocksdb::ReadOptions evidence_options;
  evidence_options.iterate_upper_bound = &evidence_upper_slice;
  std::unique_ptr<rocksdb::Iterator> evidence_it(db_->NewIterator(evidence_options));
  evidence_it->Seek(TagPrefix(KeyTag::kEvidence));
  auto order = [](const EdgeTriple& t) { return std::tuple(t.src, static_cast<unsigned>(t.rel), t.dst); };

  Status scan = ScanEdgeRecords([&](Edge& e, bool imported) {
    EdgeTriple t{e.src, e.rel, e.dst};
    if (imported && import_evidence) e.evidence.push_back(*import_evidence);
    for (; evidence_it->Valid(); evidence_it->Next()) {
      rocksdb::Slice ek = evidence_it->key(), ev = evidence_it->value();
      EvidenceKeyParts parts;
      if (!DecodeEvidenceKey(std::string_view(ek.data(), ek.size()), &parts)) continue;
      if (order(parts.edge) > order(t)) break;
      if (order(parts.edge) < order(t)) continue;  // evidence of no stored edge: not shown anywhere
      Evidence evidence;
      if (!DecodeEvidence(std::string_view(ev.data(), ev.size()), &evidence)) continue;
      evidence.document = DocIdString(parts.doc);
      evidence.begin = parts.begin;
      evidence.end = parts.end;
      e.evidence.push_back(std::move(evidence));
    }
    return visit(e);
  });
  CORPGRAPH_RETURN_IF_ERROR(scan);
  if (!evidence_it->status().ok()) return FromRocks(evidence_it->status(), "scan failed");
  return Status::Ok();
}

Status RocksGraphStore::ForEachEdgeWithAttributes(const std::function<bool(const Edge&)>& visit) const {
  return ScanEdgeRecords([&](Edge& e, bool) { return visit(e); });
}

Status RocksGraphStore::ScanEdgeRecords(const std::function<bool(Edge&, bool imported)>& visit) const {
  Status error;
  CORPGRAPH_RETURN_IF_ERROR(ScanPrefix(TagPrefix(KeyTag::kOutEdge), [&](std::string_view k, std::string_view v) {
    EdgeTriple t;
    Edge e;
    bool imported = false;
    if (!DecodeOutEdgeKey(k, &t) || !DecodeEdgeValue(v, &e.attrs, &imported)) {
      error = Status::Corruption("bad edge record in " + path_);
      return false;
    }
    e.src = t.src;
    e.dst = t.dst;
    e.rel = t.rel;
    if (static_cast<std::uint8_t>(t.rel) >= kFirstCustomRelation) e.rel_name = RelationLabel(t.rel);
    return visit(e, imported);
  }));
  return error;
}

}  // namespace corpgraph::store

namespace corpgraph {

Document DescribeDocument(std::string_view bytes, std::string name) {
  Document d;
  d.sha256 = store::Sha256Hex(bytes);
  store::DocKey key = 0;
  store::ParseDocId(std::string_view(d.sha256).substr(0, 16), &key);
  d.id = store::DocIdString(key);
  d.name = std::move(name);
  d.size = bytes.size();
  d.ingested_at = static_cast<std::int64_t>(::time(nullptr));
  return d;
}

StatusOr<std::unique_ptr<GraphStore>> GraphStore::Open(const std::string& path,
                                                       const StoreOptions& options) {
  return store::RocksGraphStore::Open(path, options);
}

}  // namespace corpgraph
