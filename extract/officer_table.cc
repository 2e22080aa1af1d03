#include "extract/officer_table.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "extract/name_finder.h"
#include "extract/tokenizer.h"

namespace corpgraph {
namespace {

constexpr size_t kMaxCells = 8;
constexpr size_t kMaxNameBytes = 80;
constexpr size_t kMaxRoleBytes = 200;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsNameSuffix(std::string_view w) {
  return w == "Jr." || w == "Sr." || w == "Jr" || w == "Sr" || w == "II" || w == "III" || w == "IV" ||
         w == "JR." || w == "SR.";
}

bool IsHonorific(std::string_view w) {
  return w == "Mr." || w == "Ms." || w == "Mrs." || w == "Dr." || w == "Mr" || w == "Ms" || w == "Dr" ||
         w == "MR." || w == "MS." || w == "DR.";
}

// "Ann K. Lowe (1)" -> "Ann K. Lowe"; "Dr. Ann Lowe" -> "Ann Lowe". Adjusts [b, e).
void StripMarkers(std::string_view unit, std::uint32_t& b, std::uint32_t& e) {
  for (bool cut = true; cut && e > b;) {
    cut = false;
    std::string_view s = unit.substr(b, e - b);
    if (s.back() == '*' || s.back() == ',') {
      --e;
      cut = true;
    } else if (s.size() >= 3 && s.back() == ')') {
      size_t open = s.rfind('(');
      if (open != std::string_view::npos && s.size() - open <= 5) {
        e = b + static_cast<std::uint32_t>(open);
        cut = true;
      }
    }
    while (e > b && unit[e - 1] == ' ') --e;
  }
  std::string_view s = unit.substr(b, e - b);
  size_t sp = s.find(' ');
  if (sp != std::string_view::npos && IsHonorific(s.substr(0, sp))) b += static_cast<std::uint32_t>(sp + 1);
}

// "/s/ ELLIOTT HILL Elliott Hill": the signature and the printed name in one cell; keeps the
// printed half.
void HalveRepeatedName(std::string_view unit, std::uint32_t& b, std::uint32_t e) {
  std::string_view s = unit.substr(b, e - b);
  std::vector<size_t> spaces;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ' ') spaces.push_back(i);
  }
  if (spaces.size() % 2 == 0) return;  // an even number of words has an odd number of spaces
  size_t mid = spaces[spaces.size() / 2];
  std::string_view left = s.substr(0, mid), right = s.substr(mid + 1);
  if (left.size() != right.size()) return;
  for (size_t i = 0; i < left.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(left[i])) != std::tolower(static_cast<unsigned char>(right[i]))) return;
  }
  b += static_cast<std::uint32_t>(mid + 1);
}

std::string Collapse(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::vector<CellSpan> SplitRowCells(std::string_view unit, size_t max_cells) {
  std::vector<CellSpan> cells;
  size_t at = 0;
  while (at <= unit.size() && cells.size() <= max_cells) {
    size_t sep = unit.find(" | ", at);
    size_t end = sep == std::string_view::npos ? unit.size() : sep;
    size_t b = at, e = end;
    while (b < e && (unit[b] == ' ' || unit[b] == '|')) ++b;
    while (e > b && (unit[e - 1] == ' ' || unit[e - 1] == '|')) --e;
    if (e > b) cells.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)});
    if (sep == std::string_view::npos) break;
    at = sep + 3;
  }
  return cells;
}

bool LooksLikePersonName(std::string_view s) {
  if (s.empty() || s.size() > kMaxNameBytes) return false;
  std::vector<Token> tokens = Tokenize(s);
  int words = 0, initials = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    std::string_view w = s.substr(t.begin, t.end - t.begin);
    if (!t.word) {
      if (w == "," && i + 1 < tokens.size() &&
          IsNameSuffix(s.substr(tokens[i + 1].begin, tokens[i + 1].end - tokens[i + 1].begin))) {
        continue;  // "John Smith, Jr."
      }
      return false;
    }
    if (IsNameSuffix(w) && words >= 2) continue;
    if (std::any_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) return false;
    if (!std::isupper(static_cast<unsigned char>(w[0]))) return false;
    if (IsCorporateSuffix(w) || IsRoleWord(w) || IsCommonCapitalizedWord(w) || IsHonorific(w)) return false;
    if (w.size() == 2 && w[1] == '.') {
      ++initials;
    } else if (w.find('.') != std::string_view::npos || w.find('&') != std::string_view::npos ||
               w.find('/') != std::string_view::npos) {
      return false;  // "Amazon.com", "AT&T"
    }
    ++words;
  }
  return words >= 2 && words <= 5 && words - initials >= 2;
}

