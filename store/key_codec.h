// Every RocksDB key of a corpgraph database, and nothing else. All keys live in the default
// column family; the first byte (a tag) says which kind of record a key is. Integers are
// fixed-width big-endian so raw byte order equals numeric order, and one prefix scan returns
// a node's edges of one relation type in either direction.
//
// Notation: [n] = n bytes; u64/u32 big-endian unsigned; rel = relation code (graph/model.h);
// doc = document key (the first 8 bytes of the document's sha256, as a u64); str = raw bytes
// that never contain 0x00 (normalized names; file names are checked on write).
//
//   tag  record            key bytes                                          value
//   ---  ----------------  -------------------------------------------------  ------------------
//   01   meta              01 | name[*]                                        per record
//   02   counter           02 | name[*]                                        i64[8] big-endian
//   03   relation name     03 | rel[1]                                         type name (custom)
//   04   document          04 | doc[8]                                         DocumentValue
//   05   document by name  05 | file name[*] | 00 | doc[8]                     empty
//   10   entity            10 | id[8]                                          EntityValue
//   11   alias             11 | normalized name[*] | 00 | id[8]                01 canonical / 00
//   12   entity mention    12 | id[8] | doc[8]                                 empty
//   13   retired name      13 | normalized name[*]                             id[8] it had
//   20   out-edge          20 | src[8] | rel[1] | dst[8]                       EdgeValue
//   21   in-edge           21 | dst[8] | rel[1] | src[8]                       EdgeValue (short)
//   30   evidence          30 | src[8] | rel[1] | dst[8] | doc[8] | begin[8] | end[8]
//                                                                              EvidenceValue
//   31   doc -> evidence   31 | doc[8] | src[8] | rel[1] | dst[8] | begin[8] | end[8]
//                                                                              empty
//   32   doc -> mention    32 | doc[8] | id[8]                                 empty
//
// Prefix scans this layout serves:
//   10                      every entity in id order
//   11 | name | 00          entities having this normalized name or alias, lowest id first
//   20 | src  [| rel]       out-edges of src [of one relation]      (21 | dst [| rel] for in)
//   30 | src | rel | dst    every evidence of one edge
//   31 | doc                every evidence of one document          (32 | doc: its entities)
// A retired name remembers the id of a deleted entity, so an entity created again under the
// same normalized name gets its old id back (ids stay stable across remove + re-ingest).
//
// The tag values and layouts are on-disk format: do not change them without raising
// kSchemaVersion below.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "graph/model.h"

namespace corpgraph::store {

// Version of the layout above and of the value encodings (store/value_codec.h). A database
// records the version that wrote it (meta record "schema"); any other version is refused.
inline constexpr std::uint32_t kSchemaVersion = 1;

// On-disk values: do not change them.
enum class KeyTag : std::uint8_t {
  kMeta = 0x01,
  kCounter = 0x02,
  kRelationName = 0x03,
  kDocument = 0x04,
  kDocumentName = 0x05,
  kEntity = 0x10,
  kAlias = 0x11,
  kEntityMention = 0x12,
  kRetiredName = 0x13,
  kOutEdge = 0x20,
  kInEdge = 0x21,
  kEvidence = 0x30,
  kDocumentEvidence = 0x31,
  kDocumentMention = 0x32,
};

using DocKey = std::uint64_t;

struct EdgeTriple {
  EntityId src = kNoEntity;
  Relation rel = Relation::kOwns;
  EntityId dst = kNoEntity;
  friend bool operator==(const EdgeTriple&, const EdgeTriple&) = default;
};

struct EvidenceKeyParts {
  EdgeTriple edge;
  DocKey doc = 0;
  std::uint64_t begin = 0;
  std::uint64_t end = 0;
};

// Fixed-width big-endian helpers. Get* return false (leaving *out unspecified) on short input.
void PutU64(std::string* dst, std::uint64_t v);
bool GetU64(std::string_view* in, std::uint64_t* out);

// A key holding just the tag: the prefix of every record of that kind.
std::string TagPrefix(KeyTag tag);
// The smallest key greater than every key starting with `prefix` ("" when none exists).
std::string PrefixEnd(std::string_view prefix);

std::string MetaKey(std::string_view name);
std::string CounterKey(std::string_view name);
std::string RelationNameKey(Relation rel);
bool DecodeRelationNameKey(std::string_view key, Relation* rel);

std::string DocumentKey(DocKey doc);
bool DecodeDocumentKey(std::string_view key, DocKey* doc);
// REQUIRES: name contains no 0x00 byte.
std::string DocumentNamePrefix(std::string_view name);
std::string DocumentNameKey(std::string_view name, DocKey doc);
bool DecodeDocumentNameKey(std::string_view key, std::string_view* name, DocKey* doc);

std::string EntityKey(EntityId id);
bool DecodeEntityKey(std::string_view key, EntityId* id);

// REQUIRES: normalized contains no 0x00 byte (NormalizeName output never does).
std::string AliasPrefix(std::string_view normalized);
std::string AliasKey(std::string_view normalized, EntityId id);
// Appends the alias key to *dst (the bulk loader's allocation-free form).
void AppendAliasKey(std::string* dst, std::string_view normalized, EntityId id);
bool DecodeAliasKey(std::string_view key, std::string_view* normalized, EntityId* id);

// REQUIRES: normalized contains no 0x00 byte.
std::string RetiredNameKey(std::string_view normalized);

std::string EntityMentionPrefix(EntityId id);
std::string EntityMentionKey(EntityId id, DocKey doc);
bool DecodeEntityMentionKey(std::string_view key, EntityId* id, DocKey* doc);

// Out-edge and in-edge keys. The in-edge key of (src, rel, dst) is 21 | dst | rel | src.
std::string OutEdgePrefix(EntityId src);
std::string OutEdgePrefix(EntityId src, Relation rel);
std::string InEdgePrefix(EntityId dst);
std::string InEdgePrefix(EntityId dst, Relation rel);
std::string OutEdgeKey(const EdgeTriple& e);
std::string InEdgeKey(const EdgeTriple& e);
// Writes the 18-byte key into out[0..18) (bulk loader form).
inline constexpr std::size_t kEdgeKeySize = 18;
void WriteOutEdgeKey(char* out, const EdgeTriple& e);
void WriteInEdgeKey(char* out, const EdgeTriple& e);
// Both decoders return the triple in stored orientation (src -> dst).
bool DecodeOutEdgeKey(std::string_view key, EdgeTriple* e);
bool DecodeInEdgeKey(std::string_view key, EdgeTriple* e);

std::string EvidencePrefix(const EdgeTriple& e);
std::string EvidenceKey(const EvidenceKeyParts& parts);
bool DecodeEvidenceKey(std::string_view key, EvidenceKeyParts* parts);

std::string DocumentEvidencePrefix(DocKey doc);
std::string DocumentEvidenceKey(const EvidenceKeyParts& parts);
bool DecodeDocumentEvidenceKey(std::string_view key, EvidenceKeyParts* parts);

std::string DocumentMentionPrefix(DocKey doc);
std::string DocumentMentionKey(DocKey doc, EntityId id);
bool DecodeDocumentMentionKey(std::string_view key, DocKey* doc, EntityId* id);

// Document ids as users see them: 16 lowercase hex digits of the DocKey.
std::string DocIdString(DocKey doc);
// False unless `text` is exactly 16 hex digits (either case).
bool ParseDocId(std::string_view text, DocKey* doc);

}  // namespace corpgraph::store
