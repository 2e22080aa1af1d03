#include "extract/subsidiary_table.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string_view>
#include <vector>

#include "extract/subsidiary_table_cells.h"
#include "graph/normalize.h"

namespace corpgraph {
namespace {

using namespace subsidiary_cells;  // NOLINT: this file is the helpers' only user

// Lines of prose allowed between a heading and the first row.
constexpr int kMaxLinesBeforeRows = 12;
// Longest line (before collapsing spaces) read as a heading or as a header row.
constexpr size_t kMaxHeadingBytes = 400;
constexpr size_t kMaxHeaderBytes = 600;
// Short label lines ("Europe:") allowed in a row inside a table.
constexpr int kMaxLabelLines = 3;

// A Markdown table rule ("---|:---:|---").
bool IsRuleRow(const std::vector<std::string>& cells) {
  return !cells.empty() && std::all_of(cells.begin(), cells.end(), [](const std::string& c) {
    return std::all_of(c.begin(), c.end(),
                       [](char ch) { return ch == '-' || ch == ':' || ch == ' '; });
  });
}

enum class Role { kNone, kName, kCountry, kPercent };

Role HeaderRole(std::string_view cell) {
  std::string lower = Lower(cell);
  for (std::string_view k :
       {"%", "percent", "ownership", "owned", "interest", "proportion", "voting", "held"}) {
    if (Contains(lower, k)) return Role::kPercent;
  }
  for (std::string_view k : {"country", "jurisdiction", "incorporat", "organiz", "organis",
                             "domicile", "state", "place", "location"}) {
    if (Contains(lower, k)) return Role::kCountry;
  }
  for (std::string_view k : {"subsidiar", "company", "companies", "entity", "entities", "name"}) {
    if (Contains(lower, k)) return Role::kName;
  }
  return Role::kNone;
}

// Column roles of a header row, or nullopt when the cells are not a subsidiary header.
// `strict` (no heading above) also requires a name column and no digits at all.
std::optional<std::vector<Role>> ParseHeaderRow(const std::vector<std::string>& cells,
                                                bool strict) {
  if (cells.size() < 2 || cells.size() > 8) return std::nullopt;
  std::vector<Role> roles;
  bool name = false, country = false, percent = false;
  for (const std::string& c : cells) {
    // A figure or a place is a row's cell ("Acme India Private Limited (99.9%) | India").
    if (c.size() > 80 || ParsePercent(c, true) || IsKnownJurisdiction(c)) return std::nullopt;
    Role r = HeaderRole(c);
    roles.push_back(r);
    name |= r == Role::kName;
    country |= r == Role::kCountry;
    percent |= r == Role::kPercent;
  }
  if (!country && !percent) return std::nullopt;
  if (strict) {
    if (!name || roles[0] != Role::kName) return std::nullopt;
    std::string first = Lower(cells[0]);
    if (!Contains(first, "subsidiar") && !Contains(first, "compan") && !Contains(first, "entit")) {
      return std::nullopt;
    }
  }
  return roles;
}

// A heading line that introduces a subsidiary table.
bool IsSubsidiaryHeading(std::string_view line) {
  if (line.size() > kMaxHeadingBytes) return false;
  if (!ContainsNoCase(line, "subsidiar") && !ContainsNoCase(line, "structure") &&
      !ContainsNoCase(line, "exhibit 21") && !ContainsNoCase(line, "group compan")) {
    return false;  // cheap test first: most lines are not headings
  }
  std::string text = CollapseSpaces(line);
  std::string_view t = text;
  while (!t.empty() &&
         (t.front() == '#' || t.front() == '*' || t.front() == '_' || t.front() == ' '))
    t.remove_prefix(1);
  while (!t.empty() && (t.back() == '*' || t.back() == '_' || t.back() == ':' || t.back() == ' '))
    t.remove_suffix(1);
  if (t.empty() || t.size() > 120 || Contains(t, "|")) return false;
  size_t words = CountWords(t);
  if (words > 12 || (t.back() == '.' && words > 8)) return false;
  std::string lower = Lower(t);
  for (std::string_view k : {"subsidiaries", "subsidiary", "organizational structure",
                             "organisational structure", "exhibit 21", "group companies"}) {
    if (Contains(lower, k)) return true;
  }
  return false;
}

std::string HeadingText(std::string_view line) {
  std::string text = CollapseSpaces(line);
  std::string_view t = text;
  while (!t.empty() &&
         (t.front() == '#' || t.front() == '*' || t.front() == '_' || t.front() == ' '))
    t.remove_prefix(1);
  while (!t.empty() && (t.back() == '*' || t.back() == '_' || t.back() == ' ')) t.remove_suffix(1);
  return std::string(t);
}

struct Row {
  std::string name;
  std::string trade_name;  // "(d/b/a X)" in the name cell: another name of the company
  std::string country;
  std::optional<double> percent;
  double confidence = 0.7;
};

// A one-cell list item "Zentrix Japan K.K. (Japan)", optionally followed by a percentage
// ("... (Japan) 80%"). The parenthesis must hold a known jurisdiction and the name a legal form.
// "Acme Holdings LLC, a Delaware limited liability company", "Acme Ltd., an English company",
// "Acme B.V. - Netherlands", "Acme GmbH .......... Germany": a name with a legal form, then its
// place of incorporation described or after a dash or dotted leader.
std::optional<Row> ParseDescribedItem(std::string_view item) {
  for (std::string_view cut : {", a ", ", an "}) {
    size_t at = item.find(cut);
    if (at == std::string_view::npos) continue;
    std::string_view name = Trim(item.substr(0, at));
    std::string_view described = Trim(item.substr(at + cut.size()));
    std::string lower = Lower(described);
    size_t form = std::string::npos;
    for (std::string_view noun : {" limited liability company", " limited partnership", " corporation", " company",
                                  " partnership", " limited company", " societe", " entity"}) {
      if (lower.size() > noun.size() && lower.ends_with(noun)) form = std::min(form, lower.size() - noun.size());
    }
    if (form == std::string::npos || !LooksLikeOrganization(name) || !HasCorporateSuffix(name)) return std::nullopt;
    std::string_view place = Trim(described.substr(0, form));
    Row row{.name = std::string(name), .confidence = 0.8};
    if (IsKnownJurisdiction(place)) row.country = std::string(place);
    return row;
  }
  for (std::string_view dash : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", "..."}) {
    size_t at = item.rfind(dash);
    if (at == std::string_view::npos) continue;
    std::string_view name = Trim(item.substr(0, at));
    while (!name.empty() && (name.back() == '.' || name.back() == ' ')) name.remove_suffix(1);  // dotted leaders
    std::string_view place = Trim(item.substr(at + dash.size()));
    while (!place.empty() && place.front() == '.') place.remove_prefix(1);
    place = Trim(place);
    // The legal form keeps its own period ("Acme Inc. - Delaware", "Acme Ltd.......Japan").
    std::string full(name);
    bool own_period = item.size() > name.size() + 1 && item[name.size()] == '.' && item[name.size() + 1] != '.';
    if (own_period && HasCorporateSuffix(full + ".")) full += ".";
    if (IsKnownJurisdiction(place) && LooksLikeOrganization(full) && HasCorporateSuffix(full)) {
      return Row{.name = std::move(full), .country = std::string(place), .confidence = 0.8};
    }
  }
  return std::nullopt;
}

std::optional<Row> ParseListItem(std::string_view item) {
  item = Trim(item);
  if (std::optional<Row> described = ParseDescribedItem(item)) return described;
  size_t open = item.rfind('(');
  size_t close = item.rfind(')');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open)
    return std::nullopt;
  std::string_view name = Trim(item.substr(0, open));
  std::string_view place = Trim(item.substr(open + 1, close - open - 1));
  std::string_view after = Trim(item.substr(close + 1));
  if (name.size() >= 1 && name.back() == ',') name.remove_suffix(1);
  if (!IsKnownJurisdiction(place) || !LooksLikeOrganization(name) || !HasCorporateSuffix(name)) {
    return std::nullopt;
  }
  Row row{.name = std::string(name), .country = std::string(place), .confidence = 0.8};
  if (!after.empty()) {
    row.percent = ParsePercent(after, false);
    if (!row.percent) return std::nullopt;  // more prose after the parenthesis
    row.confidence = 0.85;
  }
  return row;
}

// Reads one table row; nullopt when the line is not a subsidiary row.
// Without a header column naming them, names must carry a legal form ("Ltd.", "B.V.") so
// that rows of other tables ("Network services | Japan | 45%") are not read as subsidiaries.
std::optional<Row> ParseRow(const std::vector<std::string>& cells, const std::vector<Role>* roles) {
  if (cells.empty()) return std::nullopt;  // a line of separators only ("| |", "- ")
  if (cells.size() == 1) return ParseListItem(cells[0]);
  if (cells.size() > 8) return std::nullopt;
  // A header one or two cells shorter than its rows left the name column unlabelled
  // ("| Percentage owned | Country" over "Acme B.V. | 100 | Netherlands"): its cells label the
  // rightmost columns and the first column holds the names.
  std::vector<Role> widened;
  if (roles != nullptr && roles->size() < cells.size() && cells.size() - roles->size() <= 2 &&
      std::find(roles->begin(), roles->end(), Role::kName) == roles->end()) {
    widened.assign(cells.size() - roles->size(), Role::kNone);
    widened[0] = Role::kName;
    widened.insert(widened.end(), roles->begin(), roles->end());
    roles = &widened;
  }
  bool aligned = roles != nullptr && roles->size() == cells.size();
  size_t name_col = 0;
  bool named_column = false;
  if (aligned) {
    auto it = std::find(roles->begin(), roles->end(), Role::kName);
    named_column = it != roles->end();
    if (named_column) name_col = static_cast<size_t>(it - roles->begin());
  }
  NameCell name = SplitNameCell(cells[name_col]);
  if (!LooksLikeOrganization(name.name)) return std::nullopt;
  if (!named_column && !HasCorporateSuffix(name.name)) return std::nullopt;
  Row row;
  row.name = std::move(name.name);
  row.trade_name = std::move(name.trade_name);
  row.percent = name.percent;
  bool known_country = false;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i == name_col) continue;
    Role role = aligned ? (*roles)[i] : Role::kNone;
    if (!row.percent) {
      if (auto p = ParsePercent(cells[i], role == Role::kPercent)) {
        row.percent = p;
        continue;
      }
    }
    if (row.country.empty()) {
      if (IsKnownJurisdiction(cells[i])) {
        row.country = std::string(StripFootnote(cells[i]));
        known_country = true;
      } else if (role == Role::kCountry && LooksLikeJurisdiction(cells[i])) {
        row.country = std::string(StripFootnote(cells[i]));
      }
    }
  }
  if (row.country.empty() && !row.percent) return std::nullopt;
  row.confidence = 0.7 + (known_country ? 0.1 : 0) + (row.percent ? 0.1 : 0) + (aligned ? 0.05 : 0);
  return row;
}

