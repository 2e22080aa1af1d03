// The entities of one document while it is being read: canonical name (first full form),
// aliases, kind, and a lookup from any normalized spelling to the entity.
//
//   EntityTable table;
//   int ntt = table.Add(candidate);          // "Nippon Telegraph ... (\"NTT\")"
//   table.Find("NTT") == ntt;                // by NormalizeName key
//
// Not thread-safe; one table per extraction.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/name_finder.h"

namespace corpgraph {

struct EntityRecord {
  std::string name;                  // canonical: the first full form seen
  std::vector<std::string> aliases;  // defined short names, other spellings, former names
  NameKind kind = NameKind::kUnknown;
  bool defined = false;  // introduced by a defining parenthetical
  bool bare = false;     // known only as a bare capitalized word or acronym
  // A bare term the document uses as a common noun or modifier ("AI computing", "SoC
  // products"): never a mention of an organization.
  bool common_term = false;
  int mentions = 0;
};

class EntityTable {
 public:
  static constexpr size_t kMaxAliases = 32;  // aliases listed per entity (more are still found)

  // Adds the candidate's names to the entity one of them already names, or to a new entity.
  // Returns the entity's index.
  int Add(const NameCandidate& candidate);
  // Adds an entity known by `name` alone (or returns the one that name already finds).
  int AddName(std::string_view name, NameKind kind, bool bare = false);
  // Adds a new entity known by `name` alone even when an entity of the same normalized name
  // exists ("Acme" beside an unrelated "Acme Corporation"). Afterwards Find(name), spelled
  // exactly so (case aside), returns the new entity; other spellings find what they found
  // before. Returns the new entity's index.
  int AddDistinctName(std::string_view name, NameKind kind);
  // Makes `alias` find entity `id` unless it already finds another entity; lists it among the
  // entity's aliases while it has fewer than kMaxAliases.
  void AddAlias(int id, std::string_view alias);
  // Folds entity `from` into `into`: its names become aliases of `into`.
  void Merge(int from, int into);

  // Index of the entity `text` names: an exact (case-insensitive) spelling first, else
  // compared by NormalizeName; -1 when none.
  int Find(std::string_view text) const;
  int FindKey(const std::string& key) const;
  // True when some entity key starts with this lower-case word (a cheap pre-check).
  bool MayStartName(std::string_view lower_word) const;
  // Follows merges: the entity that now stands for `id`.
  int Resolve(int id) const;

  const EntityRecord& record(int id) const { return records_[id]; }
  EntityRecord& mutable_record(int id) { return records_[id]; }
  int size() const { return static_cast<int>(records_.size()); }

 private:
  void IndexKey(const std::string& key, int id);

  std::vector<EntityRecord> records_;
  std::vector<int> merged_into_;  // -1, or the entity this one was folded into
  std::unordered_map<std::string, int> by_key_;
  std::unordered_map<std::string, int> by_exact_;  // lower-cased exact spelling -> entity
  std::unordered_set<std::string> first_words_;
};

}  // namespace corpgraph
