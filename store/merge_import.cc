// Importing CSV files into a database that already holds a graph: the rows become one graph
// fragment, ingested like a document (entities resolved against the stored ones by name and
// alias, one WriteBatch, re-import of the same files a no-op, `remove` undoes it). The bulk
// SST path (bulk_import.cc) serves empty databases, where nothing needs resolving.
#include <chrono>
#include <map>

#include "store/import_rows.h"
#include "store/rocks_graph_store.h"
#include "store/write_txn.h"

namespace corpgraph::store {
namespace {

// Merge imports hold the whole batch in memory; larger graphs belong in a new database.
constexpr std::size_t kMaxMergeRows = 2'000'000;

}  // namespace

StatusOr<ImportResult> RocksGraphStore::MergeImportLocked(const ImportOptions& options) {
  auto start = std::chrono::steady_clock::now();
  RowErrors node_errors{.limit = options.max_reported_errors};
  RowErrors edge_errors{.limit = options.max_reported_errors};
  ParsedNodes nodes;
  ParsedEdges edges;
  std::atomic<std::size_t> node_progress{0}, edge_progress{0};
  CORPGRAPH_RETURN_IF_ERROR(ParseNodes(options.nodes_path, &nodes, &node_errors, &node_progress));
  CustomRelationResolver resolve = [this](std::string_view type) { return CustomRelationCode(type, nullptr); };
  CORPGRAPH_RETURN_IF_ERROR(ParseEdges(options.edges_path, resolve, &edges, &edge_errors, &edge_progress));
  if (nodes.rows.size() + edges.rows.size() > kMaxMergeRows) {
    return Status::ResourceExhausted("importing into a database that already holds a graph takes at most " +
                                     std::to_string(kMaxMergeRows) + " rows; load this graph into an empty --db");
  }

  Document doc = ImportDocument(options.nodes_path, options.edges_path, nodes, edges);

  Graph fragment;
  for (const NodeRow& row : nodes.rows) {
    Entity e = row.extra > 0 ? nodes.extras[row.extra - 1] : Entity{};
    e.id = row.id;
    e.name = std::string(row.name);
    e.kind = row.kind;
    fragment.AddEntity(std::move(e));
  }
  std::map<Relation, std::string> custom_names;
  for (const auto& [spelling, code] : edges.custom_types) custom_names.emplace(code, spelling);
  ImportResult result;
  for (std::size_t i = 0; i < edges.rows.size(); ++i) {
    const EdgeRow& row = edges.rows[i];
    if (fragment.entity(row.src) == nullptr || fragment.entity(row.dst) == nullptr) {
      bool src_ok = fragment.entity(row.src) != nullptr;
      edge_errors.Add(options.edges_path, edges.lines[i],
                      "unknown " + std::string(src_ok ? ":END_ID " : ":START_ID ") +
                          std::to_string(src_ok ? row.dst : row.src) + " (no such node)");
      continue;
    }
    Edge e{.src = row.src, .dst = row.dst, .rel = row.rel};
    if (row.extra > 0) e.attrs = edges.extras[row.extra - 1];
    if (row.flags & kRowHasPercent) e.attrs.percent = row.percent;
    if (auto it = custom_names.find(row.rel); it != custom_names.end()) e.rel_name = it->second;
    e.evidence.push_back(Evidence{.rule = "import"});
    std::size_t before = fragment.edges().size();
    fragment.AddEdge(std::move(e));
    if (fragment.edges().size() == before) ++result.duplicate_edges;
  }
  CORPGRAPH_RETURN_IF_ERROR(
      TakeRowErrors(node_errors, edge_errors, options.on_error, options.max_reported_errors, &result));

  WriteTxn txn(db_.get());
  StatusOr<IngestResult> ingested = IngestInto(&txn, doc, fragment);
  if (!ingested.ok()) return ingested.status();
  if (!ingested->already_present) CORPGRAPH_RETURN_IF_ERROR(Commit(&txn));
  result.document_id = ingested->document_id;
  result.already_present = ingested->already_present;
  result.merged = true;
  result.nodes = ingested->entities_added;
  result.edges = ingested->edges_added;
  for (const auto& [code, spelling] : custom_names) result.custom_relations.push_back(spelling);
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace corpgraph::store
