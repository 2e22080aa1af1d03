#include "graph/normalize.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace corpgraph {
namespace {

// Single-word suffixes, and two-letter forms that punctuation splits in two ("S.A." -> "s a").
constexpr std::array<std::string_view, 14> kSuffixWords = {
    "inc", "incorporated", "corporation", "corp", "co", "ltd", "limited",
    "llc", "company", "plc", "ag", "gmbh", "se", "kk"};
constexpr std::array<std::array<std::string_view, 2>, 5> kSuffixPairs = {{
    {"s", "a"}, {"n", "v"}, {"k", "k"}, {"l", "p"}, {"b", "v"}}};
constexpr std::array<std::string_view, 5> kPrefixWords = {"the", "mr", "mrs", "ms", "dr"};

template <size_t N>
bool IsOneOf(std::string_view word, const std::array<std::string_view, N>& set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

std::vector<std::string> SplitWords(std::string_view name) {
  std::vector<std::string> words;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) words.push_back(std::move(current));
    current.clear();
  };
  for (char raw : name) {
    unsigned char c = static_cast<unsigned char>(raw);
    if (c == '&') {
      flush();
      words.emplace_back("and");
    } else if (c >= 0x80 || std::isalnum(c) || c == '_') {
      current.push_back(static_cast<char>(std::tolower(c)));
    } else {
      flush();
    }
  }
  flush();
  return words;
}

}  // namespace

std::string NormalizeName(std::string_view name) {
  std::vector<std::string> words = SplitWords(name);
  size_t begin = 0;
  size_t end = words.size();
  // Stop before removing the last word, so a bare suffix or title keeps a key.
  while (end - begin > 1) {
    if (IsOneOf(words[end - 1], kSuffixWords)) {
      --end;
    } else if (end - begin > 2 && std::any_of(kSuffixPairs.begin(), kSuffixPairs.end(),
                                              [&](const auto& pair) {
                                                return words[end - 2] == pair[0] &&
                                                       words[end - 1] == pair[1];
                                              })) {
      end -= 2;
    } else {
      break;
    }
  }
  while (end - begin > 1 && IsOneOf(words[begin], kPrefixWords)) ++begin;
  std::string key;
  for (size_t i = begin; i < end; ++i) {
    if (!key.empty()) key.push_back(' ');
    key += words[i];
  }
  return key;
}

}  // namespace corpgraph
