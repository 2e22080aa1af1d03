// Helpers of the ingest tests: reading test data, opening stores, comparing stored graphs.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "store/export.h"
#include "store/graph_store.h"

namespace corpgraph::testing {

inline std::string ReadTestFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string SourcePath(const std::string& relative) {
  return std::string(CORPGRAPH_SOURCE_DIR) + "/" + relative;
}

inline std::unique_ptr<GraphStore> OpenStoreOrDie(const std::string& path) {
  StatusOr<std::unique_ptr<GraphStore>> store = GraphStore::Open(path, {});
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return store.ok() ? std::move(*store) : nullptr;
}

// The whole stored graph (JSON Lines export: entities with ids, edges with evidence).
inline std::string ExportOf(const GraphStore& store) {
  std::ostringstream out;
  Status s = ExportJsonl(store, out);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return out.str();
}

// The stored documents without their ingest times, one line each.
inline std::string DocumentsOf(const GraphStore& store) {
  StatusOr<std::vector<Document>> docs = store.ListDocuments();
  EXPECT_TRUE(docs.ok()) << docs.status().ToString();
  std::string out;
  if (!docs.ok()) return out;
  for (const Document& d : *docs) {
    out += d.id + "|" + d.sha256 + "|" + d.name + "|" + d.filer + "|" + d.form + "|" + d.period +
           "|" + d.format + "|" + std::to_string(d.size) + "\n";
  }
  return out;
}

}  // namespace corpgraph::testing