bool NamesAnOffice(std::string_view s) {
  if (s.empty() || s.size() > kMaxRoleBytes) return false;
  for (const Token& t : Tokenize(s)) {
    std::string_view w = s.substr(t.begin, t.end - t.begin);
    if (!t.word) continue;
    std::string title(w);
    // "DIRECTOR" in a signature block is the word "Director".
    if (IsAllCaps(w)) {
      for (size_t i = 1; i < title.size(); ++i) title[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(title[i])));
    }
    if (IsRoleWord(title) && title != "General" && title != "Senior" && title != "Member" && title != "Board") return true;
    // The offices written as acronyms: "CEO", "COO", "CFO", "EVP".
    static constexpr std::string_view kOfficeAcronyms[] = {"CEO", "COO", "CFO", "CTO", "CIO", "CMO", "CAO",
                                                           "CLO", "CHRO", "EVP", "SVP", "VP"};
    if (std::find(std::begin(kOfficeAcronyms), std::end(kOfficeAcronyms), w) != std::end(kOfficeAcronyms)) return true;
  }
  return false;
}

namespace {

// "Chair and Chief Executive Officer Mr. Narayen currently serves as ...": a cell that runs on
// from the office into the person's biography ends where the biography's first sentence starts
// (an honorific, or a sentence after a period).
void EndOfficeBeforeBiography(std::string_view unit, CellSpan& cell) {
  std::string_view text = unit.substr(cell.begin, cell.end - cell.begin);
  size_t cut = text.size();
  for (std::string_view honorific : {" Mr. ", " Ms. ", " Mrs. ", " Dr. "}) {
    cut = std::min(cut, text.find(honorific));
  }
  for (size_t at = text.find(". "); at != std::string_view::npos && at < cut; at = text.find(". ", at + 1)) {
    size_t word_begin = text.rfind(' ', at);
    word_begin = word_begin == std::string_view::npos ? 0 : word_begin + 1;
    std::string_view word = text.substr(word_begin, at + 1 - word_begin);
    // Not after an initial ("John Q. Public") or a legal form ("Acme, Inc. Executive ...").
    bool abbreviation = word.size() == 2 || IsCorporateSuffix(word);
    if (!abbreviation && at + 2 < text.size() && std::isupper(static_cast<unsigned char>(text[at + 2]))) cut = at;
  }
  while (cut > 0 && text[cut - 1] == ' ') --cut;
  if (cut > 0) cell.end = cell.begin + static_cast<std::uint32_t>(cut);
}

}  // namespace

