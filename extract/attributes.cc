#include "extract/attributes.h"

#include <cctype>
#include <cstdlib>
#include <cstdio>
#include <iterator>

namespace corpgraph {
namespace {

// Parses digits with thousands commas and a decimal part starting at text[i].
std::optional<double> NumberAt(std::string_view text, size_t i, size_t* end) {
  std::string digits;
  while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) ||
                             (text[i] == ',' && i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1]))) ||
                             (text[i] == '.' && i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1]))))) {
    if (text[i] != ',') digits.push_back(text[i]);
    ++i;
  }
  if (end) *end = i;
  if (digits.empty()) return std::nullopt;
  return std::strtod(digits.c_str(), nullptr);
}

size_t FirstDigit(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(text[i]))) return i;
  }
  return std::string_view::npos;
}

constexpr std::string_view kMonths[] = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"};

}  // namespace

std::optional<double> ParsePercent(std::string_view text) {
  size_t d = FirstDigit(text);
  if (d == std::string_view::npos) return std::nullopt;
  std::optional<double> v = NumberAt(text, d, nullptr);
  if (!v || *v <= 0 || *v > 100) return std::nullopt;
  return v;
}

std::optional<Money> ParseMoney(std::string_view text) {
  size_t d = FirstDigit(text);
  if (d == std::string_view::npos) return std::nullopt;
  size_t end = 0;
  std::optional<double> v = NumberAt(text, d, &end);
  if (!v) return std::nullopt;
  Money m;
  m.amount = *v;
  std::string_view head = text.substr(0, d);
  if (head.find("\xC2\xA5") != std::string_view::npos || head.find("JPY") != std::string_view::npos) m.currency = "JPY";
  else if (head.find("\xE2\x82\xAC") != std::string_view::npos || head.find("EUR") != std::string_view::npos) m.currency = "EUR";
  else if (head.find("\xC2\xA3") != std::string_view::npos || head.find("GBP") != std::string_view::npos) m.currency = "GBP";
  else if (head.find('$') != std::string_view::npos || head.find("USD") != std::string_view::npos) m.currency = "USD";
  std::string_view tail = text.substr(end);
  while (!tail.empty() && tail.front() == ' ') tail.remove_prefix(1);
  if (tail.substr(0, 8) == "thousand") m.amount *= 1e3;
  else if (tail.substr(0, 7) == "million") m.amount *= 1e6;
  else if (tail.substr(0, 7) == "billion") m.amount *= 1e9;
  else if (tail.substr(0, 8) == "trillion") m.amount *= 1e12;
  return m;
}

std::string ToIsoDate(std::string_view text) {
  int month = 0;
  size_t after_month = 0;
  for (size_t i = 0; i < std::size(kMonths); ++i) {
    size_t at = text.find(kMonths[i]);
    if (at != std::string_view::npos) {
      month = static_cast<int>(i) + 1;
      after_month = at + kMonths[i].size();
      break;
    }
  }
  char buf[16];
  if (month > 0) {
    std::string_view rest = text.substr(after_month);
    size_t d = FirstDigit(rest);
    if (d == std::string_view::npos) return "";
    size_t end = 0;
    std::optional<double> first = NumberAt(rest, d, &end);
    if (!first) return "";
    int a = static_cast<int>(*first);
    if (a >= 1 && a <= 31) {
      size_t d2 = FirstDigit(rest.substr(end));
      if (d2 == std::string_view::npos) return "";
      std::optional<double> year = NumberAt(rest, end + d2, nullptr);
      if (!year || *year < 1800) return "";
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(*year), month, a);
      return buf;
    }
    if (a >= 1800) {
      std::snprintf(buf, sizeof buf, "%04d-%02d", a, month);
      return buf;
    }
    return "";
  }
  size_t d = FirstDigit(text);
  if (d == std::string_view::npos) return "";
  size_t end = 0;
  std::optional<double> y = NumberAt(text, d, &end);
  if (y && end - d == 4 && *y >= 1800 && *y <= 2200) {
    std::snprintf(buf, sizeof buf, "%04d", static_cast<int>(*y));
    return buf;
  }
  return "";
}

}  // namespace corpgraph
