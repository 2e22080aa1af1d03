#include "extract/name_finder.h"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "extract/subsidiary_table_cells.h"
#include "extract/word_set.h"

namespace corpgraph {
namespace {

template <size_t N>
bool OneOf(std::string_view word, const std::string_view (&list)[N]) {
  for (std::string_view w : list) {
    if (w == word) return true;
  }
  return false;
}

constexpr std::string_view kConnectors[] = {
    "of", "and", "&", "the", "for", "de", "et", "du", "des", "la", "le", "von", "van", "der",
    "und", "y", "di", "del", "da", "do", "los", "las", "dos", "das"};
constexpr std::string_view kGovernmentWords[] = {
    "Ministry", "Agency", "Authority", "Commission", "Bureau", "Board", "Department",
    "Committee", "Council", "Administration", "Reserve", "Parliament", "Government", "Court",
    "Union", "Bundesbank", "Treasury", "Congress", "Office", "Comptroller", "Supervisor",
    "Regulator", "Secretariat", "Ombudsman", "Division", "Inspectorate", "Navy", "Army",
    // The same words in the languages of European and Latin American filers.
    "Autoridade", "Autoridad", "Autorité", "Autorità", "Comisión", "Comissão", "Commissione",
    "Ministerio", "Ministério", "Ministère", "Bundesanstalt", "Bundesamt", "Superintendencia",
    "Superintendência"};
constexpr std::string_view kLawWords[] = {
    "Act", "Law", "Regulation", "Directive", "Code", "Treaty", "Convention", "Ordinance",
    "Statute"};
constexpr std::string_view kMarketWords[] = {"Exchange", "Market", "Markets"};
// Last words that make a capitalized run a bank's name: "Buckeye Valley Bank", "Fifth Meridian
// Bancorp", "Huntleigh Bancshares" (names of government banks are caught before these).
constexpr std::string_view kBankWords[] = {"Bank", "Bancorp", "Bancorporation", "Bancshares"};
constexpr std::string_view kHonorifics[] = {"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.",
                                                         "Messrs."};
constexpr std::string_view kRoleWords[] = {
    "Chief", "Officer", "President", "Director", "Chairman", "Chairperson", "Executive",
    "Vice", "Secretary", "Treasurer", "Founder", "Counsel", "General", "Manager", "Senior",
    "Head", "Member", "Partner", "Representative", "Auditor", "Controller", "Managing",
    "Deputy", "Principal", "Chair", "Board", "Advisor", "Adviser"};
constexpr std::string_view kTitleWords[] = {
    "Chief", "Officer", "President", "Director", "Chairman", "Chairperson", "Chairwoman", "Vice",
    "Secretary", "Treasurer", "Founder", "Counsel", "Executive", "Operating", "Financial",
    "Technology", "Senior", "Managing", "General", "Independent", "Outside", "Representative",
    "Investment", "Accounting", "Legal", "Risk", "Information", "Marketing", "Commercial",
    "Compliance", "Administrative", "Medical", "Scientific", "Revenue", "Actuary", "Member"};
// Last words of an office held in an organization: "Chief People Officer of", "Managing
// Partner of", "Judge of", "CEO of". Before "of"/"for" they end a role, not start a name.
constexpr std::string_view kOfficeNouns[] = {
    "Officer", "President", "Director", "Chairman", "Chairperson", "Chairwoman", "Secretary",
    "Treasurer", "Controller", "Counsel", "Manager", "Head", "Partner", "Judge", "Advisor",
    "Adviser", "Founder", "Trustee", "Governor", "Dean", "Professor", "Leader", "Lead",
    "Consultant", "Analyst", "Engineer", "Associate", "Operations", "Affairs", "CEO", "CFO",
    "COO", "CTO", "CIO", "EVP", "SVP"};
// Nouns naming a company's relatives, which before "of" introduce the company: "Subsidiaries
// of Zentrix Inc." (a list's heading) names Zentrix Inc.
constexpr std::string_view kRelativeNouns[] = {"Subsidiary", "Subsidiaries", "Affiliate", "Affiliates",
                                               "Shareholders", "Stockholders", "SUBSIDIARY", "SUBSIDIARIES",
                                               "AFFILIATES", "SHAREHOLDERS", "STOCKHOLDERS"};
// Last words of the titles of documents and instruments.
constexpr std::string_view kDocumentTitleWords[] = {
    "Agreement", "Agreements", "Intent", "Understanding", "Contract", "Letter", "Memorandum",
    "Sheet", "Notice", "Circular", "Prospectus", "Indenture", "Warrant", "Warrants", "Debenture",
    "Debentures", "Note", "Certificate", "Charter", "Bylaws", "Guidelines"};
constexpr std::string_view kCommonWords[] = {
    "The", "A", "An", "In", "On", "At", "By", "For", "From", "To", "Of", "Our", "We", "Its",
    "It", "Their", "They", "This", "These", "That", "Those", "As", "If", "When", "While",
    "With", "Under", "Over", "After", "Before", "During", "Since", "Although", "However",
    "Also", "Both", "Each", "All", "Any", "Such", "There", "Further", "Furthermore",
    "Additionally", "Moreover", "Accordingly", "Therefore", "Thus", "Even", "Though", "Other",
    "Some", "Many", "Most", "Certain", "Please", "See", "Because", "Through", "Following",
    "Pursuant", "Including", "Among", "Between", "Item", "Part", "Note", "Notes", "Form",
    "Annual", "Report", "Fiscal", "Year", "No", "Not", "Only", "Recently", "Currently",
    "Finally", "First", "Second", "Third", "January", "February", "March", "April", "May",
    "June", "July", "August", "September", "October", "November", "December", "Based",
    "Although", "Where", "Whether", "Upon", "Without", "Within", "Against", "Despite",
    "Unlike", "Like", "Via", "Per", "Regarding", "Related", "Each", "Every", "Several",
    "One", "Two", "Three", "Overall", "Today", "Then", "Here", "What", "Which", "Who", "How",
    "Why", "Until"};

bool IsConnector(std::string_view w) { return OneOf(w, kConnectors); }
bool IsGovernmentWord(std::string_view w) { return OneOf(w, kGovernmentWords); }

struct Cursor {
  std::string_view text;
  const std::vector<Token>& tokens;
  std::string_view W(size_t i) const {
    return i < tokens.size() ? text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin)
                             : std::string_view();
  }
  bool IsWord(size_t i) const { return i < tokens.size() && tokens[i].word; }
  bool IsPunct(size_t i, char c) const {
    return i < tokens.size() && !tokens[i].word && text[tokens[i].begin] == c;
  }
  bool CapWord(size_t i) const { return IsWord(i) && IsCapitalized(W(i)); }
};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == '.' || s.back() == ';')) {
    // keep the period of an abbreviation such as "Inc." or "GS&Co."
    if (s.back() == '.' && s.size() >= 2 && std::isalpha(static_cast<unsigned char>(s[s.size() - 2])) &&
        s.find_last_of(" ") != s.size() - 2) {
      size_t sp = s.find_last_of(' ');
      std::string_view last = sp == std::string_view::npos ? s : s.substr(sp + 1);
      if (last.size() <= 7 || IsCorporateSuffix(last)) break;
    }
    s.remove_suffix(1);
  }
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return s;
}

