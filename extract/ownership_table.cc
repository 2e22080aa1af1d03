#include "extract/ownership_table.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "extract/officer_table.h"
#include "extract/subsidiary_table_cells.h"
#include "extract/tokenizer.h"

namespace corpgraph {
namespace {

using subsidiary_cells::ContainsNoCase;

constexpr size_t kMaxCells = 10;

bool SpeaksOfPercent(std::string_view cell) {
  return ContainsNoCase(cell, "percent") || ContainsNoCase(cell, "%") || ContainsNoCase(cell, "of class");
}

// "2.6%", "2.6 %", "12.50" (in the percent column) -> the number; footnote markers after it
// are ignored. nullopt for "(4)", "*", "less than 1%" and anything else.
std::optional<double> CellPercent(std::string_view cell, bool plain_allowed) {
  size_t i = 0;
  while (i < cell.size() && cell[i] == ' ') ++i;
  size_t start = i;
  while (i < cell.size() && (std::isdigit(static_cast<unsigned char>(cell[i])) || cell[i] == '.')) ++i;
  if (i == start) return std::nullopt;
  std::string number(cell.substr(start, i - start));
  while (i < cell.size() && cell[i] == ' ') ++i;
  bool sign = i < cell.size() && cell[i] == '%';
  if (!sign && !plain_allowed) return std::nullopt;
  if (!sign && i < cell.size() && cell[i] != '(' && cell[i] != '*') return std::nullopt;
  char* end = nullptr;
  double v = std::strtod(number.c_str(), &end);
  if (end == number.c_str() || v <= 0 || v > 100) return std::nullopt;
  return v;
}

// Footnote markers at the end of a name: "(1)", "*", "(2)(3)".
void StripFootnotes(std::string_view unit, std::uint32_t b, std::uint32_t& e) {
  for (bool cut = true; cut && e > b;) {
    cut = false;
    while (e > b && (unit[e - 1] == ' ' || unit[e - 1] == '*')) --e, cut = true;
    if (e > b + 3 && unit[e - 1] == ')') {
      size_t open = unit.rfind('(', e - 1);
      if (open != std::string_view::npos && open >= b && e - open <= 5) {
        e = static_cast<std::uint32_t>(open);
        cut = true;
      }
    }
  }
}

bool EndsInCorporateSuffix(std::string_view name) {
  std::vector<Token> tokens = Tokenize(name);
  for (size_t i = tokens.size(); i-- > 0;) {
    if (!tokens[i].word) continue;
    return IsCorporateSuffix(name.substr(tokens[i].begin, tokens[i].end - tokens[i].begin));
  }
  return false;
}

}  // namespace

std::optional<HolderRow> OwnershipTableReader::Read(std::string_view unit, bool table_row) {
  if (!table_row) {
    open_ = false;
    percent_column_ = -1;
    return std::nullopt;
  }
  std::vector<CellSpan> cells = SplitRowCells(unit, kMaxCells);
  if (cells.size() < 2 || cells.size() > kMaxCells) return std::nullopt;
  auto text = [&](const CellSpan& c) { return unit.substr(c.begin, c.end - c.begin); };

  // Header rows: cells about shares and percentages, none of them a number.
  bool shares = false, percent = false, numbers = false;
  int percent_col = -1;
  for (size_t i = 0; i < cells.size(); ++i) {
    std::string_view c = text(cells[i]);
    numbers |= std::isdigit(static_cast<unsigned char>(c[0])) != 0;
    // "Owned" alone heads subsidiary lists too ("Percentage of Voting Securities Owned by Registrant").
    shares |= ContainsNoCase(c, "shares") || ContainsNoCase(c, "beneficial");
    if (SpeaksOfPercent(c) && c.size() <= 120) {
      percent = true;
      if (percent_col < 0) percent_col = static_cast<int>(i);
    }
  }
  std::string_view first_header = text(cells[0]);
  if (!numbers && shares && (ContainsNoCase(first_header, "location") || ContainsNoCase(first_header, "country") ||
                             ContainsNoCase(first_header, "jurisdiction") || ContainsNoCase(first_header, "state") ||
                             ContainsNoCase(first_header, "region"))) {
    open_ = false;  // shares by place of residence, not by holder
    return std::nullopt;
  }
  if (!numbers && (shares || (open_ && percent))) {
    if (shares && (percent || ContainsNoCase(unit, "percent"))) {
      open_ = true;
      percent_column_ = percent_col;
    } else if (open_ && percent) {
      percent_column_ = -1;  // a second header line: the percent column is found per row
    }
    return std::nullopt;
  }
  if (!open_) return std::nullopt;

  // The holder: the first cell, up to a comma that starts the holder's offices.
  CellSpan name = cells[0];
  std::string role;
  std::string_view first = text(name);
  if (ContainsNoCase(first, "as a group") || ContainsNoCase(first, "total") || ContainsNoCase(first, "all ")) return std::nullopt;
  size_t comma = first.find(", ");
  if (comma != std::string_view::npos && NamesAnOffice(first.substr(comma + 2))) {
    role = std::string(first.substr(comma + 2));
    name.end = name.begin + static_cast<std::uint32_t>(comma);
  }
  StripFootnotes(unit, name.begin, name.end);
  std::string_view holder = unit.substr(name.begin, name.end - name.begin);
  bool person = LooksLikePersonName(holder);
  // "The Master Trust Bank of Japan, Ltd. (Trust account)": a note on how the shares are held.
  if (!person && !EndsInCorporateSuffix(holder) && holder.ends_with(")")) {
    size_t open = holder.rfind(" (");
    if (open != std::string_view::npos && EndsInCorporateSuffix(holder.substr(0, open))) {
      name.end = name.begin + static_cast<std::uint32_t>(open);
      holder = holder.substr(0, open);
    }
  }
  if (!person && !EndsInCorporateSuffix(holder)) return std::nullopt;

  HolderRow row{.name = std::string(holder), .role = std::move(role), .person = person,
                .name_begin = name.begin, .name_end = name.end};
  for (size_t i = 1; i < cells.size() && !row.percent; ++i) {
    row.percent = CellPercent(text(cells[i]), static_cast<int>(i) == percent_column_);
  }
  row.holds_shares = row.percent.has_value() || std::isdigit(static_cast<unsigned char>(text(cells[1])[0]));
  return row;
}

}  // namespace corpgraph
