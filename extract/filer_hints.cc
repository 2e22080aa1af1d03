#include "extract/filer_hints.h"

#include <algorithm>
#include <cctype>

namespace corpgraph {
namespace {

std::string Trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == ',')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == '.')) s.remove_suffix(1);
  return std::string(s);
}

// True iff only list punctuation separates two names: ", ", " and ", ", and ", " or ".
bool JoinsListItems(std::string_view gap) {
  while (!gap.empty() && (gap.front() == ' ' || gap.front() == ',')) gap.remove_prefix(1);
  while (!gap.empty() && (gap.back() == ' ' || gap.back() == ',')) gap.remove_suffix(1);
  return gap.empty() || gap == "and" || gap == "or";
}

// The words a company is introduced as ("a leading pharmaceutical company", "a holding company").
bool IsKindOfBusiness(std::string_view w) {
  constexpr std::string_view kNouns[] = {"company", "corporation", "provider", "manufacturer", "maker",
                                         "developer", "producer", "retailer", "bank", "insurer", "operator",
                                         "supplier", "distributor", "marketer", "firm", "conglomerate"};
  for (std::string_view n : kNouns) {
    if (w == n) return true;
  }
  return false;
}

std::string_view Word(std::string_view s, const Token& t) { return s.substr(t.begin, t.end - t.begin); }

// True iff the sentence speaks in the first person: "we", "our", "us", "the Company".
bool SpeaksAsWe(std::string_view s, const std::vector<Token>& tokens) {
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].word) continue;
    std::string_view w = Word(s, tokens[i]);
    if (w == "we" || w == "We" || w == "our" || w == "Our" || w == "us") return true;
    if (w == "Company" && i > 0 && (Word(s, tokens[i - 1]) == "the" || Word(s, tokens[i - 1]) == "The")) return true;
  }
  return false;
}

// The capitalized run of words ending just before token `end` (exclusive), at most four words,
// joined by "&" or "-" ("Johnson & Johnson", "Hewlett-Packard"); returns its first token index,
// == `end` when there is none.
size_t CapitalizedRunBefore(std::string_view s, const std::vector<Token>& tokens, size_t end) {
  size_t j = end;
  int words = 0;
  while (j > 0 && words < 4) {
    const Token& t = tokens[j - 1];
    if (t.word && IsCapitalized(Word(s, t))) {
      --j;
      ++words;
    } else if (!t.word && (s[t.begin] == '&' || s[t.begin] == '-') && j >= 2 && j < end && tokens[j - 2].word &&
               t.begin == tokens[j - 2].end + (s[t.begin] == '-' ? 0 : 1)) {
      --j;
    } else {
      break;
    }
  }
  while (j < end && !tokens[j].word) ++j;
  return j;
}

}  // namespace

// "On May 1, 2018, the Company ... changed its name from Old Corp. to New Inc.": the name the
// filer took is the filer's. Only when the first party the sentence names is the filer itself
// ("the Company", "we"), so that another company's renaming is not taken for the filer's.
void FilerHints::NoteRenaming(std::string_view s, const std::vector<std::pair<NameCandidate, int>>& cands) {
  size_t cue = std::string_view::npos;
  for (std::string_view c : {"changed its name", "changed our name", "changed the Company's name"}) {
    cue = std::min(cue, s.find(c));
  }
  if (cue == std::string_view::npos) return;
  size_t we = std::string_view::npos;
  for (std::string_view w : {"the Company", "The Company", "We ", " we "}) we = std::min(we, s.find(w));
  if (we == std::string_view::npos || we > cue) return;
  for (const auto& [c, id] : cands) {
    if (c.begin < we && c.kind == NameKind::kCompany) return;  // another company opens the sentence
  }
  size_t to = s.find(" to ", cue);
  if (to == std::string_view::npos) return;
  for (const auto& [c, id] : cands) {
    if (c.begin > to && c.begin <= to + 8 && c.kind == NameKind::kCompany && id >= 0) {
      self_candidate = id;
      return;
    }
  }
}

// Filings call their own things by the filer's name in the possessive while speaking as "we"
// ("Acme's key strategies that shape our overall business approach include").
void FilerHints::NoteSelfPossessive(std::string_view s, const std::vector<Token>& tokens) {
  bool we = false, checked = false;
  for (size_t i = 1; i < tokens.size(); ++i) {
    if (tokens[i].word || !IsPossessive(Word(s, tokens[i]))) continue;
    size_t j = CapitalizedRunBefore(s, tokens, i);
    if (j == i) continue;
    std::string name(s.substr(tokens[j].begin, tokens[i - 1].end - tokens[j].begin));
    std::string_view first = Word(s, tokens[j]);
    if (IsCommonCapitalizedWord(first) || (i - j == 1 && IsCorporateSuffix(name))) continue;
    // "Sam's Club", "Macy's Herald Square": the possessive belongs to a longer name.
    if (i + 1 < tokens.size() && tokens[i + 1].word && IsCapitalized(Word(s, tokens[i + 1])) &&
        !IsCommonCapitalizedWord(Word(s, tokens[i + 1]))) {
      continue;
    }
    if (!checked) {
      we = SpeaksAsWe(s, tokens);
      checked = true;
    }
    if (!we) return;
    ++possessive_beside_we[name];
  }
}

