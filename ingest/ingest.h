// The whole ingest of one filing: read and extract it, then store it in one atomic write.
// The CLI's `ingest` and the server's POST /v1/documents both call this, so a document
// ingested either way gets the same id, the same summary and the same errors.
//
//   IngestOptions options;
//   options.name = "acme-10k.htm";
//   StatusOr<IngestSummary> s = IngestDocument(*store, bytes, options);
//   if (s.ok() && s->stored.already_present) std::cout << "already stored\n";
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "graph/model.h"
#include "graph/status.h"
#include "store/graph_store.h"

namespace corpgraph {

struct IngestOptions {
  std::string name;    // file name recorded with the document (its path's last component)
  std::string filer;   // canonical filer; detected from the document when empty
  std::string form;    // form type; from the document header when empty
  std::string period;  // fiscal period; from the document header when empty
  bool replace = false;  // remove stored documents of the same name first (same batch)
};

struct IngestSummary {
  Document document;       // as stored (id, hash, filer, form, period, format, ...)
  IngestResult stored;     // what the store added, or already_present
  std::string filer_name;  // "" when no filer was found
  std::map<std::string, std::size_t> entities_by_kind;    // of this document's extraction
  std::map<std::string, std::size_t> edges_by_relation;   // of this document's extraction
  double extract_seconds = 0;
  double store_seconds = 0;
};

// InvalidArgument for unreadable documents (empty, binary, invalid UTF-8; the message says
// which) and for documents in which no relationship was found (storing them would only add
// noise), ResourceExhausted for documents over the extractor's limit, and the store's errors.
// Nothing is written unless the whole document is.
StatusOr<IngestSummary> IngestDocument(GraphStore& store, std::string_view bytes,
                                       const IngestOptions& options);

}  // namespace corpgraph
