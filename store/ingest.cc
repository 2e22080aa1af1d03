// Writing documents: ingest (entity resolution, edge merge, evidence), remove and replace.
// Each operation builds a WriteTxn and commits it as one synced WriteBatch.
#include <algorithm>
#include <set>
#include <unordered_map>

#include "graph/normalize.h"
#include "store/rocks_graph_store.h"
#include "store/value_codec.h"
#include "store/write_txn.h"

namespace corpgraph::store {
namespace {

StatusOr<std::uint64_t> ReadU64Meta(const WriteTxn& txn, std::string_view name, std::uint64_t dflt) {
  StatusOr<std::optional<std::string>> v = txn.Get(MetaKey(name));
  if (!v.ok()) return v.status();
  if (!*v) return dflt;
  std::string_view in = **v;
  std::uint64_t out = 0;
  if (!GetU64(&in, &out)) return Status::Corruption("bad meta record '" + std::string(name) + "'");
  return out;
}

std::string U64Value(std::uint64_t v) {
  std::string out;
  PutU64(&out, v);
  return out;
}

// Loads an entity record through the transaction; nullopt when absent.
StatusOr<std::optional<std::pair<Entity, bool>>> LoadEntity(const WriteTxn& txn, EntityId id) {
  StatusOr<std::optional<std::string>> v = txn.Get(EntityKey(id));
  if (!v.ok()) return v.status();
  if (!*v) return std::optional<std::pair<Entity, bool>>();
  Entity e;
  bool imported = false;
  if (!DecodeEntity(**v, &e, &imported)) {
    return Status::Corruption("entity " + std::to_string(id) + " cannot be decoded");
  }
  e.id = id;
  return std::optional<std::pair<Entity, bool>>(std::make_pair(std::move(e), imported));
}

void PutEntity(WriteTxn* txn, const Entity& e, bool imported) {
  std::string value;
  EncodeEntity(e, imported, &value);
  txn->Put(EntityKey(e.id), value);
}

// Fills attributes not set in `mine` from `theirs`; true when anything changed.
bool MergeAttributes(EdgeAttributes* mine, const EdgeAttributes& theirs) {
  bool changed = false;
  if (!mine->percent && theirs.percent) mine->percent = theirs.percent, changed = true;
  if (!mine->amount && theirs.amount) {
    mine->amount = theirs.amount;
    mine->currency = theirs.currency;
    changed = true;
  }
  auto fill = [&](std::string& a, const std::string& b) {
    if (a.empty() && !b.empty()) a = b, changed = true;
  };
  fill(mine->date, theirs.date);
  fill(mine->what, theirs.what);
  fill(mine->segment, theirs.segment);
  fill(mine->role, theirs.role);
  fill(mine->from, theirs.from);
  fill(mine->end_date, theirs.end_date);
  if (!mine->former && theirs.former) mine->former = true, changed = true;
  for (const auto& [k, v] : theirs.properties) changed |= mine->properties.emplace(k, v).second;
  return changed;
}

void PutEdge(WriteTxn* txn, const EdgeTriple& t, const EdgeAttributes& attrs, bool imported) {
  std::string out, in;
  EncodeEdgeValue(attrs, imported, true, &out);
  EncodeEdgeValue(attrs, imported, false, &in);
  txn->Put(OutEdgeKey(t), out);
  txn->Put(InEdgeKey(t), in);
}

void DeleteEdge(WriteTxn* txn, const EdgeTriple& t) {
  txn->Delete(OutEdgeKey(t));
  txn->Delete(InEdgeKey(t));
  txn->AddCounter(CounterKey(kCountEdges), -1);
  txn->AddCounter(CounterKey(RelationCounter(t.rel)), -1);
}

// Deletes the entity when nothing supports it any more: no mention by a document, no import
// flag and no edge in either direction.
Status DeleteEntityIfUnsupported(WriteTxn* txn, EntityId id) {
  StatusOr<std::optional<std::pair<Entity, bool>>> loaded = LoadEntity(*txn, id);
  if (!loaded.ok()) return loaded.status();
  if (!*loaded || (*loaded)->second) return Status::Ok();
  for (const std::string& prefix : {EntityMentionPrefix(id), OutEdgePrefix(id), InEdgePrefix(id)}) {
    StatusOr<bool> has = txn->HasPrefix(prefix);
    if (!has.ok()) return has.status();
    if (*has) return Status::Ok();
  }
  const Entity& e = (*loaded)->first;
  txn->Delete(EntityKey(id));
  std::set<std::string> names;
  names.insert(NormalizeName(e.name));
  for (const std::string& a : e.aliases) names.insert(NormalizeName(a));
  for (const std::string& n : names) {
    if (!n.empty()) txn->Delete(AliasKey(n, id));
  }
  std::string canonical = NormalizeName(e.name);
  if (!canonical.empty()) txn->Put(RetiredNameKey(canonical), U64Value(id));
  txn->AddCounter(CounterKey(kCountEntities), -1);
  txn->AddCounter(CounterKey(KindCounter(e.kind)), -1);
  return Status::Ok();
}

// The id a new entity named `canonical` (normalized) gets: the id an entity of that name had
// before it was removed, when that id is free; otherwise the next unused id.
StatusOr<EntityId> NewEntityId(WriteTxn* txn, std::string_view canonical, EntityId* next) {
  if (!canonical.empty()) {
    StatusOr<std::optional<std::string>> retired = txn->Get(RetiredNameKey(canonical));
    if (!retired.ok()) return retired.status();
    const std::string retired_value = retired->value_or("");
    std::string_view in = retired_value;
    std::uint64_t old = 0;
    if (*retired && GetU64(&in, &old)) {
      StatusOr<std::optional<std::string>> taken = txn->Get(EntityKey(old));
      if (!taken.ok()) return taken.status();
      if (!*taken) {
        txn->Delete(RetiredNameKey(canonical));
        return old;
      }
    }
  }
  return (*next)++;
}

// True when `name` has letters and none of them is lower case ("MICROSOFT CORPORATION").
bool IsAllCaps(std::string_view name) {
  bool letters = false;
  for (char c : name) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letters = true;
  }
  return letters;
}

// Prefers a mixed-case canonical name: when `entity.name` is ALL CAPS and an alias spells the
// same name (equal after normalization) with lower-case letters, that alias becomes the name
// and the caps form an alias. The alias keys need no change, the normalized forms being
// equal. Returns true when the name changed.
bool PreferMixedCaseName(Entity& entity) {
  if (!IsAllCaps(entity.name)) return false;
  const std::string canonical = NormalizeName(entity.name);
  for (std::string& alias : entity.aliases) {
    if (IsAllCaps(alias) || NormalizeName(alias) != canonical) continue;
    bool has_letter = std::any_of(alias.begin(), alias.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!has_letter) continue;
    std::swap(entity.name, alias);
    return true;
  }
  return false;
}

// Deletes the edge when it has neither evidence records nor the import flag.
Status DeleteEdgeIfUnsupported(WriteTxn* txn, const EdgeTriple& t) {
  StatusOr<std::optional<std::string>> value = txn->Get(OutEdgeKey(t));
  if (!value.ok()) return value.status();
  if (!*value) return Status::Ok();
  std::optional<double> percent;
  bool imported = false;
  if (!DecodeEdgePercent(**value, &percent, &imported)) return Status::Corruption("bad edge value");
  if (imported) return Status::Ok();
  StatusOr<bool> has = txn->HasPrefix(EvidencePrefix(t));
  if (!has.ok()) return has.status();
  if (!*has) DeleteEdge(txn, t);
  return Status::Ok();
}

}  // namespace

