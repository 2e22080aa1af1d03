// Arbitrary bytes as an extraction file (`ingest --extractions` reads files made on other
// machines): ParseExtractionFile must return a Status or a document, never crash, hang or
// leak; what it accepts is consistent (endpoints exist, spans inside the document) and
// writes back to a file that parses again to the same counts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "ingest/extraction_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  corpgraph::StatusOr<corpgraph::PreparedDocument> p = corpgraph::ParseExtractionFile(text);
  if (!p.ok()) return 0;
  const corpgraph::Graph& g = p->extraction.graph;
  for (const corpgraph::Edge& edge : g.edges()) {
    if (!g.entity(edge.src) || !g.entity(edge.dst)) std::abort();
    for (const corpgraph::Evidence& ev : edge.evidence) {
      if (ev.begin > ev.end || ev.end > p->document.size) std::abort();
    }
  }
  corpgraph::StatusOr<corpgraph::PreparedDocument> again =
      corpgraph::ParseExtractionFile(corpgraph::ExtractionFileJson(*p));
  if (!again.ok() || again->extraction.graph.entities().size() != g.entities().size() ||
      again->extraction.graph.edges().size() != g.edges().size()) {
    std::abort();
  }
  return 0;
}
