#include "extract/framed_names.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "extract/name_finder.h"
#include "extract/subsidiary_table_cells.h"
#include "extract/word_set.h"

namespace corpgraph {
namespace {

using subsidiary_cells::Lower;

constexpr std::string_view kPlaces[] = {
    "Japan", "China", "Europe", "Asia", "America", "Americas", "Canada", "Germany", "France",
    "India", "Korea", "Taiwan", "Singapore", "Israel", "Thailand", "Vietnam", "Brazil", "Mexico",
    "Australia", "Africa", "Ireland", "Netherlands", "Switzerland", "Italy", "Spain", "Russia",
    "Malaysia", "Philippines", "Indonesia", "EMEA", "APAC", "LATAM", "Latin", "North", "South",
    "East", "West", "Pacific", "Middle", "United", "Kingdom", "States", "Hong", "Kong", "Tokyo",
    "London", "New", "York", "California", "Texas", "Delaware", "Sweden", "Norway", "Denmark",
    "Finland", "Poland", "Belgium", "Austria", "Turkey", "Egypt", "Chile", "Peru", "Argentina"};

bool IsPlaceWord(std::string_view w) {
  static const auto* places = new WordSet(kPlaces);
  return places->Contains(w);
}

// Words that end an enumeration's item rather than belong to a name ("A, B and others").
bool EndsEnumeration(std::string_view w) {
  static const auto* words = new WordSet{
      "others", "other", "among", "etc", "etc.", "many", "various", "several", "numerous", "more",
      "in", "to", "for", "that", "which", "who", "with", "as", "at", "by", "on", "from", "is",
      "are", "was", "were", "have", "has", "had", "be", "we", "our", "their", "its", "this",
      "these", "those", "such", "also", "not", "all", "each", "both", "some", "any", "a", "an"};
  return words->Contains(w);
}


// True iff a noun naming the filer's counterparts stands in the few words before token `i`
// ("competitors such as", "competition from new entrants such as", "customers including"):
// the list that follows names organizations, two of them as well as ten.
bool CounterpartNounBefore(std::string_view s, const std::vector<Token>& tokens, size_t i) {
  static const auto* nouns = new WordSet{
      "competitors", "competitor", "competition", "rivals", "entrants", "customers", "clients", "suppliers",
      "vendors", "distributors", "resellers", "licensees", "licensors", "lenders", "carriers", "foundries",
      "manufacturers", "partners"};
  for (size_t b = i; b > 0 && b + 8 > i; --b) {
    const Token& t = tokens[b - 1];
    if (!t.word) {
      if (s[t.begin] == ';' || s[t.begin] == '.' || s[t.begin] == '(') return false;
      continue;
    }
    if (nouns->Contains(s.substr(t.begin, t.end - t.begin))) return true;
  }
  return false;
}

// Token index just past an enumeration cue ending at token i ("including", "include(s)",
// "such as", "namely", "e.g.", a colon), else i. With `career` (a sentence about a person),
// also "at" and "the law firm of", which name the employers of a biography: "positions at A,
// B and C".
// With `career`, an office and "of"/"for"/"with" name one employer too ("Manager for Enron
// Wind from 1998", "Chief Operating Officer of Terabeam-HXI, a wireless company"); then
// `*office` is set, and the caller takes one item that a date or an appositive closes.
size_t AfterEnumerationCue(std::string_view s, const std::vector<Token>& tokens, size_t i, bool career,
                           bool* employer, bool* office, bool* governed) {
  auto word = [&](size_t k) { return s.substr(tokens[k].begin, tokens[k].end - tokens[k].begin); };
  *employer = *office = *governed = false;
  if (!tokens[i].word) {
    // "our wholly-owned subsidiary brand, Converse,": the name after a subsidiary's comma.
    if (s[tokens[i].begin] == ',' && i > 0 && tokens[i - 1].word) {
      std::string_view prev = word(i - 1);
      if (prev == "subsidiary" || prev == "subsidiaries" ||
          (prev == "brand" && i > 1 && tokens[i - 2].word && word(i - 2) == "subsidiary")) {
        *employer = true;
        return i + 1;
      }
      // "our largest customer, Brisk Wireless,", "its sole supplier, Acme,": one counterpart
      // named after a ranked noun.
      static const auto* counterparts = new WordSet{"customer", "supplier", "distributor", "vendor", "lender",
                                                    "licensor", "manufacturer", "foundry", "reseller"};
      static const auto* ranks = new WordSet{"largest", "principal", "major", "main", "key", "primary",
                                             "biggest", "sole", "only", "single", "exclusive"};
      if (counterparts->Contains(prev) && i > 1 && tokens[i - 2].word && ranks->Contains(word(i - 2))) {
        *employer = true;
        return i + 1;
      }
    }
    return s[tokens[i].begin] == ':' ? i + 1 : i;
  }
  std::string_view w = word(i);
  // Every cue starts with one of these words; most tokens are none of them.
  static const auto* cue_words = new WordSet{
      "of", "for", "with", "at", "including", "include", "includes", "namely", "e.g.", "notably", "such", "well",
      "in", "by", "as", "from", "to", "through", "are", "acquired", "acquire", "acquires"};
  if (!cue_words->Contains(w)) return i;
  if (career && (w == "of" || w == "for" || w == "with") && i > 0 && tokens[i - 1].word &&
      (IsRoleWord(word(i - 1)) || IsGenericAcronym(word(i - 1)))) {
    *employer = *office = true;
    return i + 1;
  }
  if (career && (w == "at" || (w == "of" && i >= 2 && word(i - 1) == "firm" && word(i - 2) == "law"))) {
    *employer = true;
    return i + 1;
  }
  // A relation's own words open a list of names: "we compete primarily with A and B",
  // "competition from A, B and large cloud providers", "our principal competitors are A, B",
  // "sales to A accounted for", "we purchase our wafers from A and B", "we sell through A".
  if (i > 0 && tokens[i - 1].word) {
    std::string_view prev = word(i - 1);
    auto compete_before = [&](size_t k) {
      for (size_t b = k; b + 3 > k && b > 0; --b) {
        std::string_view v = word(b - 1);
        if (tokens[b - 1].word && (v == "compete" || v == "competes" || v == "competed" || v == "competing")) return true;
      }
      return false;
    };
    bool frame = false;
    if (w == "with") {
      // "a strategic partnership with A", "a joint development agreement with A", "we collaborate with A".
      static const auto* partner_words = new WordSet{
          "partnership", "partnerships", "partnered", "partner", "partners", "collaborate", "collaborates",
          "collaborated", "collaboration", "alliance", "alliances", "cooperate", "cooperates", "cooperation",
          "venture", "agreement", "agreements"};
      frame = compete_before(i) || partner_words->Contains(prev);
    }
    // "we acquired Halden Analytics", "the Company has acquired A and B".
    if (w == "acquired" || w == "acquire" || w == "acquires") {
      std::string_view subject = prev;
      if ((prev == "has" || prev == "have" || prev == "had") && i > 1 && tokens[i - 2].word) subject = word(i - 2);
      frame = subject == "we" || subject == "We" || subject == "Company";
    }
    if (w == "from") {
      frame = prev == "competition" || prev == "competitors";
      for (size_t b = i; !frame && b + 8 > i && b > 0; --b) {
        std::string_view v = word(b - 1);
        frame = tokens[b - 1].word && (v == "purchase" || v == "purchases" || v == "purchased" || v == "buy" ||
                                      v == "buys" || v == "bought" || v == "source" || v == "sources" ||
                                      v == "sourced" || v == "procure" || v == "procures" || v == "license" ||
                                      v == "licenses" || v == "lease" || v == "leases");
      }
    }
    if (w == "to") frame = prev == "Sales" || prev == "sales" || prev == "sell" || prev == "sells" || prev == "sold";
    if (w == "through") frame = prev == "sell" || prev == "sells" || prev == "sold" || prev == "distribute" || prev == "distributes";
    if (w == "are") frame = prev == "competitors" || prev == "customers" || prev == "suppliers";
    if (frame) {
      *employer = true;
      return i + 1;
    }
  }
  // "doing business as Air Manufacturing Innovation", "d/b/a Acme".
  if (w == "as" && i >= 2 && tokens[i - 1].word && word(i - 1) == "business" && word(i - 2) == "doing") {
    *employer = true;
    return i + 1;
  }
  // "majority stakes in Flipkart and PhonePe", "the acquisition of Shockwave": what a stake is
  // in and what an acquisition is of are companies, named like employers.
  if ((w == "in" || w == "of") && i > 0 && tokens[i - 1].word) {
    std::string_view prev = word(i - 1);
    bool holding = w == "in" && (prev == "stake" || prev == "stakes" || prev == "interest" || prev == "interests" ||
                                 prev == "investment" || prev == "investments" || prev == "ownership" ||
                                 prev == "shareholding");
    bool bought = w == "of" && (prev == "acquisition" || prev == "acquisitions");
    if (holding || bought) {
      *employer = true;
      return i + 1;
    }
  }
  // "Melanex®, marketed by Neutrogena Dermatologics", "a system developed by Guidewire": who
  // markets, makes or offers a thing is a company.
  if (w == "by" && i > 0 && tokens[i - 1].word) {
    static const auto* verbs = new WordSet{
        "marketed", "sold", "manufactured", "distributed", "produced", "developed", "owned",
        "operated", "offered", "provided", "supplied", "licensed", "acquired", "published", "built"};
    if (verbs->Contains(word(i - 1))) {
      *employer = true;
      return i + 1;
    }
  }
  if (w == "including" || w == "include" || w == "includes" || w == "namely" || w == "e.g." ||
      w == "notably") {
    size_t k = i + 1;
    if (k < tokens.size() && !tokens[k].word && s[tokens[k].begin] == ':') ++k;
    *governed = CounterpartNounBefore(s, tokens, i);
    return k;
  }
  if (w == "such" && i + 1 < tokens.size() && tokens[i + 1].word && word(i + 1) == "as") {
    *governed = CounterpartNounBefore(s, tokens, i);
    return i + 2;
  }
  // "... include some of these companies as well as Mercury General Corporation, Direct General
  // Corporation, Permanent General Companies and Titan Auto Insurance": a list of names.
  if (w == "well" && i >= 1 && i + 2 < tokens.size() && word(i - 1) == "as" && tokens[i + 1].word &&
      word(i + 1) == "as" && tokens[i + 2].word && IsCapitalized(word(i + 2))) {
    return i + 2;
  }
  return i;
}

// A lower-case word that may continue a noun phrase a capitalized word qualifies ("India-based
// service providers"), not a word that ends a name and goes on with the sentence.
bool IsQualifiedNounWord(std::string_view w) {
  static const auto* ends = new WordSet{
      "and", "or", "since", "until", "between", "during", "when", "where", "while", "through", "under",
      "after", "before", "because", "although", "into", "over", "across", "against", "via", "per"};
  return !ends->Contains(w) && !EndsEnumeration(w);
}

// "our German subsidiary": nationality adjectives describe a subsidiary, they do not name it.
bool IsDemonym(std::string_view w) {
  static const auto* words = new WordSet{
      "American", "Canadian", "Mexican", "Brazilian", "Argentine", "Chilean", "British", "English", "Irish",
      "Scottish", "French", "German", "Dutch", "Belgian", "Swiss", "Austrian", "Italian", "Spanish", "Portuguese",
      "Swedish", "Norwegian", "Danish", "Finnish", "Polish", "Russian", "Turkish", "Greek", "European", "Asian",
      "African", "Japanese", "Chinese", "Korean", "Taiwanese", "Indian", "Indonesian", "Thai", "Vietnamese",
      "Malaysian", "Singaporean", "Filipino", "Australian", "Israeli", "Saudi", "Emirati", "Egyptian",
      "South", "North", "Latin", "Foreign", "Domestic", "International", "Global", "Regional"};
  return words->Contains(w);
}

// Nouns an appositive relates a company by to the organization named before them.
bool IsRelationNoun(std::string_view w) {
  return w == "company" || w == "subsidiary" || w == "affiliate" || w == "partner" || w == "reseller" ||
         w == "unit" || w == "division" || w == "brand" || w == "business";
}

// True iff [begin, end) overlaps one of `mentions`.
bool Overlaps(const std::vector<Mention>& mentions, std::uint32_t begin, std::uint32_t end) {
  return std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) { return m.begin < end && m.end > begin; });
}

