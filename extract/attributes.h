// Attribute values from the words a filing uses: percentages, money, dates.
//
//   ParsePercent("79.5%") == 79.5;   ParseMoney("¥9.2 billion") -> {9.2e9, "JPY"}
//   ToIsoDate("September 1, 2010") == "2010-09-01";  ToIsoDate("October 2014") == "2014-10"
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace corpgraph {

// The first number in the text when it is in (0, 100]; nullopt otherwise.
std::optional<double> ParsePercent(std::string_view text);

struct Money {
  double amount = 0;
  std::string currency;  // ISO 4217 ("JPY", "USD", "EUR", "GBP"), "" when no sign was given
};
// "$30.8 billion", "¥142 million", "JPY 1,000", "€5 million"; nullopt without a number.
std::optional<Money> ParseMoney(std::string_view text);

// "September 1, 2010" -> "2010-09-01", "October 2014" -> "2014-10", "2014" -> "2014";
// "" when the text holds no recognizable date.
std::string ToIsoDate(std::string_view text);

}  // namespace corpgraph
