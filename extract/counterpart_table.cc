#include "extract/counterpart_table.h"

#include <array>
#include <cctype>

#include "extract/name_finder.h"
#include "extract/officer_table.h"
#include "extract/subsidiary_table_cells.h"

namespace corpgraph {
namespace {

using subsidiary_cells::ContainsNoCase;

// Plural role nouns a table's introduction names its rows by. Singular forms open anonymized
// rows ("Customer A"), which name nobody.
constexpr std::array<std::string_view, 16> kCounterpartRoles = {
    "reinsurers", "suppliers", "vendors", "customers", "clients", "competitors", "lenders", "licensees",
    "licensors", "distributors", "counterparties", "franchisees", "manufacturers", "partners", "banks",
    "insurers"};

bool NamesCounterparts(std::string_view lead_in) {
  if (!ContainsNoCase(lead_in, "table")) return false;
  for (std::string_view role : kCounterpartRoles) {
    if (ContainsNoCase(lead_in, role)) return true;
  }
  return false;
}

// "798", "12.5%", "$1,430", "(4)", "—", "-", "n/a": a figure cell, or a footnote.
bool IsFigureCell(std::string_view cell) {
  if (cell == "n/a" || cell == "N/A" || cell == "*") return true;
  bool digit = false;
  for (size_t i = 0; i < cell.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(cell[i]);
    if (std::isdigit(c)) {
      digit = true;
    } else if (c >= 0x80) {
      continue;  // dashes, currency signs
    } else if (!(c == ',' || c == '.' || c == '%' || c == '$' || c == '(' || c == ')' || c == '-' || c == ' ')) {
      return false;
    }
  }
  return digit || cell.find("\xE2\x80\x94") != std::string_view::npos || cell == "-";
}

// Rows that sum or pool the others, or stand for nobody in particular.
bool IsSummaryLabel(std::string_view name) {
  for (std::string_view label : {"Total", "Subtotal", "All others", "All other", "Others", "Other", "None", "Remaining"}) {
    if (name.size() >= label.size() && name.substr(0, label.size()) == label &&
        (name.size() == label.size() || !std::isalpha(static_cast<unsigned char>(name[label.size()])))) {
      return true;
    }
  }
  return false;
}

// "Customer A", "Distributor B": a role noun and a letter hide the counterpart's name.
bool IsAnonymized(std::string_view name) {
  size_t space = name.rfind(' ');
  if (space == std::string_view::npos || name.size() - space - 1 > 2) return false;
  std::string head(name.substr(0, space));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view role : kCounterpartRoles) {
    if (role.size() == head.size() + 1 && role.starts_with(head)) return true;  // "customer" of "customers"
  }
  return false;
}

}  // namespace

std::optional<CounterpartRow> ReadCounterpartRow(std::string_view lead_in, std::string_view row) {
  if (lead_in.empty() || !NamesCounterparts(lead_in)) return std::nullopt;
  std::vector<CellSpan> cells = SplitRowCells(row, 8);
  if (cells.size() < 2 || cells.size() > 8) return std::nullopt;
  for (size_t i = 1; i < cells.size(); ++i) {
    if (!IsFigureCell(row.substr(cells[i].begin, cells[i].end - cells[i].begin))) return std::nullopt;
  }
  // Footnote markers after the name: "Acme Re (1)", "Acme Re *". Cells come trimmed, so the name
  // starts where its cell does.
  const std::uint32_t begin = cells[0].begin;
  std::string_view name = subsidiary_cells::StripFootnote(row.substr(begin, cells[0].end - begin));
  const std::uint32_t end = begin + static_cast<std::uint32_t>(name.size());
  if (name.size() < 3 || name.size() > 100 || !std::isupper(static_cast<unsigned char>(name[0]))) return std::nullopt;
  if (IsSummaryLabel(name) || IsAnonymized(name)) return std::nullopt;
  return CounterpartRow{std::string(name), begin, end};
}

bool ListsOrganizations(const std::vector<std::string>& row_names) {
  if (row_names.size() < 2) return false;
  size_t organizations = 0;
  for (const std::string& name : row_names) {
    NameKind kind = ClassifyName(name);
    if (kind == NameKind::kCompany || kind == NameKind::kGroup || kind == NameKind::kGovernment) ++organizations;
  }
  return organizations * 2 >= row_names.size();
}

}  // namespace corpgraph
