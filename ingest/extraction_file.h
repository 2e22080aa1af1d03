// One document's extraction as a file, so extraction can run anywhere (GNU parallel over ssh,
// a Spark map, a Kubernetes job array) and a single writer merges the results later:
//
//   corpgraph extract --json filing.htm > filing.json     # on any machine: ExtractionFileJson
//   corpgraph ingest --extractions results/               # the writer: ParseExtractionFile
//
// The file is the `extract --json` object (the gold schema's shape, for people and `eval`)
// with one more member that holds the extraction losslessly:
//
//   "corpgraph_extraction": {
//     "version": 1,
//     "document": {"id", "sha256", "name", "size", "filer", "form", "period", "format"},
//     "filer_id": 3 | null,
//     "entities": [{"id", "name", "kind", "aliases", "country"?, "properties"?}],
//     "edges": [{"src", "dst", "rel", "rel_name"?, "attributes": {...},
//                "evidence": [{"begin", "end", "sentence", "section", "rule", "confidence"}]}]
//   }
//
// Entity and edge order, ids, attributes and every evidence are kept, so StorePrepared of a
// parsed file writes exactly what IngestDocument of the original bytes writes (same document
// id, same entity ids in the same database state, same dedup: re-merging is a no-op).
// The merge never sees the document's bytes, so it cannot check the sha256 against them: an
// extraction file is trusted as the output of `corpgraph extract`, like the machines that
// made it. ParseExtractionFile checks only that the file is well-formed and consistent.
#pragma once

#include <string>
#include <string_view>

#include "graph/status.h"
#include "ingest/ingest.h"

namespace corpgraph {

inline constexpr int kExtractionFileVersion = 1;

// The file's text: pretty-printed UTF-8 JSON, newline-terminated.
std::string ExtractionFileJson(const PreparedDocument& prepared);

// True when `text` is a JSON object that names a "corpgraph_extraction" member (a cheap
// sniff for picking extraction files out of a folder; ParseExtractionFile validates).
bool LooksLikeExtractionFile(std::string_view text);

// The prepared document a file describes. InvalidArgument, naming the first problem, for
// text that is not JSON, lacks the corpgraph_extraction member, has another version, or is
// inconsistent (a sha256 that is not 64 hex digits, an id that does not match it, an edge
// whose endpoint is not an entity, an unknown kind or relation, duplicate entity ids, an
// evidence span past the document's size).
StatusOr<PreparedDocument> ParseExtractionFile(std::string_view text);

}  // namespace corpgraph