// Appends a bare mention of the name s[begin, end) (added to `table` as a bare name of `kind`,
// unknown unless the frame says more) to `added`, unless the name is a trade term;
// `frame_names_it` clears that mark first, for frames that say outright the word names an
// organization.
void AddFramedName(std::string_view s, std::uint32_t begin, std::uint32_t end, bool frame_names_it, EntityTable& table,
                   std::vector<Mention>& added, NameKind kind = NameKind::kUnknown) {
  int id = table.AddName(s.substr(begin, end - begin), kind, /*bare=*/true);
  if (frame_names_it) table.mutable_record(id).common_term = false;
  const EntityRecord& r = table.record(id);
  if (r.common_term) return;
  added.push_back({begin, end, id, r.bare && r.kind == NameKind::kUnknown ? 'A' : KindLetter(r.kind)});
}

// Two or three name words ("Sergey Brin", "Mary T. Barra") with nothing of a firm in them:
// a person, where the frame leaves only people and organizations ("... owns 12% of ...").
bool NamesAPersonAlone(std::string_view name) {
  static const auto* firm_words = new WordSet{
      "Capital", "Partners", "Holdings", "Group", "Trust", "Fund", "Funds", "Investments", "Investment",
      "Management", "Ventures", "Bank", "Foundation", "Associates", "Advisors", "Advisers", "Securities",
      "Equity", "Financial", "Asset", "Assets", "Global", "International", "Corporation", "Company"};
  if (ClassifyName(name) != NameKind::kUnknown) return false;
  std::vector<Token> toks = Tokenize(name);
  int words = 0;
  for (const Token& t : toks) {
    if (!t.word) return false;
    std::string_view w = name.substr(t.begin, t.end - t.begin);
    bool initial = w.size() == 2 && w[1] == '.' && words > 0;
    bool plain = w.size() >= 2 && std::isupper(static_cast<unsigned char>(w[0])) &&
                 std::none_of(w.begin() + 1, w.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
    if (!(initial || plain) || firm_words->Contains(w)) return false;
    ++words;
  }
  return words >= 2 && words <= 4;
}

// True iff word `k` is part of an office: a role word, except the adjectives of titles, which
// open offices ("General Counsel", "Financial Officer") and end company names ("Permanent
// General Companies", "Ally Financial") alike, and are an office only before another role word.
bool IsOfficeWordAt(std::string_view s, const std::vector<Token>& tokens, size_t k) {
  static const auto* title_adjectives = new WordSet{
      "General", "Financial", "Technology", "Operating", "Investment", "Accounting", "Legal", "Risk",
      "Information", "Marketing", "Commercial", "Compliance", "Administrative", "Medical", "Scientific",
      "Revenue", "Independent", "Outside", "Representative", "Managing", "Senior"};
  auto word = [&](size_t i) { return s.substr(tokens[i].begin, tokens[i].end - tokens[i].begin); };
  if (!tokens[k].word || !IsRoleWord(word(k))) return false;
  if (!title_adjectives->Contains(word(k))) return true;
  return k + 1 < tokens.size() && tokens[k + 1].word && IsRoleWord(word(k + 1));
}

void InsertSorted(std::vector<Mention>* mentions, const std::vector<Mention>& added) {
  if (added.empty()) return;
  mentions->insert(mentions->end(), added.begin(), added.end());
  std::sort(mentions->begin(), mentions->end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
}

}  // namespace

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
  static const auto* generic = new WordSet{
      "OEM", "ODM", "ISP", "SIM", "LTE", "IT", "AI", "IoT", "API", "SaaS", "CEO", "CFO", "COO", "CTO",
      "CIO", "CMO", "CAO", "VP", "EVP", "SVP", "GAAP", "IFRS", "ADS", "ADR", "IPO", "EPS", "ESG", "FY",
      "US", "USA", "UK", "EU", "WAN", "LAN", "VPN", "CPU", "GPU", "PC", "TV", "HR", "PR", "IP", "OS", "ATM", "POS"};
  return generic->Contains(w);
}