Status RocksGraphStore::Commit(WriteTxn* txn) {
  StatusOr<rocksdb::WriteBatch> batch = txn->ToBatch();
  if (!batch.ok()) return batch.status();
  rocksdb::WriteOptions wo;
  wo.sync = true;
  rocksdb::Status s = db_->Write(wo, &*batch);
  if (!s.ok()) return FromRocks(s, "write failed");
  return Status::Ok();
}

StatusOr<IngestResult> RocksGraphStore::IngestInto(WriteTxn* txn, const Document& document,
                                                   const Graph& fragment) {
  DocKey doc = 0;
  if (document.sha256.size() != 64 || !ParseDocId(std::string_view(document.sha256).substr(0, 16), &doc)) {
    return Status::InvalidArgument("document '" + document.name + "' has no valid sha256");
  }
  if (document.name.find('\0') != std::string::npos) {
    return Status::InvalidArgument("document name contains a NUL byte");
  }
  IngestResult result;
  result.document_id = DocIdString(doc);
  StatusOr<std::optional<std::string>> existing = txn->Get(DocumentKey(doc));
  if (!existing.ok()) return existing.status();
  if (*existing) {
    Document stored;
    bool is_import = false;
    if (!DecodeDocument(**existing, &stored, &is_import)) return Status::Corruption("bad document record");
    if (stored.sha256 != document.sha256) {
      return Status::AlreadyExists("document id " + result.document_id + " is taken by '" +
                                   stored.name + "' (different content with the same id prefix)");
    }
    result.already_present = true;
    return result;
  }

  Document record = document;
  record.id = result.document_id;
  std::string doc_value;
  EncodeDocument(record, false, &doc_value);
  txn->Put(DocumentKey(doc), doc_value);
  txn->Put(DocumentNameKey(record.name, doc), "");
  txn->AddCounter(CounterKey(kCountDocuments), 1);

  StatusOr<std::uint64_t> next_id = ReadU64Meta(*txn, kMetaNextEntity, 0);
  if (!next_id.ok()) return next_id.status();
  EntityId next = *next_id;

  // Entities: resolve by normalized name, then by alias; otherwise create. An alias of the new
  // entity only counts when it is a stored entity's canonical name ("New Inc. (formerly Old
  // Inc.)" finds Old Inc.): two aliases alike are too weak a sign, since extraction also adds
  // generated forms such as a filer's initials, which different companies share.
  std::unordered_map<EntityId, EntityId> id_map;  // fragment id -> stored id
  for (const Entity& fe : fragment.entities()) {
    std::vector<std::string> spellings{fe.name};
    spellings.insert(spellings.end(), fe.aliases.begin(), fe.aliases.end());
    std::optional<EntityId> match;
    int match_rank = 3;  // 0 name~canonical, 1 name~alias, 2 alias~canonical
    for (std::size_t i = 0; i < spellings.size() && match_rank > 0; ++i) {
      std::string norm = NormalizeName(spellings[i]);
      if (norm.empty()) continue;
      CORPGRAPH_RETURN_IF_ERROR(txn->ScanPrefix(AliasPrefix(norm), [&](std::string_view k, std::string_view v) {
        std::string_view n;
        EntityId id;
        if (!DecodeAliasKey(k, &n, &id)) return true;
        bool canonical = !v.empty() && v[0] == 1;
        if (i > 0 && !canonical) return true;
        int rank = i > 0 ? 2 : canonical ? 0 : 1;
        if (rank < match_rank) {
          match = id;
          match_rank = rank;
        }
        return match_rank > 0;
      }));
    }
    EntityId id;
    if (match) {
      id = *match;
      StatusOr<std::optional<std::pair<Entity, bool>>> loaded = LoadEntity(*txn, id);
      if (!loaded.ok()) return loaded.status();
      if (!*loaded) return Status::Corruption("alias points at missing entity " + std::to_string(id));
      auto& [stored, imported] = **loaded;
      bool changed = false;
      for (const std::string& s : spellings) {
        if (s.empty() || s == stored.name ||
            std::find(stored.aliases.begin(), stored.aliases.end(), s) != stored.aliases.end()) {
          continue;
        }
        stored.aliases.push_back(s);
        changed = true;
        std::string norm = NormalizeName(s);
        if (norm.empty()) continue;
        StatusOr<std::optional<std::string>> has = txn->Get(AliasKey(norm, id));
        if (!has.ok()) return has.status();
        if (!*has) txn->Put(AliasKey(norm, id), std::string(1, '\0'));
      }
      changed |= PreferMixedCaseName(stored);
      if (stored.country.empty() && !fe.country.empty()) stored.country = fe.country, changed = true;
      for (const auto& [k, v] : fe.properties) changed |= stored.properties.emplace(k, v).second;
      if (changed) PutEntity(txn, stored, imported);
    } else {
      StatusOr<EntityId> fresh = NewEntityId(txn, NormalizeName(fe.name), &next);
      if (!fresh.ok()) return fresh.status();
      id = *fresh;
      Entity created = fe;
      created.id = id;
      created.aliases.clear();
      for (const std::string& a : fe.aliases) {
        if (!a.empty() && a != fe.name &&
            std::find(created.aliases.begin(), created.aliases.end(), a) == created.aliases.end()) {
          created.aliases.push_back(a);
        }
      }
      PreferMixedCaseName(created);
      PutEntity(txn, created, false);
      std::string canonical = NormalizeName(created.name);
      if (!canonical.empty()) txn->Put(AliasKey(canonical, id), std::string(1, '\1'));
      for (const std::string& a : created.aliases) {
        std::string norm = NormalizeName(a);
        if (!norm.empty() && norm != canonical) txn->Put(AliasKey(norm, id), std::string(1, '\0'));
      }
      txn->AddCounter(CounterKey(kCountEntities), 1);
      txn->AddCounter(CounterKey(KindCounter(created.kind)), 1);
      ++result.entities_added;
    }
    id_map[fe.id] = id;
    txn->Put(EntityMentionKey(id, doc), "");
    txn->Put(DocumentMentionKey(doc, id), "");
  }
  if (next != *next_id) txn->Put(MetaKey(kMetaNextEntity), U64Value(next));

  // Edges: merge with stored ones (either orientation for symmetric relations); keep evidence.
  for (const Edge& fe : fragment.edges()) {
    auto src = id_map.find(fe.src), dst = id_map.find(fe.dst);
    if (src == id_map.end() || dst == id_map.end()) {
      return Status::InvalidArgument("fragment edge refers to an entity it does not contain");
    }
    Relation rel = fe.rel;
    if (static_cast<std::uint8_t>(rel) >= kFirstCustomRelation) {
      StatusOr<Relation> code = CustomRelationCode(fe.rel_name.empty() ? fragment.RelationLabel(rel) : fe.rel_name, txn);
      if (!code.ok()) return code.status();
      rel = *code;
    }
    EdgeTriple t{src->second, rel, dst->second};
    StatusOr<std::optional<std::string>> stored = txn->Get(OutEdgeKey(t));
    if (!stored.ok()) return stored.status();
    if (!*stored && IsSymmetric(rel)) {
      EdgeTriple reversed{t.dst, rel, t.src};
      StatusOr<std::optional<std::string>> rs = txn->Get(OutEdgeKey(reversed));
      if (!rs.ok()) return rs.status();
      if (*rs) {
        t = reversed;
        stored = std::move(rs);
      }
    }
    if (*stored) {
      EdgeAttributes attrs;
      bool imported = false;
      if (!DecodeEdgeValue(**stored, &attrs, &imported)) return Status::Corruption("bad edge value");
      if (MergeAttributes(&attrs, fe.attrs)) PutEdge(txn, t, attrs, imported);
    } else {
      PutEdge(txn, t, fe.attrs, false);
      txn->AddCounter(CounterKey(kCountEdges), 1);
      txn->AddCounter(CounterKey(RelationCounter(rel)), 1);
      ++result.edges_added;
    }
    std::vector<Evidence> evidence = fe.evidence;
    if (evidence.empty()) evidence.push_back(Evidence{.rule = "unstated"});
    for (const Evidence& ev : evidence) {
      EvidenceKeyParts parts{t, doc, ev.begin, ev.end};
      std::string key = EvidenceKey(parts);
      StatusOr<std::optional<std::string>> had = txn->Get(key);
      if (!had.ok()) return had.status();
      std::string value;
      EncodeEvidence(ev, &value);
      txn->Put(key, value);
      txn->Put(DocumentEvidenceKey(parts), "");
      if (!*had) {
        txn->AddCounter(CounterKey(kCountEvidence), 1);
        ++result.evidence_added;
      }
    }
  }
  return result;
}

