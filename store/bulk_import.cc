// Bulk import: CSV rows -> sorted SST files -> one atomic IngestExternalFile.
//
// The loader parses nodes and edges on two threads, checks every edge endpoint, then writes
// one SST file per key range (meta+counters+document, entities, aliases, out-edges, in-edges)
// in key order, two writers at a time, and hands them to RocksDB in a single ingestion: no
// WAL, no memtable, no compaction, and the files land in the bottom level. Imported edges
// carry the kEdgeImported flag instead of one evidence record each, which keeps the store
// small; GetEdge reports that flag as evidence pointing at the import document.
#include <rocksdb/sst_file_writer.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <chrono>
#include <filesystem>
#include <future>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "graph/normalize.h"
#include "store/import_rows.h"
#include "store/rocks_graph_store.h"
#include "store/sha256.h"
#include "store/value_codec.h"
#include "store/write_txn.h"

namespace corpgraph::store {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string Millions(std::size_t n) {
  char buf[32];
  if (n >= 1000000) std::snprintf(buf, sizeof buf, "%.2fM", n / 1e6);
  else if (n >= 1000) std::snprintf(buf, sizeof buf, "%.0fk", n / 1e3);
  else std::snprintf(buf, sizeof buf, "%zu", n);
  return buf;
}

struct Counts {
  std::array<std::int64_t, 256> by_rel{};  // edges by relation code
  std::array<std::int64_t, 4> by_kind{};   // entities by EntityKind
  std::size_t duplicates = 0;
  std::size_t edges = 0;
};

// An edge in sort form: both endpoints as node ranks (positions in the id-sorted node list)
// packed with the relation into one integer whose order is the key order of one direction.
struct SortRow {
  std::uint64_t key = 0;  // first rank << 36 | relation << 28 | second rank
  double percent = 0;
  std::uint32_t extra = 0;
  std::uint8_t flags = 0;
};
constexpr unsigned kRankBits = 28;
constexpr std::uint64_t kRankMask = (std::uint64_t{1} << kRankBits) - 1;

std::uint64_t PackKey(std::uint64_t first, Relation rel, std::uint64_t second) {
  return first << (kRankBits + 8) | std::uint64_t{static_cast<std::uint8_t>(rel)} << kRankBits | second;
}
std::uint64_t KeyFirst(std::uint64_t key) { return key >> (kRankBits + 8); }
Relation KeyRel(std::uint64_t key) { return static_cast<Relation>((key >> kRankBits) & 0xff); }
std::uint64_t KeySecond(std::uint64_t key) { return key & kRankMask; }

// Shared progress of the loader's threads.
struct LoadProgress {
  std::atomic<std::size_t> nodes{0};
  std::atomic<std::size_t> edges{0};
  std::atomic<std::size_t> keys{0};
};

// Writes keys in order to one SST file; an empty writer creates no file.
class SstOut {
 public:
  SstOut(const rocksdb::Options& options, std::string path, LoadProgress* progress)
      : writer_(rocksdb::EnvOptions(), options, nullptr, /*invalidate_page_cache=*/false),
        path_(std::move(path)), progress_(progress) {}

  Status Put(std::string_view key, std::string_view value) {
    if (!opened_) {
      rocksdb::Status s = writer_.Open(path_);
      if (!s.ok()) return FromRocks(s, "cannot create " + path_);
      opened_ = true;
    }
    rocksdb::Status s = writer_.Put(rocksdb::Slice(key.data(), key.size()),
                                    rocksdb::Slice(value.data(), value.size()));
    if (!s.ok()) return FromRocks(s, "cannot write " + path_);
    if ((++count_ & 0xffff) == 0) progress_->keys.fetch_add(0x10000, std::memory_order_relaxed);
    return Status::Ok();
  }

  // Finishes the file (synced); adds its path to *files when it holds any key.
  Status Finish(std::vector<std::string>* files) {
    if (!opened_) return Status::Ok();
    rocksdb::Status s = writer_.Finish();
    if (!s.ok()) return FromRocks(s, "cannot finish " + path_);
    files->push_back(path_);
    return Status::Ok();
  }

