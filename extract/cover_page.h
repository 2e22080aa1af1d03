// What the cover page of a 10-K / 20-F / 40-F states, read from the reader's text.
//
//   std::string name = RegistrantAboveCharterLine(doc.text);   // "AMAZON.COM, INC."
//
// Internal to extract/.
#pragma once

#include <string>
#include <string_view>

namespace corpgraph {

// The registrant's name as the cover writes it: the last non-blank line before the first
// "(Exact name of registrant as specified in its charter)" (case aside; the name may also
// stand on the same line before the parenthesis). Only the first kCoverPageBytes of `text`
// are searched. "" when there is no such line, or the line above is not a plausible name
// (empty, longer than 160 bytes, without a letter, or itself a form caption).
std::string RegistrantAboveCharterLine(std::string_view text);

inline constexpr size_t kCoverPageBytes = 256 * 1024;

}  // namespace corpgraph
