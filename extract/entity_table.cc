#include "extract/entity_table.h"

#include <algorithm>
#include <cctype>

#include "extract/tokenizer.h"

#include "graph/normalize.h"

namespace corpgraph {
namespace {

std::string LowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The family of a name's corporate suffix ("inc", "corp", "lp", ...), "" without one.
std::string SuffixClass(std::string_view name) {
  size_t sp = name.find_last_of(" ,");
  std::string last = LowerCopy(sp == std::string_view::npos ? name : name.substr(sp + 1));
  last.erase(std::remove(last.begin(), last.end(), '.'), last.end());
  if (!IsCorporateSuffix(name.substr(sp == std::string_view::npos ? 0 : sp + 1))) return "";
  if (last == "incorporated") return "inc";
  if (last == "corporation") return "corp";
  if (last == "company") return "co";
  if (last == "limited") return "ltd";
  return last;
}

bool IsAllCapsName(std::string_view s) {
  int letters = 0;
  for (char c : s) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    letters += std::isupper(static_cast<unsigned char>(c)) ? 1 : 0;
  }
  return letters >= 2;
}

// A cover page or a customer table writes "MICROSOFT CORPORATION" where the prose writes
// "Microsoft Corporation": the mixed-case spelling of the same letters becomes canonical and
// the capitals stay an alias.
void PreferMixedCase(EntityRecord& r, std::string_view spelling) {
  // "THE HOME DEPOT, INC." yields to "Home Depot, Inc.": the same name by its normalized key.
  if (!IsAllCapsName(r.name) || IsAllCapsName(spelling) || NormalizeName(spelling) != NormalizeName(r.name)) {
    return;
  }
  r.aliases.insert(r.aliases.begin(), r.name);
  r.name = std::string(spelling);
  r.aliases.erase(std::remove(r.aliases.begin(), r.aliases.end(), r.name), r.aliases.end());
}

}  // namespace

void EntityTable::IndexKey(const std::string& key, int id) {
  if (key.empty()) return;
  if (by_key_.emplace(key, id).second) {
    first_words_.insert(key.substr(0, key.find(' ')));
  }
}

int EntityTable::FindKey(const std::string& key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? -1 : Resolve(it->second);
}

int EntityTable::Find(std::string_view text) const {
  auto it = by_exact_.find(LowerCopy(text));
  if (it != by_exact_.end()) return Resolve(it->second);
  return FindKey(NormalizeName(text));
}

bool EntityTable::MayStartName(std::string_view lower_word) const {
  return first_words_.count(std::string(lower_word)) > 0;
}

int EntityTable::Resolve(int id) const {
  while (id >= 0 && merged_into_[id] >= 0) id = merged_into_[id];
  return id;
}

void EntityTable::AddAlias(int id, std::string_view alias) {
  id = Resolve(id);
  EntityRecord& r = records_[id];
  if (alias.empty() || alias == r.name) return;
  // Past kMaxAliases spellings still find the entity but are not listed: a real company has a
  // handful, and the cap keeps this check (and Merge) constant-time however many a document
  // heaps on one name.
  if (r.aliases.size() < kMaxAliases && std::find(r.aliases.begin(), r.aliases.end(), alias) == r.aliases.end()) {
    r.aliases.emplace_back(alias);
  }
  IndexKey(NormalizeName(alias), id);
  by_exact_.emplace(LowerCopy(alias), id);
}

int EntityTable::AddName(std::string_view name, NameKind kind, bool bare) {
  int found = Find(name);
  if (found >= 0) {
    // "X Asset Management, L.P." and "X Asset Management B.V." are two companies.
    std::string a = SuffixClass(name), b = SuffixClass(records_[found].name);
    if (!a.empty() && !b.empty() && a != b) found = -1;
  }
  if (found >= 0) {
    EntityRecord& r = records_[found];
    if (r.kind == NameKind::kUnknown && kind != NameKind::kUnknown) r.kind = kind;
    if (!bare) PreferMixedCase(r, name);
    if (!bare && r.bare) {
      r.bare = false;
      if (name != r.name) {
        // A full form was seen after a bare one: the full form becomes canonical.
        r.aliases.insert(r.aliases.begin(), r.name);
        r.name = std::string(name);
        r.aliases.erase(std::remove(r.aliases.begin(), r.aliases.end(), r.name), r.aliases.end());
      }
    }
    return found;
  }
  EntityRecord r;
  r.name = std::string(name);
  r.kind = kind;
  r.bare = bare;
  records_.push_back(std::move(r));
  merged_into_.push_back(-1);
  int id = static_cast<int>(records_.size() - 1);
  IndexKey(NormalizeName(name), id);
  by_exact_.emplace(LowerCopy(name), id);
  return id;
}

int EntityTable::AddDistinctName(std::string_view name, NameKind kind) {
  EntityRecord r;
  r.name = std::string(name);
  r.kind = kind;
  records_.push_back(std::move(r));
  merged_into_.push_back(-1);
  int id = static_cast<int>(records_.size() - 1);
  IndexKey(NormalizeName(name), id);
  by_exact_[LowerCopy(name)] = id;
  return id;
}

int EntityTable::Add(const NameCandidate& c) {
  int id = Find(c.name);
  if (id >= 0) {
    std::string a = SuffixClass(c.name), b = SuffixClass(records_[id].name);
    if (!a.empty() && !b.empty() && a != b) id = AddName(c.name, c.kind);
  }
  for (size_t i = 0; id < 0 && i < c.short_names.size(); ++i) id = Find(c.short_names[i]);
  if (id < 0) {
    id = AddName(c.name, c.kind);
  } else {
    EntityRecord& r = records_[id];
    if (r.kind == NameKind::kUnknown) r.kind = c.kind;
    if (r.bare) {
      AddName(c.name, c.kind);  // promotes the full form
    } else {
      PreferMixedCase(r, c.name);
      AddAlias(id, c.name);
    }
  }
  for (const std::string& s : c.short_names) AddAlias(id, s);
  if (!c.short_names.empty()) records_[id].defined = true;
  if (!c.honorific_form.empty()) AddAlias(id, c.honorific_form);
  if (c.kind == NameKind::kPerson) {
    size_t sp = c.name.rfind(' ');
    if (sp != std::string::npos) IndexKey(NormalizeName(c.name.substr(sp + 1)), id);
  }
  ++records_[id].mentions;
  return id;
}

void EntityTable::Merge(int from, int into) {
  from = Resolve(from);
  into = Resolve(into);
  if (from == into) return;
  EntityRecord& f = records_[from];
  AddAlias(into, f.name);
  for (const std::string& a : f.aliases) AddAlias(into, a);
  records_[into].mentions += f.mentions;
  merged_into_[from] = into;
}

}  // namespace corpgraph