// True iff `term`, a defined term in capitals of two to six letters, opens with a letter that
// opens no word of `name`: "income per share attributable to Walmart ("EPS")" defines the
// whole phrase, not a short name of Walmart, while "GAINSCO, INC. ("GAN")" and "Nippon
// Telegraph and Telephone Corporation ("NTT")" define one.
bool AbbreviatesSomethingElse(std::string_view term, std::string_view name) {
  if (term.size() < 2 || term.size() > 6 || !IsAllCaps(term)) return false;
  for (size_t i = 0; i < name.size(); ++i) {
    bool word_start = i == 0 || name[i - 1] == ' ' || name[i - 1] == '-' || name[i - 1] == '&';
    if (word_start && std::toupper(static_cast<unsigned char>(name[i])) == term[0]) return false;
  }
  return true;
}

// Parses a parenthetical starting at token `k` ('('). On success fills the candidate's short
// names or former name and returns the index just past ')'; returns k when it defines nothing.
size_t ParseParenthetical(const Cursor& c, size_t k, NameCandidate* cand) {
  if (!c.IsPunct(k, '(')) return k;
  size_t m = k + 1;
  if (c.IsWord(m) && (c.W(m) == "the" || c.W(m) == "The")) ++m;
  if (c.IsPunct(m, '"')) {
    std::vector<std::string> shorts;
    while (c.IsPunct(m, '"')) {
      size_t q = m + 1;
      while (q < c.tokens.size() && q < m + 14 && !c.IsPunct(q, '"')) ++q;
      if (!c.IsPunct(q, '"') || q == m + 1) return k;
      std::string_view inner = c.text.substr(c.tokens[m + 1].begin, c.tokens[q - 1].end - c.tokens[m + 1].begin);
      inner = Trim(inner);
      if (!inner.empty()) shorts.emplace_back(inner);
      m = q + 1;
      if (c.IsPunct(m, ',')) ++m;
      if (c.IsWord(m) && (c.W(m) == "or" || c.W(m) == "and")) ++m;
      if (c.IsWord(m) && (c.W(m) == "the")) ++m;
    }
    if (!c.IsPunct(m, ')')) return k;
    for (auto& s : shorts) {
      if (!(std::isupper(static_cast<unsigned char>(s[0])) || IsCapitalized(s))) continue;
      if (AbbreviatesSomethingElse(s, cand->name)) continue;
      cand->short_names.push_back(s);
    }
    return m + 1;
  }
  if (c.IsWord(m) && (c.W(m) == "f/k/a" || c.W(m) == "formerly" || c.W(m) == "fka")) {
    return k;  // the former name is a name of its own; rules relate the two
  }
  // Unquoted abbreviation: "(GSI)", "(GS Bank USA)", "(Group Inc. or parent company)".
  size_t q = m;
  while (q < c.tokens.size() && q < m + 8 && !c.IsPunct(q, ')')) ++q;
  if (!c.IsPunct(q, ')') || q == m) return k;
  size_t stop = q;
  for (size_t t = m; t < q; ++t) {
    if (c.IsWord(t) && c.W(t) == "or") {
      stop = t;
      break;
    }
  }
  if (stop - m > 4) return k;
  int upper = 0;
  for (size_t t = m; t < stop; ++t) {
    if (!c.IsWord(t) && !c.IsPunct(t, '&') && !c.IsPunct(t, '-')) return k;
    if (c.IsWord(t) && !IsCapitalized(c.W(t))) return k;
    for (char ch : c.W(t)) upper += std::isupper(static_cast<unsigned char>(ch)) ? 1 : 0;
  }
  if (!IsAllCaps(c.W(m)) && upper < 2) return k;
  std::string_view inner = c.text.substr(c.tokens[m].begin, c.tokens[stop - 1].end - c.tokens[m].begin);
  // "the Public Company Accounting Oversight Board (United States)": a place qualifies the
  // name, it is no short name of it.
  if (subsidiary_cells::IsKnownJurisdiction(Trim(inner))) return k;
  cand->short_names.emplace_back(Trim(inner));
  return q + 1;
}