 private:
  rocksdb::SstFileWriter writer_;
  std::string path_;
  LoadProgress* progress_;
  bool opened_ = false;
  std::size_t count_ = 0;
};

rocksdb::Options SstOptions() {
  rocksdb::Options o = BaseRocksOptions();
  o.compression = rocksdb::kZSTD;
  o.bottommost_compression = rocksdb::kZSTD;
  return o;
}

// Entities (tag 10) and aliases (tag 11) of the imported nodes.
Status WriteNodes(const ParsedNodes& nodes, const std::string& dir, LoadProgress* progress,
                  std::vector<std::string>* files, Counts* counts) {
  rocksdb::Options options = SstOptions();
  SstOut entities(options, dir + "/1-entities.sst", progress);
  std::string key, value;
  for (const NodeRow& row : nodes.rows) {
    key.clear();
    key.push_back(static_cast<char>(KeyTag::kEntity));
    PutU64(&key, row.id);
    value.clear();
    if (row.extra == 0) {
      value.push_back(static_cast<char>(kEntityImported));
      value.push_back(static_cast<char>(row.kind));
      PutLengthPrefixed(&value, row.name);
      value.append(3, '\0');  // no aliases, no country, no properties
    } else {
      Entity e = nodes.extras[row.extra - 1];
      e.name = std::string(row.name);
      e.kind = row.kind;
      EncodeEntity(e, true, &value);
    }
    CORPGRAPH_RETURN_IF_ERROR(entities.Put(key, value));
    ++counts->by_kind[static_cast<std::uint8_t>(row.kind) & 3];
  }
  CORPGRAPH_RETURN_IF_ERROR(entities.Finish(files));

  // Alias keys: group the ids by normalized name, sort the distinct names once, then emit
  // (name, id) in order. Few string comparisons even when many nodes share a name.
  std::unordered_map<std::string, std::uint32_t> group_of;
  std::vector<const std::string*> names;  // group -> its normalized name
  struct AliasEntry {
    std::uint64_t group;  // group index; replaced by the group's rank before sorting
    EntityId id;
    bool canonical;
  };
  std::vector<AliasEntry> entries;
  entries.reserve(nodes.rows.size());
  auto add = [&](std::string normalized, EntityId id, bool canonical) {
    auto [it, inserted] = group_of.try_emplace(std::move(normalized), static_cast<std::uint32_t>(names.size()));
    if (inserted) names.push_back(&it->first);
    entries.push_back({it->second, id, canonical});
  };
  for (const NodeRow& row : nodes.rows) {
    std::string canonical = NormalizeName(row.name);
    if (row.extra != 0) {
      for (const std::string& alias : nodes.extras[row.extra - 1].aliases) {
        std::string norm = NormalizeName(alias);
        if (!norm.empty() && norm != canonical) add(std::move(norm), row.id, false);
      }
    }
    if (!canonical.empty()) add(std::move(canonical), row.id, true);
  }
  std::vector<std::uint32_t> order(names.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return *names[a] < *names[b]; });
  std::vector<std::uint32_t> rank(names.size());
  for (std::uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
  for (AliasEntry& e : entries) e.group = rank[e.group];
  std::sort(entries.begin(), entries.end(), [](const AliasEntry& a, const AliasEntry& b) {
    if (a.group != b.group) return a.group < b.group;
    if (a.id != b.id) return a.id < b.id;
    return a.canonical && !b.canonical;
  });
  SstOut aliases(options, dir + "/2-aliases.sst", progress);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const AliasEntry& e = entries[i];
    if (i > 0 && entries[i - 1].group == e.group && entries[i - 1].id == e.id) continue;
    key.clear();
    AppendAliasKey(&key, *names[order[e.group]], e.id);
    CORPGRAPH_RETURN_IF_ERROR(aliases.Put(key, e.canonical ? std::string_view("\1", 1) : std::string_view("\0", 1)));
  }
  return aliases.Finish(files);
}

// Node id <-> rank (position in the id-sorted node list). Ids 0..N-1 map to themselves.
class NodeRanks {
 public:
  explicit NodeRanks(const std::vector<NodeRow>& rows)
      : rows_(rows), dense_(rows.empty() || rows.back().id == rows.size() - 1) {}
  // False when `id` is not a node.
  bool Rank(EntityId id, std::uint64_t* rank) const {
    if (dense_) {
      *rank = id;
      return id < rows_.size();
    }
    auto it = std::lower_bound(rows_.begin(), rows_.end(), id,
                               [](const NodeRow& r, EntityId v) { return r.id < v; });
    *rank = static_cast<std::uint64_t>(it - rows_.begin());
    return it != rows_.end() && it->id == id;
  }
  EntityId IdOf(std::uint64_t rank) const { return dense_ ? rank : rows_[rank].id; }

