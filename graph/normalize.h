// Name normalization: the key under which two spellings of one organization meet.
//
//   NormalizeName("KDDI Corporation") == NormalizeName("KDDI") == "kddi"
//   NormalizeName("NTT DOCOMO, INC.") == NormalizeName("NTT DoCoMo Inc.") == "ntt docomo"
//
// The rules follow the gold schema's scoring: lowercase; "&" becomes " and "; every other
// non-alphanumeric ASCII character becomes a space; whitespace collapses; a leading "the",
// "mr", "mrs", "ms" or "dr" is dropped; trailing corporate suffixes (inc, incorporated,
// corporation, corp, co, ltd, limited, llc, company, plc, and the international forms
// ag, gmbh, s a, n v, k k, l p, se, b v) are dropped repeatedly. "Group" and "Holdings" are
// kept: "X Group" and "X" are different entities. Bytes >= 0x80 (UTF-8) are kept as they are.
#pragma once

#include <string>
#include <string_view>

namespace corpgraph {

// Never empty for a name with at least one letter or digit; "" otherwise. A name that is
// nothing but a suffix ("Inc.") normalizes to itself ("inc") rather than to "".
std::string NormalizeName(std::string_view name);

}  // namespace corpgraph
