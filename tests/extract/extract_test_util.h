// Helpers for extraction tests: run the extractor on a snippet and ask about its graph.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "extract/extract.h"

namespace corpgraph::extract_test {

inline constexpr const char* kTestFiler = "Zentrix Inc.";

// Extracts from `text` with the built-in rules; fails the test on error.
inline Extraction ExtractSnippet(const std::string& text, const std::string& filer = kTestFiler) {
  ExtractOptions options;
  options.filer = filer;
  options.document_name = "snippet.txt";
  StatusOr<Extraction> x = ExtractDocument(text, options);
  EXPECT_TRUE(x.ok()) << x.status().ToString();
  if (!x.ok()) return Extraction{};
  return std::move(*x);
}

// The edge src -rel-> dst (names or aliases), or nullptr.
inline const Edge* FindEdge(const Extraction& x, const std::string& src, Relation rel, const std::string& dst) {
  StatusOr<EntityId> s = x.graph.FindEntity(src);
  StatusOr<EntityId> d = x.graph.FindEntity(dst);
  if (!s.ok() || !d.ok()) return nullptr;
  for (const Edge& e : x.graph.edges()) {
    if (e.rel != rel) continue;
    if ((e.src == *s && e.dst == *d) || (IsSymmetric(rel) && e.src == *d && e.dst == *s)) return &e;
  }
  return nullptr;
}

inline bool HasEdge(const Extraction& x, const std::string& src, Relation rel, const std::string& dst) {
  return FindEdge(x, src, rel, dst) != nullptr;
}

inline size_t CountEdges(const Extraction& x, Relation rel) {
  size_t n = 0;
  for (const Edge& e : x.graph.edges()) n += e.rel == rel ? 1 : 0;
  return n;
}

// Human-readable list of the extracted edges, for failure messages.
inline std::string Dump(const Extraction& x) {
  std::string out;
  for (const Edge& e : x.graph.edges()) {
    out += x.graph.entity(e.src)->name + " -" + std::string(RelationName(e.rel)) + "-> " +
           x.graph.entity(e.dst)->name;
    if (e.attrs.percent) out += " (" + std::to_string(*e.attrs.percent) + "%)";
    out += " [" + (e.evidence.empty() ? std::string() : e.evidence[0].rule) + "]\n";
  }
  return out.empty() ? "(no edges)\n" : out;
}

}  // namespace corpgraph::extract_test