// Coordinated lists mixing named mentions with bare capitalized names ("X Corp., Globex and
// Initech"), or of three or more bare names: the bare items name organizations too. They are
// added as bare mentions, which only become entities when a rule relates them.
void AddBareListItems(std::string_view s, const std::vector<Token>& tokens, EntityTable& table,
                      std::vector<Mention>* mentions) {
  struct Item {
    std::uint32_t begin, end;
    bool bare;
    bool qualifier = false;  // "India-based service providers": neither a name nor a mention
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
        while (k < n && k < j + 3 && tokens[k].word && !covered_token(k) && IsCapitalized(word(k)) &&
               !IsCommonCapitalizedWord(word(k)) && !IsPlaceWord(word(k)) && !(IsOfficeWordAt(s, tokens, k) || (k == j && IsRoleWord(word(k)))) &&
               !IsDocumentTitleWord(word(k)) && !HasTrademarkSign(word(k)) && !IsPluralAcronym(word(k)) &&
               !IsGenericAcronym(word(k))) {
          ++k;
        }
        if (k == j) break;
        // "India-based service providers": a capitalized word before a common noun qualifies it;
        // the item names no one but the list goes on.
        bool qualifier = false;
        while (k < n && k < j + 8 && tokens[k].word && std::islower(static_cast<unsigned char>(word(k)[0])) &&
               IsQualifiedNounWord(word(k))) {
          qualifier = true;
          ++k;
        }
        items.push_back({tokens[j].begin, tokens[k - 1].end, !qualifier, qualifier});
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
    for (const Item& it : items) {
      if (!it.qualifier) (it.bare ? bare : named) += 1;
    }
    if (bare > 0 && items.size() >= 2 && (named > 0 || bare >= 3)) {
      for (const Item& it : items) {
        if (!it.bare) continue;
        int id = table.AddName(s.substr(it.begin, it.end - it.begin), NameKind::kUnknown, /*bare=*/true);
        // A word the document mostly uses as a modifier ("JCB cards") is still a name when it
        // stands among three names or more ("American Express, Diners Club/Discover, JCB,
        // Mastercard and UnionPay").
        if (table.record(id).common_term && bare + named < 4) continue;
        if (table.record(id).bare || table.record(id).kind == NameKind::kUnknown) added.push_back({it.begin, it.end, id, 'A'});
      }
    }
    i = std::max(j, i + 1);
  }
  InsertSorted(mentions, added);
}