 private:
  const std::vector<NodeRow>& rows_;
  bool dense_;
};

// Key order with a deterministic tie-break, so both directions keep the same row among
// repeated (start, end, type) rows.
bool SortLess(const SortRow& a, const SortRow& b) {
  if (a.key != b.key) return a.key < b.key;
  if ((a.flags & kRowHasPercent) != (b.flags & kRowHasPercent)) return (a.flags & kRowHasPercent) != 0;
  if (a.percent != b.percent) return a.percent < b.percent;
  return a.extra < b.extra;
}

// Sorts `rows` (keys of one direction) and writes its edge keys (tag 20 or 21). Repeats of
// a key, and the reverse twin of a symmetric edge whose start rank is larger, are skipped.
template <bool kOut>
Status WriteEdges(std::vector<SortRow>& rows, const NodeRanks& ranks, const ParsedEdges& edges,
                  const std::string& file, LoadProgress* progress, std::vector<std::string>* files,
                  Counts* counts) {
  std::sort(rows.begin(), rows.end(), SortLess);
  SstOut out(SstOptions(), file, progress);
  char key[kEdgeKeySize];
  std::string value;
  std::uint64_t previous = ~std::uint64_t{0};
  for (const SortRow& row : rows) {
    if (row.key == previous) {
      ++counts->duplicates;
      continue;
    }
    previous = row.key;
    std::uint64_t first = KeyFirst(row.key), second = KeySecond(row.key);
    Relation rel = KeyRel(row.key);
    std::uint64_t src = kOut ? first : second, dst = kOut ? second : first;
    if (src > dst && IsSymmetric(rel)) {
      std::uint64_t twin = PackKey(second, rel, first);
      auto it = std::lower_bound(rows.begin(), rows.end(), twin,
                                 [](const SortRow& r, std::uint64_t k) { return r.key < k; });
      if (it != rows.end() && it->key == twin) {
        ++counts->duplicates;
        continue;
      }
    }
    EdgeTriple t{ranks.IdOf(src), rel, ranks.IdOf(dst)};
    if (kOut) WriteOutEdgeKey(key, t); else WriteInEdgeKey(key, t);
    value.clear();
    const double* percent = (row.flags & kRowHasPercent) ? &row.percent : nullptr;
    if (row.extra == 0 || !kOut) {
      AppendShortEdgeValue(&value, true, percent);
    } else {
      EdgeAttributes attrs = edges.extras[row.extra - 1];
      if (percent) attrs.percent = *percent;
      EncodeEdgeValue(attrs, true, true, &value);
    }
    CORPGRAPH_RETURN_IF_ERROR(out.Put(std::string_view(key, kEdgeKeySize), value));
    ++counts->edges;
    ++counts->by_rel[static_cast<std::uint8_t>(rel)];
  }
  return out.Finish(files);
}

}  // namespace

StatusOr<ImportResult> RocksGraphStore::ImportCsv(const ImportOptions& options) {
  CORPGRAPH_RETURN_IF_ERROR(RequireWritable());
  std::lock_guard lock(write_mu_);
  StatusOr<ImportResult> result = ImportLocked(options);
  if (!result.ok()) (void)LoadRegistry();  // forget custom relation codes of the failed import
  return result;
}

