// Arbitrary bytes through every key and value decoder of the store: a decoder either rejects
// the input or decodes it, and a decoded key re-encodes to the same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "store/key_codec.h"
#include "store/value_codec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace corpgraph;
  using namespace corpgraph::store;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  EntityId id;
  DocKey doc;
  EdgeTriple edge;
  EvidenceKeyParts parts;
  std::string_view name;
  Relation rel;
  if (DecodeEntityKey(in, &id) && EntityKey(id) != in) std::abort();
  if (DecodeDocumentKey(in, &doc) && DocumentKey(doc) != in) std::abort();
  if (DecodeOutEdgeKey(in, &edge) && OutEdgeKey(edge) != in) std::abort();
  if (DecodeInEdgeKey(in, &edge) && InEdgeKey(edge) != in) std::abort();
  if (DecodeEvidenceKey(in, &parts) && EvidenceKey(parts) != in) std::abort();
  if (DecodeDocumentEvidenceKey(in, &parts) && DocumentEvidenceKey(parts) != in) std::abort();
  if (DecodeAliasKey(in, &name, &id) && AliasKey(name, id) != in) std::abort();
  (void)DecodeDocumentNameKey(in, &name, &doc);
  (void)DecodeEntityMentionKey(in, &id, &doc);
  (void)DecodeDocumentMentionKey(in, &doc, &id);
  (void)DecodeRelationNameKey(in, &rel);
  (void)ParseDocId(in, &doc);
  Entity entity;
  EdgeAttributes attrs;
  Evidence evidence;
  Document document;
  bool flag = false;
  std::optional<double> percent;
  (void)DecodeEntity(in, &entity, &flag);
  (void)DecodeEdgeValue(in, &attrs, &flag);
  (void)DecodeEdgePercent(in, &percent, &flag);
  (void)DecodeEvidence(in, &evidence);
  (void)DecodeDocument(in, &document, &flag);
  return 0;
}
