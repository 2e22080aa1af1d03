#include "graph/json_writer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>

namespace corpgraph {
namespace {

std::string Write(const auto& fill) {
  std::string out;
  JsonWriter json(out);
  fill(json);
  return out;
}

// UTF-8 bytes of one code point.
std::string Encode(char32_t cp) {
  std::string s;
  if (cp < 0x80) {
    s += static_cast<char>(cp);
  } else if (cp < 0x800) {
    s += static_cast<char>(0xC0 | (cp >> 6));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    s += static_cast<char>(0xE0 | (cp >> 12));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (cp >> 18));
    s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return s;
}

TEST(JsonWriterTest, PlacesCommasBetweenMembersAndElements) {
  std::string text = Write([](JsonWriter& json) {
    json.BeginObject().Key("a").Int(-1).Key("b").BeginArray().UInt(2).Null().Bool(true).BeginObject().EndObject()
        .BeginArray().EndArray().EndArray().Key("c").String("x").EndObject();
  });
  EXPECT_EQ(text, R"({"a":-1,"b":[2,null,true,{},[]],"c":"x"})");
  EXPECT_EQ(Write([](JsonWriter& json) { json.BeginObject().Key("say \"hi\"\n").Null().EndObject(); }),
            R"({"say \"hi\"\n":null})");
  EXPECT_TRUE(nlohmann::json::accept(text));
}

TEST(JsonWriterTest, EscapesValidStringsExactlyAsNlohmannDoes) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> pick(0, 5);
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    int length = round % 40;
    for (int k = 0; k < length; ++k) {
      char32_t cp;
      switch (pick(rng)) {
        case 0: cp = std::uniform_int_distribution<char32_t>(0, 0x20)(rng); break;  // controls
        case 1: cp = U"\"\\/\x7f"[std::uniform_int_distribution<int>(0, 3)(rng)]; break;
        case 2: cp = std::uniform_int_distribution<char32_t>(0x80, 0x7FF)(rng); break;
        case 3: cp = std::uniform_int_distribution<char32_t>(0xE000, 0xFFFF)(rng); break;
        case 4: cp = std::uniform_int_distribution<char32_t>(0x10000, 0x10FFFF)(rng); break;
        default: cp = std::uniform_int_distribution<char32_t>('a', 'z')(rng);
      }
      s += Encode(cp);
    }
    std::string ours = Write([&](JsonWriter& json) { json.String(s); });
    ASSERT_EQ(ours, nlohmann::json(s).dump()) << "round " << round;
  }
}

TEST(JsonWriterTest, ReplacesInvalidUtf8AndStaysParseable) {
  const std::string bad[] = {"\xff", "a\xc3", "\xc0\xaf", "\xe0\x80\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80",
                             "ok\x80ok", "\xf0\x9f\x98"};
  for (const std::string& s : bad) {
    std::string text = Write([&](JsonWriter& json) { json.String(s); });
    nlohmann::json parsed;
    ASSERT_NO_THROW(parsed = nlohmann::json::parse(text)) << text;
    EXPECT_NE(parsed.get<std::string>().find("\xEF\xBF\xBD"), std::string::npos) << text;
  }
  std::mt19937 rng(11);
  for (int round = 0; round < 2000; ++round) {
    std::string s(static_cast<size_t>(round % 24), '\0');
    for (char& c : s) c = static_cast<char>(std::uniform_int_distribution<int>(0, 255)(rng));
    std::string text = Write([&](JsonWriter& json) { json.String(s); });
    ASSERT_TRUE(nlohmann::json::accept(text)) << "round " << round;
  }
}

TEST(JsonWriterTest, DoublesReadBackExactlyAndKeepTheirFloatingPointForm) {
  EXPECT_EQ(Write([](JsonWriter& json) { json.Double(1.0); }), "1.0");
  EXPECT_EQ(Write([](JsonWriter& json) { json.Double(0.269); }), "0.269");
  EXPECT_EQ(Write([](JsonWriter& json) { json.Double(std::nan("")); }), "null");
  EXPECT_EQ(Write([](JsonWriter& json) { json.Double(std::numeric_limits<double>::infinity()); }), "null");
  EXPECT_EQ(Write([](JsonWriter& json) { json.Double(std::optional<double>()); }), "null");
  std::mt19937_64 rng(3);
  for (int round = 0; round < 5000; ++round) {
    double value = std::uniform_real_distribution<double>(-1e6, 1e6)(rng) *
                   std::pow(10.0, std::uniform_int_distribution<int>(-30, 30)(rng));
    std::string text = Write([&](JsonWriter& json) { json.Double(value); });
    nlohmann::json parsed = nlohmann::json::parse(text);
    ASSERT_TRUE(parsed.is_number_float()) << text;
    ASSERT_EQ(parsed.get<double>(), value) << text;
  }
}

}  // namespace
}  // namespace corpgraph