// True when token i starts "X, Y and Z" continuing a government name after a comma.
bool ContinuesGovernmentList(const Cursor& c, size_t i) {
  size_t t = i;
  while (c.CapWord(t)) ++t;
  return t > i && c.IsWord(t) && c.W(t) == "and" && c.CapWord(t + 1);
}

// True when the comma at token i continues the title of a law: "Federal Food, Drug, and
// Cosmetic Act" (capitalized words, commas and one "and", ending in a law word).
bool ContinuesLawTitle(const Cursor& c, size_t i) {
  size_t end = std::min(c.tokens.size(), i + 12);
  for (size_t t = i; t < end && (c.CapWord(t) || c.IsPunct(t, ',') || (c.IsWord(t) && c.W(t) == "and")); ++t) {
    if (c.CapWord(t) && OneOf(c.W(t), kLawWords) && !c.CapWord(t + 1)) return true;
  }
  return false;
}

// True when "A and B ..." at `and_at` more likely joins two names than continues one: the
// left part is a single acronym-like word ("KDDI and NTT Data Corporation", "BaFin and
// Deutsche Bundesbank"), or a single word that follows a comma in a list ("..., Lucent and
// Hewlett-Packard Company").
constexpr std::string_view kInstitutionWords[] = {"University", "Institute", "College", "Laboratory",
                                                  "Laboratories", "Foundation", "Hospital"};

bool SplitsAtAnd(const Cursor& c, size_t start, size_t and_at) {
  // "the University of Chichester and Manchester Metropolitan University": two institutions.
  auto institution_in = [&](size_t from, size_t to) {
    for (size_t k = from; k < to; ++k) {
      if (c.IsWord(k) && OneOf(c.W(k), kInstitutionWords)) return true;
    }
    return false;
  };
  if (institution_in(start, and_at)) {
    size_t t = and_at + 1;
    while (t < c.tokens.size() && t < and_at + 7 && (c.CapWord(t) || (c.IsWord(t) && c.W(t) == "of"))) ++t;
    if (institution_in(and_at + 1, t)) return true;
  }
  if (c.IsWord(and_at + 1) && IsCorporateSuffix(c.W(and_at + 1))) return false;  // "KKR & Co."
  if (c.IsWord(and_at + 1) && IsConnector(c.W(and_at + 1))) return true;         // "X and the Y"
  // "... Agency and Bank of Japan": the left part already ends like a complete body.
  if (and_at > start && IsGovernmentWord(c.W(and_at - 1))) return true;
  // "Fifth Meridian Bancorp and Huntleigh Bancshares, Inc." (but "X Bank and Trust Company").
  if (and_at > start + 1 && OneOf(c.W(and_at - 1), kBankWords) && c.CapWord(and_at + 1) &&
      c.W(and_at + 1) != "Trust" && c.W(and_at + 1) != "Savings") {
    return true;
  }
  // "..., Under Armour and V.F. Corporation": a list's two-word item before "and".
  // Only at the list's end: "..., Nippon Telegraph and Telephone East Corporation ("NTT
  // East"), ..." is one name in the middle of a list.
  if (and_at == start + 2 && c.W(and_at) == "and" && start > 0 && c.IsPunct(start - 1, ',') &&
      !IsConnector(c.W(start + 1))) {
    size_t t = and_at + 1;
    while (t < c.tokens.size() && t < and_at + 8 && !(c.IsWord(t) && IsCorporateSuffix(c.W(t)))) ++t;
    bool suffixed = c.IsWord(t) && IsCorporateSuffix(c.W(t));
    bool list_goes_on = suffixed && (c.IsPunct(t + 1, '(') || (c.IsPunct(t + 1, ',') && c.CapWord(t + 2) &&
                                                               !IsCorporateSuffix(c.W(t + 2))));
    return !list_goes_on;
  }
  if (and_at != start + 1) return false;
  std::string_view left = c.W(start);
  int upper = 0;
  for (char ch : left) upper += std::isupper(static_cast<unsigned char>(ch)) ? 1 : 0;
  if (upper >= 2 && left.size() >= 2) return true;
  return start > 0 && c.IsPunct(start - 1, ',');
}

// "Sojitz Corporation of America", "Life Insurance Company of New York": a legal form
// followed by "of" and a country or state names one company. Returns the token after the
// place when token `of_at` ("of") starts such a tail, else `of_at`.
size_t PlaceAfterSuffix(const Cursor& c, size_t of_at) {
  if (!c.IsWord(of_at) || c.W(of_at) != "of") return of_at;
  size_t best = of_at;
  for (size_t k = of_at + 1; k < of_at + 5 && c.CapWord(k); ++k) {
    size_t first = c.tokens[of_at + 1].begin;
    if (subsidiary_cells::IsKnownJurisdiction(c.text.substr(first, c.tokens[k].end - first))) best = k + 1;
  }
  // "Corporation of America Holdings" goes on: not a place tail then.
  return best > of_at && !c.CapWord(best) ? best : of_at;
}

