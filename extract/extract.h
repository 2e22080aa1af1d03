// Filing bytes -> a graph fragment: entities with aliases, typed edges with evidence.
//
//   ExtractOptions options;
//   options.document_name = "acme-10k.txt";
//   StatusOr<Extraction> x = ExtractDocument(bytes, options);
//   if (!x.ok()) return x.status();
//   for (const Edge& e : x->graph.edges()) ...
//
// Pure: touches no disk and no global mutable state, so calls may run in parallel.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document_text.h"
#include "graph/graph.h"
#include "graph/status.h"

namespace corpgraph {

class RuleSet;  // compiled relation rules (extract/rules.h)

struct ExtractOptions {
  std::string filer;          // canonical filer name; detected from the document when empty
  std::string document_name;  // recorded as Evidence::document
  // Rules to apply; the built-in rules file when null. Not owned; must outlive the call.
  const RuleSet* rules = nullptr;
  std::uint64_t max_bytes = 64ull << 20;  // larger documents are refused (ResourceExhausted)
  // Record, for each sentence with a named mention, the placeholder form rules match against
  // ("<C3> owns 5% of <C4>") in Extraction::trace. For rule authors; off by default.
  bool trace = false;
};

// A named organization (or law, market) the document mentions that takes part in no relation;
// reported for completeness, never a graph node.
struct MentionedName {
  std::string name;
  std::vector<std::string> aliases;
  std::string kind;  // "company", "group", "government", "law", "market"
};

struct Extraction {
  Graph graph;                  // entities (ids from 0) and edges with evidence
  EntityId filer = kNoEntity;   // the filer's id in `graph`, kNoEntity when none was found
  std::string format;           // reader used: "text", "markdown", "html", "edgar"
  std::string form;             // form type when the document states it, else ""
  std::string period;           // period of report when stated, else ""
  std::vector<MentionedName> mentions_only;  // named but unrelated organizations, laws, markets
  std::vector<std::string> trace;            // placeholder sentences when options.trace
};

// Reads any supported format (detected from the content) and extracts from it.
// InvalidArgument for empty, binary or non-UTF-8 input, ResourceExhausted past max_bytes.
StatusOr<Extraction> ExtractDocument(std::string_view bytes, const ExtractOptions& options);

// Extracts from text a reader has produced already.
StatusOr<Extraction> ExtractText(const DocumentText& text, const ExtractOptions& options);

}  // namespace corpgraph
