#include "ingest/ingest.h"

#include <chrono>
#include <ctime>

namespace corpgraph {
namespace {

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

StatusOr<PreparedDocument> PrepareDocument(std::string_view bytes, const IngestOptions& options) {
  PreparedDocument prepared;
  prepared.document = DescribeDocument(bytes, options.name);
  Document& doc = prepared.document;

  auto start = std::chrono::steady_clock::now();
  ExtractOptions extract_options;
  extract_options.filer = options.filer;
  extract_options.document_name = doc.id;
  extract_options.rules = options.rules;
  extract_options.trace = options.trace;
  StatusOr<Extraction> extraction = ExtractDocument(bytes, extract_options);
  if (!extraction.ok()) return extraction.status();
  prepared.extract_seconds = SecondsSince(start);
  prepared.extraction = std::move(*extraction);

  const Extraction& x = prepared.extraction;
  if (const Entity* filer = x.graph.entity(x.filer)) prepared.filer_name = filer->name;
  doc.filer = prepared.filer_name;
  doc.format = x.format;
  doc.form = options.form.empty() ? x.form : options.form;
  doc.period = options.period.empty() ? x.period : options.period;
  return prepared;
}

Status CheckStorable(const PreparedDocument& prepared) {
  const Graph& graph = prepared.extraction.graph;
  if (!graph.edges().empty()) return Status::Ok();
  return Status::InvalidArgument(
      "found no relationships between named organizations in the document (" +
      std::to_string(graph.entities().size()) + " entities); nothing was stored");
}

StatusOr<IngestSummary> StorePrepared(GraphStore& store, const PreparedDocument& prepared,
                                      bool replace) {
  if (Status s = CheckStorable(prepared); !s.ok()) return s;
  const Graph& graph = prepared.extraction.graph;
  IngestSummary summary;
  summary.document = prepared.document;
  summary.document.ingested_at = static_cast<std::int64_t>(std::time(nullptr));
  summary.filer_name = prepared.filer_name;
  summary.extract_seconds = prepared.extract_seconds;
  for (const Entity& e : graph.entities())
    ++summary.entities_by_kind[std::string(EntityKindName(e.kind))];
  for (const Edge& e : graph.edges()) ++summary.edges_by_relation[graph.RelationLabel(e.rel)];

  auto start = std::chrono::steady_clock::now();
  StatusOr<IngestResult> stored = replace ? store.ReplaceDocument(summary.document, graph)
                                          : store.Ingest(summary.document, graph);
  if (!stored.ok()) return stored.status();
  summary.stored = std::move(*stored);
  summary.store_seconds = SecondsSince(start);
  return summary;
}

StatusOr<IngestSummary> IngestDocument(GraphStore& store, std::string_view bytes,
                                       const IngestOptions& options) {
  StatusOr<PreparedDocument> prepared = PrepareDocument(bytes, options);
  if (!prepared.ok()) return prepared.status();
  return StorePrepared(store, *prepared, options.replace);
}

}  // namespace corpgraph