Status RocksGraphStore::RemoveInto(WriteTxn* txn, DocKey doc) {
  StatusOr<std::optional<std::string>> stored = txn->Get(DocumentKey(doc));
  if (!stored.ok()) return stored.status();
  if (!*stored) return Status::NotFound("no document " + DocIdString(doc));
  Document d;
  bool is_import = false;
  if (!DecodeDocument(**stored, &d, &is_import)) return Status::Corruption("bad document record");
  if (is_import) CORPGRAPH_RETURN_IF_ERROR(RemoveImportInto(txn, doc));

  std::vector<EvidenceKeyParts> evidence;
  CORPGRAPH_RETURN_IF_ERROR(txn->ScanPrefix(DocumentEvidencePrefix(doc), [&](std::string_view k, std::string_view) {
    EvidenceKeyParts p;
    if (DecodeDocumentEvidenceKey(k, &p)) evidence.push_back(p);
    return true;
  }));
  for (const EvidenceKeyParts& p : evidence) {
    txn->Delete(EvidenceKey(p));
    txn->Delete(DocumentEvidenceKey(p));
    txn->AddCounter(CounterKey(kCountEvidence), -1);
  }
  std::vector<EdgeTriple> touched;
  for (const EvidenceKeyParts& p : evidence) {
    if (touched.empty() || !(touched.back() == p.edge)) touched.push_back(p.edge);
  }
  for (const EdgeTriple& t : touched) CORPGRAPH_RETURN_IF_ERROR(DeleteEdgeIfUnsupported(txn, t));

  std::vector<EntityId> mentioned;
  CORPGRAPH_RETURN_IF_ERROR(txn->ScanPrefix(DocumentMentionPrefix(doc), [&](std::string_view k, std::string_view) {
    DocKey d2;
    EntityId id;
    if (DecodeDocumentMentionKey(k, &d2, &id)) mentioned.push_back(id);
    return true;
  }));
  for (EntityId id : mentioned) {
    txn->Delete(DocumentMentionKey(doc, id));
    txn->Delete(EntityMentionKey(id, doc));
  }
  // Edge endpoints may have lost their last edge without being mentioned by this document.
  std::set<EntityId> candidates(mentioned.begin(), mentioned.end());
  for (const EdgeTriple& t : touched) {
    candidates.insert(t.src);
    candidates.insert(t.dst);
  }
  for (EntityId id : candidates) CORPGRAPH_RETURN_IF_ERROR(DeleteEntityIfUnsupported(txn, id));

  txn->Delete(DocumentKey(doc));
  txn->Delete(DocumentNameKey(d.name, doc));
  txn->AddCounter(CounterKey(kCountDocuments), -1);
  return Status::Ok();
}

