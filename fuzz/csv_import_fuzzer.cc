// Arbitrary bytes through the CSV importer's parsers: the input is cut in two (nodes file,
// edges file) at the first "\n\n", each written to a temporary file and parsed as the bulk
// loader does. Bad headers and rows must come back as errors, never crashes.
#include <unistd.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "store/csv.h"
#include "store/import_rows.h"

namespace {

std::string WriteTemp(const char* tag, std::string_view bytes) {
  std::string path = "/tmp/corpgraph-fuzz-" + std::to_string(getpid()) + "-" + tag + ".csv";
  if (FILE* f = std::fopen(path.c_str(), "wb")) {
    std::fwrite(bytes.data(), 1, bytes.size(), f);
    std::fclose(f);
  }
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace corpgraph;
  using namespace corpgraph::store;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  size_t cut = in.find("\n\n");
  std::string_view nodes = in.substr(0, cut);
  std::string_view edges = cut == std::string_view::npos ? std::string_view() : in.substr(cut + 2);

  CsvReader reader(in);
  std::vector<std::string_view> fields;
  std::string error;
  while (reader.Next(&fields, &error)) error.clear();

  std::string nodes_path = WriteTemp("nodes", nodes);
  std::string edges_path = WriteTemp("edges", edges);
  ParsedNodes parsed_nodes;
  ParsedEdges parsed_edges;
  RowErrors errors;
  std::atomic<std::size_t> progress{0};
  (void)ParseNodes(nodes_path, &parsed_nodes, &errors, &progress);
  (void)ParseEdges(edges_path, [](std::string_view) -> StatusOr<Relation> {
    return static_cast<Relation>(kFirstCustomRelation);
  }, &parsed_edges, &errors, &progress);
  std::remove(nodes_path.c_str());
  std::remove(edges_path.c_str());
  return 0;
}