// The first token of the organization when the run from `s` opens with an office held in it
// or a relative of it: "Chief People Officer of NIKE, Inc.", "Global Customer Operations for
// PayPal Holdings, Inc.", "CEO of Xalles Holdings Inc.", "Chief Financial Officer TechX
// Technologies Inc.", "Subsidiaries of Zentrix Inc."; else `s`.
size_t AfterLeadingOffice(const Cursor& c, size_t s, size_t end) {
  const size_t limit = std::min(end, s + 8);
  for (size_t t = s; t < limit; ++t) {
    if (!c.IsWord(t)) {
      if (c.IsPunct(t, '&')) continue;
      break;
    }
    std::string_view w = c.W(t);
    bool office = OneOf(w, kOfficeNouns);
    if ((office || OneOf(w, kRelativeNouns)) && t + 1 < end && c.IsWord(t + 1) && (c.W(t + 1) == "of" || c.W(t + 1) == "for" || c.W(t + 1) == "OF")) {
      size_t k = t + 2;
      if (k < end && c.IsWord(k) && (c.W(k) == "the" || c.W(k) == "The" || c.W(k) == "THE")) ++k;
      return k < end ? k : s;
    }
    // A title run glued to a suffixed name: "... Officer TechX Technologies Inc.".
    if (office && t > s && OneOf(c.W(t - 1), kTitleWords) && c.CapWord(t + 1) && !IsRoleWord(c.W(t + 1)) && c.IsWord(end - 1) &&
        IsCorporateSuffix(c.W(end - 1)) && end - t > 2) {
      return t + 1;
    }
    if (IsConnector(w) && w != "and") break;
  }
  return s;
}

// True when the words from `at` state a role: "has served as our Chief Executive Officer",
// "is the Chief Financial Officer", "serves as a Director". How executive-officer sections
// introduce people whose names carry no honorific.
bool StatesRoleAt(const Cursor& c, size_t at) {
  constexpr std::string_view kVerbs[] = {"is", "was", "serves", "served", "has", "became", "joined"};
  constexpr std::string_view kFillers[] = {"served", "been", "as", "our", "the", "a", "an", "its", "us"};
  if (!c.IsWord(at) || !OneOf(c.W(at), kVerbs)) return false;
  size_t k = at + 1;
  for (size_t fillers = 0; fillers < 3 && c.IsWord(k) && OneOf(c.W(k), kFillers); ++fillers) ++k;
  if (!c.IsWord(k) || !OneOf(c.W(k), kTitleWords)) return false;
  // Without "our"/"the", two title words in a row: "is Representative Director", "is Executive Vice".
  return k > at + 1 || (c.IsWord(k + 1) && OneOf(c.W(k + 1), kTitleWords));
}

// The token after ", age 52," at `at` (how officer biographies open), else `at`.
// True when the words from `at` are an appositive naming a role: ", an outside director,",
// ", our co-founder,", ", Director and Chief Financial Officer,".
bool AppositiveRoleAt(const Cursor& c, size_t at) {
  constexpr std::string_view kArticles[] = {"a", "an", "our", "the", "its"};
  constexpr std::string_view kRoles[] = {"director", "officer", "founder", "co-founder", "chairman",
                                         "chairwoman", "president", "executive", "partner"};
  if (!c.IsPunct(at, ',')) return false;
  size_t k = at + 1;
  if (c.IsWord(k) && OneOf(c.W(k), kArticles)) ++k;
  if (c.IsWord(k) && OneOf(c.W(k), kTitleWords)) return true;
  for (size_t words = 0; words < 3 && c.IsWord(k); ++words, ++k) {
    std::string lower(c.W(k));
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (OneOf(lower, kRoles)) return c.IsPunct(k + 1, ',');
  }
  return false;
}

size_t AfterStatedAge(const Cursor& c, size_t at) {
  bool age = c.IsPunct(at, ',') && c.IsWord(at + 1) && c.W(at + 1) == "age" && c.IsWord(at + 2) &&
             std::isdigit(static_cast<unsigned char>(c.W(at + 2)[0])) && c.IsPunct(at + 3, ',');
  if (age) return at + 4;
  // ", 61," with the age alone: two digits.
  bool bare_age = c.IsPunct(at, ',') && c.IsWord(at + 1) && c.W(at + 1).size() == 2 &&
                  std::isdigit(static_cast<unsigned char>(c.W(at + 1)[0])) &&
                  std::isdigit(static_cast<unsigned char>(c.W(at + 1)[1]));
  if (!bare_age) return at;
  if (c.IsPunct(at + 2, ',')) return at + 3;
  // "Joaquin Duato, 62 Chairman of the Board": a table's cells run together, the office
  // straight after the age.
  return c.IsWord(at + 2) && std::isupper(static_cast<unsigned char>(c.W(at + 2)[0])) ? at + 2 : at;
}

// The token after a generational suffix at `at` (", Jr.", ", III"), else `at`.
size_t AfterGenerationalSuffix(const Cursor& c, size_t at) {
  constexpr std::string_view kGenerational[] = {"Jr.", "Sr.", "JR.", "SR.", "II", "III", "IV"};
  return c.IsPunct(at, ',') && c.IsWord(at + 1) && OneOf(c.W(at + 1), kGenerational) ? at + 2 : at;
}

// True iff a title opens at `at` ("Executive Vice President ..."): how "Jane Doe, 55, Executive
// Vice President" and "Jane Doe - Senior Vice President" state a person's office.
bool TitleAt(const Cursor& c, size_t at) { return c.IsWord(at) && OneOf(c.W(at), kTitleWords); }

// A middle initial such as "M." in "Elaine M. Porter".
bool IsMiddleInitial(std::string_view w) {
  return w.size() == 2 && std::isupper(static_cast<unsigned char>(w[0])) && w[1] == '.';
}

// A word of a name written in capitals, as biographies often open: "TERESA", "McPHAIL",
// "ANN-MARIE", "O'NEILL". Letters, mostly upper case, and '-' or '\''; accented letters kept.
bool IsCapitalsNameWord(std::string_view w) {
  if (w.size() < 2 || !std::isupper(static_cast<unsigned char>(w[0])) || IsCorporateSuffix(w)) return false;
  int upper = 0, lower = 0;
  for (char ch : w) {
    unsigned char u = static_cast<unsigned char>(ch);
    if (std::isupper(u)) {
      ++upper;
    } else if (std::islower(u)) {
      ++lower;
    } else if (u < 0x80 && ch != '-' && ch != '\'') {
      return false;
    }
  }
  return upper >= 2 && lower * 3 < upper;
}

