// Compact binary values of the records drawn in store/key_codec.h: LEB128 varints,
// length-prefixed strings and big-endian IEEE doubles. No field names are stored; the field
// order below is on-disk format (covered by kSchemaVersion).
//
//   EntityValue   flags[1] (bit0 imported) | kind[1] | name | n | alias* | country | n | (k v)*
//   EdgeValue     flags[1] (bit0 percent, bit1 imported, bit2 more) | percent[8]? | more?
//                 more = amount? [1+8] | currency | date | what | segment | role | from |
//                        former[1] | end_date | n | (k v)*
//                 In-edge records carry the same value without `more`.
//   EvidenceValue sentence | section | rule | confidence[8]
//   DocumentValue flags[1] (bit0 import) | sha256 | name | filer | form | period | format |
//                 ingested_at (varint) | size (varint)
// (strings are varint length + bytes; n is a varint count)
//
// Decoders return false on truncated or malformed input and never read past the end.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "graph/model.h"

namespace corpgraph::store {

// Flags of an edge value.
inline constexpr std::uint8_t kEdgeHasPercent = 0x01;
inline constexpr std::uint8_t kEdgeImported = 0x02;  // the import document supports this edge
inline constexpr std::uint8_t kEdgeHasMore = 0x04;

// Flags of an entity value.
inline constexpr std::uint8_t kEntityImported = 0x01;

void PutVarint(std::string* dst, std::uint64_t v);
bool GetVarint(std::string_view* in, std::uint64_t* v);
void PutLengthPrefixed(std::string* dst, std::string_view s);
bool GetLengthPrefixed(std::string_view* in, std::string_view* s);
void PutDouble(std::string* dst, double v);
bool GetDouble(std::string_view* in, double* v);

// Entity (the id is in the key, not the value).
void EncodeEntity(const Entity& e, bool imported, std::string* dst);
bool DecodeEntity(std::string_view in, Entity* e, bool* imported);

// Edge attributes (endpoints and relation are in the key). `with_more` false writes the
// short in-edge form (flags and percent only).
void EncodeEdgeValue(const EdgeAttributes& attrs, bool imported, bool with_more, std::string* dst);
// Appends the short value of an edge that has at most a percent (bulk loader form).
void AppendShortEdgeValue(std::string* dst, bool imported, const double* percent);
bool DecodeEdgeValue(std::string_view in, EdgeAttributes* attrs, bool* imported);
// Only the flags and percent: what a traversal needs. Cheaper than DecodeEdgeValue.
bool DecodeEdgePercent(std::string_view in, std::optional<double>* percent, bool* imported);

// Evidence text fields (document and span are in the key).
void EncodeEvidence(const Evidence& ev, std::string* dst);
bool DecodeEvidence(std::string_view in, Evidence* ev);

// Document (the id is in the key). `is_import` marks a bulk-import document.
void EncodeDocument(const Document& d, bool is_import, std::string* dst);
bool DecodeDocument(std::string_view in, Document* d, bool* is_import);

}  // namespace corpgraph::store
