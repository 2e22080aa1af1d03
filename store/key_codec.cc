#include "store/key_codec.h"

namespace corpgraph::store {
namespace {

constexpr std::size_t kIdSize = 8;

char TagByte(KeyTag tag) { return static_cast<char>(tag); }

// Consumes the tag byte; false when `key` does not start with it.
bool ConsumeTag(std::string_view* key, KeyTag tag) {
  if (key->empty() || (*key)[0] != TagByte(tag)) return false;
  key->remove_prefix(1);
  return true;
}

bool GetRel(std::string_view* in, Relation* rel) {
  if (in->empty()) return false;
  *rel = static_cast<Relation>(static_cast<std::uint8_t>((*in)[0]));
  in->remove_prefix(1);
  return true;
}

void WriteU64(char* out, std::uint64_t v) {
  for (int i = 7; i >= 0; --i) {
    out[i] = static_cast<char>(v & 0xff);
    v >>= 8;
  }
}

// Decodes "tag | name | 00 | id[8]" with the name running to the last 9 bytes.
bool DecodeNameAndId(std::string_view key, KeyTag tag, std::string_view* name, std::uint64_t* id) {
  if (!ConsumeTag(&key, tag) || key.size() < kIdSize + 1) return false;
  std::size_t name_size = key.size() - kIdSize - 1;
  if (key[name_size] != '\0') return false;
  *name = key.substr(0, name_size);
  key.remove_prefix(name_size + 1);
  return GetU64(&key, id) && key.empty();
}

void AppendTriple(std::string* dst, EntityId first, Relation rel, EntityId second) {
  PutU64(dst, first);
  dst->push_back(static_cast<char>(rel));
  PutU64(dst, second);
}

bool GetTriple(std::string_view* in, EntityId* first, Relation* rel, EntityId* second) {
  return GetU64(in, first) && GetRel(in, rel) && GetU64(in, second);
}

}  // namespace

void PutU64(std::string* dst, std::uint64_t v) {
  char buf[kIdSize];
  WriteU64(buf, v);
  dst->append(buf, kIdSize);
}

bool GetU64(std::string_view* in, std::uint64_t* out) {
  if (in->size() < kIdSize) return false;
  std::uint64_t v = 0;
  for (std::size_t i = 0; i < kIdSize; ++i) v = (v << 8) | static_cast<std::uint8_t>((*in)[i]);
  in->remove_prefix(kIdSize);
  *out = v;
  return true;
}

std::string TagPrefix(KeyTag tag) { return std::string(1, TagByte(tag)); }

std::string PrefixEnd(std::string_view prefix) {
  std::string end(prefix);
  while (!end.empty()) {
    unsigned char last = static_cast<unsigned char>(end.back());
    if (last != 0xff) {
      end.back() = static_cast<char>(last + 1);
      return end;
    }
    end.pop_back();
  }
  return end;
}

std::string MetaKey(std::string_view name) { return TagPrefix(KeyTag::kMeta).append(name); }
std::string CounterKey(std::string_view name) { return TagPrefix(KeyTag::kCounter).append(name); }

std::string RelationNameKey(Relation rel) {
  std::string key = TagPrefix(KeyTag::kRelationName);
  key.push_back(static_cast<char>(rel));
  return key;
}

bool DecodeRelationNameKey(std::string_view key, Relation* rel) {
  return ConsumeTag(&key, KeyTag::kRelationName) && GetRel(&key, rel) && key.empty();
}

std::string DocumentKey(DocKey doc) {
  std::string key = TagPrefix(KeyTag::kDocument);
  PutU64(&key, doc);
  return key;
}

bool DecodeDocumentKey(std::string_view key, DocKey* doc) {
  return ConsumeTag(&key, KeyTag::kDocument) && GetU64(&key, doc) && key.empty();
}

std::string DocumentNamePrefix(std::string_view name) {
  std::string key = TagPrefix(KeyTag::kDocumentName);
  key.append(name);
  key.push_back('\0');
  return key;
}

std::string DocumentNameKey(std::string_view name, DocKey doc) {
  std::string key = DocumentNamePrefix(name);
  PutU64(&key, doc);
  return key;
}

bool DecodeDocumentNameKey(std::string_view key, std::string_view* name, DocKey* doc) {
  return DecodeNameAndId(key, KeyTag::kDocumentName, name, doc);
}

std::string EntityKey(EntityId id) {
  std::string key = TagPrefix(KeyTag::kEntity);
  PutU64(&key, id);
  return key;
}

bool DecodeEntityKey(std::string_view key, EntityId* id) {
  return ConsumeTag(&key, KeyTag::kEntity) && GetU64(&key, id) && key.empty();
}

std::string AliasPrefix(std::string_view normalized) {
  std::string key = TagPrefix(KeyTag::kAlias);
  key.append(normalized);
  key.push_back('\0');
  return key;
}

std::string AliasKey(std::string_view normalized, EntityId id) {
  std::string key;
  AppendAliasKey(&key, normalized, id);
  return key;
}

void AppendAliasKey(std::string* dst, std::string_view normalized, EntityId id) {
  dst->push_back(TagByte(KeyTag::kAlias));
  dst->append(normalized);
  dst->push_back('\0');
  PutU64(dst, id);
}

bool DecodeAliasKey(std::string_view key, std::string_view* normalized, EntityId* id) {
  return DecodeNameAndId(key, KeyTag::kAlias, normalized, id);
}

std::string RetiredNameKey(std::string_view normalized) {
  return TagPrefix(KeyTag::kRetiredName).append(normalized);
}

std::string EntityMentionPrefix(EntityId id) {
  std::string key = TagPrefix(KeyTag::kEntityMention);
  PutU64(&key, id);
  return key;
}

std::string EntityMentionKey(EntityId id, DocKey doc) {
  std::string key = EntityMentionPrefix(id);
  PutU64(&key, doc);
  return key;
}

bool DecodeEntityMentionKey(std::string_view key, EntityId* id, DocKey* doc) {
  return ConsumeTag(&key, KeyTag::kEntityMention) && GetU64(&key, id) && GetU64(&key, doc) &&
         key.empty();
}

std::string OutEdgePrefix(EntityId src) {
  std::string key = TagPrefix(KeyTag::kOutEdge);
  PutU64(&key, src);
  return key;
}

std::string OutEdgePrefix(EntityId src, Relation rel) {
  std::string key = OutEdgePrefix(src);
  key.push_back(static_cast<char>(rel));
  return key;
}

std::string InEdgePrefix(EntityId dst) {
  std::string key = TagPrefix(KeyTag::kInEdge);
  PutU64(&key, dst);
  return key;
}

std::string InEdgePrefix(EntityId dst, Relation rel) {
  std::string key = InEdgePrefix(dst);
  key.push_back(static_cast<char>(rel));
  return key;
}

std::string OutEdgeKey(const EdgeTriple& e) {
  std::string key(kEdgeKeySize, '\0');
  WriteOutEdgeKey(key.data(), e);
  return key;
}

std::string InEdgeKey(const EdgeTriple& e) {
  std::string key(kEdgeKeySize, '\0');
  WriteInEdgeKey(key.data(), e);
  return key;
}

void WriteOutEdgeKey(char* out, const EdgeTriple& e) {
  out[0] = TagByte(KeyTag::kOutEdge);
  WriteU64(out + 1, e.src);
  out[9] = static_cast<char>(e.rel);
  WriteU64(out + 10, e.dst);
}

void WriteInEdgeKey(char* out, const EdgeTriple& e) {
  out[0] = TagByte(KeyTag::kInEdge);
  WriteU64(out + 1, e.dst);
  out[9] = static_cast<char>(e.rel);
  WriteU64(out + 10, e.src);
}

bool DecodeOutEdgeKey(std::string_view key, EdgeTriple* e) {
  return ConsumeTag(&key, KeyTag::kOutEdge) && GetTriple(&key, &e->src, &e->rel, &e->dst) &&
         key.empty();
}

bool DecodeInEdgeKey(std::string_view key, EdgeTriple* e) {
  return ConsumeTag(&key, KeyTag::kInEdge) && GetTriple(&key, &e->dst, &e->rel, &e->src) &&
         key.empty();
}

std::string EvidencePrefix(const EdgeTriple& e) {
  std::string key = TagPrefix(KeyTag::kEvidence);
  AppendTriple(&key, e.src, e.rel, e.dst);
  return key;
}

std::string EvidenceKey(const EvidenceKeyParts& p) {
  std::string key = EvidencePrefix(p.edge);
  PutU64(&key, p.doc);
  PutU64(&key, p.begin);
  PutU64(&key, p.end);
  return key;
}

bool DecodeEvidenceKey(std::string_view key, EvidenceKeyParts* p) {
  return ConsumeTag(&key, KeyTag::kEvidence) &&
         GetTriple(&key, &p->edge.src, &p->edge.rel, &p->edge.dst) && GetU64(&key, &p->doc) &&
         GetU64(&key, &p->begin) && GetU64(&key, &p->end) && key.empty();
}

std::string DocumentEvidencePrefix(DocKey doc) {
  std::string key = TagPrefix(KeyTag::kDocumentEvidence);
  PutU64(&key, doc);
  return key;
}

std::string DocumentEvidenceKey(const EvidenceKeyParts& p) {
  std::string key = DocumentEvidencePrefix(p.doc);
  AppendTriple(&key, p.edge.src, p.edge.rel, p.edge.dst);
  PutU64(&key, p.begin);
  PutU64(&key, p.end);
  return key;
}

bool DecodeDocumentEvidenceKey(std::string_view key, EvidenceKeyParts* p) {
  return ConsumeTag(&key, KeyTag::kDocumentEvidence) && GetU64(&key, &p->doc) &&
         GetTriple(&key, &p->edge.src, &p->edge.rel, &p->edge.dst) && GetU64(&key, &p->begin) &&
         GetU64(&key, &p->end) && key.empty();
}

std::string DocumentMentionPrefix(DocKey doc) {
  std::string key = TagPrefix(KeyTag::kDocumentMention);
  PutU64(&key, doc);
  return key;
}

std::string DocumentMentionKey(DocKey doc, EntityId id) {
  std::string key = DocumentMentionPrefix(doc);
  PutU64(&key, id);
  return key;
}

bool DecodeDocumentMentionKey(std::string_view key, DocKey* doc, EntityId* id) {
  return ConsumeTag(&key, KeyTag::kDocumentMention) && GetU64(&key, doc) && GetU64(&key, id) &&
         key.empty();
}

std::string DocIdString(DocKey doc) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[i] = kHex[doc & 0xf];
    doc >>= 4;
  }
  return out;
}

bool ParseDocId(std::string_view text, DocKey* doc) {
  if (text.size() != 16) return false;
  DocKey v = 0;
  for (char c : text) {
    int digit;
    if (c >= '0' && c <= '9') {
      digit = c - '0';
    } else if (c >= 'a' && c <= 'f') {
      digit = c - 'a' + 10;
    } else if (c >= 'A' && c <= 'F') {
      digit = c - 'A' + 10;
    } else {
      return false;
    }
    v = (v << 4) | static_cast<DocKey>(digit);
  }
  *doc = v;
  return true;
}

}  // namespace corpgraph::store
