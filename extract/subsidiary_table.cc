#include "extract/subsidiary_table.h"

#include <algorithm>
#include <iterator>
#include <cctype>
#include <charconv>
#include <optional>
#include <string_view>
#include <vector>

#include "graph/normalize.h"

namespace corpgraph {
namespace {

constexpr char kRule[] = "subsidiary_table";
// Lines of prose allowed between a heading and the first row.
constexpr int kMaxLinesBeforeRows = 12;
// Longest line (before collapsing spaces) read as a heading or as a header row.
constexpr size_t kMaxHeadingBytes = 400;
constexpr size_t kMaxHeaderBytes = 600;
// Short label lines ("Europe:") allowed in a row inside a table.
constexpr int kMaxLabelLines = 3;

// Lowercase jurisdiction names a subsidiary table commonly states (countries, US states,
// Canadian provinces, offshore centres), matched whole after lowercasing.
constexpr std::string_view kJurisdictions[] = {
    "alabama", "alaska", "alberta", "argentina", "arizona", "arkansas", "australia", "austria",
    "bahamas", "bahrain", "bangladesh", "belgium", "bermuda", "brazil", "british columbia",
    "british virgin islands", "bulgaria", "california", "canada", "cayman islands", "chile",
    "china", "colombia", "colorado", "connecticut", "costa rica", "croatia", "cyprus",
    "czech republic", "delaware", "denmark", "district of columbia", "dubai", "ecuador", "egypt",
    "england", "england and wales", "estonia", "finland", "florida", "france", "georgia",
    "germany", "gibraltar", "greece", "guernsey", "hawaii", "hong kong", "hungary", "iceland",
    "idaho", "illinois", "india", "indiana", "indonesia", "iowa", "ireland", "isle of man",
    "israel", "italy", "japan", "jersey", "kansas", "kentucky", "kenya", "korea", "kuwait",
    "latvia", "lithuania", "louisiana", "luxembourg", "macau", "maine", "malaysia", "malta",
    "manitoba", "maryland", "massachusetts", "mauritius", "mexico", "michigan", "minnesota",
    "mississippi", "missouri", "montana", "morocco", "nebraska", "netherlands", "nevada",
    "new brunswick", "new hampshire", "new jersey", "new mexico", "new york", "new zealand",
    "nigeria", "north carolina", "north dakota", "northern ireland", "norway", "nova scotia",
    "ohio", "oklahoma", "ontario", "oregon", "pakistan", "panama", "pennsylvania", "peru",
    "philippines", "poland", "portugal", "prc", "puerto rico", "qatar", "quebec",
    "republic of korea", "rhode island", "romania", "russia", "saudi arabia", "scotland",
    "serbia", "singapore", "slovakia", "slovenia", "south africa", "south carolina",
    "south dakota", "south korea", "spain", "sri lanka", "sweden", "switzerland", "taiwan",
    "tennessee", "texas", "thailand", "the netherlands", "turkey", "u.k.", "u.s.", "u.s.a.",
    "uae", "uk", "ukraine", "united arab emirates", "united kingdom", "united states",
    "united states of america", "uruguay", "us", "usa", "utah", "vermont", "vietnam",
    "virginia", "wales", "washington", "west virginia", "wisconsin", "wyoming",
    "people's republic of china", "the people's republic of china", "cayman", "bvi",
    "marshall islands", "liberia", "curacao", "barbados", "channel islands", "monaco",
    "liechtenstein", "jordan", "lebanon", "oman", "new south wales", "victoria", "queensland",
    "delaware, usa", "saskatchewan", "newfoundland",
};

bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Trims ASCII whitespace and UTF-8 non-breaking spaces from both ends.
std::string_view Trim(std::string_view s) {
  for (;;) {
    if (!s.empty() && IsSpace(s.front())) {
      s.remove_prefix(1);
    } else if (s.size() >= 2 && s[0] == '\xC2' && s[1] == '\xA0') {
      s.remove_prefix(2);
    } else {
      break;
    }
  }
  for (;;) {
    if (!s.empty() && IsSpace(s.back())) {
      s.remove_suffix(1);
    } else if (s.size() >= 2 && s[s.size() - 2] == '\xC2' && s.back() == '\xA0') {
      s.remove_suffix(2);
    } else {
      break;
    }
  }
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Collapses whitespace runs (including non-breaking spaces) to one space.
std::string CollapseSpaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    bool nbsp = s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0';
    if (IsSpace(s[i]) || s[i] == '\n' || nbsp) {
      space = true;
      if (nbsp) ++i;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(s[i]);
  }
  return out;
}

size_t CountWords(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    bool sp = IsSpace(c) || c == '\n';
    if (!sp && !in_word) ++words;
    in_word = !sp;
  }
  return words;
}

// Removes footnote markers at the end of a cell: "(1)", "*", "(a)".
std::string_view StripFootnote(std::string_view s) {
  s = Trim(s);
  for (;;) {
    if (!s.empty() && s.back() == '*') {
      s.remove_suffix(1);
    } else if (s.size() >= 3 && s.back() == ')' && s[s.size() - 3] == '(' &&
               std::isalnum(static_cast<unsigned char>(s[s.size() - 2]))) {
      s.remove_suffix(3);
    } else {
      break;
    }
    s = Trim(s);
  }
  return s;
}

bool Contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// ASCII case-insensitive search; `needle` is lowercase letters, digits and spaces.
bool ContainsNoCase(std::string_view haystack, std::string_view needle) {
  if (needle.size() > haystack.size()) return false;
  for (size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
    if ((haystack[i] | 0x20) != needle[0]) continue;
    size_t k = 1;
    while (k < needle.size() && (haystack[i + k] | 0x20) == needle[k]) ++k;
    if (k == needle.size()) return true;
  }
  return false;
}

bool IsKnownJurisdiction(std::string_view cell) {
  std::string lower = Lower(CollapseSpaces(StripFootnote(cell)));
  auto known = [](std::string_view s) {
    return std::find(std::begin(kJurisdictions), std::end(kJurisdictions), s) != std::end(kJurisdictions);
  };
  if (known(lower)) return true;
  // "Delaware, U.S.A." or "Tokyo, Japan": any comma-separated part that is known.
  size_t start = 0;
  while (start < lower.size()) {
    size_t comma = lower.find(',', start);
    std::string_view part = Trim(std::string_view(lower).substr(
        start, comma == std::string::npos ? std::string::npos : comma - start));
    if (part != lower && known(part)) return true;
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return false;
}

// A jurisdiction-shaped cell: a few words of letters, no digits.
bool LooksLikeJurisdiction(std::string_view cell) {
  cell = StripFootnote(cell);
  if (cell.empty() || CountWords(cell) > 6 || cell.size() > 60) return false;
  if (!std::isupper(static_cast<unsigned char>(cell[0])) && static_cast<unsigned char>(cell[0]) < 0x80) {
    return false;
  }
  return std::none_of(cell.begin(), cell.end(),
                      [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// "100%", "51.5 %", and with `allow_plain` also "100" or "100.00". nullopt unless the
// value is in (0, 100].
std::optional<double> ParsePercent(std::string_view cell, bool allow_plain) {
  cell = StripFootnote(cell);
  bool has_percent = false;
  if (!cell.empty() && cell.back() == '%') {
    has_percent = true;
    cell = Trim(cell.substr(0, cell.size() - 1));
  }
  if (!has_percent && !allow_plain) return std::nullopt;
  if (cell.empty() || !std::isdigit(static_cast<unsigned char>(cell[0]))) return std::nullopt;
  double value = 0;
  auto [ptr, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
  if (ec != std::errc() || ptr != cell.data() + cell.size()) return std::nullopt;
  if (!(value > 0 && value <= 100)) return std::nullopt;
  return value;
}

// Does this cell read like the name of an organization?
bool LooksLikeOrganization(std::string_view cell) {
  cell = StripFootnote(cell);
  if (cell.size() < 2 || cell.size() > 150 || CountWords(cell) > 14) return false;
  unsigned char first = static_cast<unsigned char>(cell[0]);
  if (!(std::isupper(first) || std::isdigit(first) || first >= 0x80)) return false;
  if (std::none_of(cell.begin(), cell.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); })) {
    return false;
  }
  if (cell.back() == ':' || Contains(cell, "%") || (Contains(cell, ". ") && CountWords(cell) > 8)) return false;
  std::string lower = Lower(cell);
  for (std::string_view bad : {"total", "subtotal", "name of", "less ", "net ", "other "}) {
    if (lower.rfind(bad, 0) == 0) return false;
  }
  return !IsKnownJurisdiction(cell);
}

// Splits a line into non-empty cells: " | " (HTML rows, Markdown pipe tables), tabs, runs
// of two or more spaces, or " — ". A leading bullet is dropped; a lone "%" cell joins the
// cell before it (iXBRL tables put the sign in a cell of its own).
std::vector<std::string> SplitCells(std::string_view line) {
  line = Trim(line);
  for (std::string_view bullet : {"- ", "* ", "\xE2\x80\xA2 "}) {
    if (line.rfind(bullet, 0) == 0) line = Trim(line.substr(bullet.size()));
  }
  std::vector<std::string_view> raw;
  auto split_on = [&](std::string_view sep) {
    size_t start = 0;
    for (;;) {
      size_t at = line.find(sep, start);
      raw.push_back(line.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
      if (at == std::string_view::npos) break;
      start = at + sep.size();
    }
  };
  if (Contains(line, "|")) {
    split_on("|");
  } else if (Contains(line, "\t")) {
    split_on("\t");
  } else if (Contains(line, "  ") || Contains(line, "\xC2\xA0\xC2\xA0") || Contains(line, " \xC2\xA0")) {
    // Runs of two or more spaces (any mix of ASCII and non-breaking).
    size_t start = 0, i = 0;
    while (i < line.size()) {
      size_t j = i;
      int spaces = 0;
      while (j < line.size()) {
        if (line[j] == ' ') {
          ++j;
        } else if (line[j] == '\xC2' && j + 1 < line.size() && line[j + 1] == '\xA0') {
          j += 2;
        } else {
          break;
        }
        ++spaces;
      }
      if (spaces >= 2) {
        raw.push_back(line.substr(start, i - start));
        start = j;
        i = j;
      } else {
        i = j > i ? j : i + 1;
      }
    }
    raw.push_back(line.substr(start));
  } else if (Contains(line, " \xE2\x80\x94 ")) {
    split_on(" \xE2\x80\x94 ");
  } else {
    raw.push_back(line);
  }
  std::vector<std::string> cells;
  for (std::string_view r : raw) {
    std::string cell = CollapseSpaces(r);
    if (cell.empty()) continue;
    if (cell == "%" && !cells.empty()) {
      cells.back() += "%";
      continue;
    }
    cells.push_back(std::move(cell));
  }
  return cells;
}

bool HasCellSeparator(std::string_view line) {
  return Contains(line, "|") || Contains(line, "\t") || Contains(line, "  ") || Contains(line, "\xC2\xA0");
}

// A Markdown table rule ("---|:---:|---").
bool IsRuleRow(const std::vector<std::string>& cells) {
  return !cells.empty() && std::all_of(cells.begin(), cells.end(), [](const std::string& c) {
    return std::all_of(c.begin(), c.end(), [](char ch) { return ch == '-' || ch == ':' || ch == ' '; });
  });
}

enum class Role { kNone, kName, kCountry, kPercent };

Role HeaderRole(std::string_view cell) {
  std::string lower = Lower(cell);
  for (std::string_view k : {"%", "percent", "ownership", "owned", "interest", "proportion", "voting", "held"}) {
    if (Contains(lower, k)) return Role::kPercent;
  }
  for (std::string_view k : {"country", "jurisdiction", "incorporat", "organiz", "organis", "domicile",
                             "state", "place", "location"}) {
    if (Contains(lower, k)) return Role::kCountry;
  }
  for (std::string_view k : {"subsidiar", "company", "companies", "entity", "entities", "name"}) {
    if (Contains(lower, k)) return Role::kName;
  }
  return Role::kNone;
}

// Column roles of a header row, or nullopt when the cells are not a subsidiary header.
// `strict` (no heading above) also requires a name column and no digits at all.
std::optional<std::vector<Role>> ParseHeaderRow(const std::vector<std::string>& cells, bool strict) {
  if (cells.size() < 2 || cells.size() > 8) return std::nullopt;
  std::vector<Role> roles;
  bool name = false, country = false, percent = false;
  for (const std::string& c : cells) {
    if (c.size() > 80 || ParsePercent(c, true)) return std::nullopt;
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
  while (!t.empty() && (t.front() == '#' || t.front() == '*' || t.front() == '_' || t.front() == ' ')) t.remove_prefix(1);
  while (!t.empty() && (t.back() == '*' || t.back() == '_' || t.back() == ':' || t.back() == ' ')) t.remove_suffix(1);
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
  while (!t.empty() && (t.front() == '#' || t.front() == '*' || t.front() == '_' || t.front() == ' ')) t.remove_prefix(1);
  while (!t.empty() && (t.back() == '*' || t.back() == '_' || t.back() == ' ')) t.remove_suffix(1);
  return std::string(t);
}

struct Row {
  std::string name;
  std::string country;
  std::optional<double> percent;
  double confidence = 0.7;
};

// Reads one table row; nullopt when the line is not a subsidiary row.
std::optional<Row> ParseRow(const std::vector<std::string>& cells, const std::vector<Role>* roles) {
  if (cells.size() < 2 || cells.size() > 8) return std::nullopt;
  bool aligned = roles != nullptr && roles->size() == cells.size();
  size_t name_col = 0;
  if (aligned) {
    auto it = std::find(roles->begin(), roles->end(), Role::kName);
    if (it != roles->end()) name_col = static_cast<size_t>(it - roles->begin());
  }
  if (!LooksLikeOrganization(cells[name_col])) return std::nullopt;
  Row row;
  row.name = std::string(StripFootnote(cells[name_col]));
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

void AddRowEdge(const DocumentText& text, const Line& line, const std::vector<std::string>& cells,
                const Row& row, const std::string& section,
                EntityId filer, const std::string& document_name, Graph& graph) {
  StatusOr<EntityId> found = graph.FindEntity(row.name);
  EntityId sub;
  if (found.ok()) {
    sub = *found;
    if (sub == filer) return;
    Entity* e = graph.mutable_entity(sub);
    if (e != nullptr && e->country.empty()) e->country = row.country;
  } else {
    sub = graph.AddEntity({.name = row.name, .kind = EntityKind::kCompany, .country = row.country});
  }
  std::string_view trimmed = Trim(line.text);
  size_t begin = line.begin + static_cast<size_t>(trimmed.data() - line.text.data());
  size_t end = begin + trimmed.size();
  Edge edge{.src = filer, .dst = sub, .rel = Relation::kOwns};
  edge.attrs.percent = row.percent;
  edge.evidence.push_back({.document = document_name,
                           .begin = text.SourceOffset(begin),
                           .end = end > begin ? text.SourceOffset(end - 1) + 1 : text.SourceOffset(begin),
                           .sentence = JoinCells(cells),
                           .section = section,
                           .rule = kRule,
                           .confidence = std::min(row.confidence, 0.95)});
  graph.AddEdge(std::move(edge));
}

}  // namespace

void AddSubsidiaryTableEdges(const DocumentText& text, EntityId filer,
                             const std::string& document_name, Graph& graph) {
  if (filer == kNoEntity || graph.entity(filer) == nullptr) return;
  std::string section;          // heading of the current table
  int lines_since_heading = -1;  // -1: no heading is active
  std::optional<std::vector<Role>> roles;
  bool in_rows = false;
  int labels = 0;
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
      in_rows = false;
      labels = 0;
      continue;
    }
    bool under_heading = lines_since_heading >= 0;
    // Outside a table only a header row matters: short, with column separators.
    if (!under_heading && (trimmed.size() > kMaxHeaderBytes || !HasCellSeparator(trimmed))) continue;
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
      AddRowEdge(text, line, cells, *row, section, filer, document_name, graph);
      in_rows = true;
      labels = 0;
      continue;
    }
    if (in_rows) {
      if (cells.size() == 1 && IsLabelLine(trimmed) && ++labels <= kMaxLabelLines) continue;
      lines_since_heading = -1;  // the table has ended
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

}  // namespace corpgraph