// The row as evidence text: its cells joined by " | ".
std::string JoinCells(const std::vector<std::string>& cells) {
  std::string out;
  for (const std::string& c : cells) {
    if (!out.empty()) out += " | ";
    out += c;
  }
  return out;
}

struct Line {
  size_t begin = 0;  // position in DocumentText::text
  std::string_view text;
};

// A short label line inside a table ("Europe:", "Held through Zentrix Europe B.V.").
bool IsLabelLine(std::string_view line) {
  line = Trim(line);
  return !line.empty() && CountWords(line) <= 5 && line.back() != '.';
}

// Adds the row's company and the edge owner -> company; returns the company, kNoEntity when
// the row names the owner itself.
EntityId AddRowEdge(const DocumentText& text, const Line& line, const std::vector<std::string>& cells,
                    const Row& row, const std::string& section, EntityId filer,
                    const std::string& document_name, Graph& graph) {
  // "Acme Inc. ("Acme USA") | USA | 100%": the defined short name names a subsidiary that
  // shares the filer's name; otherwise it is an alias of the row's company.
  std::string name = row.name, alias;
  if (size_t open = name.rfind(" ("); open != std::string::npos && name.back() == ')') {
    std::string inner = name.substr(open + 2, name.size() - open - 3);
    if (inner.size() >= 2 && inner.front() == '"' && inner.back() == '"') {
      alias = inner.substr(1, inner.size() - 2);
      name.resize(open);
      if (StatusOr<EntityId> same = graph.FindEntity(name); same.ok() && *same == filer) {
        name = std::move(alias);  // the filer's own name stays the filer's
        alias.clear();
      }
    }
  }
  StatusOr<EntityId> found = graph.FindEntity(name);
  EntityId sub;
  if (found.ok()) {
    sub = *found;
    if (sub == filer) return kNoEntity;
    Entity* e = graph.mutable_entity(sub);
    if (e != nullptr && e->country.empty()) e->country = row.country;
  } else {
    sub = graph.AddEntity({.name = name, .kind = EntityKind::kCompany, .country = row.country});
  }
  if (!alias.empty() && alias != name) graph.AddAlias(sub, alias);
  if (!row.trade_name.empty() && row.trade_name != name) graph.AddAlias(sub, row.trade_name);
  std::string_view trimmed = Trim(line.text);
  size_t begin = line.begin + static_cast<size_t>(trimmed.data() - line.text.data());
  size_t end = begin + trimmed.size();
  Edge edge{.src = filer, .dst = sub, .rel = Relation::kOwns};
  edge.attrs.percent = row.percent;
  edge.evidence.push_back(
      {.document = document_name,
       .begin = text.SourceOffset(begin),
       .end = end > begin ? text.SourceOffset(end - 1) + 1 : text.SourceOffset(begin),
       .sentence = JoinCells(cells),
       .section = section,
       .rule = kSubsidiaryTableRule,
       .confidence = std::min(row.confidence, 0.95)});
  graph.AddEdge(std::move(edge));
  return sub;
}

