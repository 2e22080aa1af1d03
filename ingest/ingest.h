// The whole ingest of one filing: read and extract it, then store it in one atomic write.
// The CLI's `ingest` and the server's POST /v1/documents both call this, so a document
// ingested either way gets the same id, the same summary and the same errors.
//
//   IngestOptions options;
//   options.name = "acme-10k.htm";
//   StatusOr<IngestSummary> s = IngestDocument(*store, bytes, options);
//   if (s.ok() && s->stored.already_present) std::cout << "already stored\n";
//
// The two halves are also callable apart, which is how a corpus is ingested in parallel
// (ingest/batch_ingest.h) and how extraction runs on other machines (ingest/extraction_file.h):
//
//   StatusOr<PreparedDocument> p = PrepareDocument(bytes, options);  // pure, any thread
//   StatusOr<IngestSummary> s = StorePrepared(*store, *p, options.replace);  // the one writer
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "extract/extract.h"
#include "graph/model.h"
#include "graph/status.h"
#include "store/graph_store.h"

namespace corpgraph {

struct IngestOptions {
  std::string name;      // file name recorded with the document (its path's last component)
  std::string filer;     // canonical filer; detected from the document when empty
  std::string form;      // form type; from the document header when empty
  std::string period;    // fiscal period; from the document header when empty
  bool replace = false;  // remove stored documents of the same name first (same batch)
  // Extraction rules; the built-in rules when null. Not owned; must outlive the call.
  const RuleSet* rules = nullptr;
  bool trace = false;  // fill Extraction::trace (ExtractOptions::trace)
};

// One document extracted and described, not yet stored: everything StorePrepared needs.
struct PreparedDocument {
  // id, sha256, size and name from the bytes; filer, form, period and format from the
  // extraction (or the options); ingested_at is set again when stored.
  Document document;
  Extraction extraction;   // the graph fragment (entity ids from 0), filer id, format, ...
  std::string filer_name;  // "" when no filer was found
  double extract_seconds = 0;
};

struct IngestSummary {
  Document document;       // as stored (id, hash, filer, form, period, format, ...)
  IngestResult stored;     // what the store added, or already_present
  std::string filer_name;  // "" when no filer was found
  std::map<std::string, std::size_t> entities_by_kind;   // of this document's extraction
  std::map<std::string, std::size_t> edges_by_relation;  // of this document's extraction
  double extract_seconds = 0;
  double store_seconds = 0;
};

// Extracts and describes a document. InvalidArgument for unreadable documents (empty,
// binary, invalid UTF-8; the message says which), ResourceExhausted for documents over the
// extractor's limit. Pure and thread-safe: touches no store, no disk, no global state.
StatusOr<PreparedDocument> PrepareDocument(std::string_view bytes, const IngestOptions& options);

// Stores a prepared document in one atomic write (ReplaceDocument when `replace`).
// InvalidArgument, with nothing written, when the extraction holds no relationship (storing
// it would only add noise); the store's errors otherwise.
StatusOr<IngestSummary> StorePrepared(GraphStore& store, const PreparedDocument& prepared,
                                      bool replace);

// Ok when StorePrepared would store the document; otherwise the InvalidArgument it would
// return (no relationship found).
Status CheckStorable(const PreparedDocument& prepared);

// PrepareDocument then StorePrepared: errors as theirs. Nothing is written unless the whole
// document is.
StatusOr<IngestSummary> IngestDocument(GraphStore& store, std::string_view bytes,
                                       const IngestOptions& options);

}  // namespace corpgraph
