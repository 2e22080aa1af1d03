#include "extract/extract.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include <re2/re2.h>

#include "extract/attributes.h"
#include "extract/counterpart_table.h"
#include "extract/document_words.h"
#include "extract/entity_table.h"
#include "extract/filer_hints.h"
#include "extract/framed_names.h"
#include "extract/mention_linker.h"
#include "extract/name_finder.h"
#include "extract/officer_table.h"
#include "extract/ownership_table.h"
#include "extract/reader.h"
#include "extract/rules.h"
#include "extract/segmenter.h"
#include "extract/subsidiary_table.h"
#include "extract/subsidiary_table_cells.h"
#include "extract/tokenizer.h"
#include "extract/word_set.h"
#include "graph/normalize.h"

namespace corpgraph {
namespace {

struct PendingRelation {
  int src = -1;  // EntityTable indices
  int dst = -1;
  Relation rel = Relation::kOwns;
  EdgeAttributes attrs;
  Evidence evidence;
  std::string src_written;  // renamed_to: the old name as written
};

EntityKind ToEntityKind(NameKind k) {
  switch (k) {
    case NameKind::kGroup: return EntityKind::kGroup;
    case NameKind::kGovernment: return EntityKind::kGovernment;
    case NameKind::kPerson: return EntityKind::kPerson;
    default: return EntityKind::kCompany;
  }
}

std::string_view NameKindText(NameKind k) {
  switch (k) {
    case NameKind::kCompany: return "company";
    case NameKind::kGroup: return "group";
    case NameKind::kGovernment: return "government";
    case NameKind::kPerson: return "person";
    case NameKind::kLaw: return "law";
    case NameKind::kMarket: return "market";
    case NameKind::kUnknown: return "other";
  }
  return "other";
}

// Without surrounding spaces and commas, and without a final period unless it ends a legal
// form ("Acme Holdings, Inc." keeps its own).
std::string Trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == ',')) s.remove_prefix(1);
  for (;;) {
    while (!s.empty() && (s.back() == ' ' || s.back() == ',')) s.remove_suffix(1);
    if (s.empty() || s.back() != '.') break;
    size_t sp = s.find_last_of(" ,");
    if (IsCorporateSuffix(s.substr(sp == std::string_view::npos ? 0 : sp + 1))) break;
    s.remove_suffix(1);
  }
  return std::string(s);
}

// Evidence sentences are kept whole up to this many bytes; longer ones (a list of hundreds of
// competitors is one sentence) are cut to their opening and the surroundings of the edge's
// endpoints, so that N edges from one N-member list cost O(N) bytes, not O(N^2).
constexpr size_t kMaxEvidenceBytes = 2000;
constexpr size_t kEvidenceOpening = 160;  // the opening usually holds the cue ("competitors include")
constexpr size_t kEvidenceContext = 90;   // kept on each side of an endpoint's mention

// Moves `at` back to the start of a UTF-8 sequence.
size_t CharBoundary(std::string_view s, size_t at) {
  while (at > 0 && at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) --at;
  return at;
}

// `sentence` itself when short; otherwise its opening and a window around each span in
// `keep` (byte ranges of the sentence, e.g. the endpoints' mentions), joined by " ... ".
// The result never exceeds kMaxEvidenceBytes plus the kept spans' own length.
std::string EvidenceExcerpt(std::string_view sentence, std::vector<std::pair<size_t, size_t>> keep) {
  if (sentence.size() <= kMaxEvidenceBytes) return std::string(sentence);
  std::vector<std::pair<size_t, size_t>> windows = {{0, kEvidenceOpening}};
  for (auto [b, e] : keep) {
    windows.emplace_back(b > kEvidenceContext ? b - kEvidenceContext : 0,
                         std::min(sentence.size(), std::max(b, e) + kEvidenceContext));
  }
  std::sort(windows.begin(), windows.end());
  std::string out;
  size_t covered = 0;
  for (auto [b, e] : windows) {
    b = std::max(b, covered);
    if (b >= e) continue;
    // Cut at spaces so no word is split, and never inside a UTF-8 sequence.
    size_t start = b == covered ? b : sentence.rfind(' ', b);
    start = start == std::string_view::npos || start < covered ? b : start + (start > covered ? 1 : 0);
    size_t stop = e >= sentence.size() ? sentence.size() : sentence.find(' ', e);
    stop = stop == std::string_view::npos ? sentence.size() : std::min(stop, e + 24);
    start = CharBoundary(sentence, start);
    stop = CharBoundary(sentence, stop);
    if (start > covered) out += out.empty() && covered == 0 ? "... " : " ... ";
    out.append(sentence.substr(start, stop - start));
    covered = stop;
  }
  if (covered < sentence.size()) out += " ...";
  return out;
}

// A person row of an officer table or a signature block (officer_table.h).
struct OfficerRowAt {
  size_t unit;       // index of the row's unit
  int person;        // EntityTable index
  std::string role;  // the office cell
};

class Extractor {
 public:
  Extractor(const DocumentText& doc, const ExtractOptions& options, const RuleSet& rules)
      : doc_(doc), options_(options), rules_(rules) {}

  Extraction Run() {
    seg_ = SegmentDocument(doc_.text);
    text_ = seg_.norm.text();
    words_.emplace(text_);
    FindNamesPass();
    JoinPeopleBySurname();
    SetUpFiler();
    OfficerRowsPass();
    MatchPass();
    return Build();
  }

 private:
  std::string_view UnitText(const TextUnit& u) const { return text_.substr(u.begin, u.end - u.begin); }

  // Pass 1: names, defined terms and the document's statements about who "we" are.
  void FindNamesPass() {
    candidates_.resize(seg_.units.size());
    tokens_.resize(seg_.units.size());
    OfficerTableReader officers;
    OwnershipTableReader holders;
    counterparts_ = CounterpartRows();
    const std::vector<std::optional<CounterpartRow>>& counterparts = counterparts_;
    const std::string stated_filer_key = NormalizeName(StatedFilerName());
    for (size_t k = 0; k < seg_.units.size(); ++k) {
      const TextUnit& u = seg_.units[k];
      std::string_view s = UnitText(u);
      bool row = u.table_row && !u.heading;
      std::optional<OfficerRow> officer = officers.Read(s, row);
      if (officer && officer->role.empty()) {
        std::vector<std::string_view> below;
        for (size_t b = k + 1; b < seg_.units.size() && b <= k + 3 && !seg_.units[b].heading; ++b) {
          below.push_back(UnitText(seg_.units[b]));
        }
        officer->role = OfficeBelow(officer->name, below);
        if (officer->role.empty()) officer.reset();
      }
      std::optional<HolderRow> holder = holders.Read(s, row);
      if (u.heading) continue;
      std::vector<Token>& tokens = tokens_[k];
      tokens = Tokenize(s);
      std::vector<NameCandidate> found = FindNames(s, tokens);
      // A table row's person or holder replaces whatever the name finder made of that cell.
      if (officer) PlaceCandidate(found, officer->name_begin, officer->name_end, officer->name, NameKind::kPerson);
      if (size_t name_end = BiographyHeadingName(k, s, tokens); name_end > 0) {
        std::uint32_t name_begin = tokens.front().begin;
        PlaceCandidate(found, name_begin, static_cast<std::uint32_t>(name_end),
                       std::string(s.substr(name_begin, name_end - name_begin)), NameKind::kPerson);
      }
      if (holder) {
        NameKind kind = holder->person ? NameKind::kPerson : NameKind::kCompany;
        PlaceCandidate(found, holder->name_begin, holder->name_end, holder->name, kind);
      }
      if (const std::optional<CounterpartRow>& party = counterparts[k]; party && !officer && !holder) {
        NameKind kind = ClassifyName(party->name);
        if (kind == NameKind::kUnknown || kind == NameKind::kPerson) kind = NameKind::kCompany;
        PlaceCandidate(found, party->name_begin, party->name_end, party->name, kind);
      }
      for (NameCandidate& c : found) {
        // "We have one wholly owned subsidiary, Acme Inc., a Delaware corporation ("Acme
        // USA")": a subsidiary sharing the filer's name is a company of its own, known by the
        // short name defined for it.
        if (!stated_filer_key.empty() && NormalizeName(c.name) == stated_filer_key && NamesASubsidiary(u, s, c)) {
          KnowByShortName(c);
        }
        int id = table_.Add(c);
        if (officer && c.begin == officer->name_begin) {
          officer_row_of_unit_[k] = officer_rows_.size();
          officer_rows_.push_back({k, id, std::move(officer->role)});
        }
        if (holder && c.begin == holder->name_begin) holder_rows_.push_back({k, id, *holder});
        candidates_[k].emplace_back(std::move(c), id);
      }
      hints_.Observe(s, tokens, candidates_[k]);
      CountAcronymUses(s, tokens);
    }
    MarkCommonTerms();
  }

