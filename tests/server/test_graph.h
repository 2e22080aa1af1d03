// A small invented corporate graph stored in a temporary database, shared by the server tests.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <random>
#include <string>

#include "store/graph_store.h"

namespace corpgraph::testing {

// A fresh directory under the system temp dir, removed with the object.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("corpgraph-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string path(const std::string& leaf = "") const { return (path_ / leaf).string(); }

 private:
  std::filesystem::path path_;
};

// Harbor Holdings owns 80% of Harbor Europe; Northwind supplies Harbor Holdings; the Widget
// Regulatory Agency regulates it; Rival Systems competes with it.
inline Graph SmallHarborGraph() {
  Graph g;
  EntityId harbor = g.AddEntity({.name = "Harbor Holdings Inc.", .aliases = {"Harbor"}});
  EntityId europe = g.AddEntity({.name = "Harbor Europe Ltd."});
  EntityId northwind = g.AddEntity({.name = "Northwind Carriers Corp."});
  EntityId agency = g.AddEntity({.name = "Widget Regulatory Agency", .kind = EntityKind::kGovernment});
  EntityId rival = g.AddEntity({.name = "Rival Systems Inc."});
  auto evidence = [](std::string sentence) {
    return Evidence{.document = "doc-harbor", .begin = 0, .end = sentence.size(),
                    .sentence = sentence, .rule = "test"};
  };
  Edge owns{.src = harbor, .dst = europe, .rel = Relation::kOwns};
  owns.attrs.percent = 80;
  owns.evidence.push_back(evidence("Harbor owns 80% of Harbor Europe Ltd."));
  g.AddEdge(owns);
  Edge supplies{.src = northwind, .dst = harbor, .rel = Relation::kSupplies};
  supplies.evidence.push_back(evidence("We rely on Northwind Carriers Corp. for shipping."));
  g.AddEdge(supplies);
  Edge regulates{.src = agency, .dst = harbor, .rel = Relation::kRegulates};
  regulates.evidence.push_back(evidence("We are supervised by the Widget Regulatory Agency."));
  g.AddEdge(regulates);
  Edge competes{.src = harbor, .dst = rival, .rel = Relation::kCompetes};
  competes.evidence.push_back(evidence("Our competitors include Rival Systems Inc."));
  g.AddEdge(competes);
  return g;
}

inline std::unique_ptr<GraphStore> OpenStoreWithHarbor(const std::string& path) {
  StatusOr<std::unique_ptr<GraphStore>> store = GraphStore::Open(path, StoreOptions{});
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  if (!store.ok()) return nullptr;
  Document doc{.id = "doc-harbor", .sha256 = std::string(64, 'a'), .name = "harbor.txt",
               .filer = "Harbor Holdings Inc.", .format = "text"};
  StatusOr<IngestResult> r = (*store)->Ingest(doc, SmallHarborGraph());
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return std::move(*store);
}

}  // namespace corpgraph::testing
