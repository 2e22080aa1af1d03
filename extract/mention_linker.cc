#include "extract/mention_linker.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <unordered_set>

#include "extract/framed_names.h"
#include "extract/name_finder.h"
#include "extract/rules.h"
#include "extract/subsidiary_table_cells.h"
#include "extract/word_set.h"
#include "graph/normalize.h"

namespace corpgraph {
namespace {

bool IsFirstPersonWord(std::string_view w) {
  return w == "we" || w == "We" || w == "our" || w == "Our" || w == "us" || w == "ours" ||
         w == "ourselves" || w == "Ours";
}


// Plural nouns of kinds of bodies and parties that a name before them only qualifies.
bool IsQualifiedKindNoun(std::string_view w) {
  static const auto* nouns = new WordSet{
      "agencies", "authorities", "regulators", "departments", "programs", "programmes", "plans",
      "beneficiaries", "members", "enrollees", "customers", "clients", "users", "providers",
      "companies", "banks", "carriers", "insurers", "businesses", "segments", "entities"};
  return nouns->Contains(w);
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
                                  EntityTable& table, const FilerContext& filer, const DocumentWords* document) {
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
  const bool auditor_speaks = s.find("accounting firm") != std::string_view::npos;
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
    // First-person references; in an auditor's report ("We are a public accounting firm
    // registered with the PCAOB") "we" is the auditor, not the filer.
    if (filer.entity >= 0 && !auditor_speaks) {
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
        if (p.empty() || s.size() - t.begin < p.size() || !EqualsIgnoringCase(s.substr(t.begin, p.size()), p)) continue;
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
        std::string_view spelled = s.substr(t.begin, last.end - t.begin);
        int id = table.Find(spelled);
        if (id < 0 || table.record(id).common_term) continue;
        // A bare word known only in capitals ("ANNUAL", "SECTION" of a cover page) is not the
        // ordinary word in prose ("this Annual Report", "Section 230").
        // A name of its own shape ("UnitedHealthcare") still is.
        if (table.record(id).bare && IsAllCaps(table.record(id).name) &&
            std::none_of(spelled.begin() + 1, spelled.end(), [](char ch) { return std::isupper(static_cast<unsigned char>(ch)); })) {
          continue;
        }
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
  if (document != nullptr) {
    AddEnumeratedNames(s, tokens, *document, table, &out);
  } else {
    AddEnumeratedNames(s, tokens, DocumentWords(s), table, &out);
  }
  AddDescribedOrganizations(s, tokens, table, &out);
  // "state Medicaid agencies", "our Medicaid and CHIP beneficiaries": a bare name right
  // before a plural noun of a kind of body or party (or before "and" another capitalized word
  // and that noun) qualifies the noun; the sentence speaks of the kind, not of the name.
  std::erase_if(out, [&](const Mention& m) {
    if (m.letter != 'A' && m.letter != 'U') return false;
    auto next = std::lower_bound(tokens.begin(), tokens.end(), m.end, [](const Token& t, std::uint32_t pos) { return t.begin < pos; });
    auto text = [&](auto it) { return s.substr(it->begin, it->end - it->begin); };
    if (next == tokens.end() || !next->word) return false;
    if ((text(next) == "and" || text(next) == "or") && next + 2 < tokens.end() && (next + 1)->word &&
        IsCapitalized(text(next + 1))) {
      next += 2;
    }
    return next->word && IsQualifiedKindNoun(text(next));
  });
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
