// Arbitrary bytes through the document readers and the whole extractor: must return a Status
// or an Extraction, never crash, hang or leak; evidence spans stay inside the input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extract/extract.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  corpgraph::ExtractOptions options;
  options.document_name = "fuzz";
  corpgraph::StatusOr<corpgraph::Extraction> x = corpgraph::ExtractDocument(bytes, options);
  if (!x.ok()) return 0;
  for (const corpgraph::Edge& edge : x->graph.edges()) {
    for (const corpgraph::Evidence& ev : edge.evidence) {
      if (ev.begin > ev.end || ev.end > size) std::abort();
    }
  }
  return 0;
}
