#include "ingest/ingest.h"

#include <chrono>

#include "extract/extract.h"

namespace corpgraph {
namespace {

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

StatusOr<IngestSummary> IngestDocument(GraphStore& store, std::string_view bytes,
                                       const IngestOptions& options) {
  IngestSummary summary;
  summary.document = DescribeDocument(bytes, options.name);
  Document& doc = summary.document;

  auto start = std::chrono::steady_clock::now();
  ExtractOptions extract_options;
  extract_options.filer = options.filer;
  extract_options.document_name = doc.id;
  StatusOr<Extraction> extraction = ExtractDocument(bytes, extract_options);
  if (!extraction.ok()) return extraction.status();
  summary.extract_seconds = SecondsSince(start);

  const Graph& graph = extraction->graph;
  if (graph.edges().empty()) {
    return Status::InvalidArgument(
        "found no relationships between named organizations in the document (" +
        std::to_string(graph.entities().size()) + " entities); nothing was stored");
  }
  if (const Entity* filer = graph.entity(extraction->filer)) summary.filer_name = filer->name;
  doc.filer = summary.filer_name;
  doc.format = extraction->format;
  doc.form = options.form.empty() ? extraction->form : options.form;
  doc.period = options.period.empty() ? extraction->period : options.period;
  for (const Entity& e : graph.entities()) ++summary.entities_by_kind[std::string(EntityKindName(e.kind))];
  for (const Edge& e : graph.edges()) ++summary.edges_by_relation[graph.RelationLabel(e.rel)];

  start = std::chrono::steady_clock::now();
  StatusOr<IngestResult> stored = options.replace ? store.ReplaceDocument(doc, graph)
                                                  : store.Ingest(doc, graph);
  if (!stored.ok()) return stored.status();
  summary.stored = std::move(*stored);
  summary.store_seconds = SecondsSince(start);
  return summary;
}

}  // namespace corpgraph
