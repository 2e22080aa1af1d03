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

}  // namespace

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
    if (j == end) continue;
    std::string name(s.substr(tokens[j].begin, tokens[end - 1].end - tokens[j].begin));
    // "Class A common stock", "Series B ordinary shares" name a share class, not an issuer.
    std::string_view first = s.substr(tokens[j].begin, tokens[j].end - tokens[j].begin);
    if (first == "Class" || first == "Series") continue;
    if (!IsCommonCapitalizedWord(name)) ++own_stock[name];
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