  // "Koichi Suzuki." standing alone before "Mr. Suzuki has served as ...": a biography headed
  // by its person's name. Returns the end of the name in unit `k` (text `s`), 0 when the unit
  // is not such a heading: two to four name words (initials inside), a period, and the next
  // unit opening with an honorific and the name's last word.
  size_t BiographyHeadingName(size_t k, std::string_view s, const std::vector<Token>& tokens) const {
    if (tokens.size() < 3 || tokens.size() > 5 || k + 1 >= seg_.units.size() || s.back() != '.') return 0;
    const Token& stop = tokens.back();
    if (stop.word || stop.end != s.size()) return 0;
    for (size_t t = 0; t + 1 < tokens.size(); ++t) {
      std::string_view w = s.substr(tokens[t].begin, tokens[t].end - tokens[t].begin);
      bool initial = w.size() == 2 && std::isupper(static_cast<unsigned char>(w[0])) && w[1] == '.' && t > 0;
      bool name_word = w.size() >= 2 && std::isupper(static_cast<unsigned char>(w[0])) &&
                       std::all_of(w.begin() + 1, w.end(), [](char c) {
                         return std::islower(static_cast<unsigned char>(c)) || c == '-' || c == '\'' ||
                                static_cast<unsigned char>(c) >= 0x80;
                       });
      if (!tokens[t].word || !(initial || (name_word && !IsCommonCapitalizedWord(w) && !IsRoleWord(w)))) return 0;
    }
    const Token& last = tokens[tokens.size() - 2];
    std::string_view surname = s.substr(last.begin, last.end - last.begin);
    std::string_view next = UnitText(seg_.units[k + 1]);
    for (std::string_view honorific : {"Mr. ", "Ms. ", "Mrs. ", "Dr. "}) {
      if (next.starts_with(honorific) && next.substr(honorific.size()).starts_with(surname)) return last.end;
    }
    return 0;
  }

  // Per unit, the counterpart its row names when the row belongs to a table introduced by the
  // counterparts it lists (counterpart_table.h), judged over the table's rows together.
  std::vector<std::optional<CounterpartRow>> CounterpartRows() const {
    std::vector<std::optional<CounterpartRow>> out(seg_.units.size());
    size_t k = 0;
    while (k < seg_.units.size()) {
      const TextUnit& u = seg_.units[k];
      if (!u.table_row || u.heading || u.lead_in < 0) {
        ++k;
        continue;
      }
      std::vector<std::string> names;
      size_t table_end = k;
      for (; table_end < seg_.units.size() && seg_.units[table_end].table_row &&
             seg_.units[table_end].lead_in == u.lead_in;
           ++table_end) {
        out[table_end] = ReadCounterpartRow(UnitText(seg_.units[u.lead_in]), UnitText(seg_.units[table_end]));
        if (out[table_end]) names.push_back(out[table_end]->name);
      }
      if (!ListsOrganizations(names)) {
        for (size_t r = k; r < table_end; ++r) out[r].reset();
      }
      k = table_end;
    }
    return out;
  }

