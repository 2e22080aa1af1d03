#include "store/write_txn.h"

#include <memory>

#include "store/key_codec.h"
#include "store/rocks_graph_store.h"

namespace corpgraph::store {

std::string EncodeCounter(std::int64_t v) {
  std::string out;
  PutU64(&out, static_cast<std::uint64_t>(v));
  return out;
}

bool DecodeCounter(std::string_view in, std::int64_t* v) {
  std::uint64_t u = 0;
  if (!GetU64(&in, &u) || !in.empty()) return false;
  *v = static_cast<std::int64_t>(u);
  return true;
}

WriteTxn::WriteTxn(rocksdb::DB* db) : db_(db), snapshot_(db->GetSnapshot()) {}

WriteTxn::~WriteTxn() { db_->ReleaseSnapshot(snapshot_); }

StatusOr<std::optional<std::string>> WriteTxn::Get(std::string_view key) const {
  auto it = pending_.find(key);
  if (it != pending_.end()) return it->second;
  rocksdb::ReadOptions ro;
  ro.snapshot = snapshot_;
  std::string value;
  rocksdb::Status s = db_->Get(ro, rocksdb::Slice(key.data(), key.size()), &value);
  if (s.IsNotFound()) return std::optional<std::string>();
  if (!s.ok()) return FromRocks(s, "read failed");
  return std::optional<std::string>(std::move(value));
}

void WriteTxn::Put(std::string_view key, std::string_view value) {
  pending_.insert_or_assign(std::string(key), std::string(value));
}

void WriteTxn::Delete(std::string_view key) { pending_.insert_or_assign(std::string(key), std::nullopt); }

void WriteTxn::AddCounter(const std::string& key, std::int64_t delta) { counters_[key] += delta; }

Status WriteTxn::ScanPrefix(
    std::string_view prefix,
    const std::function<bool(std::string_view, std::string_view)>& visit) const {
  std::string upper = PrefixEnd(prefix);
  rocksdb::Slice upper_slice(upper);
  rocksdb::ReadOptions ro;
  ro.snapshot = snapshot_;
  if (!upper.empty()) ro.iterate_upper_bound = &upper_slice;
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro));
  it->Seek(rocksdb::Slice(prefix.data(), prefix.size()));
  auto p = pending_.lower_bound(prefix);
  auto in_prefix = [&](const std::string& k) { return std::string_view(k).starts_with(prefix); };
  while (true) {
    bool stored_valid = it->Valid();
    bool pending_valid = p != pending_.end() && in_prefix(p->first);
    if (!stored_valid && !pending_valid) break;
    std::string_view stored_key =
        stored_valid ? std::string_view(it->key().data(), it->key().size()) : std::string_view();
    int order = !stored_valid ? 1 : !pending_valid ? -1 : stored_key.compare(p->first);
    if (order < 0) {
      if (!visit(stored_key, std::string_view(it->value().data(), it->value().size()))) break;
      it->Next();
      continue;
    }
    // The pending write wins over (or adds to) the stored key.
    if (p->second && !visit(p->first, *p->second)) break;
    if (order == 0) it->Next();
    ++p;
  }
  if (!it->status().ok()) return FromRocks(it->status(), "scan failed");
  return Status::Ok();
}

StatusOr<bool> WriteTxn::HasPrefix(std::string_view prefix) const {
  bool found = false;
  CORPGRAPH_RETURN_IF_ERROR(ScanPrefix(prefix, [&](std::string_view, std::string_view) {
    found = true;
    return false;
  }));
  return found;
}

StatusOr<rocksdb::WriteBatch> WriteTxn::ToBatch() const {
  rocksdb::WriteBatch batch;
  for (const auto& [key, value] : pending_) {
    rocksdb::Status s = value ? batch.Put(key, *value) : batch.Delete(key);
    if (!s.ok()) return FromRocks(s, "batch failed");
  }
  for (const auto& [key, delta] : counters_) {
    if (delta == 0) continue;
    StatusOr<std::optional<std::string>> stored = Get(key);
    if (!stored.ok()) return stored.status();
    std::int64_t value = 0;
    if (*stored && !DecodeCounter(**stored, &value)) {
      return Status::Corruption("bad counter record '" + key.substr(1) + "'");
    }
    value += delta;
    rocksdb::Status s = value == 0 ? batch.Delete(key) : batch.Put(key, EncodeCounter(value));
    if (!s.ok()) return FromRocks(s, "batch failed");
  }
  return batch;
}

}  // namespace corpgraph::store
