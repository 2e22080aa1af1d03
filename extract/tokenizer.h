// Word and punctuation tokens of a normalized sentence, with the lexical tests the name
// finder needs.
//
//   for (const Token& t : Tokenize("Acme Co., Ltd.'s unit")) ...
//   // "Acme" "Co." "," "Ltd." "'s" "unit"
//
// Words keep internal '.', '-', '&', '/' and '\'' ("Amazon.com", "AT&T", "f/k/a"); a final
// period stays on the word only for abbreviations ("Inc.", "U.S.", "J."), so a sentence's
// last period is a token of its own. A possessive "'s" is its own token.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace corpgraph {

struct Token {
  std::uint32_t begin = 0;  // span in the tokenized text
  std::uint32_t end = 0;
  bool word = false;  // false: one punctuation byte, or the possessive "'s"
};

std::vector<Token> Tokenize(std::string_view text);

// "Inc.", "Corp.", "Ltd.", "LLC", "plc", "AG", "N.V." ...: words that end a company name.
bool IsCorporateSuffix(std::string_view word);
// Equal when ASCII letters are compared without case ("INC." and "Inc.").
bool EqualsIgnoringCase(std::string_view a, std::string_view b);
// Starts with an upper-case letter, or a digit and contains a letter, or has an upper-case
// letter after a lower-case start ("iC-Haus").
bool IsCapitalized(std::string_view word);
// Every letter upper case and at least two letters ("KDDI", "NTT", "GS&Co").
bool IsAllCaps(std::string_view word);
// The possessive token "'s" (or "\u2019s" with a typographic apostrophe).
bool IsPossessive(std::string_view token);
// Upper-case letters each followed by a period, four bytes or more: "U.S.", "U.K.", "E.U.".
bool IsDottedInitials(std::string_view word);

}  // namespace corpgraph
