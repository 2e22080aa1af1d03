// A pending set of writes over a RocksDB snapshot, read back through the pending writes, so
// ingest/remove logic can be written as plain reads and writes and still land as one atomic
// WriteBatch. Counters are kept as deltas and folded in at commit.
//
// Not thread-safe; one WriteTxn per write operation, under the store's write mutex (the
// snapshot is then the latest state and nothing else writes until the batch is committed).
#pragma once

#include <rocksdb/db.h>
#include <rocksdb/write_batch.h>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "graph/status.h"

namespace corpgraph::store {

class WriteTxn {
 public:
  explicit WriteTxn(rocksdb::DB* db);
  ~WriteTxn();
  WriteTxn(const WriteTxn&) = delete;
  WriteTxn& operator=(const WriteTxn&) = delete;

  // The value under `key` as this transaction would leave it: nullopt when absent.
  StatusOr<std::optional<std::string>> Get(std::string_view key) const;
  void Put(std::string_view key, std::string_view value);
  void Delete(std::string_view key);
  // Adds `delta` to the counter record under `key` at commit.
  void AddCounter(const std::string& key, std::int64_t delta);

  // Visits keys starting with `prefix` in order, merging stored keys with pending writes
  // (deleted keys skipped, pending values shown). Stops when visit returns false.
  Status ScanPrefix(std::string_view prefix,
                    const std::function<bool(std::string_view key, std::string_view value)>& visit) const;
  // True when some key starts with `prefix`.
  StatusOr<bool> HasPrefix(std::string_view prefix) const;

  bool empty() const { return pending_.empty() && counters_.empty(); }
  // Builds the batch: pending writes plus counters folded into their stored values.
  StatusOr<rocksdb::WriteBatch> ToBatch() const;

 private:
  rocksdb::DB* db_;
  const rocksdb::Snapshot* snapshot_;
  std::map<std::string, std::optional<std::string>, std::less<>> pending_;  // nullopt = delete
  std::map<std::string, std::int64_t> counters_;
};

// Counter values: 8-byte big-endian two's complement.
std::string EncodeCounter(std::int64_t v);
bool DecodeCounter(std::string_view in, std::int64_t* v);

}  // namespace corpgraph::store
