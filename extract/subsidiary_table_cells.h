// Cell-level helpers of the subsidiary-table reader (subsidiary_table.cc): splitting a line
// into cells and judging what a cell holds. Internal to extract/.
//
//   SplitCells("Zentrix Europe B.V.    Netherlands    100%")
//       == {"Zentrix Europe B.V.", "Netherlands", "100%"}
//   ParsePercent("80.5 %", false) == 80.5;  IsKnownJurisdiction("Delaware, U.S.A.") == true
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace corpgraph::subsidiary_cells {

// Without ASCII whitespace and UTF-8 no-break spaces at either end.
std::string_view Trim(std::string_view s);
// ASCII lowercase copy.
std::string Lower(std::string_view s);
// Whitespace runs (no-break spaces included) collapsed to one space, ends trimmed.
std::string CollapseSpaces(std::string_view s);
size_t CountWords(std::string_view s);
// Without trailing footnote markers: "(1)", "(a)", "*".
std::string_view StripFootnote(std::string_view s);
bool Contains(std::string_view haystack, std::string_view needle);
// ASCII case-insensitive; `needle` is lowercase letters, digits and spaces.
bool ContainsNoCase(std::string_view haystack, std::string_view needle);

// A country, US state, Canadian province or offshore centre from a built-in list ("Japan",
// "England and Wales", "Cayman Islands"), or a comma-separated cell with one ("Tokyo, Japan").
bool IsKnownJurisdiction(std::string_view cell);
// A jurisdiction-shaped cell (capitalised, at most six words, no digits), for columns a header
// names as jurisdiction.
bool LooksLikeJurisdiction(std::string_view cell);
// "100%", "51.5 %", "100%(1)"; with `allow_plain` also "100" or "100.00". nullopt unless the
// value is in (0, 100].
std::optional<double> ParsePercent(std::string_view cell, bool allow_plain);
// Reads like an organization's name: starts with a capital or digit, 2..150 bytes, at most 14
// words, has a letter, not a sentence, not a percentage, not "Total..."/"Name of...", and not
// itself a jurisdiction.
bool LooksLikeOrganization(std::string_view cell);
// Ends in a legal-form suffix (Inc., Ltd., B.V., GmbH, S.à r.l., K.K., Pte. Ltd., ...) or
// contains an organizational word (Holdings, Group, Bank, Trust, Partners, Fund).
bool HasCorporateSuffix(std::string_view name);

// A name cell's own parts: "Acme Networks, Inc. (d/b/a Acme Cloud)" has the trade name
// "Acme Cloud"; "Acme India Private Limited (99.9%)" states the percent owned. The name is
// the cell without such a trailing parenthesis (footnote markers stripped); the other parts
// are empty when the cell has none. "(formerly X)" and "(f/k/a X)" give X as `trade_name` too:
// both are other names of the same company.
struct NameCell {
  std::string name;
  std::string trade_name;
  std::optional<double> percent;
};
NameCell SplitNameCell(std::string_view cell);

// Splits a line into non-empty, space-collapsed cells: on "|" (HTML rows, Markdown pipe
// tables), else tabs, else runs of two or more spaces, else " — ". A leading bullet ("- ",
// "* ", "•") is dropped; a lone "%" cell joins the cell before it.
std::vector<std::string> SplitCells(std::string_view line);
// Whether the line has any separator SplitCells would split on (cheap pre-test).
bool HasCellSeparator(std::string_view line);

}  // namespace corpgraph::subsidiary_cells