// The end of a person's name written in capitals at `at` when the person's age follows it,
// as executive-officer biographies open: "TERESA WYNN ROSEBOROUGH, age 66, has been ...",
// "MAYNARD G. WEBB, JR., 69, ...". The end covers a ", JR." suffix. Returns `at` when the
// words from `at` are not such a name. The age is the signal: capitals alone make headings.
size_t CapitalsNameBeforeAge(const Cursor& c, size_t at) {
  size_t j = at;
  while (j < at + 5 && c.IsWord(j) && (IsCapitalsNameWord(c.W(j)) || (j > at && IsMiddleInitial(c.W(j))))) ++j;
  if (j - at < 2 || IsMiddleInitial(c.W(j - 1))) return at;
  size_t end = j = AfterGenerationalSuffix(c, j);
  if (!c.IsPunct(j, ',')) return at;
  size_t k = j + 1;
  if (c.IsWord(k) && (c.W(k) == "age" || c.W(k) == "Age")) ++k;
  std::string_view age = c.W(k);
  bool digits = c.IsWord(k) && !age.empty() && age.size() <= 3 &&
                std::all_of(age.begin(), age.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
  return digits && c.IsPunct(k + 1, ',') ? end : at;
}

bool IsPersonWord(std::string_view w) {
  if (w.size() < 2 || !std::isupper(static_cast<unsigned char>(w[0])) || IsAllCaps(w)) return false;
  for (size_t i = 1; i < w.size(); ++i) {
    // Bytes past ASCII belong to accented letters ("António", "Müller").
    unsigned char ch = static_cast<unsigned char>(w[i]);
    if (!std::isalpha(ch) && ch < 0x80 && w[i] != '-' && w[i] != '\'') return false;
  }
  return !OneOf(w, kRoleWords) && !IsCommonCapitalizedWord(w) && !IsCorporateSuffix(w) &&
         !IsGovernmentWord(w);
}

}  // namespace

bool IsCommonCapitalizedWord(std::string_view w) {
  static const auto* words = new WordSet(kCommonWords);
  return !w.empty() && w[0] >= 'A' && w[0] <= 'Z' && words->Contains(w);
}

bool IsRoleWord(std::string_view w) {
  static const auto* words = [] {
    auto* s = new WordSet(kRoleWords);
    s->Insert(std::begin(kTitleWords), std::end(kTitleWords));
    return s;
  }();
  return words->Contains(w);
}

bool IsDocumentTitleWord(std::string_view word) { return OneOf(word, kDocumentTitleWords); }

bool NamesOwnGoverningBody(std::string_view name) {
  static const auto* generic = new WordSet{
      "Board", "Boards", "Directors", "Committee", "Committees", "Council", "Audit", "Compensation",
      "Nominating", "Nomination", "Governance", "Corporate", "Executive", "Human", "Resources",
      "Risk", "Finance", "Financial", "Management", "Supervisory", "Statutory", "Auditors",
      "Science", "Technology", "Regulatory", "Compliance", "Sustainability", "Benefits",
      "Remuneration", "Investment", "Public", "Policy", "Responsibility", "Social", "Strategy",
      "Strategic", "Planning", "Operating", "Disclosure", "Communication", "Ethics", "Safety",
      "Environmental", "Cybersecurity", "Capital", "Special", "Independent", "Leadership",
      "Development", "Talent", "People", "Culture", "Innovation", "Quality", "Trustees",
      "Conflicts", "Related", "Party", "Transactions", "Stock", "Option", "Plan"};
  // Cheap test first: this runs on every name of every sentence.
  if (name.find("Board") == std::string_view::npos && name.find("Committee") == std::string_view::npos &&
      name.find("Council") == std::string_view::npos && name.find("Directors") == std::string_view::npos &&
      name.find("Trustees") == std::string_view::npos) {
    return false;
  }
  std::vector<Token> toks = Tokenize(name);
  bool body = false, any = false;
  for (const Token& t : toks) {
    std::string_view w = name.substr(t.begin, t.end - t.begin);
    if (!t.word) {
      if (w == "&" || w == ",") continue;
      return false;
    }
    if (w == "of" || w == "and" || w == "the" || w == "The" || w == "on" || w == "for") continue;
    if (!generic->Contains(w)) return false;
    any = true;
    body = w == "Board" || w == "Boards" || w == "Committee" || w == "Committees" || w == "Council" ||
           w == "Directors" || w == "Trustees";
  }
  return any && body;
}