// Leading spaces and tabs of a line: how plain-text lists show that a company is held through
// the one above it.
size_t Indentation(std::string_view line) {
  size_t n = 0;
  while (n < line.size() && (line[n] == ' ' || line[n] == '\t')) ++n;
  return n;
}

}  // namespace

void AddSubsidiaryTableEdges(const DocumentText& text, EntityId filer,
                             const std::string& document_name, Graph& graph) {
  if (filer == kNoEntity || graph.entity(filer) == nullptr) return;
  std::string section;           // heading of the current table
  int lines_since_heading = -1;  // -1: no heading is active
  std::optional<std::vector<Role>> roles;
  bool in_rows = false;
  int labels = 0;
  size_t row_cells = 0;  // cells of the last row read
  std::vector<std::pair<size_t, EntityId>> owners;  // (indentation, company) of the rows above
  int odd_rows = 0;      // consecutive lines shaped like rows that did not read as one
  for (size_t start = 0; start < text.text.size();) {
    size_t nl = text.text.find('\n', start);
    size_t end = nl == std::string::npos ? text.text.size() : nl;
    const Line line{start, std::string_view(text.text).substr(start, end - start)};
    start = end + 1;
    std::string_view trimmed = Trim(line.text);
    if (trimmed.empty()) continue;
    if (IsSubsidiaryHeading(trimmed)) {
      section = HeadingText(trimmed);
      lines_since_heading = 0;
      roles.reset();
      owners.clear();
      in_rows = false;
      labels = 0;
      continue;
    }
    bool under_heading = lines_since_heading >= 0;
    // Outside a table only a header row matters: short, with column separators.
    if (!under_heading && (trimmed.size() > kMaxHeaderBytes || !HasCellSeparator(trimmed))) {
      continue;
    }
    std::vector<std::string> cells = SplitCells(trimmed);
    if (IsRuleRow(cells)) continue;
    if (auto header = ParseHeaderRow(cells, !under_heading)) {
      roles = std::move(header);
      if (!under_heading) section = CollapseSpaces(trimmed);
      lines_since_heading = 0;
      in_rows = false;
      labels = 0;
      continue;
    }
    if (!under_heading) continue;
    if (auto row = ParseRow(cells, roles ? &*roles : nullptr)) {
      // An indented row is held by the nearest row above it indented less.
      size_t indent = Indentation(line.text);
      while (!owners.empty() && owners.back().first >= indent) owners.pop_back();
      EntityId owner = owners.empty() ? filer : owners.back().second;
      EntityId sub = AddRowEdge(text, line, cells, *row, section, owner, document_name, graph);
      if (sub != kNoEntity) owners.emplace_back(indent, sub);
      in_rows = true;
      labels = 0;
      odd_rows = 0;
      row_cells = cells.size();
      continue;
    }
    if (in_rows) {
      if (cells.size() == 1 && IsLabelLine(trimmed) && ++labels <= kMaxLabelLines) continue;
      // A line with as many cells as the rows around it is a row this reader could not read
      // (a name without a legal form, an unknown place), not the end of the table.
      if (cells.size() >= 2 && cells.size() == row_cells && ++odd_rows <= kMaxLabelLines) continue;
      lines_since_heading = -1;  // the table has ended
      owners.clear();
      roles.reset();
      in_rows = false;
      continue;
    }
    if (++lines_since_heading > kMaxLinesBeforeRows) {
      lines_since_heading = -1;
      roles.reset();
    }
  }
}