// A business description often opens with a name no suffix marks as a company: "Medicis is the
// leading independent pharmaceutical company", "Johnson & Johnson and its subsidiaries (the
// Company) have ...", "Acme was incorporated in Delaware". Keeps the first such name.
void FilerHints::NoteLexicalIntroduction(std::string_view s, const std::vector<Token>& tokens,
                                         const std::vector<std::pair<NameCandidate, int>>& cands) {
  if (!introduced_name.empty() || introduced >= 0 || tokens.empty() || !tokens[0].word) return;
  if (!cands.empty() && cands.front().first.begin == 0 && cands.front().first.kind != NameKind::kUnknown) return;
  size_t end = 0;
  while (end < tokens.size() && end < 6) {
    const Token& t = tokens[end];
    if (t.word && IsCapitalized(Word(s, t))) {
      ++end;
    } else if (!t.word && s[t.begin] == '&' && end > 0 && end + 1 < tokens.size() && tokens[end + 1].word &&
               IsCapitalized(Word(s, tokens[end + 1]))) {
      ++end;
    } else {
      break;
    }
  }
  if (end == 0 || end >= tokens.size() || IsCommonCapitalizedWord(Word(s, tokens[0]))) return;
  for (size_t i = 0; i < end; ++i) {
    if (tokens[i].word && IsRoleWord(Word(s, tokens[i]))) return;  // "Chief Executive Officer"
  }
  std::string_view name = s.substr(0, tokens[end - 1].end);
  std::string_view rest = s.substr(tokens[end - 1].end);
  auto opens = [&](std::string_view o) { return rest.substr(0, o.size()) == o; };
  bool introduces = false;
  if (opens(" was incorporated") || opens(" is incorporated") || opens(" was organized") || opens(" was founded") ||
      opens(" was formed")) {
    introduces = true;
  } else if (opens(" and its subsidiaries") || opens(" and its consolidated subsidiaries")) {
    size_t paren = rest.find('(');
    introduces = paren != std::string_view::npos && paren < 40 &&
                 (rest.find("Company", paren) < paren + 14 || rest.find("collectively", paren) < paren + 6);
  } else if (opens(" is a ") || opens(" is an ") || opens(" is the ")) {
    // "is the leading independent pharmaceutical company": lower-case words up to a kind of
    // business, none of them "of" ("is the largest customer of" introduces nobody).
    size_t i = end + 2;
    for (int n = 0; i < tokens.size() && n < 7 && tokens[i].word; ++i, ++n) {
      std::string_view w = Word(s, tokens[i]);
      if (IsKindOfBusiness(w)) {
        introduces = true;
        break;
      }
      if (w == "of" || w == "to" || w == "for" || !std::islower(static_cast<unsigned char>(w[0]))) break;
    }
  }
  if (introduces) introduced_name = std::string(name);
}

// "Headquartered in Santa Clara, California, NVIDIA was incorporated in California in April
// 1993": the incorporation statement names the filer after an opening phrase too. The name is
// the capitalized run between the phrase's comma and "was incorporated".
void FilerHints::NoteIncorporatedAfterPhrase(std::string_view s, const std::vector<Token>& tokens) {
  if (!introduced_name.empty() || introduced >= 0) return;
  for (size_t i = 2; i + 1 < tokens.size(); ++i) {
    if (!tokens[i].word || Word(s, tokens[i]) != "was" || Word(s, tokens[i + 1]) != "incorporated") continue;
    size_t first = i;
    while (first > 0 && first + 4 > i && tokens[first - 1].word && IsCapitalized(Word(s, tokens[first - 1]))) --first;
    if (first == i || first == 0 || tokens[first - 1].word || s[tokens[first - 1].begin] != ',') return;
    for (size_t k = first; k < i; ++k) {
      std::string_view w = Word(s, tokens[k]);
      if (IsRoleWord(w) || IsCommonCapitalizedWord(w)) return;
    }
    introduced_name = std::string(s.substr(tokens[first].begin, tokens[i - 1].end - tokens[first].begin));
    return;
  }
}

