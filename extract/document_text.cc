#include "extract/document_text.h"

#include <algorithm>

namespace corpgraph {

std::uint64_t DocumentText::SourceOffset(std::uint64_t pos) const {
  if (runs.empty()) return pos;
  auto it = std::upper_bound(runs.begin(), runs.end(), pos,
                             [](std::uint64_t p, const Run& r) { return p < r.text_begin; });
  if (it == runs.begin()) return pos;
  --it;
  return it->source_begin + (pos - it->text_begin);
}

void DocumentText::Append(std::string_view piece, std::uint64_t source_begin) {
  if (piece.empty()) return;
  std::uint64_t text_begin = text.size();
  bool continues = !runs.empty() &&
                   runs.back().source_begin + (text_begin - runs.back().text_begin) == source_begin;
  if (!continues) runs.push_back({text_begin, source_begin});
  text.append(piece);
}

}  // namespace corpgraph
