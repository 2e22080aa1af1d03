// An Extraction as JSON in the shape of the gold schema (../shared/gold/SCHEMA.md), plus
// provenance: the `corpgraph extract --json` output.
//
//   std::string json = ExtractionToJson(x, "acme-10k.txt");
//
// {"document", "format", "filer",
//  "entities": [{"id", "name", "aliases", "kind", "key"}],
//  "mentions_only": [{"name", "aliases", "kind"}],
//  "relations": [{"src", "rel", "dst", "percent"?, "evidence", "rule", "begin", "end",
//                 "section", "confidence", "attributes"?, "also_evidence"?}]}
// A relation's first evidence fills evidence/rule/begin/end/section/confidence; further
// evidence sentences go to also_evidence. renamed_to uses the old name as written for src.
#pragma once

#include <string>
#include <string_view>

#include "extract/extract.h"

namespace corpgraph {

// Pretty-printed (2-space indent) UTF-8 JSON, newline-terminated.
std::string ExtractionToJson(const Extraction& x, std::string_view document_name);

// The name an edge endpoint is shown under: the entity's canonical name, except a renamed_to
// source, shown under its old name.
std::string EndpointName(const Graph& graph, const Edge& edge, bool source);

}  // namespace corpgraph
