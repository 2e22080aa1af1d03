// Tables a sentence introduces by the kind of counterpart their rows name: "The following
// table sets forth ... the Company's exposure to reinsurers ...:" over rows such as
// "Hartford Fire Insurance Company | 798". Internal to extract/.
//
//   if (std::optional<CounterpartRow> row = ReadCounterpartRow(lead_in_text, row_text)) ...
//
// The lead-in must speak of a table and name a counterpart role (reinsurers, suppliers,
// customers, competitors, lenders, ...); the row's first cell must read as a name (capitalized,
// not "Total" or "All others", not an anonymized "Customer A") and every other cell as a figure
// ("798", "12%", "$1,430", "(4)", "—"). The name then is an organization whatever its words: the
// table says so, as an enumeration cue does for a list.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace corpgraph {

struct CounterpartRow {
  std::string name;          // the first cell, footnote markers removed
  std::uint32_t name_begin;  // its span in the row text
  std::uint32_t name_end;
};

// The counterpart the row names, or nullopt when `lead_in` introduces no table of counterparts
// or the row is no name-and-figures row. Linear in the two texts' length.
std::optional<CounterpartRow> ReadCounterpartRow(std::string_view lead_in, std::string_view row);

// True iff the names read from one table's rows are, for the most part, organizations by their
// own words (a corporate suffix, "Group", a government word): then the table lists
// counterparts and its other rows ("Munich Reinsurance America") are taken for organizations
// too. A table of business lines or figures ("Nonstandard Personal Auto | 179,571") whose
// introduction mentions reinsurers in passing fails.
bool ListsOrganizations(const std::vector<std::string>& row_names);

}  // namespace corpgraph
