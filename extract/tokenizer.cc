#include "extract/tokenizer.h"

#include <cctype>
#include <iterator>
#include <string>

#include "extract/word_set.h"

namespace corpgraph {
namespace {

bool IsAlnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsUpperC(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLowerC(char c) { return c >= 'a' && c <= 'z'; }

constexpr std::string_view kSuffixes[] = {
    "Inc.", "Inc", "Incorporated", "Corporation", "Corp.", "Corp", "Co.", "Ltd.", "Ltd",
    "Limited", "LLC", "L.L.C.", "L.P.", "LP", "plc", "Plc", "PLC", "AG", "GmbH", "S.A.",
    "N.V.", "K.K.", "SE", "B.V.", "Company", "LLP", "S.p.A.", "SA", "NV", "Pty", "S.A.S.",
    "Cie", "KGaA", "A/S", "N.A.", "SAS", "Pte.", "Pte", "Bhd", "Bhd.", "AB", "ASA", "Oyj",
    "SpA", "Ltda", "Ltda.", "S.R.L.", "SRL", "S.L.", "Oy", "Tbk", "S.A.U.", "S.L.U."};

// Abbreviations that keep their final period (besides dotted words and initials).
constexpr std::string_view kKeepPeriod[] = {
    "Inc", "Corp", "Co", "Ltd", "Pte", "Bhd", "Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "St", "No",
    "Bros", "Cos", "Prof", "Messrs", "Ltda"};


bool KeepsPeriod(std::string_view word) {
  if (word.size() == 1 && IsUpperC(word[0])) return true;
  if (word.find('.') != std::string_view::npos) return word.size() <= 8;
  // The last segment after '&' or '-' decides ("GS&Co.").
  size_t cut = word.find_last_of("&-");
  std::string_view last = cut == std::string_view::npos ? word : word.substr(cut + 1);
  for (std::string_view k : kKeepPeriod) {
    if (k == last || (IsAllCaps(last) && k.size() == last.size() && EqualsIgnoringCase(k, last))) return true;
  }
  return false;
}

}  // namespace

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

bool IsCorporateSuffix(std::string_view word) {
  static const auto* suffixes = new WordSet(kSuffixes);
  if (word.size() < 2 || word.size() > 12) return false;
  if (suffixes->Contains(word)) return true;
  // Written in capitals ("GAINSCO, INC.", "ACME HOLDINGS LIMITED"): the suffix in title case.
  if (!IsAllCaps(word)) return false;
  char title[12];  // word.size() <= 12, checked above
  for (size_t i = 0; i < word.size(); ++i) {
    bool lower = i > 0 && IsUpperC(word[i]) && word[i - 1] != '.';
    title[i] = lower ? static_cast<char>(word[i] - 'A' + 'a') : word[i];
  }
  return suffixes->Contains(std::string_view(title, word.size()));
}

bool IsCapitalized(std::string_view w) {
  if (w.empty()) return false;
  if (IsUpperC(w[0])) return true;
  if (IsLowerC(w[0]) && w.size() < 2) return false;
  if (w[0] >= '0' && w[0] <= '9') {
    for (char c : w) {
      if (IsUpperC(c) || IsLowerC(c)) return true;
    }
    return false;
  }
  if (IsLowerC(w[0])) {
    for (size_t i = 1; i < w.size(); ++i) {
      if (IsUpperC(w[i])) return true;
    }
  }
  return false;
}

bool IsPossessive(std::string_view token) { return token == "'s" || token == "\u2019s"; }

bool IsDottedInitials(std::string_view w) {
  if (w.size() < 4) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    bool fits = (i % 2 == 0) ? std::isupper(static_cast<unsigned char>(w[i])) != 0 : w[i] == '.';
    if (!fits) return false;
  }
  return true;
}

bool IsAllCaps(std::string_view w) {
  int letters = 0;
  for (char c : w) {
    if (IsLowerC(c)) return false;
    if (IsUpperC(c)) ++letters;
  }
  return letters >= 2;
}

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  out.reserve(s.size() / 4 + 4);
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    char c = s[i];
    if (c == ' ' || c == '\n') {
      ++i;
      continue;
    }
    if (IsAlnum(c) || static_cast<unsigned char>(c) >= 0x80) {
      size_t b = i;
      // Currency signs and other symbols outside ASCII are punctuation-like: one token each.
      if (static_cast<unsigned char>(c) >= 0x80 && (static_cast<unsigned char>(c) == 0xC2 ||
                                                     static_cast<unsigned char>(c) == 0xE2)) {
        size_t len = static_cast<unsigned char>(c) == 0xC2 ? 2 : 3;
        out.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(std::min(n, b + len)), false});
        i = std::min(n, b + len);
        continue;
      }
      while (i < n) {
        char d = s[i];
        if (IsAlnum(d) || (static_cast<unsigned char>(d) >= 0x80 && static_cast<unsigned char>(d) != 0xE2)) {
          ++i;
          continue;
        }
        if ((d == '.' || d == '-' || d == '&' || d == '/') && i + 1 < n && IsAlnum(s[i + 1])) {
          ++i;
          continue;
        }
        if (d == '\'' && i + 1 < n && IsAlnum(s[i + 1]) &&
            !((s[i + 1] == 's' || s[i + 1] == 'S') && (i + 2 >= n || !IsAlnum(s[i + 2])))) {
          ++i;
          continue;
        }
        break;
      }
      if (i < n && s[i] == '.' && KeepsPeriod(s.substr(b, i - b))) ++i;
      out.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(i), true});
      continue;
    }
    if (c == '\'' && i + 1 < n && (s[i + 1] == 's' || s[i + 1] == 'S') && (i + 2 >= n || !IsAlnum(s[i + 2])) &&
        !out.empty() && out.back().end == i) {
      out.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 2), false});
      i += 2;
      continue;
    }
    out.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1), false});
    ++i;
  }
  return out;
}

}  // namespace corpgraph