NameKind ClassifyName(std::string_view name) {
  std::vector<Token> toks = Tokenize(name);
  std::vector<std::string_view> words;
  for (const Token& t : toks) {
    if (t.word) words.push_back(name.substr(t.begin, t.end - t.begin));
  }
  if (words.empty()) return NameKind::kUnknown;
  std::string_view last = words.back();
  bool has_of_year = words.size() >= 2 && std::isdigit(static_cast<unsigned char>(last[0]));
  if (has_of_year) {
    for (size_t i = words.size(); i-- > 0;) {
      if (OneOf(words[i], kLawWords)) return NameKind::kLaw;
    }
  }
  if (IsCorporateSuffix(last)) return NameKind::kCompany;
  // "Sojitz Corporation of America": a legal form, then "of" and a place.
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    if (words[i] == "of" && IsCorporateSuffix(words[i - 1])) {
      size_t tail = name.find(" of ", name.find(words[i - 1]));
      if (tail != std::string_view::npos && subsidiary_cells::IsKnownJurisdiction(name.substr(tail + 4))) {
        return NameKind::kCompany;
      }
    }
  }
  // Company forms written first: "Corporacion Minera del Sur", "Empresa Nacional de X".
  constexpr std::string_view kLeadingForms[] = {"Corporacion", "Corporación", "Compania", "Compañía",
                                                "Companhia", "Empresa", "Sociedad", "Societe", "Société"};
  if (words.size() >= 2 && OneOf(words.front(), kLeadingForms)) return NameKind::kCompany;
  if (last == "Group") return NameKind::kGroup;
  if (last == "Holdings") return NameKind::kCompany;
  // Firms named after their founders: "Wood & Associates", "Strati & Partner", "Kanji & Sons".
  if (words.size() >= 2 && name.find('&') != std::string_view::npos &&
      (last == "Associates" || last == "Partners" || last == "Partner" || last == "Sons" || last == "Brothers")) {
    return NameKind::kCompany;
  }
  // Institutions partner and supply like companies: "Manchester Metropolitan University",
  // "University of Chichester", "Jet Propulsion Laboratory", "Mayo Foundation".
  if (words.size() >= 2 && std::any_of(words.begin(), words.end(), [](std::string_view w) { return OneOf(w, kInstitutionWords); })) {
    return NameKind::kCompany;
  }
  if (OneOf(last, kLawWords)) return NameKind::kLaw;
  // "Corporation Law of Japan", "Companies Act of 2006".
  if (words.size() >= 3 && OneOf(words[words.size() - 3], kLawWords) && words[words.size() - 2] == "of") {
    return NameKind::kLaw;
  }
  if (words.size() <= 3 && OneOf(words.front(), kLawWords)) return NameKind::kLaw;  // "Regulation K"
  if (OneOf(last, kMarketWords)) return NameKind::kMarket;
  for (std::string_view w : words) {
    if (IsGovernmentWord(w)) return NameKind::kGovernment;
  }
  // "Centers for Medicare & Medicaid Services", "Centers for Disease Control and Prevention".
  if (words.size() >= 3 && words[0] == "Centers" && words[1] == "for") return NameKind::kGovernment;
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if ((words[i] == "Central" || words[i] == "Reserve" || words[i] == "National") && words[i + 1] == "Bank") {
      return NameKind::kGovernment;
    }
    if (i == 0 && words[i] == "Bank" && words[i + 1] == "of") return NameKind::kGovernment;
  }
  if (words.size() >= 2 && OneOf(last, kBankWords)) return NameKind::kCompany;
  return NameKind::kUnknown;
}

std::string Initials(std::string_view name) {
  std::vector<Token> toks = Tokenize(name);
  std::string out;
  int words = 0;
  for (const Token& t : toks) {
    if (!t.word) continue;
    std::string_view w = name.substr(t.begin, t.end - t.begin);
    if (IsCorporateSuffix(w) || IsConnector(w)) continue;
    if (!std::isupper(static_cast<unsigned char>(w[0]))) continue;
    out.push_back(w[0]);
    ++words;
  }
  return words >= 2 ? out : std::string();
}

std::vector<NameCandidate> FindNames(std::string_view sentence) {
  return FindNames(sentence, Tokenize(sentence));
}