std::optional<OfficerRow> OfficerTableReader::Read(std::string_view unit, bool table_row) {
  if (!table_row) {
    name_column_ = role_column_ = -1;
    return std::nullopt;
  }
  std::vector<CellSpan> cells = SplitRowCells(unit, kMaxCells);
  if (cells.empty() || cells.size() > kMaxCells) return std::nullopt;
  if (cells.size() < 2 && !unit.substr(cells[0].begin).starts_with("/s/")) return std::nullopt;
  auto text = [&](const CellSpan& c) { return unit.substr(c.begin, c.end - c.begin); };

  // A header row opens (or re-opens) a table.
  int name_col = -1, role_col = -1, experience_col = -1;
  for (size_t i = 0; i < cells.size(); ++i) {
    std::string h = Lower(text(cells[i]));
    // A header cell is a caption ("Principal Occupation or Employment/Other Business
    // Affiliations"), never a sentence.
    if (h.size() > 90 || h.find(". ") != std::string::npos) continue;
    if (name_col < 0 && (h == "name" || h.starts_with("name ") || h.ends_with(" name"))) {
      name_col = static_cast<int>(i);
    } else if (experience_col < 0 && (h.find("experience") != std::string::npos || h.find("occupation") != std::string::npos)) {
      experience_col = static_cast<int>(i);
    } else if (role_col < 0 && (h.find("position") != std::string::npos || h.find("title") != std::string::npos ||
                                h.find("office") != std::string::npos)) {
      role_col = static_cast<int>(i);
    }
  }
  if (name_col >= 0 && (role_col >= 0 || experience_col >= 0)) {
    name_column_ = name_col;
    role_column_ = role_col;
    experience_column_ = experience_col;
    return std::nullopt;
  }

  CellSpan name_cell{}, role_cell{};
  bool role_below = false;  // a signature whose title stands in the rows below it
  // A signature: "/s/ Name | Title | Date", or "Date: | ... | By: | /s/ NAME" with the printed
  // name and the title in the rows below.
  size_t signature = 0;
  while (signature < cells.size() && !text(cells[signature]).starts_with("/s/")) ++signature;
  if (signature < cells.size()) {
    name_cell = cells[signature];
    name_cell.begin += 3;
    while (name_cell.begin < name_cell.end && unit[name_cell.begin] == ' ') ++name_cell.begin;
    role_below = signature + 1 >= cells.size() || !NamesAnOffice(text(cells[signature + 1]));
    if (!role_below) role_cell = cells[signature + 1];
  } else if (name_column_ >= 0 && static_cast<size_t>(name_column_) < cells.size()) {
    name_cell = cells[name_column_];
    // The office column, else the first clause of the experience column ("Executive Vice
    // President, Corporate Affairs, effective June 2013. From ...").
    if (role_column_ >= 0 && static_cast<size_t>(role_column_) < cells.size()) {
      EndOfficeBeforeBiography(unit, cells[role_column_]);
    }
    bool has_role = role_column_ >= 0 && static_cast<size_t>(role_column_) < cells.size() &&
                    NamesAnOffice(text(cells[role_column_]));
    if (has_role) {
      role_cell = cells[role_column_];
    } else if (experience_column_ >= 0 && static_cast<size_t>(experience_column_) < cells.size()) {
      role_cell = cells[experience_column_];
      std::string_view exp = text(role_cell);
      size_t cut = exp.size();
      for (std::string_view stop : {". ", "; ", ", effective ", " effective ", " since "}) {
        cut = std::min(cut, exp.find(stop) == std::string_view::npos ? exp.size() : exp.find(stop));
      }
      role_cell.end = role_cell.begin + static_cast<std::uint32_t>(cut);
    } else {
      return std::nullopt;
    }
  } else {
    return std::nullopt;
  }
  StripMarkers(unit, name_cell.begin, name_cell.end);
  if (name_cell.end <= name_cell.begin) return std::nullopt;
  HalveRepeatedName(unit, name_cell.begin, name_cell.end);
  std::string_view name = unit.substr(name_cell.begin, name_cell.end - name_cell.begin);
  if (!LooksLikePersonName(name)) return std::nullopt;
  if (role_below) return OfficerRow{std::string(name), std::string(), name_cell.begin, name_cell.end};
  std::string_view role = text(role_cell);
  if (!NamesAnOffice(role)) return std::nullopt;
  return OfficerRow{std::string(name), Collapse(role), name_cell.begin, name_cell.end};
}

namespace {

// ASCII letters of `s`, lower-cased: how a printed name is compared with its signature
// ("NICOLÁS A. FEHRING" and "Nicolás A. Fehring" agree).
std::string LetterKey(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::isalpha(static_cast<unsigned char>(c))) out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

// `cell` without the signer's printed name at its start: the signer's words, or a person's
// name before " - ".
std::string_view AfterPrintedName(std::string_view cell, std::string_view signer) {
  size_t words = 1;
  for (char c : signer) words += c == ' ' ? 1 : 0;
  size_t end = 0;
  for (size_t w = 0; w < words && end != std::string_view::npos; ++w) end = cell.find(' ', end + (w > 0 ? 1 : 0));
  if (end != std::string_view::npos && LetterKey(cell.substr(0, end)) == LetterKey(signer)) {
    cell.remove_prefix(end);
  } else if (size_t dash = cell.find(" - "); dash != std::string_view::npos && LooksLikePersonName(cell.substr(0, dash))) {
    cell.remove_prefix(dash);
  }
  while (!cell.empty() && (cell.front() == ' ' || cell.front() == '-' || cell.front() == ',')) cell.remove_prefix(1);
  return cell;
}

}  // namespace

std::string OfficeBelow(std::string_view signer, const std::vector<std::string_view>& rows) {
  for (size_t i = 0; i < rows.size() && i < 3; ++i) {
    std::string_view row = rows[i];
    if (row.find("/s/") != std::string_view::npos) return "";
    std::vector<CellSpan> cells = SplitRowCells(row, kMaxCells);
    for (const CellSpan& c : cells) {
      std::string_view cell = row.substr(c.begin, c.end - c.begin);
      // The printed name may open the title's cell ("Brian J. West - Executive Vice President",
      // "Nicolás A. Fehring Vice President"), and a date may close it.
      cell = AfterPrintedName(cell, signer);
      if (size_t date = cell.find(" Date:"); date != std::string_view::npos) cell = cell.substr(0, date);
      if (cell.size() <= 120 && NamesAnOffice(cell) && !LooksLikePersonName(cell)) return Collapse(cell);
    }
  }
  return "";
}

}  // namespace corpgraph
