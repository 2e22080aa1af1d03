// Every reference to an entity in one sentence, and the placeholder form of the sentence
// that relation rules match against.
//
//   std::vector<Mention> ms = LinkMentions(sentence, tokens, candidates, table, filer);
//   std::string templ = PlaceholderText(sentence, ms, 0);   // "\x01C0\x02 owns 5% of ..."
//
// References are: names found in the sentence (candidates already added to the table),
// later uses of known names and defined short names ("NTT Docomo", "KDDI"), possessives
// ("IIJ's" -> IIJ), first-person words (we, our, us, the Company, the Group, and phrases the
// document defined as itself) which refer to the filer, and bare capitalized acronyms
// ("FDIC"), which become entities only when a rule relates them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/document_words.h"
#include "extract/entity_table.h"
#include "extract/tokenizer.h"

namespace corpgraph {

struct Mention {
  std::uint32_t begin = 0;  // span in the sentence, including a leading "the " and any
  std::uint32_t end = 0;    // defining parenthetical
  int entity = -1;          // EntityTable index; for first-person words, the filer's index
  char letter = 'U';        // placeholder kind letter (see extract/rules.h)
};

struct FilerContext {
  int entity = -1;                            // the filer in the table, -1 when unknown
  std::vector<std::string> self_phrases;      // lower-case phrases meaning the filer ("the firm")
};

// Kind letter of an entity kind.
char KindLetter(NameKind kind);

// REQUIRES: each candidate's entity index is valid in `table`. Bare acronyms and the members
// of enumerations ("including A, B and C") are added to `table` (flagged bare); `document`
// (the whole text's words, default the sentence's) tells rare words from common ones. Result sorted by
// position, non-overlapping.
std::vector<Mention> LinkMentions(std::string_view sentence, const std::vector<Token>& tokens,
                                  const std::vector<std::pair<NameCandidate, int>>& candidates,
                                  EntityTable& table, const FilerContext& filer,
                                  const DocumentWords* document = nullptr);

// The sentence with each mention replaced by "\x01" letter (first_index + i) "\x02".
std::string PlaceholderText(std::string_view sentence, const std::vector<Mention>& mentions,
                            int first_index);

}  // namespace corpgraph
