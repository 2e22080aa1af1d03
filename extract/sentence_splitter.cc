#include "extract/sentence_splitter.h"

#include <cctype>

namespace corpgraph {
namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

template <size_t N>
bool OneOf(std::string_view word, const std::string_view (&list)[N]) {
  for (std::string_view w : list) {
    if (w == word) return true;
  }
  return false;
}

// True iff `word` is in `list` as written or, written in capitals, as the list spells it in
// mixed case: "INC." and "CORP." of a name set in capitals are "Inc." and "Corp.".
template <size_t N>
bool OneOfAnyCase(std::string_view word, const std::string_view (&list)[N]) {
  for (std::string_view w : list) {
    if (w.size() != word.size()) continue;
    bool same = true;
    for (size_t i = 0; i < w.size() && same; ++i) {
      same = word[i] == w[i] || (IsUpper(word[i]) && word[i] == std::toupper(static_cast<unsigned char>(w[i])));
    }
    if (same) return true;
  }
  return false;
}

// Abbreviations after which a period never ends a sentence.
constexpr std::string_view kNeverEnd[] = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "No", "Nos", "e.g", "i.e", "cf", "vs", "approx", "Fig",
    "Art", "Sec", "Rev", "Messrs", "Hon", "Gen", "Sen", "Rep", "Gov", "Mt", "Ft", "ca", "viz"};
// Abbreviations that end a sentence only before a typical sentence opener.
constexpr std::string_view kMaybeEnd[] = {
    "Inc", "Co", "Corp", "Ltd", "Pte", "Bhd", "Jr", "Sr", "St", "etc", "U.S", "U.K", "E.U", "a.m", "p.m",
    "L.P", "N.V", "N.A", "S.A", "B.V", "K.K", "Bros", "Cos", "Pty", "L.L.C", "P.L.C", "S.p.A", "Ltda"};
// Corporate suffixes among those: after one, a capitalized word followed by a lower-case word
// opens a new sentence ("... with Enerchile S.A. Drilling services are provided by ...").
constexpr std::string_view kSuffixEnds[] = {
    "Inc", "Co", "Corp", "Ltd", "Pte", "Bhd", "L.P", "N.V", "N.A", "S.A", "B.V", "K.K", "Pty", "L.L.C",
    "P.L.C", "S.p.A", "Ltda"};
// Lower-case words that continue a name ("Banco X S.A. de C.V.", "Acme Inc. Board of ...").
constexpr std::string_view kNameJoiners[] = {
    "of", "and", "de", "del", "y", "the", "for", "et", "da", "do", "du", "des", "la", "le", "von", "van",
    "der", "und", "di"};
constexpr std::string_view kOpeners[] = {
    "We", "The", "Our", "In", "This", "These", "That", "It", "Its", "As", "For", "On", "Under",
    "Such", "There", "Since", "During", "Each", "All", "Any", "If", "Although", "However",
    "Also", "Both", "Further", "Additionally", "Moreover", "Accordingly", "A", "An", "Their",
    "They", "He", "She", "His", "Her", "Those", "When", "While", "With", "At", "By", "From",
    "Through", "To", "After", "Before", "Please", "Because", "Following", "Pursuant"};

// True when the capitalized word at `next` is followed by a lower-case word that does not
// join names: "Drilling services", not "Board of" or "Ltd. is".
bool OpensClause(std::string_view text, size_t next) {
  if (next >= text.size() || !IsUpper(text[next])) return false;
  size_t e = next;
  while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
  if (e == next || e >= text.size() || text[e] != ' ') return false;
  size_t b = e + 1;
  size_t f = b;
  while (f < text.size() && std::isalpha(static_cast<unsigned char>(text[f]))) ++f;
  if (f == b || !std::islower(static_cast<unsigned char>(text[b]))) return false;
  return !OneOf(text.substr(b, f - b), kNameJoiners);
}

// The word that ends just before text[dot] (without the period).
std::string_view WordBefore(std::string_view text, size_t dot) {
  size_t b = dot;
  while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '(' && text[b - 1] != '"' &&
         text[b - 1] != '\'' && text[b - 1] != '[') {
    --b;
  }
  return text.substr(b, dot - b);
}

std::string_view WordAt(std::string_view text, size_t pos) {
  size_t e = pos;
  while (e < text.size() && (std::isalpha(static_cast<unsigned char>(text[e])))) ++e;
  return text.substr(pos, e - pos);
}

bool EndsSentence(std::string_view text, size_t dot, size_t next) {
  if (text[dot] != '.') return true;
  std::string_view word = WordBefore(text, dot);
  if (word.empty()) return true;
  if (word.size() == 1 && IsUpper(word[0])) return false;  // an initial: "J. Aron"
  if (OneOf(word, kNeverEnd)) return false;
  bool dotted = word.find('.') != std::string_view::npos && word.size() <= 6;
  if (OneOfAnyCase(word, kMaybeEnd) || dotted) {
    return OneOf(WordAt(text, next), kOpeners) || (OneOfAnyCase(word, kSuffixEnds) && OpensClause(text, next));
  }
  return true;
}

}  // namespace

std::vector<std::pair<size_t, size_t>> SplitSentences(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t start = 0;
  auto emit = [&](size_t b, size_t e) {
    while (b < e && text[b] == ' ') ++b;
    while (e > b && text[e - 1] == ' ') --e;
    if (e > b) out.emplace_back(b, e);
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c != '.' && c != '?' && c != '!') continue;
    size_t j = i + 1;
    while (j < text.size() && (text[j] == '"' || text[j] == '\'' || text[j] == ')' || text[j] == ']')) ++j;
    if (j >= text.size() || text[j] != ' ') continue;
    size_t k = j;
    while (k < text.size() && text[k] == ' ') ++k;
    if (k >= text.size()) break;
    char n = text[k];
    if (!(IsUpper(n) || IsDigit(n) || n == '"' || n == '(' || n == '[' || n == '\'')) continue;
    if (!EndsSentence(text, i, n == '"' || n == '(' ? k + 1 : k)) continue;
    emit(start, j);
    start = k;
    i = k - 1;
  }
  emit(start, text.size());
  return out;
}

}  // namespace corpgraph