  // Acronyms ("AI", "SoC", "OTC") a document mostly writes before a lower-case noun ("AI
  // computing", "SoC products") are terms of the trade, not organizations; counted here,
  // marked by MarkCommonTerms so the mention linker never makes them entities.
  void CountAcronymUses(std::string_view s, const std::vector<Token>& tokens) {
    static const auto* function_words = new WordSet{
        "and", "or", "of", "to", "in", "for", "the", "a", "an", "is", "are", "was", "were", "has", "have",
        "had", "as", "at", "by", "on", "with", "from", "that", "which", "who", "will", "may", "can", "could",
        "would", "should", "also", "its", "their", "our", "be", "been", "not", "than", "through", "under",
        "into", "over", "since", "during", "after", "before", "until", "between", "among", "against", "about"};
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (!tokens[i].word) continue;
      std::string_view w = s.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
      auto upper_case = [](char c) { return c >= 'A' && c <= 'Z'; };
      if (w.size() < 2 || w.size() > 6 || !upper_case(w[0])) continue;
      int upper = static_cast<int>(std::count_if(w.begin(), w.end(), upper_case));
      if (upper < 2 || w.find_first_of(".-&/") != std::string_view::npos) {
        continue;  // "U.S." and "O-SII" are places and terms of their own kind
      }
      AcronymUses& uses = acronym_uses_[w];
      ++uses.total;
      if (i + 1 < tokens.size() && tokens[i + 1].word && tokens[i + 1].begin == tokens[i].end + 1) {
        std::string_view next = s.substr(tokens[i + 1].begin, tokens[i + 1].end - tokens[i + 1].begin);
        if (std::islower(static_cast<unsigned char>(next[0])) && !function_words->Contains(next)) ++uses.as_modifier;
      }
    }
  }

  void MarkCommonTerms() {
    for (const auto& [word, uses] : acronym_uses_) {
      if (uses.as_modifier * 10 < uses.total * 3) continue;
      int known = table_.Find(word);
      if (known >= 0) {
        // A name the document defines, or that carries a suffix, stays a name.
        const EntityRecord& r = table_.record(known);
        if (r.name != word || r.defined || r.kind != NameKind::kUnknown) continue;
        table_.mutable_record(known).common_term = true;
        continue;
      }
      int id = table_.AddName(word, NameKind::kUnknown, /*bare=*/true);
      table_.mutable_record(id).common_term = true;
    }
    acronym_uses_.clear();
  }

  // Puts a candidate for [begin, end) into `found` (sorted by position) in place of those it
  // overlaps.
  static void PlaceCandidate(std::vector<NameCandidate>& found, std::uint32_t begin, std::uint32_t end,
                             const std::string& name, NameKind kind) {
    std::erase_if(found, [&](const NameCandidate& c) { return c.begin < end && c.full_end > begin; });
    NameCandidate cand{.begin = begin, .end = end, .full_end = end, .name = name, .kind = kind};
    auto at = std::upper_bound(found.begin(), found.end(), cand,
                               [](const NameCandidate& a, const NameCandidate& b) { return a.begin < b.begin; });
    found.insert(at, std::move(cand));
  }

  // Officer-table rows and signatures: person -officer_of-> filer; beneficial-ownership rows:
  // holder -owns-> filer (with the percent of class), and officer_of when the row states the
  // holder's office. The row is the evidence.
  void OfficerRowsPass() {
    if (filer_.entity < 0) return;
    for (const HolderRowAt& row : holder_rows_) {
      const TextUnit& u = seg_.units[row.unit];
      if (table_.Resolve(row.holder) == filer_.entity) continue;
      PendingRelation p;
      p.src = row.holder;
      p.dst = filer_.entity;
      p.rel = Relation::kOwns;
      p.attrs.percent = row.row.percent;
      p.evidence = UnitEvidence(u, std::string(UnitText(u)), "ownership_table", 0.85);
      if (row.row.holds_shares) pending_.push_back(p);
      if (row.row.person && !row.row.role.empty()) {
        p.rel = Relation::kOfficerOf;
        p.attrs = EdgeAttributes{};
        p.attrs.role = row.row.role;
        p.evidence.rule = "ownership_table_office";
        pending_.push_back(std::move(p));
      }
    }
    for (const OfficerRowAt& row : officer_rows_) {
      const TextUnit& u = seg_.units[row.unit];
      if (table_.record(table_.Resolve(row.person)).kind != NameKind::kPerson) continue;
      PendingRelation p;
      p.src = row.person;
      p.dst = filer_.entity;
      p.rel = Relation::kOfficerOf;
      p.attrs.role = ListsDirectorsByOccupation(u, row) ? "Director" : row.role;
      std::string_view text = UnitText(u);
      p.evidence = UnitEvidence(u, std::string(text), text.starts_with("/s/") ? "signature" : "officer_table", 0.9);
      pending_.push_back(std::move(p));
    }
  }

  // A table under a directors' heading ("Board of Directors") gives each director's principal
  // occupation ("Former Chair and CEO, PepsiCo, Inc."), not an office held at the filer: true
  // iff the row's section is such a heading and its role cell names another organization.
  bool ListsDirectorsByOccupation(const TextUnit& u, const OfficerRowAt& row) const {
    if (u.section < 0) return false;
    std::string heading = subsidiary_cells::Lower(seg_.sections[u.section]);
    auto has = [&](std::string_view w) { return heading.find(w) != std::string::npos; };
    if (!has("director") || has("officer") || has("executive") || has("management")) return false;
    std::string_view text = UnitText(u);
    size_t role_at = row.role.empty() ? std::string_view::npos : text.find(row.role);
    if (role_at == std::string_view::npos) return false;
    const auto& names = candidates_[row.unit];
    return std::any_of(names.begin(), names.end(), [&](const std::pair<NameCandidate, int>& c) {
      bool in_role = c.first.begin >= role_at && c.first.full_end <= role_at + row.role.size();
      int org = table_.Resolve(c.second);
      return in_role && table_.record(org).kind != NameKind::kPerson && org != filer_.entity &&
             org != table_.Resolve(row.person);
    });
  }

  // Evidence for a fact stated by unit `u`: its byte span in the original document.
  Evidence UnitEvidence(const TextUnit& u, std::string sentence, std::string rule, double confidence) const {
    Evidence e;
    e.document = options_.document_name;
    e.begin = doc_.SourceOffset(seg_.norm.Origin(u.begin));
    e.end = doc_.SourceOffset(seg_.norm.EndOrigin(u.end) - 1) + 1;
    e.sentence = std::move(sentence);
    e.section = SectionPath(seg_, u);
    e.rule = std::move(rule);
    e.confidence = confidence;
    return e;
  }

  // The filer named outside the prose: options_.filer, else the cover page's registrant, else
  // the EDGAR header's conformed name, else the parent a subsidiary-list heading names
  // ("SUBSIDIARIES OF X": a stand-alone Exhibit 21 names no company but its subsidiaries, so
  // the prose hints would pick one of them).
  // "" when none of these names one.
  std::string StatedFilerName() const {
    if (!options_.filer.empty()) return options_.filer;
    if (!doc_.registrant.empty()) return doc_.registrant;
    if (!doc_.filer.empty()) return doc_.filer;
    return SubsidiaryListParent(doc_);
  }

  // "Mr. McPhail" (a surname alone) is the person whose full name ends in it, wherever in the
  // document that full name stands ("RICHARD V. MCPHAIL" in the signatures), when exactly one
  // person does. A full name known only in capitals takes the case of its surname as written
  // elsewhere and of ordinary names otherwise ("Richard V. McPhail").
  void JoinPeopleBySurname() {
    auto lower = [](std::string_view s) {
      std::string out(s);
      for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return out;
    };
    std::unordered_map<std::string, std::vector<int>> full_by_surname;  // lower-case surname -> people
    std::vector<int> surnames;
    for (int i = 0; i < table_.size(); ++i) {
      const EntityRecord& r = table_.record(i);
      if (table_.Resolve(i) != i || r.kind != NameKind::kPerson) continue;
      size_t sp = r.name.rfind(' ');
      if (sp == std::string::npos) {
        surnames.push_back(i);
      } else {
        full_by_surname[lower(r.name.substr(sp + 1))].push_back(i);
      }
    }
    for (int s : surnames) {
      auto it = full_by_surname.find(lower(table_.record(s).name));
      if (it == full_by_surname.end() || it->second.size() != 1) continue;
      int full = it->second[0];
      std::string surname = table_.record(s).name;
      table_.Merge(s, full);
      EntityRecord& r = table_.mutable_record(full);
      if (IsAllCapsWord(r.name) && !IsAllCapsWord(surname)) {
        std::string mixed = TitleCase(r.name);
        mixed.replace(mixed.size() - surname.size(), surname.size(), surname);
        table_.AddAlias(full, r.name);
        r.name = mixed;
      }
    }
    for (int i = 0; i < table_.size(); ++i) {
      EntityRecord& r = table_.mutable_record(i);
      if (table_.Resolve(i) != i || r.kind != NameKind::kPerson || !IsAllCapsWord(r.name)) continue;
      std::string caps = r.name;
      r.name = TitleCase(caps);
      // The surname as an alias spells it ("Mr. McPhail") beats the title case ("Mcphail").
      size_t sp = r.name.rfind(' ');
      std::string_view surname = std::string_view(r.name).substr(sp == std::string::npos ? 0 : sp + 1);
      for (const std::string& alias : r.aliases) {
        size_t asp = alias.rfind(' ');
        std::string_view written = std::string_view(alias).substr(asp == std::string::npos ? 0 : asp + 1);
        if (!IsAllCapsWord(written) && EqualsIgnoringCase(written, surname)) {
          r.name.replace(r.name.size() - surname.size(), surname.size(), written);
          break;
        }
      }
      table_.AddAlias(i, caps);
    }
  }

  // True iff `s` is written in capitals: letters nearly all upper case ("RICHARD V. McPHAIL").
  static bool IsAllCapsWord(std::string_view s) {
    int upper = 0, lower = 0;
    for (char c : s) {
      upper += std::isupper(static_cast<unsigned char>(c)) ? 1 : 0;
      lower += std::islower(static_cast<unsigned char>(c)) ? 1 : 0;
    }
    return upper > 0 && lower * 6 < upper;
  }

  // "RICHARD V. MCPHAIL" -> "Richard V. Mcphail" (ASCII letters; others kept as written).
  // Accented Latin capitals ("Á", U+00C0-U+00DE but U+00D7) are lower-cased too: "NICOLÁS"
  // -> "Nicolás".
  static std::string TitleCase(std::string_view s) {
    std::string out(s);
    bool start = true;
    for (size_t i = 0; i < out.size(); ++i) {
      unsigned char u = static_cast<unsigned char>(out[i]);
      if (u == 0xC3 && i + 1 < out.size()) {
        unsigned char next = static_cast<unsigned char>(out[i + 1]);
        if (!start && next >= 0x80 && next <= 0x9E && next != 0x97) out[i + 1] = static_cast<char>(next + 0x20);
        start = false;
        ++i;
      } else if (std::isalpha(u)) {
        if (!start) out[i] = static_cast<char>(std::tolower(u));
        start = false;
      } else {
        start = u == ' ' || u == '-' || u == '\'';
      }
    }
    return out;
  }

  // A company named in the running head of every page ("2 The Procter & Gamble Company") is the
  // one filing; -1 when no running head reads as a company's name.
  int FilerFromRunningHead() {
    for (const std::string& head : seg_.running_heads) {
      std::string_view name = head;
      if (name.starts_with("The ")) name.remove_prefix(4);
      if (!LooksLikeCompanyHead(name)) continue;
      int id = table_.Find(name);
      return id >= 0 ? table_.Resolve(id) : table_.AddName(name, NameKind::kCompany);
    }
    return -1;
  }

  // A head that is a company's name and nothing else: a legal form last, no digit.
  static bool LooksLikeCompanyHead(std::string_view name) {
    if (name.empty() || std::any_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
    return ClassifyName(name) == NameKind::kCompany && IsCorporateSuffix(name.substr(name.rfind(' ') + 1));
  }

  void SetUpFiler() {
    std::string name = StatedFilerName();
    int filer = -1;
    bool called_registrant = false;
    if (!name.empty()) {
      filer = table_.AddName(name, NameKind::kCompany);
      table_.AddAlias(filer, name);  // kept when the prose's spelling became canonical
      // The EDGAR header's conformed name ("COCA COLA CO") yields to the cover's written form.
      if (options_.filer.empty() && !doc_.filer.empty()) table_.AddAlias(filer, doc_.filer);
      if (hints_.self_candidate >= 0 && table_.Resolve(hints_.self_candidate) != filer) {
        const EntityRecord& r = table_.record(table_.Resolve(hints_.self_candidate));
        if (NormalizeName(r.name) == NormalizeName(name)) table_.Merge(hints_.self_candidate, filer);
      }
    } else if (hints_.self_candidate >= 0) {
      filer = table_.Resolve(hints_.self_candidate);
    } else if (int head = FilerFromRunningHead(); head >= 0) {
      filer = head;
    } else if (hints_.introduced >= 0) {
      filer = table_.Resolve(hints_.introduced);
    } else if (!hints_.own_stock.empty()) {
      filer = FilerFromOwnStock();
    } else if (!hints_.introduced_name.empty()) {
      filer = table_.AddName(hints_.introduced_name, NameKind::kCompany);
    } else if (OpensWithSubsidiaryList(doc_)) {
      filer = FilerFromSubsidiaryFamily();
      // The list calls its parent only "the Registrant": that word is the one name the
      // document itself gives the filer, so it is kept beside the family's name.
      called_registrant = subsidiary_cells::ContainsNoCase(text_, "the registrant");
    } else {
      filer = FilerByNameFrequency();
    }
    if (filer < 0) return;
    if (name.empty()) SeparateSubsidiariesNamedLikeTheFiler(filer);
    table_.mutable_record(filer).kind = NameKind::kCompany;
    for (const std::string& a : hints_.self_aliases) table_.AddAlias(filer, a);
    std::string initials = Initials(table_.record(filer).name);
    if (initials.size() >= 2 && table_.Find(initials) < 0) table_.AddAlias(filer, initials);
    // "Amazon.com, Inc." calls itself "Amazon" too: a web domain's name without its ending.
    std::string_view full = table_.record(filer).name;
    if (size_t dot = full.find(".com"); dot != std::string_view::npos && dot >= 3 &&
        (dot + 4 == full.size() || full[dot + 4] == ',' || full[dot + 4] == ' ')) {
      std::string stem(full.substr(0, dot));
      int known = stem.find(' ') == std::string::npos ? table_.Find(stem) : filer;
      if (known < 0) {
        table_.AddAlias(filer, stem);
      } else if (known != filer && table_.record(known).bare) {
        table_.Merge(known, filer);
      }
    }
    // "<name> Group" means the filer's group, i.e. the filer ("the IIJ Group").
    std::vector<std::string> names = table_.record(filer).aliases;
    names.push_back(table_.record(filer).name);
    for (const std::string& a : names) {
      std::vector<Token> toks = Tokenize(a);
      while (!toks.empty() && (!toks.back().word || IsCorporateSuffix(std::string_view(a).substr(
                                                         toks.back().begin, toks.back().end - toks.back().begin)))) {
        toks.pop_back();
      }
      if (toks.empty() || toks.size() > 3) continue;
      std::string stem = a.substr(toks.front().begin, toks.back().end - toks.front().begin);
      if (stem.size() >= 6 && stem.compare(stem.size() - 6, 6, " Group") == 0) continue;
      int group = table_.Find(stem + " Group");
      if (group < 0) {
        table_.AddAlias(filer, stem + " Group");
      } else if (group != filer) {
        table_.Merge(group, filer);
      }
    }
    if (called_registrant) table_.AddAlias(filer, "Registrant");
    filer_.entity = filer;
    filer_.self_phrases = hints_.self_phrases;
    PromoteRelatives();
  }

  // True iff candidate `c` of unit `u` (text `s`) is a subsidiary defined with a short name: a
  // table row's, or one after "subsidiary" ("We have one wholly owned subsidiary, Acme Inc., a
  // Delaware corporation ("Acme USA")").
  static bool NamesASubsidiary(const TextUnit& u, std::string_view s, const NameCandidate& c) {
    return !c.short_names.empty() &&
           ((u.table_row && !u.heading) || s.substr(0, c.begin).find("subsidiar") != std::string_view::npos);
  }

  // A subsidiary sharing the filer's name is a company of its own, known by its short name.
  static void KnowByShortName(NameCandidate& c) {
    c.name = c.short_names.front();
    c.short_names.clear();
    c.kind = NameKind::kCompany;
  }

  // What FindNamesPass does when the filer is stated, done once the filer is found (the filer may
  // have taken its subsidiary's name): the subsidiary gets an entity of its own under its short name.
  void SeparateSubsidiariesNamedLikeTheFiler(int filer) {
    for (size_t k = 0; k < candidates_.size(); ++k) {
      std::string_view s = UnitText(seg_.units[k]);
      for (auto& [c, id] : candidates_[k]) {
        if (id < 0 || table_.Resolve(id) != filer || !NamesASubsidiary(seg_.units[k], s, c)) continue;
        std::erase(table_.mutable_record(filer).aliases, c.short_names.front());
        KnowByShortName(c);
        int known = table_.Find(c.name);  // separated at an earlier mention
        id = known >= 0 && known != filer ? known : table_.AddDistinctName(c.name, NameKind::kCompany);
      }
    }
  }

  // With no statement of who "we" are, the filer is the company whose name the document uses
  // most on its own: among the companies found and the names written in the possessive beside
  // "we" ("Acme's strategies that shape our business"), the one whose first word is most often
  // written without the rest of a full name (a filer's short name also prefixes its products
  // and units: "the Acme platform", "Acme Cloud"). -1 when none qualifies.
  int FilerByNameFrequency() {
    struct Choice {
      std::string name;
      int entity = -1;  // the found company, or -1 for a possessive-only name
      int votes = 0;    // possessive uses beside "we"
    };
    std::vector<Choice> choices;
    for (int i = 0; i < table_.size(); ++i) {
      const EntityRecord& r = table_.record(i);
      if (table_.Resolve(i) != i) continue;
      // A bare one-word name the text keeps using ("NVIDIA") may be the filer too.
      bool bare_word = r.bare && r.kind == NameKind::kUnknown && !r.common_term && r.mentions >= 3 &&
                       r.name.find(' ') == std::string::npos && !IsAllCaps(r.name);
      if (r.kind == NameKind::kCompany || r.kind == NameKind::kGroup || bare_word) choices.push_back({r.name, i, 0});
    }
    for (const auto& [name, votes] : hints_.possessive_beside_we) {
      int found = table_.Find(name);
      if (found < 0) {
        choices.push_back({name, -1, votes});
        continue;
      }
      if (table_.record(table_.Resolve(found)).kind != NameKind::kCompany) continue;
      for (Choice& c : choices) {
        if (c.entity == table_.Resolve(found)) c.votes += votes;
      }
    }
    // "Zara Kanji & Associates" opens with a person's given name, which counts the person.
    std::unordered_set<std::string_view> given_names;
    for (int i = 0; i < table_.size(); ++i) {
      if (table_.record(i).kind == NameKind::kPerson) given_names.insert(FirstNameWord(table_.record(i).name));
    }
    std::unordered_map<std::string_view, WordUses> uses;
    for (const Choice& c : choices) {
      std::string_view w = FirstNameWord(c.name);
      // "Board of Directors of ..." opens with an office, "Acme University" is not the company.
      bool office = IsRoleWord(w) && !IsCorporateSuffix(LastNameWord(c.name));
      if (w.size() < 2 || office || given_names.count(w) || NamesInstitution(c.name) || IsCommonCapitalizedWord(w) ||
          IsDottedInitials(w)) {
        continue;
      }
      WordUses& u = uses[w];
      if (c.entity >= 0 && w.size() < c.name.size()) u.longer.push_back(c.name);
      // A defined short name counts for its company: "GAINSCO, INC. ("GAN")" then "GAN's".
      for (std::string_view alias : OneWordAliases(c.entity)) {
        if (alias != w && !given_names.count(alias) && !IsCommonCapitalizedWord(alias)) uses[alias];
      }
    }
    if (uses.empty()) return -1;
    CountWordUses(uses);
    // Initials count for the name they stand for: "P&G's results ... our" is Procter & Gamble.
    std::unordered_map<std::string, std::vector<size_t>> by_compact;
    for (size_t i = 0; i < choices.size(); ++i) by_compact[Compacted(choices[i].name)].push_back(i);
    // Ranked by bare uses of the first word (plus possessives beside "we", plus those of the
    // name's initials), then all its uses, then found over possessive-only, mentions, a
    // corporate suffix ("Acme Inc." over "Acme Labs"), the first named.
    using Rank = std::tuple<int, int, bool, int, bool, int>;
    int best = -1;
    Rank best_rank;
    for (size_t i = 0; i < choices.size(); ++i) {
      const Choice& c = choices[i];
      auto u = uses.find(FirstNameWord(c.name));
      if (u == uses.end() || u->second.lower >= u->second.all) continue;  // a common noun ("Management")
      // A company is called by its first word or by a defined short name, whichever the
      // document uses more ("GAN" over "GAINSCO"; "NIKE" over "NTC" for NIKE Trading Company).
      int bare = u->second.bare, all = u->second.all;
      for (std::string_view alias : OneWordAliases(c.entity)) {
        auto au = uses.find(alias);
        if (alias == u->first || au == uses.end() || au->second.lower >= au->second.all) continue;
        if (au->second.bare > bare) std::tie(bare, all) = std::tie(au->second.bare, au->second.all);
      }
      int score = bare + c.votes;
      if (std::string initials = Initials(WithoutThe(c.name)); c.entity >= 0 && initials.size() >= 2) {
        auto same = by_compact.find(initials);
        for (size_t o : same == by_compact.end() ? std::vector<size_t>{} : same->second) {
          auto ou = uses.find(FirstNameWord(choices[o].name));
          if (o == i || ou == uses.end()) continue;
          score += ou->second.bare + choices[o].votes;
          all += ou->second.all;
        }
      }
      int mentions = c.entity >= 0 ? table_.record(c.entity).mentions : 0;
      Rank rank{score, all, c.entity >= 0, mentions, IsCorporateSuffix(LastNameWord(c.name)), -static_cast<int>(i)};
      if (best < 0 || rank > best_rank) {
        best = static_cast<int>(i);
        best_rank = rank;
      }
    }
    // In a text of some length, a name used once or twice is no evidence of who speaks: better
    // no filer than a wrong one.
    constexpr int kMinUses = 3;
    constexpr size_t kLongText = 20;  // units
    if (best < 0) return -1;
    const Choice& chosen = choices[best];
    if (seg_.units.size() >= kLongText && std::get<1>(best_rank) + chosen.votes < kMinUses) return -1;
    return chosen.entity >= 0 ? chosen.entity : table_.AddName(chosen.name, NameKind::kCompany);
  }

  // The aliases of found company `entity` written as one word ("GAN"); none for -1.
  std::vector<std::string_view> OneWordAliases(int entity) const {
    std::vector<std::string_view> out;
    if (entity < 0) return out;
    for (const std::string& a : table_.record(entity).aliases) {
      if (a.size() >= 2 && a.find(' ') == std::string::npos) out.push_back(a);
    }
    return out;
  }

  // How the document uses a word that opens candidate names.
  struct WordUses {
    int all = 0;    // written so (capitalized)
    int lower = 0;  // written in lower case: "management" makes "Management" a common noun
    int bare = 0;   // not opening a longer company name found in the document ("Acme" alone)
    std::vector<std::string_view> longer;  // found companies' names opening with this word
  };

  // Counts, over every sentence, the uses of each word of `uses`.
  void CountWordUses(std::unordered_map<std::string_view, WordUses>& uses) const {
    std::unordered_map<std::string, WordUses*> lowered;
    for (auto& [w, u] : uses) {
      std::string low(w);
      for (char& ch : low) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      lowered.emplace(std::move(low), &u);
    }
    for (size_t k = 0; k < tokens_.size(); ++k) {
      std::string_view s = UnitText(seg_.units[k]);
      for (const Token& t : tokens_[k]) {
        if (!t.word) continue;
        std::string_view w = s.substr(t.begin, t.end - t.begin);
        if (std::islower(static_cast<unsigned char>(w[0]))) {
          if (auto low = lowered.find(std::string(w)); low != lowered.end()) ++low->second->lower;
          continue;
        }
        auto it = uses.find(w);
        if (it == uses.end()) continue;
        ++it->second.all;
        std::string_view here = s.substr(t.begin);
        bool opens_longer = std::any_of(it->second.longer.begin(), it->second.longer.end(),
                                        [&](std::string_view n) { return here.substr(0, n.size()) == n; });
        if (!opens_longer) ++it->second.bare;
      }
    }
  }

  // "The Acme Company" is called "Acme".
  static std::string_view WithoutThe(std::string_view name) {
    if (name.substr(0, 4) == "The ") name.remove_prefix(4);
    return name;
  }
  static std::string_view FirstNameWord(std::string_view name) {
    name = WithoutThe(name);
    return name.substr(0, name.find_first_of(" ,"));
  }
  static std::string_view LastNameWord(std::string_view name) { return name.substr(name.rfind(' ') + 1); }
  // The name's letters and digits only ("P&G" -> "PG"), to compare with initials.
  static std::string Compacted(std::string_view name) {
    std::string out;
    for (char ch : name) {
      if (ch != '&' && ch != '.' && ch != '-' && ch != ' ') out.push_back(ch);
    }
    return out;
  }

  // The filer named by the stock most often called its own ("Acme common stock"): the entity
  // that name finds, unless that entity is a longer name ("Acme Corporation") never written
  // outside a list of other companies ("evolved with Beta Inc., Acme Corporation and Gamma
  // LLC" names a predecessor or relative sharing the filer's name); then a new entity under
  // the stock's name. Returns its index.
  int FilerFromOwnStock() {
    auto best = std::max_element(hints_.own_stock.begin(), hints_.own_stock.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    const std::string& name = best->first;
    int found = table_.Find(name);
    if (found >= 0 && !WrittenAs(found, name) && !NamedAloneAsOne(found)) {
      return table_.AddDistinctName(name, NameKind::kCompany);
    }
    return table_.AddName(name, NameKind::kCompany);
  }

  // A subsidiary list that names no parent ("Subsidiaries of the Registrant") still shows the
  // family its companies share: when one distinctive first word opens at least a fifth (and
  // three or more) of the companies' names ("ExxonMobil Canada Ltd.", "ExxonMobil Oil
  // Corporation", ...), the parent is taken to be that name. -1 when no word does.
  int FilerFromSubsidiaryFamily() {
    std::map<std::string, int> first_words;
    int companies = 0;
    for (int i = 0; i < table_.size(); ++i) {
      const EntityRecord& r = table_.record(i);
      if (table_.Resolve(i) != i || r.kind != NameKind::kCompany) continue;
      ++companies;
      std::string_view name = r.name;
      std::string_view first = name.substr(0, name.find(' '));
      if (first.size() >= 3 && first.size() < name.size() && IsCapitalized(first) && !IsCommonCapitalizedWord(first) &&
          !IsCorporateSuffix(first)) {
        ++first_words[std::string(first)];
      }
    }
    auto best = std::max_element(first_words.begin(), first_words.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    if (best == first_words.end() || best->second < 3 || best->second * 5 < companies) return -1;
    return table_.AddDistinctName(best->first, NameKind::kCompany);
  }

  // True iff `name` is, case aside, the entity's name or one of its aliases.
  bool WrittenAs(int entity, std::string_view name) const {
    auto same = [&](std::string_view n) {
      return n.size() == name.size() &&
             std::equal(n.begin(), n.end(), name.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) ==
                      std::tolower(static_cast<unsigned char>(b));
             });
    };
    const EntityRecord& r = table_.record(entity);
    return same(r.name) || std::any_of(r.aliases.begin(), r.aliases.end(), same);
  }

  // True iff some entity folded into `entity` was named outside a list (FilerHints::NamedAlone).
  bool NamedAloneAsOne(int entity) const {
    for (int i = 0; i < table_.size(); ++i) {
      if (table_.Resolve(i) == entity && hints_.NamedAlone(i)) return true;
    }
    return false;
  }

  // A defined name of unknown kind that shares its distinctive first word with a company
  // ("Acme Bank USA (ABU)" beside "Acme Holdings Inc.") is taken for a company of that family.
  void PromoteRelatives() {
    // The first one or two distinctive words of a name, without suffixes and "Group".
    auto stem = [](const std::string& name, size_t max_words) {
      std::vector<Token> toks = Tokenize(name);
      std::string out;
      size_t words = 0;
      for (const Token& t : toks) {
        std::string_view w = std::string_view(name).substr(t.begin, t.end - t.begin);
        if (!t.word || (out.empty() && IsCommonCapitalizedWord(w))) continue;
        if (IsCorporateSuffix(w) || w == "Group" || w == "Holdings" || words == max_words) break;
        if (!out.empty()) out.push_back(' ');
        out += w;
        ++words;
      }
      return out;
    };
    std::set<std::string> company_words;
    for (int i = 0; i < table_.size(); ++i) {
      const EntityRecord& r = table_.record(i);
      if (table_.Resolve(i) != i || (r.kind != NameKind::kCompany && r.kind != NameKind::kGroup)) continue;
      std::string w = stem(r.name, 2);
      if (w.size() >= 3) company_words.insert(w);
    }
    for (int i = 0; i < table_.size(); ++i) {
      EntityRecord& r = table_.mutable_record(i);
      if (table_.Resolve(i) != i || r.kind != NameKind::kUnknown || r.bare || r.name.find(' ') == std::string::npos) continue;
      if (company_words.count(stem(r.name, 1)) || company_words.count(stem(r.name, 2))) r.kind = NameKind::kCompany;
    }
  }

  // Pass 2: mentions, placeholder sentences, rules.
  void MatchPass() {
    mentions_.resize(seg_.units.size());
    std::vector<RuleMatch> matches;
    for (size_t k = 0; k < seg_.units.size(); ++k) {
      const TextUnit& u = seg_.units[k];
      if (u.heading) {
        last_person_ = -1;
        continue;
      }
      std::string_view s = UnitText(u);
      std::vector<Token> tokens = std::move(tokens_[k]);
      mentions_[k] = LinkMentions(s, tokens, candidates_[k], table_, filer_, &*words_);
      LinkPronouns(s, tokens, mentions_[k]);
      for (const Mention& m : mentions_[k]) {
        if (m.letter != 'F') ++table_.mutable_record(table_.Resolve(m.entity)).mentions;
      }
      if (auto row = officer_row_of_unit_.find(k); row != officer_row_of_unit_.end() && !s.starts_with("/s/")) {
        OfficerRowClauses(u, s, mentions_[k], officer_rows_[row->second]);
      }
      bool named = false;
      for (const Mention& m : mentions_[k]) named |= m.letter != 'F';
      if (!named || !u.prose) continue;
      // The mentions a rule sees: the lead-in's, then the item's.
      std::vector<Mention> all;
      std::string templ;
      int lead_count = 0;
      // A table's introduction speaks for its rows only when they name the counterparts it
      // introduces ("... exposure to reinsurers" over "Acme Re | 798"), not over figures by region.
      bool lead_speaks = u.lead_in >= 0 && !(u.table_row && !counterparts_[k] && IntroducesTable(UnitText(seg_.units[u.lead_in])));
      // A list item's later sentence speaks under the lead-in when it lists names itself
      // ("Examples include A, B and C."); the rest of the item's sentences are read alone.
      if (lead_speaks && u.later_sentence && !HasListCue(s)) lead_speaks = false;
      if (lead_speaks) {
        const TextUnit& lead = seg_.units[u.lead_in];
        all = mentions_[u.lead_in];
        lead_count = static_cast<int>(all.size());
        templ = PlaceholderText(UnitText(lead), all, 0) + " ";
      }
      templ += PlaceholderText(s, mentions_[k], lead_count);
      all.insert(all.end(), mentions_[k].begin(), mentions_[k].end());
      matches.clear();
      rules_.MatchAll(templ, &matches);
      if (options_.trace) {
        std::string shown = templ;
        for (char& ch : shown) {
          if (ch == kPlaceholderOpen) ch = '<';
          if (ch == kPlaceholderClose) ch = '>';
        }
        trace_.push_back("[" + std::to_string(matches.size()) + " match(es)] " + shown);
      }
      if (matches.empty()) continue;
      // What the matches' edges carry: the sentence as written and each mention's place in it.
      std::string sentence = lead_speaks ? std::string(UnitText(seg_.units[u.lead_in])) + " " : std::string();
      sentence += s;
      std::vector<std::string_view> surfaces;
      std::vector<std::pair<size_t, size_t>> spans;  // each mention's bytes in `sentence`
      std::string_view lead_text = lead_speaks ? UnitText(seg_.units[u.lead_in]) : std::string_view();
      size_t item_offset = lead_speaks ? lead_text.size() + 1 : 0;
      for (int i = 0; i < static_cast<int>(all.size()); ++i) {
        std::string_view base = i < lead_count ? lead_text : s;
        surfaces.push_back(base.substr(all[i].begin, all[i].end - all[i].begin));
        size_t offset = i < lead_count ? 0 : item_offset;
        spans.emplace_back(offset + all[i].begin, offset + all[i].end);
      }
      for (const RuleMatch& m : matches) Apply(m, u, all, surfaces, spans, lead_count, sentence);
    }
  }

  // "he" and "she" refer to the person named last before them in the same section
  // (biographies: "Ms. Lowe joined us in 2019. Previously, she was ..."); they become mentions
  // of that person. The person named last in this unit is remembered for the units after it.
  void LinkPronouns(std::string_view s, const std::vector<Token>& tokens, std::vector<Mention>& mentions) {
    std::vector<Mention> added;
    size_t next = 0;
    for (const Token& t : tokens) {
      while (next < mentions.size() && mentions[next].end <= t.begin) {
        if (mentions[next].letter == 'P') last_person_ = mentions[next].entity;
        ++next;
      }
      if (!t.word || (next < mentions.size() && mentions[next].begin <= t.begin)) continue;
      std::string_view w = s.substr(t.begin, t.end - t.begin);
      // Possessives stay words: rules read "his"/"her" as {POSS}.
      bool pronoun = w == "he" || w == "He" || w == "she" || w == "She";
      if (pronoun && last_person_ >= 0) added.push_back({t.begin, t.end, last_person_, 'P'});
    }
    for (; next < mentions.size(); ++next) {
      if (mentions[next].letter == 'P') last_person_ = mentions[next].entity;
    }
    if (added.empty()) return;
    mentions.insert(mentions.end(), added.begin(), added.end());
    std::sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  }

  // The other cells of an officer-table row list the person's other offices, one per clause
  // ("Chief Financial Officer of Megastar Corp., 2011 to present; Owner, Kanji & Associates"):
  // each clause naming an organization after an office gives officer_of person -> that
  // organization, former when the clause ends its tenure ("from 2014 to July 2016").
  void OfficerRowClauses(const TextUnit& u, std::string_view s, const std::vector<Mention>& mentions,
                         const OfficerRowAt& row) {
    size_t clause_begin = s.find(" | ", 0);
    if (clause_begin == std::string_view::npos) return;
    size_t m = 0;
    while (clause_begin < s.size()) {
      size_t clause_end = s.find_first_of(";|", clause_begin + 1);
      size_t sentence_end = s.find(". ", clause_begin + 1);
      clause_end = std::min(clause_end == std::string_view::npos ? s.size() : clause_end,
                            sentence_end == std::string_view::npos ? s.size() : sentence_end + 1);
      std::string_view clause = s.substr(clause_begin, clause_end - clause_begin);
      size_t role_from = clause_begin;
      for (; m < mentions.size() && mentions[m].begin < clause_end; ++m) {
        const Mention& at = mentions[m];
        if (at.begin < clause_begin) continue;
        int org = table_.Resolve(at.entity);
        // A bare name counts when it is more than an acronym ("Walmart International", learned
        // from a list of the filer's segments); a field of the office in words the document
        // writes in lower case too ("Senior Vice President, Information Technology & Data
        // Analytics") is no employer.
        bool organization = (at.letter == 'C' || at.letter == 'R' || at.letter == 'U' || at.letter == 'G' ||
                             (at.letter == 'A' && table_.record(org).name.find(' ') != std::string::npos)) &&
                            !NamesATitle(table_.record(org).name) &&
                            !NamesAUnitInCommonWords(table_.record(org).name, *words_);
        std::string_view role = s.substr(role_from, at.begin - role_from);
        role_from = at.end;
        if (!organization || org == filer_.entity || org == table_.Resolve(row.person) || !NamesAnOffice(role)) continue;
        PendingRelation p;
        p.src = row.person;
        p.dst = org;
        p.rel = Relation::kOfficerOf;
        p.attrs.role = CleanRole(role);
        p.attrs.former = EndsTenure(clause);
        p.evidence = UnitEvidence(u, std::string(s), "officer_table_career", 0.8);
        pending_.push_back(std::move(p));
      }
      clause_begin = clause_end;
    }
  }

  // "| President and Founder of " -> "President and Founder".
  static std::string CleanRole(std::string_view role) {
    auto junk = [](char c) { return c == ' ' || c == '|' || c == ',' || c == ';' || c == '.'; };
    while (!role.empty() && junk(role.front())) role.remove_prefix(1);
    while (!role.empty() && junk(role.back())) role.remove_suffix(1);
    for (std::string_view tail : {" of", " at", " with", " for", " in"}) {
      if (role.ends_with(tail)) role.remove_suffix(tail.size());
    }
    while (!role.empty() && junk(role.back())) role.remove_suffix(1);
    return std::string(role);
  }

  // The clause of `sentence` holding `span`: from the ';' before it to the ';' after it.
  static std::string_view ClauseAround(std::string_view sentence, std::pair<size_t, size_t> span) {
    size_t begin = sentence.rfind(';', span.first);
    begin = begin == std::string_view::npos ? 0 : begin + 1;
    size_t end = sentence.find(';', span.second);
    return sentence.substr(begin, (end == std::string_view::npos ? sentence.size() : end) - begin);
  }

  // True iff the sentence holds a word that opens a list of names ("include", "such as", ...).
  static bool HasListCue(std::string_view s) {
    for (std::string_view cue : {"includ", "such as", "e.g.", "namely", " like ", "are "}) {
      if (s.find(cue) != std::string_view::npos) return true;
    }
    return false;
  }

  // The words of `sentence` before position `at` back to the clause's start (the ';' before it).
  static std::string_view ClauseBefore(std::string_view sentence, size_t at) {
    size_t begin = sentence.rfind(';', at);
    begin = begin == std::string_view::npos ? 0 : begin + 1;
    return sentence.substr(begin, at - begin);
  }

  // True iff the clause dates the end of a tenure ("to July 2016", "until 2019") rather than
  // running to the present.
  static bool EndsTenure(std::string_view clause) {
    static const RE2* ended = new RE2(R"((?i)\b(?:to|until|through|-)\s+(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},\s+)?(?:19|20)\d\d\b)");
    static const RE2* present = new RE2(R"((?i)\b(?:to|until)\s+(?:the\s+)?(?:present|date|now)\b)");
    return RE2::PartialMatch(clause, *ended) && !RE2::PartialMatch(clause, *present);
  }

  // The mention indices of a group's placeholders, but for a place after an item of a list
  // ("<C1> in <G2> and <C3> in India": <G2> stands after "in", inside the list, and is none)
  // and a parent an item's appositive names ("<C1>, a subsidiary of <C2>, and <C3>").
  static std::vector<int> PlaceholdersIn(std::string_view text) {
    std::vector<int> out;
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] != kPlaceholderOpen) continue;
      std::string_view before = text.substr(0, i);
      size_t a = before.rfind(", a "), an = before.rfind(", an ");
      size_t appositive = a == std::string_view::npos ? an : (an == std::string_view::npos ? a : std::max(a, an));
      bool in_appositive = appositive != std::string_view::npos &&
                           before.find(',', appositive + 1) == std::string_view::npos && before.ends_with(" of ");
      bool skipped = before.ends_with(" in ") || before.ends_with(" in the ") || in_appositive;
      size_t j = i + 2;
      int v = 0;
      while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) v = v * 10 + (text[j++] - '0');
      if (!skipped) out.push_back(v);
      i = j;
    }
    return out;
  }

  // The group text with placeholders replaced by the names as written.
  static std::string Render(std::string_view text, const std::vector<std::string_view>& surfaces) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] != kPlaceholderOpen) {
        out.push_back(text[i]);
        continue;
      }
      size_t j = i + 2;
      int v = 0;
      while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) v = v * 10 + (text[j++] - '0');
      if (v < static_cast<int>(surfaces.size())) out.append(surfaces[v]);
      i = j;
    }
    // Attribute phrases end on content words: "infrastructure as an" -> "infrastructure".
    std::string t = Trimmed(out);
    static const char* const kTrailing[] = {" as an", " as a", " as", " an", " a", " the", " for", " to",
                                            " of", " and", " with", " from", " in", " by", " which"};
    for (bool cut = true; cut;) {
      cut = false;
      for (const char* w : kTrailing) {
        size_t n = std::char_traits<char>::length(w);
        if (t.size() > n && t.compare(t.size() - n, n, w) == 0) {
          t = Trimmed(t.substr(0, t.size() - n));
          cut = true;
        }
      }
    }
    return t;
  }

  // "Chair of the Board", "Board, President and Chief Executive Officer", "Worldwide Controller":
  // a title an officer holds, not an organization; true when the name opens with "Board" or
  // "Chair" or ends in a role word, and carries no legal form.
  static bool NamesATitle(std::string_view name) {
    std::vector<Token> toks = Tokenize(name);
    std::vector<std::string_view> words;
    for (const Token& t : toks) {
      if (t.word) words.push_back(name.substr(t.begin, t.end - t.begin));
    }
    if (words.empty() || IsCorporateSuffix(words.back())) return false;
    return words.front() == "Board" || words.front() == "Chair" || IsRoleWord(words.back());
  }

  bool KindsFit(Relation rel, int src, int dst) const {
    auto kind = [&](int id) { return table_.record(id).kind; };
    bool src_person = kind(src) == NameKind::kPerson, dst_person = kind(dst) == NameKind::kPerson;
    if (kind(src) == NameKind::kLaw || kind(dst) == NameKind::kLaw) return false;
    // A place ("U.S.", "Japan") is no party to a business relation, neither the one regulated
    // ("In the U.K., ... overseen by X") nor the regulator: a country's name alone is where
    // rules apply ("sanctioned by US FDA" is the agency); its bodies regulate ("the European
    // Union", "the U.S. government").
    auto place = [&](int id) { return subsidiary_cells::IsKnownJurisdiction(table_.record(id).name); };
    if (place(src) || place(dst)) return false;
    switch (rel) {
      case Relation::kOfficerOf: return src_person && !dst_person && !NamesATitle(table_.record(dst).name);
      case Relation::kOwns: return !dst_person;  // people own firms and shares too
      case Relation::kRegulates:
        return !src_person && !dst_person && src != filer_.entity &&
               (kind(src) == NameKind::kGovernment || kind(src) == NameKind::kUnknown || kind(src) == NameKind::kMarket);
      case Relation::kMemberOf: return !src_person && kind(dst) == NameKind::kGroup && kind(src) != NameKind::kGovernment;
      case Relation::kCompetes:
      case Relation::kPartners:
      case Relation::kAcquired:
      case Relation::kInvestsIn:
        return !src_person && !dst_person && kind(src) != NameKind::kGovernment && kind(dst) != NameKind::kGovernment;
      default: return !src_person && !dst_person;
    }
  }

  // A rule's named group "what2" belongs with "src2"/"dst2": the number after a group's name
  // (1 when there is none) pairs attributes with the endpoints they describe, as in
  // "we rely on A for power, and B for leased lines".
  static std::pair<std::string_view, int> SplitSlot(std::string_view name) {
    size_t digits = name.size();
    while (digits > 0 && std::isdigit(static_cast<unsigned char>(name[digits - 1]))) --digits;
    if (digits == name.size() || digits == 0) return {name, 1};
    return {name.substr(0, digits), std::atoi(std::string(name.substr(digits)).c_str())};
  }

  void Apply(const RuleMatch& m, const TextUnit& u, const std::vector<Mention>& all,
             const std::vector<std::string_view>& surfaces, const std::vector<std::pair<size_t, size_t>>& spans,
             int lead_count, const std::string& sentence) {
    const RuleInfo& rule = rules_.rules()[m.rule];
    std::vector<std::pair<int, int>> srcs, dsts;  // (placeholder, slot)
    bool has_src = false, has_dst = false;
    EdgeAttributes attrs;
    attrs.former = rule.former;
    if (rule.percent > 0) attrs.percent = rule.percent;
    std::map<int, EdgeAttributes> slot_attrs;  // what/segment/role/percent of slots 2, 3, ...
    for (const auto& [name, text] : m.groups) {
      auto [base, slot] = SplitSlot(name);
      EdgeAttributes& target = slot == 1 ? attrs : slot_attrs[slot];
      if (base == "src") {
        has_src = true;
        for (int i : PlaceholdersIn(text)) srcs.emplace_back(i, slot);
      } else if (base == "dst") {
        has_dst = true;
        for (int i : PlaceholdersIn(text)) dsts.emplace_back(i, slot);
      } else if (base == "percent") {
        target.percent = ParsePercent(text);
      } else if (name == "amount") {
        if (std::optional<Money> money = ParseMoney(text)) {
          attrs.amount = money->amount;
          attrs.currency = money->currency;
        }
      } else if (name == "date") {
        attrs.date = ToIsoDate(text);
      } else if (name == "end_date") {
        attrs.end_date = ToIsoDate(text);
        attrs.former = true;
      } else if (name.rfind("former", 0) == 0) {
        attrs.former = true;
      } else if (base == "what") {
        target.what = Render(text, surfaces);
      } else if (base == "segment") {
        target.segment = Render(text, surfaces);
      } else if (base == "role") {
        target.role = Render(text, surfaces);
      } else if (name == "from") {
        std::vector<int> f = PlaceholdersIn(text);
        if (!f.empty() && f[0] < static_cast<int>(all.size())) attrs.from = table_.record(table_.Resolve(all[f[0]].entity)).name;
      }
    }
    if (filer_.entity < 0 && (rule.src_is_filer || rule.dst_is_filer)) return;
    std::vector<std::pair<int, int>> src_ids, dst_ids;  // (entity record, slot)
    bool item_endpoint = lead_count == 0;
    std::vector<int> src_mentions, dst_mentions;  // placeholder of each collected endpoint, -1 for the implied filer
    auto collect = [&](const std::vector<std::pair<int, int>>& idx, const std::string& kinds,
                       std::vector<std::pair<int, int>>* ids, std::vector<int>* mention_of) {
      for (auto [i, slot] : idx) {
        if (i >= static_cast<int>(all.size())) continue;
        if (!kinds.empty() && kinds.find(all[i].letter) == std::string::npos) continue;
        if (i >= lead_count) item_endpoint = true;
        ids->emplace_back(table_.Resolve(all[i].entity), slot);
        mention_of->push_back(i);
      }
    };
    if (has_src) {
      collect(srcs, rule.src_kinds, &src_ids, &src_mentions);
    } else if (rule.src_is_filer) {
      src_ids.emplace_back(filer_.entity, 1);
      src_mentions.push_back(-1);
    }
    if (has_dst) {
      collect(dsts, rule.dst_kinds, &dst_ids, &dst_mentions);
    } else if (rule.dst_is_filer) {
      dst_ids.emplace_back(filer_.entity, 1);
      dst_mentions.push_back(-1);
    }
    if (!item_endpoint) return;
    std::string src_written;
    if (rule.rel == Relation::kRenamedTo && !srcs.empty() && srcs[0].first < static_cast<int>(surfaces.size())) {
      src_written = Trimmed(surfaces[srcs[0].first]);
    }
    // The attributes of an edge whose numbered endpoint came from slot N: those of slot N over
    // the shared ones.
    auto attrs_for = [&](int slot) {
      EdgeAttributes out = attrs;
      auto it = slot_attrs.find(slot);
      if (it == slot_attrs.end()) return out;
      if (it->second.percent) out.percent = it->second.percent;
      if (!it->second.what.empty()) out.what = it->second.what;
      if (!it->second.segment.empty()) out.segment = it->second.segment;
      if (!it->second.role.empty()) out.role = it->second.role;
      return out;
    };
    for (size_t si = 0; si < src_ids.size(); ++si) {
      auto [a, src_slot] = src_ids[si];
      for (size_t di = 0; di < dst_ids.size(); ++di) {
        auto [b, dst_slot] = dst_ids[di];
        if (a < 0 || b < 0) continue;
        if (a == b && rule.rel != Relation::kRenamedTo) continue;
        if (rule.rel != Relation::kRenamedTo && !KindsFit(rule.rel, a, b)) continue;
        // "Executive Vice President, Creative Cloud": an office's field in words the document
        // writes in lower case too is no employer.
        if (rule.rel == Relation::kOfficerOf && b != filer_.entity && table_.record(b).bare &&
            NamesAUnitInCommonWords(table_.record(b).name, *words_)) {
          continue;
        }
        PendingRelation p;
        p.src = a;
        p.dst = b;
        p.rel = rule.rel;
        p.attrs = attrs_for(std::max(src_slot, dst_slot));
        // "From 2011 to April 2017, he served as Senior Vice President": a tenure its clause
        // dates to an end is past. For the filer's own office only a date before the person
        // counts ("among whom Jane Doe worked for Acme until 2014" dates the Acme post).
        if (rule.rel == Relation::kOfficerOf && src_mentions[si] >= 0) {
          std::pair<size_t, size_t> person = spans[src_mentions[si]];
          std::string_view clause = b == filer_.entity ? ClauseBefore(sentence, person.first)
                                                       : ClauseAround(sentence, person);
          p.attrs.former |= EndsTenure(clause);
        }
        p.src_written = src_written;
        std::vector<std::pair<size_t, size_t>> keep;
        for (int i : {src_mentions[si], dst_mentions[di]}) {
          if (i >= 0) keep.push_back(spans[i]);
        }
        bool unsure = table_.record(a).kind == NameKind::kUnknown || table_.record(b).kind == NameKind::kUnknown;
        p.evidence = UnitEvidence(u, EvidenceExcerpt(sentence, std::move(keep)), rule.name,
                                  rule.confidence * (unsure ? 0.85 : 1.0));
        pending_.push_back(std::move(p));
      }
    }
  }

  Extraction Build() {
    // Renames first: the new name's entity absorbs the old one.
    for (const PendingRelation& p : pending_) {
      if (p.rel == Relation::kRenamedTo) table_.Merge(p.src, p.dst);
    }
    Extraction x;
    std::map<int, EntityId> ids;
    auto node = [&](int rec) {
      rec = table_.Resolve(rec);
      auto it = ids.find(rec);
      if (it != ids.end()) return it->second;
      const EntityRecord& r = table_.record(rec);
      Entity e;
      e.name = r.name;
      e.kind = ToEntityKind(r.kind);
      e.aliases = r.aliases;
      EntityId id = x.graph.AddEntity(std::move(e));
      ids.emplace(rec, id);
      return id;
    };
    if (filer_.entity >= 0) x.filer = node(filer_.entity);
    for (PendingRelation& p : pending_) {
      int a = table_.Resolve(p.src), b = table_.Resolve(p.dst);
      if (a == b && p.rel != Relation::kRenamedTo) continue;
      Edge e;
      e.src = node(a);
      e.dst = node(b);
      e.rel = p.rel;
      e.attrs = std::move(p.attrs);
      if (!p.src_written.empty()) e.attrs.properties["old_name"] = p.src_written;
      e.evidence.push_back(std::move(p.evidence));
      x.graph.AddEdge(std::move(e));
    }
    std::set<std::string> seen;
    for (int i = 0; i < table_.size(); ++i) {
      if (table_.Resolve(i) != i || ids.count(i)) continue;
      const EntityRecord& r = table_.record(i);
      if (r.bare || r.kind == NameKind::kUnknown || r.kind == NameKind::kPerson || r.mentions == 0) continue;
      if (filer_.entity >= 0 && NamesOwnGoverningBody(r.name)) continue;  // the filer's board, not a name
      // Schools of biographies ("a B.S. from Stanford University") are no business counterparts;
      // an institution is listed only when a relation names it.
      if (NamesInstitution(r.name)) continue;
      if (!seen.insert(NormalizeName(r.name)).second) continue;
      x.mentions_only.push_back({r.name, r.aliases, std::string(NameKindText(r.kind))});
    }
    x.trace = std::move(trace_);
    return x;
  }

  const DocumentText& doc_;
  const ExtractOptions& options_;
  const RuleSet& rules_;
  Segmentation seg_;
  std::string_view text_;
  std::optional<DocumentWords> words_;  // the words of text_, for the frames' rarity tests
  EntityTable table_;
  std::vector<std::vector<std::pair<NameCandidate, int>>> candidates_;
  std::vector<std::vector<Mention>> mentions_;
  std::vector<std::vector<Token>> tokens_;  // per unit, from pass 1 to pass 2
  std::vector<std::optional<CounterpartRow>> counterparts_;  // per unit: the counterpart its row names
  FilerHints hints_;
  FilerContext filer_;
  std::vector<PendingRelation> pending_;
  std::vector<OfficerRowAt> officer_rows_;
  std::unordered_map<size_t, size_t> officer_row_of_unit_;  // unit -> index in officer_rows_
  struct HolderRowAt {
    size_t unit;
    int holder;  // EntityTable index
    HolderRow row;
  };
  std::vector<HolderRowAt> holder_rows_;
  int last_person_ = -1;  // EntityTable index of the person named last (for pronouns)
  struct AcronymUses {
    int total = 0;
    int as_modifier = 0;  // followed by a lower-case content word
  };
  std::unordered_map<std::string_view, AcronymUses> acronym_uses_;  // views into text_
  std::vector<std::string> trace_;
};