Status RocksGraphStore::RemoveImportInto(WriteTxn* txn, DocKey doc) {
  // Clear the import flag everywhere; then drop what nothing else supports.
  std::vector<std::pair<EdgeTriple, std::string>> edges;
  CORPGRAPH_RETURN_IF_ERROR(txn->ScanPrefix(TagPrefix(KeyTag::kOutEdge), [&](std::string_view k, std::string_view v) {
    EdgeTriple t;
    std::optional<double> percent;
    bool imported = false;
    if (DecodeOutEdgeKey(k, &t) && DecodeEdgePercent(v, &percent, &imported) && imported) {
      edges.emplace_back(t, std::string(v));
    }
    return true;
  }));
  for (auto& [t, value] : edges) {
    EdgeAttributes attrs;
    bool imported = false;
    if (!DecodeEdgeValue(value, &attrs, &imported)) return Status::Corruption("bad edge value");
    PutEdge(txn, t, attrs, false);
    txn->AddCounter(CounterKey(kCountEvidence), -1);
    CORPGRAPH_RETURN_IF_ERROR(DeleteEdgeIfUnsupported(txn, t));
  }
  std::vector<Entity> entities;
  Status error;
  CORPGRAPH_RETURN_IF_ERROR(txn->ScanPrefix(TagPrefix(KeyTag::kEntity), [&](std::string_view k, std::string_view v) {
    Entity e;
    bool imported = false;
    if (!DecodeEntityKey(k, &e.id) || !DecodeEntity(v, &e, &imported)) {
      error = Status::Corruption("bad entity record");
      return false;
    }
    if (imported) entities.push_back(std::move(e));
    return true;
  }));
  CORPGRAPH_RETURN_IF_ERROR(error);
  for (const Entity& e : entities) {
    PutEntity(txn, e, false);
    CORPGRAPH_RETURN_IF_ERROR(DeleteEntityIfUnsupported(txn, e.id));
  }
  txn->Delete(MetaKey(kMetaImportDoc));
  (void)doc;
  return Status::Ok();
}

