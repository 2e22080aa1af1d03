#include "store/key_codec.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace corpgraph::store {
namespace {

TEST(KeyCodecTest, EdgeKeysRoundTrip) {
  EdgeTriple t{0x0102030405060708ull, Relation::kSupplies, 42};
  std::string out = OutEdgeKey(t), in = InEdgeKey(t);
  ASSERT_EQ(out.size(), kEdgeKeySize);
  EXPECT_EQ(static_cast<std::uint8_t>(out[0]), 0x20);
  EXPECT_EQ(static_cast<std::uint8_t>(in[0]), 0x21);
  EXPECT_EQ(static_cast<std::uint8_t>(out[1]), 0x01);  // big-endian: high byte first
  EXPECT_EQ(static_cast<std::uint8_t>(out[9]), 4);     // relation code
  EdgeTriple back;
  ASSERT_TRUE(DecodeOutEdgeKey(out, &back));
  EXPECT_EQ(back, t);
  ASSERT_TRUE(DecodeInEdgeKey(in, &back));
  EXPECT_EQ(back, t);  // in-edge keys decode to stored orientation
  EXPECT_TRUE(std::string_view(out).starts_with(OutEdgePrefix(t.src, t.rel)));
  EXPECT_TRUE(std::string_view(in).starts_with(InEdgePrefix(t.dst, t.rel)));
  EXPECT_FALSE(DecodeOutEdgeKey(in, &back));  // wrong tag
}

TEST(KeyCodecTest, DecodersRejectShortAndLongInput) {
  EdgeTriple t{1, Relation::kOwns, 2};
  std::string key = OutEdgeKey(t);
  EdgeTriple back;
  for (std::size_t n = 0; n < key.size(); ++n) EXPECT_FALSE(DecodeOutEdgeKey(key.substr(0, n), &back)) << n;
  EXPECT_FALSE(DecodeOutEdgeKey(key + "x", &back));
  EntityId id;
  std::string ek = EntityKey(7);
  EXPECT_FALSE(DecodeEntityKey(ek.substr(0, 8), &id));
  std::string_view name;
  EXPECT_FALSE(DecodeAliasKey(AliasKey("acme", 3).substr(0, 10), &name, &id));
  EXPECT_FALSE(DecodeAliasKey("\x11", &name, &id));
  EvidenceKeyParts parts;
  std::string evk = EvidenceKey({t, 9, 10, 20});
  EXPECT_FALSE(DecodeEvidenceKey(evk.substr(0, evk.size() - 1), &parts));
  std::string_view empty;
  std::uint64_t v;
  EXPECT_FALSE(GetU64(&empty, &v));
}

TEST(KeyCodecTest, OtherKeysRoundTrip) {
  EntityId id = 0;
  ASSERT_TRUE(DecodeEntityKey(EntityKey(123456789), &id));
  EXPECT_EQ(id, 123456789u);

  std::string_view name;
  std::string alias_key = AliasKey("ntt docomo", 77);
  ASSERT_TRUE(DecodeAliasKey(alias_key, &name, &id));
  EXPECT_EQ(name, "ntt docomo");
  EXPECT_EQ(id, 77u);
  EXPECT_TRUE(std::string_view(AliasKey("ntt docomo", 77)).starts_with(AliasPrefix("ntt docomo")));
  EXPECT_FALSE(std::string_view(AliasKey("ntt docomo x", 77)).starts_with(AliasPrefix("ntt docomo")));

  EvidenceKeyParts p{{5, Relation::kOwns, 6}, 0xabcdefull, 100, 250}, back;
  ASSERT_TRUE(DecodeEvidenceKey(EvidenceKey(p), &back));
  EXPECT_EQ(back.edge, p.edge);
  EXPECT_EQ(back.doc, p.doc);
  EXPECT_EQ(back.begin, 100u);
  EXPECT_EQ(back.end, 250u);
  ASSERT_TRUE(DecodeDocumentEvidenceKey(DocumentEvidenceKey(p), &back));
  EXPECT_EQ(back.edge, p.edge);
  EXPECT_EQ(back.doc, p.doc);
  EXPECT_TRUE(std::string_view(EvidenceKey(p)).starts_with(EvidencePrefix(p.edge)));

  DocKey doc = 0;
  ASSERT_TRUE(DecodeDocumentKey(DocumentKey(0x1122334455667788ull), &doc));
  EXPECT_EQ(doc, 0x1122334455667788ull);
  std::string name_key = DocumentNameKey("a/b.txt", 9);
  ASSERT_TRUE(DecodeDocumentNameKey(name_key, &name, &doc));
  EXPECT_EQ(name, "a/b.txt");
  EXPECT_EQ(doc, 9u);
  ASSERT_TRUE(DecodeEntityMentionKey(EntityMentionKey(4, 8), &id, &doc));
  EXPECT_EQ(id, 4u);
  EXPECT_EQ(doc, 8u);
  ASSERT_TRUE(DecodeDocumentMentionKey(DocumentMentionKey(8, 4), &doc, &id));
  EXPECT_EQ(id, 4u);
  Relation rel;
  ASSERT_TRUE(DecodeRelationNameKey(RelationNameKey(static_cast<Relation>(70)), &rel));
  EXPECT_EQ(static_cast<int>(rel), 70);

  EXPECT_EQ(DocIdString(0x00ff00000000abcdull), "00ff00000000abcd");
  ASSERT_TRUE(ParseDocId("00FF00000000abcd", &doc));
  EXPECT_EQ(doc, 0x00ff00000000abcdull);
  EXPECT_FALSE(ParseDocId("00ff", &doc));
  EXPECT_FALSE(ParseDocId("00ff00000000abcg", &doc));
}

TEST(KeyCodecTest, ByteOrderIsNumericOrder) {
  // Ids across byte boundaries, relations and directions: sorting keys as bytes must equal
  // sorting the tuples numerically.
  std::vector<EntityId> ids = {0, 1, 255, 256, 65535, 65536, 1ull << 32, (1ull << 56) + 3, ~0ull - 1};
  std::vector<Relation> rels = {Relation::kOwns, Relation::kSupplies, Relation::kRenamedTo,
                                static_cast<Relation>(200)};
  std::vector<std::pair<std::string, std::tuple<EntityId, unsigned, EntityId>>> keys;
  for (EntityId s : ids) {
    for (Relation r : rels) {
      for (EntityId d : ids) keys.emplace_back(OutEdgeKey({s, r, d}), std::make_tuple(s, unsigned(r), d));
    }
  }
  auto by_bytes = keys, by_value = keys;
  std::sort(by_bytes.begin(), by_bytes.end(), [](auto& a, auto& b) { return a.first < b.first; });
  std::sort(by_value.begin(), by_value.end(), [](auto& a, auto& b) { return a.second < b.second; });
  EXPECT_EQ(by_bytes, by_value);

  std::vector<std::string> entity_keys;
  for (EntityId id : ids) entity_keys.push_back(EntityKey(id));
  EXPECT_TRUE(std::is_sorted(entity_keys.begin(), entity_keys.end()));

  // One prefix holds exactly one node's edges of one relation.
  std::string prefix = OutEdgePrefix(256, Relation::kSupplies);
  std::size_t n = std::count_if(keys.begin(), keys.end(),
                                [&](auto& k) { return std::string_view(k.first).starts_with(prefix); });
  EXPECT_EQ(n, ids.size());
  // Alias keys of one name sort by id, and a name sorts before its extensions.
  EXPECT_LT(AliasKey("acme", 1), AliasKey("acme", 2));
  EXPECT_LT(AliasKey("acme", ~0ull), AliasKey("acme corp", 0));
  // Tags keep record kinds apart and in a fixed order.
  EXPECT_LT(EntityKey(~0ull), AliasKey("", 0));
  EXPECT_LT(OutEdgeKey({~0ull, static_cast<Relation>(255), ~0ull}), InEdgeKey({0, Relation::kOwns, 0}));
}

TEST(KeyCodecTest, PrefixEnd) {
  EXPECT_EQ(PrefixEnd("ab"), "ac");
  EXPECT_EQ(PrefixEnd(std::string("a\xff", 2)), "b");
  EXPECT_EQ(PrefixEnd(std::string("\xff\xff", 2)), "");
}

}  // namespace
}  // namespace corpgraph::store
