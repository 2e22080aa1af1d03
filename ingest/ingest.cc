#include "ingest/ingest.h"

#include <openssl/evp.h>

#include <chrono>
#include <ctime>

#include "extract/extract.h"

namespace corpgraph {
namespace {

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(length * 2);
  for (unsigned int i = 0; i < length; ++i) {
    out.push_back(kHex[digest[i] >> 4]);
    out.push_back(kHex[digest[i] & 15]);
  }
  return out;
}

std::string DocumentIdFor(std::string_view bytes) { return Sha256Hex(bytes).substr(0, 16); }

StatusOr<IngestSummary> IngestDocument(GraphStore& store, std::string_view bytes,
                                       const IngestOptions& options) {
  IngestSummary summary;
  Document& doc = summary.document;
  doc.sha256 = Sha256Hex(bytes);
  doc.id = doc.sha256.substr(0, 16);
  doc.name = options.name;
  doc.size = bytes.size();
  doc.ingested_at = static_cast<std::int64_t>(std::time(nullptr));

  auto start = std::chrono::steady_clock::now();
  ExtractOptions extract_options;
  extract_options.filer = options.filer;
  extract_options.document_name = doc.id;
  StatusOr<Extraction> extraction = ExtractDocument(bytes, extract_options);
  if (!extraction.ok()) return extraction.status();
  summary.extract_seconds = SecondsSince(start);

  const Graph& graph = extraction->graph;
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