StatusOr<IngestResult> RocksGraphStore::Ingest(const Document& document, const Graph& fragment) {
  CORPGRAPH_RETURN_IF_ERROR(RequireWritable());
  std::lock_guard lock(write_mu_);
  WriteTxn txn(db_.get());
  StatusOr<IngestResult> result = IngestInto(&txn, document, fragment);
  Status committed = result.ok() && !result->already_present ? Commit(&txn) : Status::Ok();
  if (!result.ok() || !committed.ok()) {
    (void)LoadRegistry();  // forget relation codes of the failed write
    return result.ok() ? StatusOr<IngestResult>(committed) : result;
  }
  return result;
}

StatusOr<IngestResult> RocksGraphStore::ReplaceLocked(const std::vector<DocKey>& old,
                                                      const Document& document,
                                                      const Graph& fragment) {
  WriteTxn txn(db_.get());
  StatusOr<IngestResult> result = IngestInto(&txn, document, fragment);
  if (!result.ok() || result->already_present) return result;
  Status done = Status::Ok();
  for (DocKey doc : old) {
    if (!done.ok() || DocIdString(doc) == result->document_id) continue;
    done = RemoveInto(&txn, doc);
    result->replaced.push_back(DocIdString(doc));
  }
  if (done.ok()) done = Commit(&txn);
  if (!done.ok()) {
    (void)LoadRegistry();  // forget relation codes of the failed write
    return done;
  }
  return result;
}