// True iff `part` stands in `whole` as whole words, and is not all of it.
bool IsWordRunInside(std::string_view part, std::string_view whole) {
  if (part.empty() || part.size() >= whole.size()) return false;
  for (size_t at = whole.find(part); at != std::string_view::npos; at = whole.find(part, at + 1)) {
    size_t end = at + part.size();
    bool starts = at == 0 || whole[at - 1] == ' ';
    bool ends = end == whole.size() || whole[end] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

// Removes from x.mentions_only the names that became graph entities after the extractor's
// pass (subsidiary-table rows): mentions_only lists organizations that take part in no relation.
// Only the same spelling counts: "Acme Corporation" stays when the graph holds "Acme Inc.".
// A piece of a row's subsidiary name goes too ("Investment Co. Ltd." of "Acme (China)
// Investment Co. Ltd.", "Acme Egypt" of "Acme Egypt (S.A.E.)"): the table reader read the row's
// name cell whole, so the name finder's partial reading of the same cell names no one.
void DropMentionsInGraph(Extraction& x) {
  std::vector<std::string_view> row_names;
  for (const Edge& e : x.graph.edges()) {
    bool from_row = std::any_of(e.evidence.begin(), e.evidence.end(),
                                [](const Evidence& ev) { return ev.rule == kSubsidiaryTableRule; });
    if (from_row) row_names.push_back(x.graph.entity(e.dst)->name);
  }
  std::erase_if(x.mentions_only, [&](const MentionedName& m) {
    if (std::any_of(row_names.begin(), row_names.end(),
                    [&](std::string_view row_name) { return IsWordRunInside(m.name, row_name); })) {
      return true;
    }
    StatusOr<EntityId> id = x.graph.FindEntity(m.name);
    if (!id.ok()) return false;
    const Entity* e = x.graph.entity(*id);
    return e->name == m.name ||
           std::find(e->aliases.begin(), e->aliases.end(), m.name) != e->aliases.end();
  });
}

}  // namespace

StatusOr<Extraction> ExtractText(const DocumentText& text, const ExtractOptions& options) {
  if (text.text.size() > options.max_bytes) {
    return Status::ResourceExhausted("the document is larger than " + std::to_string(options.max_bytes) + " bytes");
  }
  const RuleSet* rules = options.rules;
  if (rules == nullptr) {
    StatusOr<const RuleSet*> def = RuleSet::Default();
    if (!def.ok()) return def.status();
    rules = *def;
  }
  Extraction x = Extractor(text, options, *rules).Run();
  x.format = text.format;
  x.form = text.form;
  x.period = text.period;
  AddSubsidiaryTableEdges(text, x.filer, options.document_name, x.graph);
  DropMentionsInGraph(x);
  return x;
}

StatusOr<Extraction> ExtractDocument(std::string_view bytes, const ExtractOptions& options) {
  if (bytes.size() > options.max_bytes) {
    return Status::ResourceExhausted("the document is larger than " + std::to_string(options.max_bytes) + " bytes");
  }
  StatusOr<DocumentText> text = ReadDocument(bytes);
  if (!text.ok()) return text.status();
  return ExtractText(*text, options);
}

}  // namespace corpgraph
