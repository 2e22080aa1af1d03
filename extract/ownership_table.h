// Beneficial-ownership tables ("Name | Shares Beneficially Owned | Percent of Class"): each row
// names a holder of the filer's stock and, usually, the percentage held. Internal to extract/.
//
//   OwnershipTableReader reader;
//   for (each unit in document order)
//     if (std::optional<HolderRow> row = reader.Read(unit_text, unit_is_table_row)) ...
//
// A header row opens a table when its cells speak of shares ("Shares", "Number of Common
// Shares Owned", "Beneficially Owned") and of a percentage ("Percent of Class", "%"); the next
// header row of a two-line header may add the percent column. Rows follow until a unit that is
// not a table row. A row's first cell must name a person (officer_table.h LooksLikePersonName,
// optionally followed by ", Chairman and Director") or a company (a corporate suffix); rows
// such as "Total", "All directors and executive officers as a group" or a place are skipped.
// The percent is the first cell that reads as one ("2.6%", or a plain number in the percent
// column); a row whose percent cell is only a footnote ("(4)", "*": less than 1%) has none.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace corpgraph {

struct HolderRow {
  std::string name;          // as written, footnote markers removed
  std::string role;          // "Chairman and Director" from "Name, Chairman and Director", else ""
  std::optional<double> percent;
  bool holds_shares = false; // the row states a percent or a share count ("Nil" states none)
  bool person = false;       // a person's name (else a company's)
  std::uint32_t name_begin;  // the name's span in the unit text
  std::uint32_t name_end;
};

class OwnershipTableReader {
 public:
  // The holder of the row, or nullopt (also for header rows and units outside a table).
  std::optional<HolderRow> Read(std::string_view unit, bool table_row);

 private:
  bool open_ = false;
  int percent_column_ = -1;  // cell index of the percent column in the header, -1 unknown
};

}  // namespace corpgraph