StatusOr<ImportResult> RocksGraphStore::ImportLocked(const ImportOptions& options) {
  Clock::time_point start = Clock::now();
  for (KeyTag tag : {KeyTag::kEntity, KeyTag::kDocument}) {
    bool any = false;
    CORPGRAPH_RETURN_IF_ERROR(ScanPrefix(TagPrefix(tag), [&](std::string_view, std::string_view) {
      any = true;
      return false;
    }));
    if (any) return MergeImportLocked(options);
  }
  const std::string dir = path_ + "/import.tmp";
  std::error_code ec;
  fs::remove_all(dir, ec);
  if (!fs::create_directories(dir, ec)) return Status::IoError("cannot create " + dir + ": " + ec.message());
  struct Cleanup {
    std::string dir;
    ~Cleanup() {
      std::error_code ec;
      fs::remove_all(dir, ec);
    }
  } cleanup{dir};

  LoadProgress progress;
  Clock::time_point last_report = Clock::now();
  auto report = [&](const char* phase) {
    if (!options.progress || SecondsSince(last_report) < 1.0) return;
    last_report = Clock::now();
    char buf[160];
    std::snprintf(buf, sizeof buf, "import: %s; %s nodes, %s edges read, %s keys written, %.1f s",
                  phase, Millions(progress.nodes.load()).c_str(), Millions(progress.edges.load()).c_str(),
                  Millions(progress.keys.load()).c_str(), SecondsSince(start));
    options.progress(buf);
  };
  auto wait = [&](auto& future, const char* phase) {
    while (future.wait_for(std::chrono::milliseconds(250)) != std::future_status::ready) report(phase);
    return future.get();
  };

  // 1. Parse both files at once.
  RowErrors node_errors{.limit = options.max_reported_errors};
  RowErrors edge_errors{.limit = options.max_reported_errors};
  ParsedNodes nodes;
  ParsedEdges edges;
  auto nodes_done = std::async(std::launch::async, [&] {
    return ParseNodes(options.nodes_path, &nodes, &node_errors, &progress.nodes);
  });
  CustomRelationResolver resolve = [this](std::string_view type) { return CustomRelationCode(type, nullptr); };
  auto edges_done = std::async(std::launch::async, [&] {
    return ParseEdges(options.edges_path, resolve, &edges, &edge_errors, &progress.edges);
  });
  Status nodes_status = wait(nodes_done, "reading");
  // The nodes' files can be written while the edges are still being read. (A failure later
  // discards them: the future's destructor waits before the temporary directory goes.)
  std::vector<std::string> node_files, out_files, in_files, meta_files;
  Counts node_counts, out_counts, in_counts;
  std::future<Status> nodes_written;
  if (nodes_status.ok()) {
    nodes_written = std::async(std::launch::async, [&] {
      return WriteNodes(nodes, dir, &progress, &node_files, &node_counts);
    });
  }
  Status edges_status = wait(edges_done, "reading");
  CORPGRAPH_RETURN_IF_ERROR(nodes_status);
  CORPGRAPH_RETURN_IF_ERROR(edges_status);

  // CORPGRAPH_IMPORT_TIMING=1 prints the time at each phase boundary (for tuning).
  static const bool kTiming = std::getenv("CORPGRAPH_IMPORT_TIMING") != nullptr;
  auto mark = [&](const char* what) {
    if (kTiming) std::fprintf(stderr, "[import] %-12s %.3f s\n", what, SecondsSince(start));
  };
  mark("parsed");
  // 2. Every edge endpoint must be a node; pack the rest into sort form.
  if (nodes.rows.size() > kRankMask) {
    return Status::ResourceExhausted("import handles at most " + std::to_string(kRankMask) + " nodes");
  }
  NodeRanks ranks(nodes.rows);
  std::vector<SortRow> out_rows;
  out_rows.reserve(edges.rows.size());
  for (std::size_t i = 0; i < edges.rows.size(); ++i) {
    const EdgeRow& row = edges.rows[i];
    std::uint64_t src = 0, dst = 0;
    bool src_ok = ranks.Rank(row.src, &src), dst_ok = ranks.Rank(row.dst, &dst);
    if (!src_ok || !dst_ok) {
      edge_errors.Add(options.edges_path, edges.lines[i],
                      "unknown " + std::string(src_ok ? ":END_ID " : ":START_ID ") +
                          std::to_string(src_ok ? row.dst : row.src) + " (no such node)");
      continue;
    }
    out_rows.push_back({PackKey(src, row.rel, dst), row.percent, row.extra, row.flags});
  }
  edges.rows = {};
  edges.lines = {};
  ImportResult result;
  CORPGRAPH_RETURN_IF_ERROR(
      TakeRowErrors(node_errors, edge_errors, options.on_error, options.max_reported_errors, &result));

  // 3. Write the edge files, one direction per thread.
  std::vector<SortRow> in_rows(out_rows.size());
  for (std::size_t i = 0; i < out_rows.size(); ++i) {
    const SortRow& r = out_rows[i];
    in_rows[i] = {PackKey(KeySecond(r.key), KeyRel(r.key), KeyFirst(r.key)), r.percent, r.extra, r.flags};
  }
  auto out_written = std::async(std::launch::async, [&] {
    return WriteEdges<true>(out_rows, ranks, edges, dir + "/3-out.sst", &progress, &out_files, &out_counts);
  });
  mark("copied");
  Status in_status = WriteEdges<false>(in_rows, ranks, edges, dir + "/4-in.sst", &progress, &in_files, &in_counts);
  in_rows = {};
  mark("in written");
  Status out_status = wait(out_written, "writing");
  mark("out written");
  Status node_status = wait(nodes_written, "writing");
  mark("nodes written");
  CORPGRAPH_RETURN_IF_ERROR(node_status);
  CORPGRAPH_RETURN_IF_ERROR(out_status);
  CORPGRAPH_RETURN_IF_ERROR(in_status);
  if (in_counts.edges != out_counts.edges) {
    return Status::Internal("bulk import wrote " + std::to_string(out_counts.edges) + " out-edges but " +
                            std::to_string(in_counts.edges) + " in-edges");
  }

  // 4. Meta, counters, relation names and the import document, in key order.
  Document doc = ImportDocument(options.nodes_path, options.edges_path, nodes, edges);
  DocKey doc_key = 0;
  ParseDocId(doc.id, &doc_key);
  std::map<std::string, std::string> meta;
  std::string doc_value;
  EncodeDocument(doc, true, &doc_value);
  meta[DocumentKey(doc_key)] = doc_value;
  meta[DocumentNameKey(doc.name, doc_key)] = "";
  std::string v;
  PutU64(&v, doc_key);
  meta[MetaKey(kMetaImportDoc)] = v;
  EntityId next = nodes.rows.empty() ? 0 : nodes.rows.back().id + 1;
  std::string stored_next;
  if (db_->Get(rocksdb::ReadOptions(), MetaKey(kMetaNextEntity), &stored_next).ok()) {
    std::string_view in = stored_next;
    std::uint64_t n = 0;
    if (GetU64(&in, &n)) next = std::max(next, n);
  }
  v.clear();
  PutU64(&v, next);
  meta[MetaKey(kMetaNextEntity)] = v;
  std::map<std::string, std::int64_t> counters;
  for (unsigned k = 0; k < node_counts.by_kind.size(); ++k) {
    counters[KindCounter(static_cast<EntityKind>(k))] = node_counts.by_kind[k];
  }
  for (unsigned r = 0; r < out_counts.by_rel.size(); ++r) {
    counters[RelationCounter(static_cast<Relation>(r))] = out_counts.by_rel[r];
  }
  counters[std::string(kCountDocuments)] = 1;
  counters[std::string(kCountEntities)] = static_cast<std::int64_t>(nodes.rows.size());
  counters[std::string(kCountEdges)] = static_cast<std::int64_t>(out_counts.edges);
  counters[std::string(kCountEvidence)] = static_cast<std::int64_t>(out_counts.edges);
  for (const auto& [name, n] : counters) {
    if (n != 0) meta[CounterKey(name)] = EncodeCounter(n);
  }
  {
    std::shared_lock registry(registry_mu_);
    for (const auto& [code, name] : relation_names_) meta[RelationNameKey(static_cast<Relation>(code))] = name;
  }
  SstOut meta_out(SstOptions(), dir + "/0-meta.sst", &progress);
  for (const auto& [key, value] : meta) CORPGRAPH_RETURN_IF_ERROR(meta_out.Put(key, value));
  CORPGRAPH_RETURN_IF_ERROR(meta_out.Finish(&meta_files));

  // 5. One atomic ingestion of every file; durable when it returns.
  std::vector<std::string> files = meta_files;
  for (auto* list : {&node_files, &out_files, &in_files}) files.insert(files.end(), list->begin(), list->end());
  rocksdb::IngestExternalFileOptions ingest;
  ingest.move_files = true;
  ingest.write_global_seqno = false;
  report("ingesting");
  mark("meta written");
  rocksdb::Status s = db_->IngestExternalFile(files, ingest);
  if (!s.ok()) return FromRocks(s, "cannot ingest the imported data into " + path_);
  s = db_->SyncWAL();
  if (!s.ok()) return FromRocks(s, "cannot sync " + path_);

  mark("ingested");
  result.document_id = doc.id;
  result.nodes = nodes.rows.size();
  result.edges = out_counts.edges;
  result.duplicate_edges = out_counts.duplicates;
  for (const auto& [type, code] : edges.custom_types) result.custom_relations.push_back(type);
  result.seconds = SecondsSince(start);
  return result;
}

}  // namespace corpgraph::store