namespace {

// The company a sentence within a few lines after `from` names as the parent of a list
// ("... a list of subsidiaries of Acme Inc. as of ...:"), or "" when none does.
std::string ParentNamedNear(const DocumentText& text, size_t from) {
  constexpr int kLines = 6;
  int lines = 0;
  for (size_t start = from; start < text.text.size() && lines < kLines; ++lines) {
    size_t nl = text.text.find('\n', start);
    size_t end = nl == std::string::npos ? text.text.size() : nl;
    std::string_view line = Trim(std::string_view(text.text).substr(start, end - start));
    start = end + 1;
    std::string lower = Lower(line);
    size_t at = lower.find("subsidiaries of ");
    if (at == std::string::npos) continue;
    std::string_view rest = line.substr(at + 16);
    size_t stop = rest.size();
    for (std::string_view end_word : {" as of", " as at", ":", " at ", " and ", ";"}) {
      stop = std::min(stop, rest.find(end_word));
    }
    std::string_view parent = Trim(rest.substr(0, stop));
    if (parent.size() > 2 && parent.back() == ',') parent.remove_suffix(1);
    if (HasCorporateSuffix(parent)) return std::string(parent);
  }
  return "";
}

}  // namespace

std::string SubsidiaryListParent(const DocumentText& text) {
  for (size_t start = 0; start < text.text.size();) {
    size_t nl = text.text.find('\n', start);
    size_t end = nl == std::string::npos ? text.text.size() : nl;
    std::string_view line = Trim(std::string_view(text.text).substr(start, end - start));
    start = end + 1;
    if (line.empty() || !IsSubsidiaryHeading(line)) continue;
    std::string heading = HeadingText(line);
    // "Subsidiaries of" on its own line: the parent is on the next non-blank line.
    if (Lower(heading).ends_with("subsidiaries of")) {
      size_t next = text.text.find_first_not_of(" \t\r\n", start);
      if (next != std::string::npos) {
        size_t next_end = std::min(text.text.find('\n', next), text.text.size());
        std::string_view parent_line = Trim(std::string_view(text.text).substr(next, next_end - next));
        if (parent_line.size() <= kMaxHeadingBytes && !HasCellSeparator(parent_line)) {
          heading += " " + std::string(parent_line);
        }
      }
    }
    std::string lower = Lower(heading);
    size_t at = lower.find("subsidiaries of ");
    if (at == std::string::npos) continue;
    std::string parent(StripFootnote(std::string_view(heading).substr(at + 16)));
    while (!parent.empty() && parent.back() == ':') parent.pop_back();
    std::string parent_lower = Lower(parent);
    if (parent.empty() || parent_lower.rfind("the registrant", 0) == 0 ||
        parent_lower.rfind("the company", 0) == 0 || parent_lower.rfind("registrant", 0) == 0) {
      // "Subsidiaries of the Registrant" over "The following is a list of subsidiaries of Acme
      // Inc. as of December 31, 2024:": the sentence names the parent.
      return ParentNamedNear(text, start);
    }
    return parent;
  }
  return "";
}

bool OpensWithSubsidiaryList(const DocumentText& text) {
  int lines = 0;
  for (size_t start = 0; start < text.text.size() && lines < kListOpeningLines;) {
    size_t nl = text.text.find('\n', start);
    size_t end = nl == std::string::npos ? text.text.size() : nl;
    std::string_view line = Trim(std::string_view(text.text).substr(start, end - start));
    start = end + 1;
    if (line.empty()) continue;
    if (IsSubsidiaryHeading(line)) return true;
    ++lines;
  }
  return false;
}

}  // namespace corpgraph
