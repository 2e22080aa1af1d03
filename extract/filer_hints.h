// What a document says about its own filer, gathered sentence by sentence: the defined term
// ("the Company"), "When we use the terms "X," "we" ... we mean Y", "X is incorporated ...
// under the name Y", the name before "common stock" (issuers discuss their own stock), and
// which names are ever written outside a list of other companies.
//
//   FilerHints hints;
//   for (each sentence) hints.Observe(sentence, tokens, candidates);
//   if (hints.self_candidate >= 0) ...   // the entity the document calls itself
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/name_finder.h"
#include "extract/tokenizer.h"

namespace corpgraph {

struct FilerHints {
  // Records the hints in one sentence; `candidates` pairs names found in it with their entity
  // indices.
  void Observe(std::string_view sentence, const std::vector<Token>& tokens,
               const std::vector<std::pair<NameCandidate, int>>& candidates) {
    NoteSelfDefinition(sentence, candidates);
    NoteIntroduction(sentence, candidates);
    NoteLexicalIntroduction(sentence, tokens, candidates);
    NoteIncorporatedAfterPhrase(sentence, tokens);
    NoteOwnStock(sentence, tokens);
    NoteIncomeAttributable(sentence, tokens);
    NoteNamedAlone(sentence, candidates);
    NoteRenaming(sentence, candidates);
    NoteSelfPossessive(sentence, tokens);
  }

  // True iff entity index `id` was named at least once outside a list of three or more names
  // ("evolved with Alpha Inc., Beta Corp., Gamma LLC and Delta plc" lists all four).
  bool NamedAlone(int id) const {
    return id >= 0 && id < static_cast<int>(named_alone_.size()) && named_alone_[id];
  }

  int self_candidate = -1;                 // entity index the document defines as itself, or -1
  int introduced = -1;  // the first company a sentence opens by introducing ("X (“Y”) is a
                        // public limited company incorporated in ..."), or -1
  std::vector<std::string> self_aliases;   // capitalized names it uses for itself ("IIJ")
  std::vector<std::string> self_phrases;   // lower-case phrases meaning itself ("the firm")
  // name before "common stock" or after "income attributable to" -> times seen
  std::map<std::string, int> own_stock;
  // The first capitalized name a sentence opens by introducing when the name finder made no
  // company of it ("Medicis is the leading independent pharmaceutical company", "Johnson &
  // Johnson and its subsidiaries (the Company) have ..."); "" when none.
  std::string introduced_name;
  // Names written in the possessive in a sentence that also speaks in the first person
  // ("Acme's key strategies that shape our business") -> times seen.
  std::map<std::string, int> possessive_beside_we;

 private:
  void NoteSelfDefinition(std::string_view s, const std::vector<std::pair<NameCandidate, int>>& cands);
  void NoteIntroduction(std::string_view s, const std::vector<std::pair<NameCandidate, int>>& cands);
  void NoteOwnStock(std::string_view s, const std::vector<Token>& tokens);
  void NoteIncomeAttributable(std::string_view s, const std::vector<Token>& tokens);
  void NoteNamedAlone(std::string_view s, const std::vector<std::pair<NameCandidate, int>>& cands);
  void NoteRenaming(std::string_view s, const std::vector<std::pair<NameCandidate, int>>& cands);
  void NoteSelfPossessive(std::string_view s, const std::vector<Token>& tokens);
  void NoteLexicalIntroduction(std::string_view s, const std::vector<Token>& tokens,
                               const std::vector<std::pair<NameCandidate, int>>& cands);
  void NoteIncorporatedAfterPhrase(std::string_view s, const std::vector<Token>& tokens);

  std::vector<bool> named_alone_;  // by entity index
};

}  // namespace corpgraph
