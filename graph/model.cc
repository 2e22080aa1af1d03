#include "graph/model.h"

#include <algorithm>
#include <cctype>

namespace corpgraph {
namespace {

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string_view EntityKindName(EntityKind kind) {
  switch (kind) {
    case EntityKind::kCompany: return "company";
    case EntityKind::kGroup: return "group";
    case EntityKind::kPerson: return "person";
    case EntityKind::kGovernment: return "government";
  }
  return "company";
}

std::optional<EntityKind> ParseEntityKind(std::string_view text) {
  text = Trim(text);
  for (EntityKind k : {EntityKind::kCompany, EntityKind::kGroup, EntityKind::kPerson,
                       EntityKind::kGovernment}) {
    if (EqualsIgnoreCase(text, EntityKindName(k))) return k;
  }
  return std::nullopt;
}

std::string_view RelationName(Relation rel) {
  switch (rel) {
    case Relation::kOwns: return "owns";
    case Relation::kInvestsIn: return "invests_in";
    case Relation::kAcquired: return "acquired";
    case Relation::kSupplies: return "supplies";
    case Relation::kCompetes: return "competes";
    case Relation::kPartners: return "partners";
    case Relation::kRegulates: return "regulates";
    case Relation::kLendsTo: return "lends_to";
    case Relation::kOfficerOf: return "officer_of";
    case Relation::kMemberOf: return "member_of";
    case Relation::kRenamedTo: return "renamed_to";
  }
  return "";
}

std::optional<Relation> ParseRelation(std::string_view name) {
  name = Trim(name);
  for (Relation r : kBuiltinRelations) {
    if (EqualsIgnoreCase(name, RelationName(r))) return r;
  }
  return std::nullopt;
}

bool IsSymmetric(Relation rel) { return rel == Relation::kCompetes || rel == Relation::kPartners; }

bool RelationSet::IsAll() const {
  return std::all_of(bits_.begin(), bits_.end(), [](std::uint64_t w) { return w == ~std::uint64_t{0}; });
}

std::optional<RelationSet> ParseRelationSet(std::string_view list, std::string* bad_name) {
  RelationSet set;
  while (!list.empty()) {
    size_t comma = list.find(',');
    std::string_view item = Trim(list.substr(0, comma));
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    if (item.empty()) continue;
    std::optional<Relation> rel = ParseRelation(item);
    if (!rel) {
      if (bad_name) *bad_name = std::string(item);
      return std::nullopt;
    }
    set.Add(*rel);
  }
  if (set.empty()) {
    if (bad_name) bad_name->clear();
    return std::nullopt;
  }
  return set;
}

}  // namespace corpgraph