StatusOr<IngestResult> RocksGraphStore::Replace(std::string_view old_id_or_name,
                                                const Document& document, const Graph& fragment) {
  CORPGRAPH_RETURN_IF_ERROR(RequireWritable());
  std::lock_guard lock(write_mu_);
  StatusOr<DocKey> old = ResolveDocument(old_id_or_name);
  if (!old.ok() && !old.status().IsNotFound()) return old.status();
  return ReplaceLocked(old.ok() ? std::vector<DocKey>{*old} : std::vector<DocKey>{}, document,
                       fragment);
}

StatusOr<IngestResult> RocksGraphStore::ReplaceDocument(const Document& document,
                                                        const Graph& fragment) {
  CORPGRAPH_RETURN_IF_ERROR(RequireWritable());
  std::lock_guard lock(write_mu_);
  StatusOr<std::vector<DocKey>> old = DocumentsNamed(document.name);
  if (!old.ok()) return old.status();
  return ReplaceLocked(*old, document, fragment);
}

Status RocksGraphStore::RemoveDocument(std::string_view id_or_name) {
  CORPGRAPH_RETURN_IF_ERROR(RequireWritable());
  std::lock_guard lock(write_mu_);
  StatusOr<DocKey> doc = ResolveDocument(id_or_name);
  if (!doc.ok()) return doc.status();
  WriteTxn txn(db_.get());
  CORPGRAPH_RETURN_IF_ERROR(RemoveInto(&txn, *doc));
  return Commit(&txn);
}

}  // namespace corpgraph::store