bool NamesAUnitInCommonWords(std::string_view name, const DocumentWords& document) {
  std::vector<Token> tokens = Tokenize(name);
  bool any = false;
  for (const Token& t : tokens) {
    if (!t.word) continue;
    std::string_view w = name.substr(t.begin, t.end - t.begin);
    if (w == "of" || w == "and" || w == "the" || w == "for" || w == "de") continue;
    std::string lower = Lower(w);
    if (lower == w || IsCorporateSuffix(w) || document.Uses(lower, 1) == 0) return false;
    any = true;
  }
  return any;
}

// Members of an enumeration a cue introduces ("competitors include adidas, Anta, New Balance,
// On, Puma, Under Armour and V.F. Corporation, among others"): when most items of the list
// are capitalized names or mentions, every item between separators names one, whether or not
// the name finder took it for one (a place or common word opens it, it is written in lower
// case). A lower-case item counts only when its words are rare in the document (a brand, not
// "regional retailers"). An item made of a first-person or unknown mention and more
// capitalized words ("Walmart International", "Sam's Club U.S.") becomes one name. Items
// become bare mentions, entities only when a rule relates them.
void AddEnumeratedNames(std::string_view s, const std::vector<Token>& tokens, const DocumentWords& document,
                        EntityTable& table, std::vector<Mention>* mentions) {
  const size_t n = tokens.size();
  // A sentence about a person: one names them, or refers to them as "he"/"she" (biographies).
  const bool career = std::any_of(mentions->begin(), mentions->end(), [](const Mention& m) { return m.letter == 'P'; }) ||
                      std::any_of(tokens.begin(), tokens.end(), [&](const Token& t) {
                        std::string_view w = s.substr(t.begin, t.end - t.begin);
                        return t.word && (w == "he" || w == "she" || w == "He" || w == "She");
                      });
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
  for (size_t i = 0; i < n; ++i) {
    bool employer = false, office = false, governed = false;
    size_t j = AfterEnumerationCue(s, tokens, i, career, &employer, &office, &governed);
    // A stake or an acquisition names companies, never a lower-case term ("investments in eCommerce").
    const bool holding = employer && tokens[i].word &&
                         (word(i) == "in" || (word(i) == "of" && i > 0 && word(i - 1).starts_with("acquisition")));
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
        // "VP of Engineering", "OEMs"
        if (IsOfficeWordAt(s, tokens, k) || IsGenericAcronym(w) || IsPluralAcronym(w)) {
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
      // "Solaquin Forte®": words before a trademarked word name a product, not a company.
      if (k < n && tokens[k].word && HasTrademarkSign(word(k))) it.office = true;
      // "India-based service providers", "Acme-branded products": a capitalized word before a
      // common noun qualifies it; the item names no one, the list goes on after it.
      while (!employer && k < n && k < it.first + 8 && tokens[k].word && !it.lower &&
             std::islower(static_cast<unsigned char>(word(k)[0])) && IsQualifiedNounWord(word(k))) {
        it.office = true;  // skipped like an office: counted as an item, never a name
        it.last = ++k;
      }
      items.push_back(it);
      // "FedNow in the U.S. and United Payments Interface in India": a place after an item
      // belongs to neither the item nor the list's end.
      if (it.capitalized && !it.lower && k < n && tokens[k].word && word(k) == "in") {
        size_t p = k + 1;
        if (p < n && tokens[p].word && word(p) == "the") ++p;
        size_t q = p;
        while (q < n && q < p + 3 && tokens[q].word && (IsPlaceWord(word(q)) || IsDottedInitials(word(q)))) ++q;
        bool place = q > p && (IsPlaceWord(word(q - 1)) || IsDottedInitials(word(q - 1)) ||
                               subsidiary_cells::IsKnownJurisdiction(s.substr(tokens[p].begin, tokens[q - 1].end - tokens[p].begin)));
        bool ends = q >= n || punct(q, ',') || punct(q, ')') || punct(q, ';') || punct(q, '.') ||
                    (tokens[q].word && (word(q) == "and" || word(q) == "or"));
        if (place && ends) k = q;
      }
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
      std::string_view only_text = s.substr(tokens[only.first].begin, tokens[only.last - 1].end - tokens[only.first].begin);
      if (NamesAUnitInCommonWords(only_text, document)) continue;
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
    // "a Partner at Wachtell, Lipton, Rosen & Katz": single surnames joined by commas before a
    // last item with "&" are the partners' names of one firm.
    // Employers end where the sentence goes on in lower case ("..., where he practiced law").
    while (employer && !items.empty() && items.back().lower) items.pop_back();
    if (employer && !office && items.size() >= 2) {
      size_t amp = 0;  // the first item holding "&"
      while (amp < items.size() && std::none_of(tokens.begin() + static_cast<std::ptrdiff_t>(items[amp].first),
                                                tokens.begin() + static_cast<std::ptrdiff_t>(items[amp].last),
                                                [&](const Token& t) { return !t.word && s[t.begin] == '&'; })) {
        ++amp;
      }
      bool surnames = amp < items.size() && amp >= 1 && std::all_of(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(amp), [&](const Item& it) {
                        return it.last - it.first == 1 && tokens[it.first].word && IsCapitalized(word(it.first));
                      });
      if (surnames) {
        Item firm = items.front();
        firm.last = items[amp].last;
        for (size_t i2 = 1; i2 <= amp; ++i2) {
          for (int m : items[i2].inside) {
            if (std::find(firm.inside.begin(), firm.inside.end(), m) == firm.inside.end()) firm.inside.push_back(m);
          }
        }
        items.erase(items.begin() + 1, items.begin() + static_cast<std::ptrdiff_t>(amp) + 1);
        items.front() = firm;
      }
    }
    if (employer) {
      // Employers: every item a capitalized name that opens with no common word or month.
      bool all_names = !items.empty();
      for (const Item& it : items) {
        all_names &= it.capitalized && !it.lower && !it.office &&
                     (!it.inside.empty() || !IsCommonCapitalizedWord(word(it.first))) &&
                     !(holding && std::islower(static_cast<unsigned char>(word(it.first)[0]))) &&
                     !IsCorporateSuffix(word(it.first));  // "Limited Partners" of a fund
      }
      if (!all_names) continue;
    } else if (governed && items.size() >= 2 && names == static_cast<int>(items.size())) {
      // A short list a counterpart noun governs: every item a name, none a word the document
      // also writes in lower case ("customers in industries such as Retail and Healthcare").
      bool all_proper = true;
      for (const Item& it : items) {
        for (size_t k = it.first; k < it.last && all_proper; ++k) {
          std::string_view w = word(k);
          if (!tokens[k].word || w == "of" || w == "and" || w == "&" || w == "the") continue;
          std::string lower = Lower(w);
          all_proper = (lower == w || document.Uses(lower, 1) == 0) && !IsCommonCapitalizedWord(w) &&
                       !IsPlaceWord(w) && !IsDemonym(w);
        }
      }
      if (!all_proper) continue;
    } else if (items.size() < 3 ||
               names * 5 < static_cast<int>(std::count_if(items.begin(), items.end(), [](const Item& it) { return !it.office; })) * 3) {
      continue;
    }
    for (const Item& it : items) {
      std::string_view text = s.substr(tokens[it.first].begin, tokens[it.last - 1].end - tokens[it.first].begin);
      if (it.office) continue;
      if (it.lower) {
        bool rare = true;
        for (size_t k = it.first; k < it.last && rare; ++k) rare = document.Uses(word(k), 4) <= 3;
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
  InsertSorted(mentions, added);
}

namespace {

// The frames below share one sentence's view: its text, tokens and the mentions found so far;
// each appends the names it finds to `added`.
struct DescribedFrames {
  std::string_view s;
  const std::vector<Token>& tokens;
  EntityTable& table;
  const std::vector<Mention>& mentions;
  std::vector<Mention>& added;

  size_t size() const { return tokens.size(); }
  std::string_view word(size_t k) const { return s.substr(tokens[k].begin, tokens[k].end - tokens[k].begin); }
  bool punct(size_t k, char c) const { return k < size() && !tokens[k].word && s[tokens[k].begin] == c; }
  bool taken(std::uint32_t begin, std::uint32_t end) const {
    return Overlaps(mentions, begin, end) || Overlaps(added, begin, end);
  }

  // The first token of the capitalized name that ends just before token `end`, at most
  // `max_tokens` back: capitalized words that are no common capitalized word, office or
  // trademark, and with `connectors` also "of" and "&" before a capitalized word ("Bank of
  // America"). `end` when no name ends there.
  size_t NameStartBefore(size_t end, size_t max_tokens, bool connectors) const {
    size_t b = end;
    while (b > 0 && b + max_tokens > end) {
      size_t k = b - 1;
      std::string_view w = word(k);
      bool name_word = tokens[k].word && IsCapitalized(w) && !IsCommonCapitalizedWord(w) && !IsRoleWord(w) &&
                       !HasTrademarkSign(w);
      bool connector = connectors && k > 0 && (w == "of" || w == "&") && tokens[k - 1].word &&
                       IsCapitalized(word(k - 1));
      if (!name_word && !connector) break;
      --b;
    }
    return b;
  }

  // "Pharmacyclics LLC, an AbbVie company", "Abicom International Ltd., a Qualcomm authorized
  // design partner": after a mention, "a/an <Name> [lower-case words] <relation noun>".
  void Appositives() {
    const size_t n = size();
    for (size_t m = 0; m < mentions.size(); ++m) {
      const Mention& before = mentions[m];
      if (before.letter == 'F') continue;
      auto at = std::lower_bound(tokens.begin(), tokens.end(), before.end,
                                 [](const Token& t, std::uint32_t pos) { return t.begin < pos; });
      size_t k = static_cast<size_t>(at - tokens.begin());
      if (k + 3 >= n || !punct(k, ',') || !tokens[k + 1].word || (word(k + 1) != "a" && word(k + 1) != "an")) continue;
      size_t name = k + 2;
      std::string_view w = word(name);
      bool covered = m + 1 < mentions.size() && mentions[m + 1].begin <= tokens[name].begin;
      if (covered || !tokens[name].word || !IsCapitalized(w) || IsCommonCapitalizedWord(w) || IsPlaceWord(w) ||
          IsDemonym(w) || IsRoleWord(w) || HasTrademarkSign(w) || IsGenericAcronym(w) || IsPluralAcronym(w) ||
          subsidiary_cells::IsKnownJurisdiction(w)) {
        continue;
      }
      size_t noun = name + 1;
      while (noun < n && noun <= name + 3 && tokens[noun].word && !IsRelationNoun(word(noun)) &&
             std::all_of(word(noun).begin(), word(noun).end(),
                         [](char c) { return std::islower(static_cast<unsigned char>(c)) || c == '-'; })) {
        ++noun;
      }
      if (noun >= n || !tokens[noun].word || !IsRelationNoun(word(noun))) continue;
      // "an AbbVie company" is the modifier use that marks trade terms ("AI computing"); the
      // appositive says it names an organization.
      AddFramedName(s, tokens[name].begin, tokens[name].end, /*frame_names_it=*/true, table, added);
    }
  }

  // "our Massmart subsidiary", "its Vocalink subsidiary": a possessive, a name, "subsidiary".
  void PossessiveSubsidiaries() {
    const size_t n = size();
    for (size_t i = 0; i + 2 < n; ++i) {
      if (!tokens[i].word || (word(i) != "our" && word(i) != "its" && word(i) != "their")) continue;
      size_t k = i + 1;
      while (k < n && k < i + 4 && tokens[k].word && IsCapitalized(word(k)) && !IsCommonCapitalizedWord(word(k)) &&
             !IsPlaceWord(word(k)) && !IsDemonym(word(k)) && !IsDottedInitials(word(k)) && !IsRoleWord(word(k)) &&
             !HasTrademarkSign(word(k)) && !IsGenericAcronym(word(k))) {
        ++k;
      }
      if (k == i + 1 || k >= n || !tokens[k].word || (word(k) != "subsidiary" && word(k) != "subsidiaries")) continue;
      std::uint32_t begin = tokens[i + 1].begin, end = tokens[k - 1].end;
      if (Overlaps(mentions, begin, end)) continue;
      AddFramedName(s, begin, end, /*frame_names_it=*/false, table, added);
    }
  }

  // "the workforce of Recorded Future, which was acquired in December 2024": what was acquired
  // is a company.
  void AcquiredByRelativeClause() {
    const size_t n = size();
    for (size_t i = 1; i + 3 < n; ++i) {
      if (!punct(i, ',') || !tokens[i + 1].word || word(i + 1) != "which") continue;
      bool acquired = (word(i + 2) == "was" || word(i + 2) == "were" || word(i + 2) == "we") && tokens[i + 3].word &&
                      word(i + 3) == "acquired";
      if (!acquired) continue;
      size_t b = NameStartBefore(i, 4, /*connectors=*/false);
      if (b == i) continue;
      std::uint32_t begin = tokens[b].begin, end = tokens[i - 1].end;
      if (taken(begin, end) || subsidiary_cells::IsKnownJurisdiction(s.substr(begin, end - begin))) continue;
      AddFramedName(s, begin, end, /*frame_names_it=*/false, table, added);
    }
  }

  // "Orrin Capital Partners owns approximately 35% of our common stock": who holds a stated
  // part of the shares is a shareholder (a company, or a person the name finder knows); one
  // name, or two joined by "and" ("Larry Page and Sergey Brin").
  void StatedHolders() {
    const size_t n = size();
    static const auto* holds = new WordSet{"owns", "owned", "holds", "held", "beneficially"};
    for (size_t i = 1; i + 2 < n; ++i) {
      if (!tokens[i].word || !holds->Contains(word(i))) continue;
      size_t k = i + 1;
      if (word(i) == "beneficially") {
        if (!tokens[k].word || !holds->Contains(word(k))) continue;
        ++k;
      }
      while (k < n && k < i + 5 && tokens[k].word && std::islower(static_cast<unsigned char>(word(k)[0]))) ++k;
      if (k + 1 >= n || !tokens[k].word || !std::isdigit(static_cast<unsigned char>(word(k)[0])) ||
          (!punct(k + 1, '%') && !(tokens[k + 1].word && word(k + 1) == "percent"))) {
        continue;
      }
      size_t last = i;
      for (int holder = 0; holder < 2; ++holder) {
        size_t b = NameStartBefore(last, 6, /*connectors=*/true);
        if (b == last) break;
        std::uint32_t begin = tokens[b].begin, end = tokens[last - 1].end;
        std::string_view name = s.substr(begin, end - begin);
        if (taken(begin, end) || subsidiary_cells::IsKnownJurisdiction(name)) break;
        AddFramedName(s, begin, end, /*frame_names_it=*/false, table, added,
                      NamesAPersonAlone(name) ? NameKind::kPerson : NameKind::kUnknown);
        if (b < 2 || !tokens[b - 1].word || word(b - 1) != "and") break;
        last = b - 1;
      }
    }
  }

  // "the heart recovery portfolio (Abiomed)", "circulatory restoration products (Shockwave)": a
  // mixed-case name in parentheses after a lower-case phrase names the company behind a line of
  // business (which a rule may then relate: the filer owns it). Acronyms ("(CAD)") are
  // abbreviations of the phrase, and a word the phrase already holds ("the closing (Closing)")
  // makes a defined term, not a company.
  void BusinessLineCompanies() {
    const size_t n = size();
    for (size_t i = 1; i + 2 < n; ++i) {
      if (!punct(i, '(') || !tokens[i - 1].word) continue;
      std::string_view before = word(i - 1);
      if (before.empty() || !std::islower(static_cast<unsigned char>(before[0]))) continue;
      size_t k = i + 1;
      while (k < n && k < i + 4 && tokens[k].word && std::isupper(static_cast<unsigned char>(word(k)[0])) &&
             IsCapitalized(word(k)) && !IsAllCaps(word(k)) && !IsCommonCapitalizedWord(word(k)) &&
             !IsPlaceWord(word(k)) && !IsDemonym(word(k)) && !IsRoleWord(word(k)) && !HasTrademarkSign(word(k)) &&
             !IsCorporateSuffix(word(k))) {
        ++k;
      }
      if (k == i + 1 || !punct(k, ')')) continue;
      std::uint32_t begin = tokens[i + 1].begin, end = tokens[k - 1].end;
      bool repeats = false;
      for (size_t j = i + 1; j < k; ++j) {
        std::string_view w = word(j);
        for (size_t b = (i > 6 ? i - 6 : 0); b < i; ++b) repeats = repeats || (tokens[b].word && EqualsIgnoringCase(word(b), w));
      }
      if (repeats || taken(begin, end)) continue;
      AddFramedName(s, begin, end, /*frame_names_it=*/true, table, added, NameKind::kCompany);
    }
  }
};

}  // namespace

void AddDescribedOrganizations(std::string_view s, const std::vector<Token>& tokens, EntityTable& table,
                               std::vector<Mention>* mentions) {
  std::vector<Mention> added;
  DescribedFrames frames{s, tokens, table, *mentions, added};
  frames.Appositives();
  frames.PossessiveSubsidiaries();
  frames.AcquiredByRelativeClause();
  frames.StatedHolders();
  frames.BusinessLineCompanies();
  InsertSorted(mentions, added);
}

}  // namespace corpgraph
