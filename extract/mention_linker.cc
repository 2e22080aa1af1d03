#include "extract/mention_linker.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <unordered_set>

#include "extract/name_finder.h"
#include "extract/rules.h"
#include "extract/subsidiary_table_cells.h"
#include "graph/normalize.h"

namespace corpgraph {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsFirstPersonWord(std::string_view w) {
  return w == "we" || w == "We" || w == "our" || w == "Our" || w == "us" || w == "ours" ||
         w == "ourselves" || w == "Ours";
}

// A trademark sign marks a product or brand ("Halog®", "Windows™"), not an organization.
bool HasTrademarkSign(std::string_view w) {
  return w.find("\xC2\xAE") != std::string_view::npos || w.find("\xE2\x84\xA2") != std::string_view::npos ||
         w.find("\xE2\x84\xA0") != std::string_view::npos;
}

// "CPUs", "MVNOs", "OEMs": kinds of things, not firms.
bool IsPluralAcronym(std::string_view w) {
  if (w.size() < 3 || w.back() != 's') return false;
  return std::all_of(w.begin(), w.end() - 1, [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; });
}

// Business acronyms that name kinds of things, offices or places, never one firm.
bool IsGenericAcronym(std::string_view w) {
  static const auto* generic = new std::unordered_set<std::string_view>{
      "OEM", "ODM", "ISP", "SIM", "LTE", "IT", "AI", "IoT", "API", "SaaS", "CEO", "CFO", "COO", "CTO",
      "CIO", "CMO", "CAO", "VP", "EVP", "SVP", "GAAP", "IFRS", "ADS", "ADR", "IPO", "EPS", "ESG", "FY",
      "US", "USA", "UK", "EU", "WAN", "LAN", "VPN", "CPU", "GPU", "PC", "TV", "HR", "PR", "IP", "OS", "ATM", "POS"};
  return generic->count(w) > 0;
}

// Acronym-like word that may name an organization: "FDIC", "BaFin", "GS&Co." (not "U.S.").
bool IsBareName(std::string_view w) {
  if (w.size() < 2 || (w.find('.') != std::string_view::npos && w.back() != '.')) return false;
  if (HasTrademarkSign(w)) return false;
  if (IsDottedInitials(w)) return false;  // "U.S.", "U.K.", "E.U.": places, not organizations
  int upper = 0, lower = 0, digit = 0;
  for (char c : w) {
    upper += std::isupper(static_cast<unsigned char>(c)) ? 1 : 0;
    lower += std::islower(static_cast<unsigned char>(c)) ? 1 : 0;
    digit += std::isdigit(static_cast<unsigned char>(c)) ? 1 : 0;
  }
  if (!std::isupper(static_cast<unsigned char>(w[0])) || digit > 0) return false;
  // Plural acronyms ("MVNOs", "OEMs") and common business acronyms name kinds, not firms.
  if (w.size() >= 3 && w.back() == 's' && lower == 1) return false;
  if (IsGenericAcronym(w)) return false;
  if (lower == 0) return upper >= 2;
  return upper >= 2 && lower <= 4 && w.size() <= 8;  // "BaFin"
}

constexpr std::string_view kPlaces[] = {
    "Japan", "China", "Europe", "Asia", "America", "Americas", "Canada", "Germany", "France",
    "India", "Korea", "Taiwan", "Singapore", "Israel", "Thailand", "Vietnam", "Brazil", "Mexico",
    "Australia", "Africa", "Ireland", "Netherlands", "Switzerland", "Italy", "Spain", "Russia",
    "Malaysia", "Philippines", "Indonesia", "EMEA", "APAC", "LATAM", "Latin", "North", "South",
    "East", "West", "Pacific", "Middle", "United", "Kingdom", "States", "Hong", "Kong", "Tokyo",
    "London", "New", "York", "California", "Texas", "Delaware", "Sweden", "Norway", "Denmark",
    "Finland", "Poland", "Belgium", "Austria", "Turkey", "Egypt", "Chile", "Peru", "Argentina"};

bool IsPlaceWord(std::string_view w) {
  static const auto* places = new std::unordered_set<std::string_view>(std::begin(kPlaces), std::end(kPlaces));
  return places->count(w) > 0;
}

// Coordinated lists mixing named mentions with bare capitalized names ("X Corp., Globex and
// Initech"), or of three or more bare names: the bare items name organizations too. They are
// added as bare mentions, which only become entities when a rule relates them.
void AddBareListItems(std::string_view s, const std::vector<Token>& tokens, EntityTable& table,
                      std::vector<Mention>* mentions) {
  struct Item {
    std::uint32_t begin, end;
    bool bare;
  };
  // Which tokens start inside a mention, computed once (tokens are in text order).
  std::vector<bool> token_covered(tokens.size(), false);
  for (const Mention& m : *mentions) {
    auto first = std::lower_bound(tokens.begin(), tokens.end(), m.begin,
                                  [](const Token& t, std::uint32_t pos) { return t.begin < pos; });
    for (auto t = first; t != tokens.end() && t->begin < m.end; ++t) token_covered[t - tokens.begin()] = true;
  }
  auto covered_token = [&](size_t k) { return token_covered[k]; };
  auto word = [&](size_t i) { return s.substr(tokens[i].begin, tokens[i].end - tokens[i].begin); };
  std::vector<Mention> added;
  size_t i = 0;
  const size_t n = tokens.size();
  while (i < n) {
    std::vector<Item> items;
    size_t j = i;
    while (j < n) {
      // One item: a mention, or one to three capitalized words.
      if (covered_token(j)) {
        std::uint32_t b = tokens[j].begin;
        while (j < n && covered_token(j)) ++j;
        items.push_back({b, tokens[j - 1].end, false});
      } else {
        size_t k = j;
        while (k < n && k < j + 3 && tokens[k].word && IsCapitalized(word(k)) && !IsCommonCapitalizedWord(word(k)) &&
               !IsPlaceWord(word(k)) && !IsRoleWord(word(k)) && !covered_token(k) && !HasTrademarkSign(word(k)) &&
               !IsPluralAcronym(word(k)) && !IsGenericAcronym(word(k))) {
          ++k;
        }
        if (k == j) break;
        items.push_back({tokens[j].begin, tokens[k - 1].end, true});
        j = k;
      }
      // A separator: ",", "and", ", and", "or".
      size_t sep = j;
      if (sep < n && !tokens[sep].word && s[tokens[sep].begin] == ',') ++sep;
      if (sep < n && tokens[sep].word && (word(sep) == "and" || word(sep) == "or")) ++sep;
      if (sep == j) break;
      j = sep;
    }
    int bare = 0, named = 0;
    for (const Item& it : items) (it.bare ? bare : named) += 1;
    if (bare > 0 && items.size() >= 2 && (named > 0 || bare >= 3)) {
      for (const Item& it : items) {
        if (!it.bare) continue;
        int id = table.AddName(s.substr(it.begin, it.end - it.begin), NameKind::kUnknown, /*bare=*/true);
        if (table.record(id).common_term) continue;
        if (table.record(id).bare || table.record(id).kind == NameKind::kUnknown) added.push_back({it.begin, it.end, id, 'A'});
      }
    }
    i = std::max(j, i + 1);
  }
  if (added.empty()) return;
  mentions->insert(mentions->end(), added.begin(), added.end());
  std::sort(mentions->begin(), mentions->end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
}

// Words that end an enumeration's item rather than belong to a name ("A, B and others").
bool EndsEnumeration(std::string_view w) {
  static const auto* words = new std::unordered_set<std::string_view>{
      "others", "other", "among", "etc", "etc.", "many", "various", "several", "numerous", "more",
      "in", "to", "for", "that", "which", "who", "with", "as", "at", "by", "on", "from", "is",
      "are", "was", "were", "have", "has", "had", "be", "we", "our", "their", "its", "this",
      "these", "those", "such", "also", "not", "all", "each", "both", "some", "any", "a", "an"};
  return words->count(w) > 0;
}

// How many times `word` stands in `document` as a whole word, spelled exactly so; stops
// counting at `cap`.
int WordUses(std::string_view document, std::string_view word, int cap) {
  int uses = 0;
  for (size_t at = document.find(word); at != std::string_view::npos && uses < cap;
       at = document.find(word, at + 1)) {
    auto letter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    bool starts = at == 0 || !letter(document[at - 1]);
    bool ends = at + word.size() >= document.size() || !letter(document[at + word.size()]);
    uses += starts && ends ? 1 : 0;
  }
  return uses;
}

// Token index just past an enumeration cue ending at token i ("including", "include(s)",
// "such as", "namely", "e.g.", a colon), else i. With `career` (a sentence about a person),
// also "at" and "the law firm of", which name the employers of a biography: "positions at A,
// B and C".
// With `career`, an office and "of"/"for"/"with" name one employer too ("Manager for Enron
// Wind from 1998", "Chief Operating Officer of Terabeam-HXI, a wireless company"); then
// `*office` is set, and the caller takes one item that a date or an appositive closes.
size_t AfterEnumerationCue(std::string_view s, const std::vector<Token>& tokens, size_t i, bool career,
                           bool* employer, bool* office) {
  auto word = [&](size_t k) { return s.substr(tokens[k].begin, tokens[k].end - tokens[k].begin); };
  *employer = *office = false;
  if (!tokens[i].word) return s[tokens[i].begin] == ':' ? i + 1 : i;
  std::string_view w = word(i);
  if (career && (w == "of" || w == "for" || w == "with") && i > 0 && tokens[i - 1].word &&
      (IsRoleWord(word(i - 1)) || IsGenericAcronym(word(i - 1)))) {
    *employer = *office = true;
    return i + 1;
  }
  if (career && (w == "at" || (w == "of" && i >= 2 && word(i - 1) == "firm" && word(i - 2) == "law"))) {
    *employer = true;
    return i + 1;
  }
  if (w == "including" || w == "include" || w == "includes" || w == "namely" || w == "e.g." ||
      w == "notably") {
    size_t k = i + 1;
    if (k < tokens.size() && !tokens[k].word && s[tokens[k].begin] == ':') ++k;
    return k;
  }
  if (w == "such" && i + 1 < tokens.size() && tokens[i + 1].word && word(i + 1) == "as") return i + 2;
  return i;
}

// Members of an enumeration a cue introduces ("competitors include adidas, Anta, New Balance,
// On, Puma, Under Armour and V.F. Corporation, among others"): when most items of the list
// are capitalized names or mentions, every item between separators names one, whether or not
// the name finder took it for one (a place or common word opens it, it is written in lower
// case). A lower-case item counts only when its words are rare in the document (a brand, not
// "regional retailers"). An item made of a first-person or unknown mention and more
// capitalized words ("Walmart International", "Sam's Club U.S.") becomes one name. Items
// become bare mentions, entities only when a rule relates them.
void AddEnumeratedNames(std::string_view s, const std::vector<Token>& tokens, std::string_view document,
                        EntityTable& table, std::vector<Mention>* mentions) {
  const size_t n = tokens.size();
  auto word = [&](size_t k) { return s.substr(tokens[k].begin, tokens[k].end - tokens[k].begin); };
  auto punct = [&](size_t k, char c) { return k < n && !tokens[k].word && s[tokens[k].begin] == c; };
  // The mention each token starts inside, -1 for none (mentions are sorted and disjoint).
  std::vector<int> mention_of_token(n, -1);
  for (size_t m = 0, k = 0; m < mentions->size(); ++m) {
    const Mention& at = (*mentions)[m];
    while (k < n && tokens[k].begin < at.begin) ++k;
    for (size_t t = k; t < n && tokens[t].begin < at.end; ++t) mention_of_token[t] = static_cast<int>(m);
  }
  auto mention_at = [&](size_t k) { return mention_of_token[k]; };
  struct Item {
    size_t first, last;  // tokens [first, last)
    bool capitalized = false, lower = false, office = false;
    std::vector<int> inside;  // mentions the item covers
  };
  std::vector<Mention> added;
  std::vector<int> replaced;
  // A sentence about a person: one names them, or refers to them as "he"/"she" (biographies).
  const bool career = std::any_of(mentions->begin(), mentions->end(), [](const Mention& m) { return m.letter == 'P'; }) ||
                      std::any_of(tokens.begin(), tokens.end(), [&](const Token& t) {
                        std::string_view w = s.substr(t.begin, t.end - t.begin);
                        return t.word && (w == "he" || w == "she" || w == "He" || w == "She");
                      });
  for (size_t i = 0; i < n; ++i) {
    bool employer = false, office = false;
    size_t j = AfterEnumerationCue(s, tokens, i, career, &employer, &office);
    if (j == i) continue;
    std::vector<Item> items;
    while (j < n) {
      if (tokens[j].word && (word(j) == "the" || word(j) == "The")) ++j;
      Item it{j, j};
      size_t k = j;
      while (k < n && k < j + 7) {
        int m = mention_at(k);
        if (m >= 0) {
          if (std::find(it.inside.begin(), it.inside.end(), m) == it.inside.end()) it.inside.push_back(m);
          while (k < n && tokens[k].begin < (*mentions)[m].end) ++k;
          it.capitalized = true;
          continue;
        }
        if (!tokens[k].word) {
          // "&", "-" and a possessive inside a name ("Hill & Knowlton", "Sam's Club").
          bool possessive = IsPossessive(word(k));
          bool inner = (punct(k, '&') || punct(k, '-') || possessive) && k > j && k + 1 < n &&
                       tokens[k + 1].word && IsCapitalized(word(k + 1));
          // A store or brand written as a possessive ends its item: "Gap Inc., Mervyn's and ...".
          bool ends_item = possessive && k == j + 1 && k + 1 < n &&
                           (punct(k + 1, ',') || word(k + 1) == "and" || word(k + 1) == "or");
          if (ends_item) {
            ++k;
            break;
          }
          if (!inner) break;
          ++k;
          continue;
        }
        std::string_view w = word(k);
        if (w == "and" || w == "or") break;
        if (IsRoleWord(w) || IsGenericAcronym(w) || IsPluralAcronym(w)) {  // "VP of Engineering", "OEMs"
          it.office = true;
          ++k;
          continue;
        }
        if (IsCapitalized(w) && !HasTrademarkSign(w)) {
          if (it.lower) break;
          it.capitalized |= k == j;
          ++k;
          continue;
        }
        if ((w == "of" || w == "de") && k > j && k + 1 < n && tokens[k + 1].word && IsCapitalized(word(k + 1))) {
          ++k;
          continue;
        }
        // Lower-case brand ("adidas", "lululemon athletica"): at most two words, no function word.
        if (k == j || (it.lower && k == j + 1)) {
          if (EndsEnumeration(w) || !std::all_of(w.begin(), w.end(), [](char c) {
                return std::islower(static_cast<unsigned char>(c)) || c == '-' || static_cast<unsigned char>(c) >= 0x80;
              })) {
            break;
          }
          it.lower = true;
          ++k;
          continue;
        }
        break;
      }
      it.last = k;
      if (it.last == it.first) break;
      items.push_back(it);
      // The item must end at a separator or the end of the list.
      size_t sep = k;
      if (punct(sep, ',')) ++sep;
      if (sep < n && tokens[sep].word && (word(sep) == "and" || word(sep) == "or")) ++sep;
      if (sep == k || sep >= n) break;
      if (tokens[sep].word && EndsEnumeration(word(sep))) break;  // ", among others"
      j = sep;
    }
    int names = 0;
    bool laws = false;  // a list of laws and markets, whose items are no organizations
    for (const Item& it : items) {
      names += it.capitalized && !it.lower && !it.office ? 1 : 0;
      for (int m : it.inside) laws |= (*mentions)[m].letter == 'L' || (*mentions)[m].letter == 'M';
    }
    if (laws) continue;
    if (office) {
      // One employer, closed by a date, a parenthesis, a clause end or an appositive.
      if (items.size() != 1) continue;
      const Item& only = items[0];
      bool weak_inside = std::all_of(only.inside.begin(), only.inside.end(), [&](int m) {
        return (*mentions)[m].letter == 'A' || (*mentions)[m].letter == 'U';
      });
      // A department ("Vice President of Operations") is one plain word; an employer is more
      // words ("Enron Wind") or one word shaped like a name ("Terabeam-HXI", "IBM").
      std::string_view first = word(only.first);
      bool shaped = std::any_of(first.begin() + 1, first.end(), [](char ch) {
        return std::isupper(static_cast<unsigned char>(ch)) || ch == '-' || std::isdigit(static_cast<unsigned char>(ch));
      });
      if (!weak_inside || (only.last - only.first == 1 && !shaped)) continue;
      // "General Manager of Global Footwear": words the document also writes in lower case
      // describe a unit; an employer's name has a word of its own ("Enron Wind").
      bool described = true;
      for (size_t k = only.first; k < only.last && described; ++k) {
        std::string_view w = word(k);
        if (!tokens[k].word || w == "of" || w == "and" || w == "the" || w == "for" || w == "de") continue;
        std::string lower = Lower(w);
        described = lower != w && WordUses(document, lower, 1) > 0;
      }
      if (described) continue;
      size_t after = only.last;
      auto closes = [&](size_t k) {
        if (k >= n) return true;
        if (!tokens[k].word) return punct(k, ';') || punct(k, '.') || punct(k, '(') ||
                                    (punct(k, ',') && k + 1 < n && tokens[k + 1].word &&
                                     (word(k + 1) == "a" || word(k + 1) == "an"));
        std::string_view w = word(k);
        return w == "from" || w == "since" || w == "until" || w == "between";
      };
      if (!closes(after)) continue;
    }
    if (employer) {
      // Employers: every item a capitalized name that opens with no common word or month.
      bool all_names = !items.empty();
      for (const Item& it : items) {
        all_names &= it.capitalized && !it.lower && !it.office &&
                     (!it.inside.empty() || !IsCommonCapitalizedWord(word(it.first)));
      }
      if (!all_names) continue;
    } else if (items.size() < 3 || names * 5 < static_cast<int>(items.size()) * 3) {
      continue;
    }
    for (const Item& it : items) {
      std::string_view text = s.substr(tokens[it.first].begin, tokens[it.last - 1].end - tokens[it.first].begin);
      if (it.office) continue;
      if (it.lower) {
        bool rare = true;
        for (size_t k = it.first; k < it.last && rare; ++k) rare = WordUses(document, word(k), 4) <= 3;
        if (!rare || !it.inside.empty()) continue;
      } else if (!it.inside.empty()) {
        // Only a partial mention grows: one that names a kind of company, a group or a person stays.
        bool whole = it.inside.size() == 1 && (*mentions)[it.inside[0]].begin <= tokens[it.first].begin &&
                     (*mentions)[it.inside[0]].end >= tokens[it.last - 1].end;
        bool weak = std::all_of(it.inside.begin(), it.inside.end(), [&](int m) {
          char l = (*mentions)[m].letter;
          return l == 'F' || l == 'U' || l == 'A';
        });
        if (whole || !weak) continue;
      } else if ((it.last - it.first == 1 && IsPlaceWord(text)) || subsidiary_cells::IsKnownJurisdiction(text)) {
        continue;  // "South Korea", "the United Kingdom": places
      }
      int id = table.Find(text);
      if (id >= 0 && table.record(id).common_term) continue;
      if (id < 0) {
        id = table.AddName(text, NameKind::kUnknown, /*bare=*/true);
      } else if (const EntityRecord& r = table.record(id);
                 Lower(r.name) != Lower(text) &&
                 std::none_of(r.aliases.begin(), r.aliases.end(), [&](const std::string& a) { return Lower(a) == Lower(text); })) {
        // Found by a looser spelling ("Walmart International" for "Walmart"): a name of its own.
        id = table.AddDistinctName(text, NameKind::kUnknown);
        table.mutable_record(id).bare = true;
      }
      replaced.insert(replaced.end(), it.inside.begin(), it.inside.end());
      // A biography's employer is an organization of unknown kind, wherever it is named again.
      if (employer) table.mutable_record(id).bare = false;
      added.push_back({tokens[it.first].begin, tokens[it.last - 1].end, id, employer ? 'U' : 'A'});
    }
    i = j;
  }
  if (added.empty()) return;
  std::sort(replaced.begin(), replaced.end());
  for (size_t r = replaced.size(); r-- > 0;) {
    if (r + 1 < replaced.size() && replaced[r] == replaced[r + 1]) continue;
    mentions->erase(mentions->begin() + replaced[r]);
  }
  mentions->insert(mentions->end(), added.begin(), added.end());
  std::sort(mentions->begin(), mentions->end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
}

}  // namespace

char KindLetter(NameKind kind) {
  switch (kind) {
    case NameKind::kCompany: return 'C';
    case NameKind::kGroup: return 'R';
    case NameKind::kGovernment: return 'G';
    case NameKind::kPerson: return 'P';
    case NameKind::kLaw: return 'L';
    case NameKind::kMarket: return 'M';
    case NameKind::kUnknown: return 'U';
  }
  return 'U';
}

std::vector<Mention> LinkMentions(std::string_view s, const std::vector<Token>& tokens,
                                  const std::vector<std::pair<NameCandidate, int>>& candidates,
                                  EntityTable& table, const FilerContext& filer, std::string_view document) {
  std::vector<Mention> out;
  auto letter_of = [&](int id) {
    if (id == filer.entity && id >= 0) return 'F';  // the filer by name is "we" too
    const EntityRecord& r = table.record(id);
    if (r.bare && r.kind == NameKind::kUnknown) return 'A';
    return KindLetter(r.kind);
  };
  for (const auto& [c, id] : candidates) {
    int e = table.Resolve(id);
    if (table.record(e).common_term) continue;
    // "the Board of Directors", "our Audit Committee": the filer's own bodies speak for it.
    if (filer.entity >= 0 && (NamesOwnGoverningBody(c.name) || NamesOwnGoverningBody(table.record(e).name))) {
      out.push_back({c.begin, c.full_end, filer.entity, 'F'});
      continue;
    }
    out.push_back({c.begin, c.full_end, e, letter_of(e)});
  }
  std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  std::vector<Mention> found;
  size_t next_candidate = 0;
  const size_t n = tokens.size();
  size_t i = 0;
  while (i < n) {
    const Token& t = tokens[i];
    while (next_candidate < out.size() && out[next_candidate].end <= t.begin) ++next_candidate;
    if (next_candidate < out.size() && out[next_candidate].begin <= t.begin) {
      ++i;
      continue;  // inside a candidate
    }
    if (!t.word) {
      ++i;
      continue;
    }
    std::string_view w = s.substr(t.begin, t.end - t.begin);
    // First-person references.
    if (filer.entity >= 0) {
      if (IsFirstPersonWord(w)) {
        found.push_back({t.begin, t.end, filer.entity, 'F'});
        ++i;
        continue;
      }
      if ((w == "the" || w == "The") && i + 1 < n) {
        std::string_view next = s.substr(tokens[i + 1].begin, tokens[i + 1].end - tokens[i + 1].begin);
        if (next == "Company" || next == "Group") {
          bool continues = i + 2 < n && tokens[i + 2].word &&
                           std::isupper(static_cast<unsigned char>(s[tokens[i + 2].begin]));
          if (!continues) {
            found.push_back({t.begin, tokens[i + 1].end, filer.entity, 'F'});
            i += 2;
            continue;
          }
        }
      }
      bool matched_phrase = false;
      for (const std::string& p : filer.self_phrases) {
        if (p.empty() || s.size() - t.begin < p.size() || Lower(s.substr(t.begin, p.size())) != p) continue;
        // The phrase must end where a token ends ("company" is not inside "company-wide"),
        // which also guarantees the scan moves past at least one token.
        size_t j = i;
        while (j < n && tokens[j].end <= t.begin + p.size()) ++j;
        if (j == i || tokens[j - 1].end != t.begin + p.size()) continue;
        found.push_back({t.begin, static_cast<std::uint32_t>(t.begin + p.size()), filer.entity, 'F'});
        i = j;
        matched_phrase = true;
        break;
      }
      if (matched_phrase) continue;
    }
    if (!IsCapitalized(w)) {
      ++i;
      continue;
    }
    // Longest known name starting here (at most 8 tokens, not crossing a candidate).
    int best = -1;
    size_t best_end = i;
    std::string first;  // lower-cased leading letters and digits, as keys begin
    for (char ch : w) {
      if (!std::isalnum(static_cast<unsigned char>(ch))) break;
      first.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(ch))));
    }
    if (!first.empty() && table.MayStartName(first)) {
      // Names run over capitalized words, connectors and a little punctuation only.
      size_t limit = i + 1;
      while (limit < n && limit < i + 8) {
        const Token& tk = tokens[limit];
        std::string_view tw = s.substr(tk.begin, tk.end - tk.begin);
        bool fits = tk.word ? (IsCapitalized(tw) || IsCorporateSuffix(tw) || tw == "of" || tw == "and" || tw == "the" ||
                               tw == "de" || tw == "et" || tw == "for")
                            : (tw == "," || tw == "&" || tw == "(" || tw == ")" || tw == "-" || tw == "." ||
                               IsPossessive(tw));
        if (!fits) break;
        ++limit;
      }
      // A known name may swallow weak candidates it wholly contains ("Sam's Club U.S." over
      // the "U.S." the name finder saw), never a company, person or part of one.
      size_t weak_end = next_candidate;
      while (weak_end < out.size() && (out[weak_end].letter == 'U' || out[weak_end].letter == 'A' ||
                                       out[weak_end].letter == 'F')) {
        ++weak_end;
      }
      size_t stop = weak_end < out.size() ? out[weak_end].begin : s.size();
      while (limit > i && tokens[limit - 1].end > stop) --limit;
      for (size_t j = limit; j > i; --j) {
        const Token& last = tokens[j - 1];
        if (!last.word) continue;
        int id = table.Find(s.substr(t.begin, last.end - t.begin));
        if (id < 0 || table.record(id).common_term) continue;
        // "Adobe's Digital Media": a company's possessive governs a unit, never a person.
        if (table.record(id).kind == NameKind::kPerson && i > 0 && !tokens[i - 1].word &&
            IsPossessive(s.substr(tokens[i - 1].begin, tokens[i - 1].end - tokens[i - 1].begin))) {
          continue;
        }
        // Weak candidates the name would cut in two keep it from matching there.
        bool clean = true;
        for (size_t c = next_candidate; c < weak_end && clean; ++c) {
          clean = out[c].begin >= last.end || out[c].end <= last.end;
        }
        if (!clean) continue;
        best = id;
        best_end = j;
        break;
      }
      if (best >= 0) {
        std::uint32_t end = tokens[best_end - 1].end;
        auto swallowed = [&](const Mention& m) { return m.begin >= t.begin && m.end <= end; };
        out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(next_candidate), out.end(), swallowed), out.end());
      }
    }
    if (best >= 0) {
      bool own_body = filer.entity >= 0 && NamesOwnGoverningBody(table.record(best).name);
      found.push_back({t.begin, tokens[best_end - 1].end, own_body ? filer.entity : best, own_body ? 'F' : letter_of(best)});
      i = best_end;
      continue;
    }
    bool place_possessive = i + 2 < n && !tokens[i + 1].word && s[tokens[i + 1].begin] == '\'' &&
                            tokens[i + 2].word && IsCapitalized(s.substr(tokens[i + 2].begin, tokens[i + 2].end - tokens[i + 2].begin));
    // "a Letter of Intent (LOI)": the abbreviation of a document's title.
    bool titles_a_document = i >= 2 && !tokens[i - 1].word && s[tokens[i - 1].begin] == '(' && tokens[i - 2].word &&
                             IsDocumentTitleWord(s.substr(tokens[i - 2].begin, tokens[i - 2].end - tokens[i - 2].begin));
    if (IsBareName(w) && !IsCommonCapitalizedWord(w) && !place_possessive && !titles_a_document) {
      int id = table.AddName(w, NameKind::kUnknown, /*bare=*/true);
      if (!table.record(id).common_term) found.push_back({t.begin, t.end, id, letter_of(id)});
    }
    ++i;
  }
  out.insert(out.end(), found.begin(), found.end());
  std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  // "U.S. Operations", "U.K. Retail": a place's initials before a capitalized word qualify
  // that word; they name no organization there.
  std::erase_if(out, [&](const Mention& m) {
    std::string_view w = s.substr(m.begin, m.end - m.begin);
    bool initials = IsDottedInitials(w) && w.size() <= 6 && w.back() == '.' && (m.letter == 'U' || m.letter == 'G');
    if (!initials) return false;
    auto next = std::lower_bound(tokens.begin(), tokens.end(), m.end, [](const Token& t, std::uint32_t pos) { return t.begin < pos; });
    if (next == tokens.end() || !next->word) return false;
    std::string_view nw = s.substr(next->begin, next->end - next->begin);
    return IsCapitalized(nw) && !IsCorporateSuffix(nw);
  });
  AddBareListItems(s, tokens, table, &out);
  AddEnumeratedNames(s, tokens, document.empty() ? s : document, table, &out);
  // Absorb a leading "the " into named mentions so lists read "X, Y and Z".
  for (Mention& m : out) {
    if (m.begin < 4 || (m.letter == 'F' && m.end - m.begin <= 3)) continue;
    std::string_view before = s.substr(m.begin - 4, 4);
    if ((before == "the " || before == "The ") && (m.begin == 4 || s[m.begin - 5] == ' ' || s[m.begin - 5] == '(' || s[m.begin - 5] == '"')) {
      m.begin -= 4;
    }
  }
  return out;
}

std::string PlaceholderText(std::string_view s, const std::vector<Mention>& mentions, int first_index) {
  std::string out;
  out.reserve(s.size() + 8);
  size_t at = 0;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.begin < at) continue;
    out.append(s.substr(at, m.begin - at));
    out.push_back(kPlaceholderOpen);
    out.push_back(m.letter);
    out += std::to_string(first_index + static_cast<int>(i));
    out.push_back(kPlaceholderClose);
    at = m.end;
  }
  out.append(s.substr(at));
  return out;
}

}  // namespace corpgraph