// A filer speaks of itself as "we" and does not list itself among other companies, so a name
// met only inside such lists is a predecessor, peer or relative rather than the filer.
// Marks every candidate outside a run of three or more list-joined names as named alone.
void FilerHints::NoteNamedAlone(std::string_view s,
                                const std::vector<std::pair<NameCandidate, int>>& cands) {
  constexpr size_t kListMin = 3;
  size_t run_begin = 0;
  for (size_t i = 1; i <= cands.size(); ++i) {
    bool joined = i < cands.size() && cands[i - 1].first.full_end <= cands[i].first.begin &&
                  JoinsListItems(s.substr(cands[i - 1].first.full_end,
                                          cands[i].first.begin - cands[i - 1].first.full_end));
    if (joined) continue;
    if (i - run_begin < kListMin) {
      for (size_t k = run_begin; k < i; ++k) {
        int id = cands[k].second;
        if (id < 0) continue;
        if (id >= static_cast<int>(named_alone_.size())) named_alone_.resize(id + 1);
        named_alone_[id] = true;
      }
    }
    run_begin = i;
  }
}

// How a business description opens: the filer's name, maybe its short name, then what kind of
// entity it is and where it was incorporated ("X plc (“X”) is a public limited company
// incorporated in England", "X Inc. was incorporated in Delaware in 1998"). Keeps the first.
void FilerHints::NoteIntroduction(std::string_view s,
                                  const std::vector<std::pair<NameCandidate, int>>& cands) {
  if (introduced >= 0 || cands.empty()) return;
  const auto& [c, id] = cands.front();
  if (c.begin != 0 || c.kind != NameKind::kCompany || id < 0) return;
  std::string_view rest = s.substr(std::min<size_t>(s.size(), std::max(c.full_end, c.end)));
  while (!rest.empty() && (rest.front() == ',' || rest.front() == ' ')) rest.remove_prefix(1);
  constexpr std::string_view kOpenings[] = {"is a ", "is an ", "was incorporated", "is incorporated",
                                            "was organized", "is organized", "was formed", "was founded"};
  bool opens = false;
  for (std::string_view o : kOpenings) opens = opens || rest.substr(0, o.size()) == o;
  constexpr std::string_view kIncorporation[] = {"incorporated", "organized", "formed", "founded",
                                                 "corporation", "company", "registered"};
  bool incorporation = false;
  for (std::string_view w : kIncorporation) incorporation = incorporation || rest.find(w) != std::string_view::npos;
  if (opens && incorporation) introduced = id;
}

// Issuers talk about their own stock: "shares of Acme common stock", "Acme's ordinary shares".
// Counts the capitalized name right before such words as a filer hint.
void FilerHints::NoteOwnStock(std::string_view s, const std::vector<Token>& tokens) {
  for (size_t i = 1; i + 1 < tokens.size(); ++i) {
    std::string_view w = s.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
    std::string_view next = s.substr(tokens[i + 1].begin, tokens[i + 1].end - tokens[i + 1].begin);
    if (!((w == "common" || w == "ordinary") && (next == "stock" || next == "shares"))) continue;
    size_t j = i;
    if (j > 0 && !tokens[j - 1].word && s.substr(tokens[j - 1].begin, 2) == "'s") --j;
    size_t end = j;
    while (j > 0 && tokens[j - 1].word && IsCapitalized(s.substr(tokens[j - 1].begin, tokens[j - 1].end - tokens[j - 1].begin)) &&
           end - j < 4) {
      --j;
    }
    while (j < end && IsCommonCapitalizedWord(s.substr(tokens[j].begin, tokens[j].end - tokens[j].begin))) ++j;
    if (j == end) continue;
    std::string name(s.substr(tokens[j].begin, tokens[end - 1].end - tokens[j].begin));
    // "Class A common stock", "Series B ordinary shares" name a share class, not an issuer.
    std::string_view first = s.substr(tokens[j].begin, tokens[j].end - tokens[j].begin);
    if (first == "Class" || first == "Series") continue;
    // "class B-2 common stock", "class B-1 and B-2 common stock": a class's code, not an issuer.
    if (j > 0 && tokens[j - 1].word) {
      std::string_view before = s.substr(tokens[j - 1].begin, tokens[j - 1].end - tokens[j - 1].begin);
      if (before == "class" || before == "series") continue;
    }
    if (end - j == 1 && first.size() <= 4 && first.find_first_of("0123456789") != std::string_view::npos) continue;
    // "the Company's common shares": the generic word the filer calls itself, not a name.
    bool generic = end - j == 1 && (IsCorporateSuffix(name) || name == "Registrant" || name == "Issuer");
    if (!generic && !IsCommonCapitalizedWord(name)) ++own_stock[name];
  }
}

