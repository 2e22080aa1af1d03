#include "store/value_codec.h"

#include <gtest/gtest.h>

namespace corpgraph::store {
namespace {

TEST(ValueCodecTest, VarintRoundTripAndTruncation) {
  for (std::uint64_t v : {0ull, 1ull, 127ull, 128ull, 300ull, 1ull << 35, ~0ull}) {
    std::string s;
    PutVarint(&s, v);
    std::string_view in = s;
    std::uint64_t back = 0;
    ASSERT_TRUE(GetVarint(&in, &back));
    EXPECT_EQ(back, v);
    EXPECT_TRUE(in.empty());
    if (s.size() > 1) {
      std::string_view cut = std::string_view(s).substr(0, s.size() - 1);
      EXPECT_FALSE(GetVarint(&cut, &back));
    }
  }
}

TEST(ValueCodecTest, EntityRoundTrip) {
  Entity e{.name = "Acme Widgets Inc.", .kind = EntityKind::kGroup, .aliases = {"Acme", "AWI"},
           .country = "Japan", .properties = {{"ticker", "ACW"}}};
  std::string value;
  EncodeEntity(e, true, &value);
  Entity back;
  bool imported = false;
  ASSERT_TRUE(DecodeEntity(value, &back, &imported));
  EXPECT_TRUE(imported);
  EXPECT_EQ(back.name, e.name);
  EXPECT_EQ(back.kind, e.kind);
  EXPECT_EQ(back.aliases, e.aliases);
  EXPECT_EQ(back.country, e.country);
  EXPECT_EQ(back.properties, e.properties);
  for (std::size_t n = 0; n < value.size(); ++n) {
    EXPECT_FALSE(DecodeEntity(std::string_view(value).substr(0, n), &back, &imported)) << n;
  }
}

TEST(ValueCodecTest, EdgeValueRoundTrip) {
  EdgeAttributes a;
  a.percent = 26.9;
  a.what = "network equipment";
  a.former = true;
  a.amount = 1.5e9;
  a.currency = "JPY";
  a.properties["since"] = "2001";
  std::string full, short_form;
  EncodeEdgeValue(a, false, true, &full);
  EncodeEdgeValue(a, false, false, &short_form);
  EXPECT_EQ(short_form.size(), 9u);  // flags + percent
  EdgeAttributes back;
  bool imported = true;
  ASSERT_TRUE(DecodeEdgeValue(full, &back, &imported));
  EXPECT_FALSE(imported);
  EXPECT_EQ(back.percent, 26.9);
  EXPECT_EQ(back.what, a.what);
  EXPECT_TRUE(back.former);
  EXPECT_EQ(back.amount, 1.5e9);
  EXPECT_EQ(back.currency, "JPY");
  EXPECT_EQ(back.properties, a.properties);
  std::optional<double> percent;
  ASSERT_TRUE(DecodeEdgePercent(short_form, &percent, &imported));
  EXPECT_EQ(percent, 26.9);

  std::string bulk;
  double p = 51.0;
  AppendShortEdgeValue(&bulk, true, &p);
  ASSERT_TRUE(DecodeEdgeValue(bulk, &back, &imported));
  EXPECT_TRUE(imported);
  EXPECT_EQ(back.percent, 51.0);
  bulk.clear();
  AppendShortEdgeValue(&bulk, true, nullptr);
  EXPECT_EQ(bulk.size(), 1u);
  EXPECT_FALSE(DecodeEdgeValue(std::string_view(full).substr(0, 5), &back, &imported));
}

TEST(ValueCodecTest, EvidenceAndDocumentRoundTrip) {
  Evidence ev{.sentence = "Acme owns 51% of Bolt.", .section = "Item 4", .rule = "owns_percent",
              .confidence = 0.75};
  std::string v;
  EncodeEvidence(ev, &v);
  Evidence eb;
  ASSERT_TRUE(DecodeEvidence(v, &eb));
  EXPECT_EQ(eb.sentence, ev.sentence);
  EXPECT_EQ(eb.section, ev.section);
  EXPECT_EQ(eb.rule, ev.rule);
  EXPECT_EQ(eb.confidence, 0.75);
  EXPECT_FALSE(DecodeEvidence(std::string_view(v).substr(0, v.size() - 1), &eb));

  Document d{.sha256 = std::string(64, 'a'), .name = "acme.txt", .filer = "Acme", .form = "10-K",
             .period = "2017-03-31", .format = "text", .ingested_at = 1700000000, .size = 1234};
  std::string dv;
  EncodeDocument(d, true, &dv);
  Document db;
  bool is_import = false;
  ASSERT_TRUE(DecodeDocument(dv, &db, &is_import));
  EXPECT_TRUE(is_import);
  EXPECT_EQ(db.sha256, d.sha256);
  EXPECT_EQ(db.name, d.name);
  EXPECT_EQ(db.form, d.form);
  EXPECT_EQ(db.period, d.period);
  EXPECT_EQ(db.ingested_at, d.ingested_at);
  EXPECT_EQ(db.size, d.size);
}

}  // namespace
}  // namespace corpgraph::store