std::vector<NameCandidate> FindNames(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<NameCandidate> out;
  Cursor c{text, tokens};
  const size_t n = tokens.size();
  size_t i = 0;
  while (i < n) {
    if (!c.IsWord(i)) {
      ++i;
      continue;
    }
    std::string_view w = c.W(i);
    if (OneOf(w, kHonorifics)) {
      size_t j = i + 1;
      while (j < n && j < i + 4 && c.IsWord(j) &&
             (IsPersonWord(c.W(j)) ||
              (j > i + 1 && IsMiddleInitial(c.W(j)) && c.IsWord(j + 1) && IsPersonWord(c.W(j + 1))))) {
        ++j;
      }
      if (j > i + 1) {
        NameCandidate cand;
        cand.begin = tokens[i].begin;
        cand.end = cand.full_end = tokens[j - 1].end;
        cand.name = std::string(text.substr(tokens[i + 1].begin, tokens[j - 1].end - tokens[i + 1].begin));
        cand.honorific_form = std::string(text.substr(tokens[i].begin, tokens[j - 1].end - tokens[i].begin));
        cand.kind = NameKind::kPerson;
        out.push_back(std::move(cand));
      }
      i = j;
      continue;
    }
    if (size_t name_end = CapitalsNameBeforeAge(c, i); name_end > i) {
      NameCandidate cand;
      cand.begin = tokens[i].begin;
      cand.end = cand.full_end = tokens[name_end - 1].end;
      cand.name = std::string(text.substr(cand.begin, cand.end - cand.begin));
      cand.kind = NameKind::kPerson;
      out.push_back(std::move(cand));
      i = name_end;
      continue;
    }
    if (!IsCapitalized(w)) {
      ++i;
      continue;
    }
    // Grow a run of capitalized words.
    size_t start = i, j = i, end = i;
    bool suffix_seen = false, gov = false;
    bool law_title = false;  // inside "Federal Food, Drug, and Cosmetic Act"
    while (j < n) {
      if (c.IsWord(j)) {
        std::string_view wj = c.W(j);
        if (suffix_seen) {
          if (IsCorporateSuffix(wj)) {
            end = ++j;
            continue;
          }
          if (wj == "et" && c.W(j + 1) == "Cie") {
            j += 2;
            end = j;
            continue;
          }
          if (size_t place_end = PlaceAfterSuffix(c, j); place_end > j) end = j = place_end;
          break;
        }
        if (IsCorporateSuffix(wj) && j > start) {
          suffix_seen = wj != "Company" || !c.CapWord(j + 1) || IsCorporateSuffix(c.W(j + 1));
          end = ++j;
          continue;
        }
        // "... Legal and Government Relations Ms. Chen currently serves": an honorific starts
        // a person's name, never continues another one.
        if (j > start && OneOf(wj, kHonorifics)) break;
        if (IsCapitalized(wj)) {
          gov |= IsGovernmentWord(wj);
          end = ++j;
          continue;
        }
        if (IsConnector(wj) && j > start && (c.CapWord(j + 1) || (IsConnector(c.W(j + 1)) && c.CapWord(j + 2)))) {
          if ((wj == "and" || wj == "&") && !law_title && SplitsAtAnd(c, start, j)) break;
          if (wj == "of" && j + 1 < n && std::isdigit(static_cast<unsigned char>(c.W(j + 1)[0]))) {
            j += 2;
            end = j;
            continue;
          }
          ++j;
          continue;
        }
        if (wj == "of" && j > start && c.IsWord(j + 1) && c.W(j + 1).size() == 4 &&
            std::isdigit(static_cast<unsigned char>(c.W(j + 1)[0])) && OneOf(c.W(j - 1), kLawWords)) {
          j += 2;
          end = j;
          continue;
        }
        break;
      }
      if (c.IsPunct(j, '&') && j > start && c.CapWord(j + 1) && !SplitsAtAnd(c, start, j)) {
        ++j;
        continue;
      }
      if (c.IsPunct(j, ',') && j > start && c.IsWord(j + 1) && IsCorporateSuffix(c.W(j + 1))) {
        ++j;
        continue;
      }
      if (c.IsPunct(j, ',') && j > start && (c.CapWord(j + 1) || (c.IsWord(j + 1) && c.W(j + 1) == "and" && c.CapWord(j + 2))) &&
          ContinuesLawTitle(c, j)) {
        law_title = true;
        ++j;
        continue;
      }
      if (c.IsPunct(j, ',') && gov && ContinuesGovernmentList(c, j + 1)) {
        ++j;
        continue;
      }
      if (c.IsPunct(j, '(') && c.CapWord(j + 1) && c.IsPunct(j + 2, ')') && c.IsWord(j + 3) &&
          IsCorporateSuffix(c.W(j + 3))) {
        j += 3;
        continue;
      }
      break;
    }
    if (end <= start) end = start + 1;
    size_t s = start;
    // "First" opens many bank and company names ("First Lexford Savings Bank").
    bool keeps_first = c.W(start) == "First" && end - start >= 3 && c.IsWord(end - 1) &&
                       (OneOf(c.W(end - 1), kBankWords) || IsCorporateSuffix(c.W(end - 1)));
    while (s < end && !keeps_first && (IsCommonCapitalizedWord(c.W(s)) || IsConnector(c.W(s)) || !c.IsWord(s))) ++s;
    // "Michigan-based Trendset Communications Group": where a company sits is not its name.
    if (s + 1 < end && c.IsWord(s) && (c.W(s).ends_with("-based") || c.W(s).ends_with("-headquartered"))) ++s;
    // "President of Acme Corp.", "Chief Executive Officer of Acme": the role is not the name.
    // "President and Chief Executive Officer of Acme": every role joined by "and" goes.
    // A title may open with a qualifier ("Corporate Secretary of", "Regional President for").
    for (;;) {
      size_t r = s;
      if (r + 1 < end && c.IsWord(r) && c.IsWord(r + 1) && !OneOf(c.W(r), kTitleWords) && OneOf(c.W(r + 1), kTitleWords)) ++r;
      size_t titles = r;
      while (r < end && c.IsWord(r) && OneOf(c.W(r), kTitleWords)) ++r;
      if (r == titles || r >= end || !c.IsWord(r) ||
          (c.W(r) != "of" && c.W(r) != "and" && c.W(r) != "for" && c.W(r) != "at")) {
        break;
      }
      s = r;
      while (s < end && (IsConnector(c.W(s)) || !c.IsWord(s))) ++s;
    }
    s = AfterLeadingOffice(c, s, end);
    // "President of Geographies & Marketplace of NIKE, Inc.": the unit an office is of is no part
    // of the suffixed company named after a later "of".
    if (s >= 2 && c.IsWord(s - 1) && (c.W(s - 1) == "of" || c.W(s - 1) == "for") && c.IsWord(s - 2) &&
        IsRoleWord(c.W(s - 2)) && c.IsWord(end - 1) && IsCorporateSuffix(c.W(end - 1))) {
      for (size_t u = s + 1; u + 1 < end; ++u) {
        if (c.IsWord(u) && c.W(u) == "of" && c.CapWord(u + 1)) {
          s = u + 1;
          break;
        }
      }
    }
    // "Vice President of Finance and Administration at GlobalFoundries": what an office is of,
    // when the organization follows "at", is a department.
    if (s > start && s < end && (c.W(s - 1) == "of" || c.W(s - 1) == "for") && c.IsWord(end) && c.W(end) == "at" &&
        c.CapWord(end + 1) && !(c.IsWord(end - 1) && IsCorporateSuffix(c.W(end - 1)))) {
      i = end;
      continue;
    }
    // A run of titles alone ("Chief Executive Officer", "Principal Accounting Officer") names
    // an office, not an organization.
    bool only_titles = s < end;
    for (size_t t = s; t < end && only_titles; ++t) {
      only_titles = !c.IsWord(t) || OneOf(c.W(t), kTitleWords) || IsConnector(c.W(t));
    }
    if (s >= end || only_titles) {
      i = end;
      continue;
    }
    // A document's title ("Letter of Intent", "Re-seller and Purchase Agreement", "Memorandum of
    // Understanding") names a paper, not an organization.
    if (c.IsWord(end - 1) && OneOf(c.W(end - 1), kDocumentTitleWords)) {
      i = end;
      continue;
    }
    // "History and Development of the Company", "INFORMATION ON THE COMPANY": headings about
    // the filer, whose last words are the self-reference "the Company", not a company's name.
    auto lower_is = [&](size_t t, std::string_view word) {
      std::string_view w = c.W(t);
      return w.size() == word.size() && std::equal(w.begin(), w.end(), word.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == b;
             });
    };
    if (end - s >= 3 && c.IsWord(end - 1) && c.IsWord(end - 2) && lower_is(end - 1, "company") && lower_is(end - 2, "the")) {
      i = end;
      continue;
    }
    NameCandidate cand;
    cand.begin = tokens[s].begin;
    cand.end = tokens[end - 1].end;
    cand.name = std::string(text.substr(cand.begin, cand.end - cand.begin));
    cand.kind = ClassifyName(cand.name);
    if (cand.kind != NameKind::kUnknown && end - s == 1) cand.kind = NameKind::kUnknown;
    size_t after = ParseParenthetical(c, end, &cand);
    // "Acme Technologies Inc., a Delaware corporation ("Acme USA")": the definition after a
    // company's legal description names the company.
    if (after <= end && cand.kind == NameKind::kCompany && c.IsPunct(end, ',') && c.IsWord(end + 1) &&
        (c.W(end + 1) == "a" || c.W(end + 1) == "an")) {
      size_t form = end + 2;
      while (form < n && form < end + 7 && c.IsWord(form) && c.W(form) != "corporation" && c.W(form) != "company" &&
             c.W(form) != "partnership" && c.W(form) != "limited") {
        ++form;
      }
      while (form < n && c.IsWord(form) && (c.W(form) == "limited" || c.W(form) == "liability")) ++form;
      if (form < n && c.IsWord(form) && (c.W(form) == "corporation" || c.W(form) == "company" || c.W(form) == "partnership") &&
          c.IsPunct(form + 1, '(')) {
        NameCandidate defined = cand;
        size_t past = ParseParenthetical(c, form + 1, &defined);
        if (past > form + 1 && !defined.short_names.empty()) {
          cand.short_names = std::move(defined.short_names);
          after = past;
        }
      }
    }
    cand.full_end = after > end ? tokens[after - 1].end : cand.end;
    if (cand.kind == NameKind::kUnknown && cand.short_names.empty()) {
      // A person named with a role nearby: two or three name-like words.
      bool person = end - s >= 2 && end - s <= 3;
      for (size_t t = s; t < end && person; ++t) {
        person = IsPersonWord(c.W(t)) || (t > s && t + 1 < end && IsMiddleInitial(c.W(t)));
      }
      // "Executive Vice President, Global Governance, Chief Legal Officer": a part of a title list.
      if (person && s >= 2 && c.IsPunct(s - 1, ',') && c.IsWord(s - 2) && OneOf(c.W(s - 2), kRoleWords)) person = false;
      // "President of Digital Media": an office of a unit; people hold offices, offices are not of people.
      if (person && s >= 2 && (c.W(s - 1) == "of" || c.W(s - 1) == "for") && c.IsWord(s - 2) && OneOf(c.W(s - 2), kRoleWords)) {
        person = false;
      }
      // "Adobe's Digital Media business": what a company's possessive governs is its unit.
      if (person && s >= 1 && IsPossessive(c.W(s - 1))) person = false;
      if (person) {
        bool role_after = c.IsPunct(end, ',') || (c.IsWord(end) && (c.W(end) == "worked" || c.W(end) == "serves" ||
                                                                  c.W(end) == "served" || c.W(end) == "is" ||
                                                                  c.W(end) == "was" || c.W(end) == "has"));
        bool role_before = s >= 1 && c.IsWord(s - 1) &&
                           (c.W(s - 1) == "whom" || c.W(s - 1) == "director" || c.W(s - 1) == "directors" ||
                            c.W(s - 1) == "officer" || c.W(s - 1) == "President" || c.W(s - 1) == "Officer" ||
                            c.W(s - 1) == "Chairman" || c.W(s - 1) == "Director");
        size_t name_end = AfterGenerationalSuffix(c, end);
        size_t after_age = AfterStatedAge(c, name_end);
        if ((role_after && role_before) || StatesRoleAt(c, after_age) || AppositiveRoleAt(c, name_end) ||
            (after_age > name_end && TitleAt(c, after_age)) ||
            // "Jane Doe - Senior Vice President": a biography's heading line, not a caption
            // quoted in a sentence ("Corporate Governance - Director Compensation").
            (s == 0 && c.IsPunct(name_end, '-') && TitleAt(c, name_end + 1))) {
          if (name_end > end) {
            cand.end = cand.full_end = tokens[name_end - 1].end;
            cand.name = std::string(text.substr(cand.begin, cand.end - cand.begin));
            after = std::max(after, name_end);
          }
          cand.kind = NameKind::kPerson;
          out.push_back(std::move(cand));
        }
      }
      i = std::max(end, after);
      continue;
    }
    out.push_back(std::move(cand));
    i = std::max(end, after);
  }
  return out;
}

bool NamesInstitution(std::string_view name) {
  std::vector<Token> toks = Tokenize(name);
  for (const Token& t : toks) {
    if (t.word && OneOf(name.substr(t.begin, t.end - t.begin), kInstitutionWords)) return true;
  }
  return false;
}

}  // namespace corpgraph
