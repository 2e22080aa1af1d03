#include "extract/subsidiary_table_cells.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <iterator>

namespace corpgraph::subsidiary_cells {
namespace {

// Lowercase jurisdiction names a subsidiary table commonly states (countries, US states,
// Canadian provinces, offshore centres), matched whole after lowercasing.
// clang-format off
constexpr std::string_view kJurisdictions[] = {
    "alabama", "alaska", "alberta", "argentina", "arizona", "arkansas", "australia", "austria",
    "bahamas", "bahrain", "bangladesh", "belgium", "bermuda", "brazil", "british columbia",
    "british virgin islands", "bulgaria", "california", "canada", "cayman islands", "chile",
    "china", "colombia", "colorado", "connecticut", "costa rica", "croatia", "cyprus",
    "czech republic", "delaware", "denmark", "district of columbia", "dubai", "ecuador", "egypt",
    "england", "england and wales", "estonia", "finland", "florida", "france", "georgia", "germany",
    "gibraltar", "greece", "guernsey", "hawaii", "hong kong", "hungary", "iceland", "idaho",
    "illinois", "india", "indiana", "indonesia", "iowa", "ireland", "isle of man", "israel",
    "italy", "japan", "jersey", "kansas", "kentucky", "kenya", "korea", "kuwait", "latvia",
    "lithuania", "louisiana", "luxembourg", "macau", "maine", "malaysia", "malta", "manitoba",
    "maryland", "massachusetts", "mauritius", "mexico", "michigan", "minnesota", "mississippi",
    "missouri", "montana", "morocco", "nebraska", "netherlands", "nevada", "new brunswick",
    "new hampshire", "new jersey", "new mexico", "new york", "new zealand", "nigeria",
    "north carolina", "north dakota", "northern ireland", "norway", "nova scotia", "ohio",
    "oklahoma", "ontario", "oregon", "pakistan", "panama", "pennsylvania", "peru", "philippines",
    "poland", "portugal", "prc", "puerto rico", "qatar", "quebec", "republic of korea",
    "rhode island", "romania", "russia", "saudi arabia", "scotland", "serbia", "singapore",
    "slovakia", "slovenia", "south africa", "south carolina", "south dakota", "south korea",
    "spain", "sri lanka", "sweden", "switzerland", "taiwan", "tennessee", "texas", "thailand",
    "the netherlands", "turkey", "u.k.", "u.s.", "u.s.a.", "uae", "uk", "ukraine",
    "united arab emirates", "united kingdom", "united states", "united states of america",
    "uruguay", "us", "usa", "utah", "vermont", "vietnam", "virginia", "wales", "washington",
    "west virginia", "wisconsin", "wyoming", "people's republic of china",
    "the people's republic of china", "cayman", "bvi", "marshall islands", "liberia", "curacao",
    "barbados", "channel islands", "monaco", "liechtenstein", "jordan", "lebanon", "oman",
    "new south wales", "victoria", "america", "north america", "queensland", "delaware, usa", "saskatchewan", "newfoundland",
};
// clang-format on

bool IsSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

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
  if (needle.empty()) return true;
  if (needle.size() > haystack.size()) return false;
  // The first byte is looked for in both cases with memchr (vectorized), since most texts
  // asked about hold no match at all.
  const char first = needle[0];
  const char other = first >= 'a' && first <= 'z' ? static_cast<char>(first - 'a' + 'A') : first;
  const size_t last_start = haystack.size() - needle.size();
  size_t next_first = haystack.find(first);
  size_t next_other = other == first ? std::string_view::npos : haystack.find(other);
  while (true) {
    size_t i = std::min(next_first, next_other);
    if (i == std::string_view::npos || i > last_start) return false;
    size_t k = 1;
    while (k < needle.size() && (haystack[i + k] | 0x20) == needle[k]) ++k;
    if (k == needle.size()) return true;
    if (i == next_first) next_first = haystack.find(first, i + 1);
    if (i == next_other) next_other = haystack.find(other, i + 1);
  }
}

bool IsKnownJurisdiction(std::string_view cell) {
  std::string lower = Lower(CollapseSpaces(StripFootnote(cell)));
  auto known = [](std::string_view s) {
    return std::find(std::begin(kJurisdictions), std::end(kJurisdictions), s) !=
           std::end(kJurisdictions);
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
  if (!std::isupper(static_cast<unsigned char>(cell[0])) &&
      static_cast<unsigned char>(cell[0]) < 0x80) {
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

NameCell SplitNameCell(std::string_view cell) {
  NameCell out;
  std::string_view name = StripFootnote(cell);
  size_t open = name.rfind(" (");
  if (open != std::string_view::npos && name.back() == ')') {
    std::string_view inner = Trim(name.substr(open + 2, name.size() - open - 3));
    std::string lower = Lower(inner);
    bool taken = false;
    for (std::string_view cue : {"d/b/a ", "dba ", "doing business as ", "also known as ", "a/k/a ", "formerly known as ",
                                 "formerly ", "f/k/a "}) {
      if (lower.rfind(cue, 0) == 0 && inner.size() > cue.size() + 1) {
        out.trade_name = std::string(Trim(inner.substr(cue.size())));
        taken = true;
        break;
      }
    }
    if (!taken) {
      // "(99.9%)", "(51% owned)", "(60% interest)".
      std::string_view figure = inner;
      for (std::string_view tail : {" owned", " interest", " ownership", " held"}) {
        if (lower.size() > tail.size() && lower.ends_with(tail)) {
          figure = Trim(inner.substr(0, inner.size() - tail.size()));
          break;
        }
      }
      if (std::optional<double> p = ParsePercent(figure, false)) {
        out.percent = p;
        taken = true;
      }
    }
    if (taken) name = StripFootnote(name.substr(0, open));
  }
  out.name = std::string(name);
  return out;
}

// Does this cell read like the name of an organization?
bool LooksLikeOrganization(std::string_view cell) {
  cell = StripFootnote(cell);
  if (cell.size() < 2 || cell.size() > 150 || CountWords(cell) > 14) return false;
  unsigned char first = static_cast<unsigned char>(cell[0]);
  if (!(std::isupper(first) || std::isdigit(first) || first >= 0x80)) return false;
  if (std::none_of(cell.begin(), cell.end(),
                   [](char c) { return std::isalpha(static_cast<unsigned char>(c)); })) {
    return false;
  }
  if (cell.back() == ':' || Contains(cell, "%") || (Contains(cell, ". ") && CountWords(cell) > 8))
    return false;
  std::string lower = Lower(cell);
  for (std::string_view bad : {"total", "subtotal", "name of", "less ", "net ", "other "}) {
    if (lower.rfind(bad, 0) == 0) return false;
  }
  return !IsKnownJurisdiction(cell);
}

// Splits a line into non-empty cells: " | " (HTML rows, Markdown pipe tables), tabs, runs
// of two or more spaces, or " — ". A leading bullet is dropped; a lone "%" cell joins the
// cell before it (iXBRL tables put the sign in a cell of its own).
bool HasCorporateSuffix(std::string_view name) {
  static constexpr std::string_view kSuffixes[] = {"inc",         "incorporated", "corp",
                                                   "corporation", "co",           "company",
                                                   "ltd",         "limited",      "llc",
                                                   "lp",          "llp",          "lllp",
                                                   "plc",         "pllc",         "ag",
                                                   "gmbh",        "bv",           "nv",
                                                   "sa",          "sas",          "sl",
                                                   "spa",         "srl",          "sarl",
                                                   "s\xC3\xA0rl", "kk",           "gk",
                                                   "pte",         "pteltd",       "pty",
                                                   "ptyltd",      "bhd",          "sdnbhd",
                                                   "ab",          "as",           "asa",
                                                   "oy",          "oyj",          "se",
                                                   "kg",          "ulc",          "ltda",
                                                   "limitada",    "kft",          "sro",
                                                   "spzoo",       "sadecv",       "sderl",
                                                   "sderldecv",   "tbk",          "kabushikikaisha",
                                                   "cv",          "lc",           "pc",
                                                   "colimited",   "coltd",        "sapi",
                                                   "sapidecv",    "aps",          "doo",
                                                   "ead",         "zrt",          "sca",
                                                   "scs"};
  static constexpr std::string_view kWords[] = {
      "holdings", "holding", "group", "bank", "trust", "partners", "fund", "bancorp", "ventures"};
  std::vector<std::string> words;
  std::string word;
  for (char c : name) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      word.push_back(static_cast<char>(std::tolower(u)));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  if (words.size() < 2) return false;  // a bare "Inc." is not a name
  for (const std::string& w : words) {
    if (std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords)) return true;
  }
  // The last one to five words run together: "B.V." -> "bv", "S. de R.L. de C.V." -> "sderldecv".
  std::string tail;
  for (size_t n = 1; n <= 5 && n < words.size(); ++n) {
    tail.insert(0, words[words.size() - n]);
    if (std::find(std::begin(kSuffixes), std::end(kSuffixes), tail) != std::end(kSuffixes))
      return true;
  }
  return false;
}

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
      raw.push_back(
          line.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
      if (at == std::string_view::npos) break;
      start = at + sep.size();
    }
  };
  if (Contains(line, "|")) {
    split_on("|");
  } else if (Contains(line, "\t")) {
    split_on("\t");
  } else if (Contains(line, "  ") || Contains(line, "\xC2\xA0\xC2\xA0") ||
             Contains(line, " \xC2\xA0")) {
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
  return Contains(line, "|") || Contains(line, "\t") || Contains(line, "  ") ||
         Contains(line, "\xC2\xA0");
}

}  // namespace corpgraph::subsidiary_cells
