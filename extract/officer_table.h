// Rows that name a person and the office they hold: officer and director tables
// ("Name | Age | Position", "Name | Title") and signature blocks ("/s/ Ann K. Lowe | Chief
// Financial Officer | March 1, 2025"). Internal to extract/.
//
//   OfficerTableReader reader;
//   for (each unit in document order)
//     if (std::optional<OfficerRow> row = reader.Read(unit_text, unit_is_table_row)) ...
//
// A header row opens a table when one cell names the person column ("Name") and another the
// office ("Position", "Title", "Office", "Positions Held") or the career ("Business Experience",
// "Principal Occupation", whose first clause states the office); its rows follow until a unit
// that is not a table row. Signature lines need no header. The name cell must read as a person's name
// (two to five capitalized words or initials, optionally "Jr."/"III", an honorific dropped; no
// corporate suffix, no digits) and the office cell must name an office (a role word such as
// "Officer", "President", "Director").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace corpgraph {

struct OfficerRow {
  std::string name;          // as written, honorific and footnote markers removed
  std::string role;          // the office cell, whitespace collapsed; empty for a signature
                             // whose title stands in the rows below it (see OfficeBelow)
  std::uint32_t name_begin;  // the name's span in the unit text
  std::uint32_t name_end;
};

class OfficerTableReader {
 public:
  // Reads the next unit of the document. Returns the row's person and office when the unit is
  // a row of an open officer table or a signature line; nullopt otherwise (a header row
  // included). Linear in the unit's length.
  std::optional<OfficerRow> Read(std::string_view unit, bool table_row);

 private:
  int name_column_ = -1;  // columns of the open table's header, -1 when no table is open
  int role_column_ = -1;
  int experience_column_ = -1;  // "Business Experience": its first clause states the office
};

// The title printed under a signature ("/s/ MICHAEL MIEBACH" over "Michael Miebach" and
// "President and Chief Executive Officer"): the first cell of `rows` (the units after the
// signature, at most three looked at) that names an office, the printed `signer` name cut from
// its start, stopping at another signature. "" when none does.
std::string OfficeBelow(std::string_view signer, const std::vector<std::string_view>& rows);

// A table row's cells as [begin, end) spans of `unit` (cells separated by " | ", trimmed of
// spaces and stray bars, empty ones dropped). Stops after max_cells + 1 cells, so a caller can
// tell a row with too many cells.
struct CellSpan {
  std::uint32_t begin;
  std::uint32_t end;
};
std::vector<CellSpan> SplitRowCells(std::string_view unit, size_t max_cells);

// True iff `s` reads as a person's name: two to five words, each capitalized (or all caps) or
// an initial ("K."), hyphens and apostrophes allowed, optionally ending in Jr./Sr./II/III/IV;
// no digits, no corporate suffix, no role word.
bool LooksLikePersonName(std::string_view s);

// True iff `s` names an office: it holds a role word ("Officer", "President", "Director", ...).
bool NamesAnOffice(std::string_view s);

}  // namespace corpgraph
