// Abbreviation-aware sentence splitting of one normalized paragraph.
//
//   for (auto [b, e] : SplitSentences("Acme Co., Ltd. grew. We did not.")) ...
//   // -> "Acme Co., Ltd. grew." and "We did not."
//
// A sentence ends at '.', '?' or '!' (plus closing quotes or brackets) followed by a space and
// an upper-case letter, digit, quote or bracket. A period does not end a sentence after a
// title or Latin abbreviation (Mr., Ms., Dr., No., e.g., i.e., ...) or a single initial
// ("J. Aron"); after a corporate suffix or dotted abbreviation (Inc., Co., Ltd., Corp., U.S.,
// a.m.) it ends one only when a typical sentence opener ("We", "The", "In", ...) follows.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace corpgraph {

// [begin, end) offsets into `text` of each sentence, in order, trimmed of spaces; never
// empty ranges. Text without a sentence end is one sentence.
std::vector<std::pair<size_t, size_t>> SplitSentences(std::string_view text);

}  // namespace corpgraph