// "Net loss attributable to Boeing shareholders", "net income attributable to Walmart": the
// income statement's line names the reporting company, as "Acme common stock" does.
void FilerHints::NoteIncomeAttributable(std::string_view s, const std::vector<Token>& tokens) {
  constexpr size_t kMaxNameWords = 5;
  for (size_t i = 0; i + 2 < tokens.size(); ++i) {
    if (Word(s, tokens[i]) != "attributable" || Word(s, tokens[i + 1]) != "to") continue;
    bool of_income = false;  // "Net income (loss) attributable", not "revenue attributable"
    for (size_t b = i; b > 0 && b + 4 > i && !of_income; --b) {
      std::string_view w = Word(s, tokens[b - 1]);
      of_income = w == "income" || w == "loss" || w == "losses" || w == "earnings" || w == "profit";
    }
    if (!of_income) continue;
    size_t j = i + 2;
    size_t begin = j, end = j;
    while (j < tokens.size() && j - begin < kMaxNameWords) {
      std::string_view w = Word(s, tokens[j]);
      if (tokens[j].word && IsCapitalized(w)) {
        end = ++j;
      } else if (w == "&" && end == j) {
        ++j;
      } else {
        break;
      }
    }
    if (end == begin || IsCommonCapitalizedWord(Word(s, tokens[begin]))) continue;
    // The name stands alone or before its holders: "Boeing shareholders", not "Consumer
    // Health business".
    if (end < tokens.size() && tokens[end].word) {
      std::string_view after = Word(s, tokens[end]);
      if (after != "shareholders" && after != "stockholders" && after != "shareowners" && after != "common") continue;
    }
    std::string name(s.substr(tokens[begin].begin, tokens[end - 1].end - tokens[begin].begin));
    if (!IsCorporateSuffix(name)) ++own_stock[name];
  }
}

void FilerHints::NoteSelfDefinition(std::string_view s, const std::vector<std::pair<NameCandidate, int>>& cands) {
  for (const auto& [c, id] : cands) {
    // X ("X," "we," "us" or "our"): the defined terms make X the speaker.
    if (self_candidate < 0 && id >= 0 && c.kind == NameKind::kCompany && c.full_end > c.end) {
      std::string_view defs = s.substr(c.end, c.full_end - c.end);
      if (defs.find("\"we") != std::string_view::npos) self_candidate = id;
    }
    for (const std::string& sn : c.short_names) {
      if (sn == "Company" || sn == "the Company" || sn == "Registrant") self_candidate = id;
    }
  }
  // "When we use "X" ... we mean Y", "the terms "X" and "we" refer to Y", "the term "the
  // Company" refers to Y and its subsidiaries".
  size_t mean = std::string_view::npos;
  const size_t first_quote = s.find('"');
  for (std::string_view verb : {" we mean ", " refer to ", " refers to ", " means "}) {
    if (first_quote == std::string_view::npos) break;  // no defined term, no definition
    mean = std::min(mean, s.find(verb, first_quote));
  }
  // "As used herein, "Acme," "we," "our," and similar terms include Acme Inc. and its
  // subsidiaries": "include" defines only after a quoted "we".
  if (const size_t we = s.find("\"we"); we != std::string_view::npos) {
    for (std::string_view verb : {" include ", " includes "}) mean = std::min(mean, s.find(verb, we));
  }
  if (mean != std::string_view::npos) {
    for (const auto& [c, id] : cands) {
      if (c.begin > mean && (c.kind == NameKind::kCompany || c.kind == NameKind::kGroup)) {
        self_candidate = id;
        size_t q = 0;
        while ((q = s.find('"', q)) != std::string_view::npos && q < mean) {
          size_t close = s.find('"', q + 1);
          if (close == std::string_view::npos || close > mean) break;
          std::string term = Trimmed(s.substr(q + 1, close - q - 1));
          if (!term.empty() && term != "we" && term != "us" && term != "our") {
            if (std::isupper(static_cast<unsigned char>(term[0]))) self_aliases.push_back(term);
            else if (term.find(' ') == std::string::npos) self_phrases.push_back("the " + term);
            else self_phrases.push_back(term);
          }
          q = close + 1;
        }
        break;
      }
    }
  }
  size_t under = s.find("under the name ");
  if (under != std::string_view::npos && s.find("incorporated") != std::string_view::npos) {
    // "... under the name Old Inc. and changed our name to New Inc.": the later name is ours.
    size_t renamed = s.find(" name to ", under + 1);
    size_t from = renamed != std::string_view::npos && s.find("changed", under) < renamed ? renamed : under;
    for (const auto& [c, id] : cands) {
      if (c.begin >= from && c.kind == NameKind::kCompany) {
        self_candidate = id;
        size_t sp = s.find(' ');
        std::string_view subject = s.substr(0, sp);
        if ((IsAllCaps(subject) || IsCapitalized(subject)) && !IsCommonCapitalizedWord(subject)) {
          self_aliases.emplace_back(subject);  // "IIJ is incorporated ...", not "We were ..."
        }
        break;
      }
    }
  }
}

}  // namespace corpgraph
