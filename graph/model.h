// The vocabulary every corpgraph module speaks: entities, relations, edges, evidence, documents.
//
//   Entity e{.name = "Acme Holdings Inc.", .kind = EntityKind::kCompany, .aliases = {"Acme"}};
//   Edge owns{.src = parent, .dst = child, .rel = Relation::kOwns};
//   owns.attrs.percent = 79.5;
//
// Plain structs: they carry data and promise nothing beyond what their comments say.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace corpgraph {

using EntityId = std::uint64_t;
inline constexpr EntityId kNoEntity = ~EntityId{0};

// On-disk values: do not change them.
enum class EntityKind : std::uint8_t {
  kCompany = 0,
  kGroup = 1,
  kPerson = 2,
  kGovernment = 3,
};

// "company", "group", "person", "government".
std::string_view EntityKindName(EntityKind kind);
// Case-insensitive inverse of EntityKindName; also accepts Neo4j labels ("Company").
// nullopt for anything else.
std::optional<EntityKind> ParseEntityKind(std::string_view text);

// Relation types. Values 1..11 are the built-in types of the gold schema; values from
// kFirstCustom up are free-form types of imported data, named by the store's registry.
// On-disk values: do not change them.
enum class Relation : std::uint8_t {
  kOwns = 1,
  kInvestsIn = 2,
  kAcquired = 3,
  kSupplies = 4,
  kCompetes = 5,
  kPartners = 6,
  kRegulates = 7,
  kLendsTo = 8,
  kOfficerOf = 9,
  kMemberOf = 10,
  kRenamedTo = 11,
};
inline constexpr std::uint8_t kFirstCustomRelation = 64;
inline constexpr std::array<Relation, 11> kBuiltinRelations = {
    Relation::kOwns,      Relation::kInvestsIn, Relation::kAcquired, Relation::kSupplies,
    Relation::kCompetes,  Relation::kPartners,  Relation::kRegulates, Relation::kLendsTo,
    Relation::kOfficerOf, Relation::kMemberOf,  Relation::kRenamedTo};

// Snake-case schema name ("owns", "invests_in", ...) of a built-in relation; "" for custom codes.
std::string_view RelationName(Relation rel);
// Inverse of RelationName, case-insensitive, also accepting Neo4j style ("INVESTS_IN").
// nullopt for a name that is not built in.
std::optional<Relation> ParseRelation(std::string_view name);
// True for relations whose direction carries no meaning (competes, partners).
bool IsSymmetric(Relation rel);

// A set of relation codes (all 256 possible), used to filter traversals.
class RelationSet {
 public:
  RelationSet() = default;
  RelationSet(std::initializer_list<Relation> rels) {
    for (Relation r : rels) Add(r);
  }
  static RelationSet All() {
    RelationSet s;
    s.bits_.fill(~std::uint64_t{0});
    return s;
  }
  void Add(Relation r) { bits_[Code(r) >> 6] |= std::uint64_t{1} << (Code(r) & 63); }
  bool Contains(Relation r) const { return (bits_[Code(r) >> 6] >> (Code(r) & 63)) & 1; }
  bool empty() const { return (bits_[0] | bits_[1] | bits_[2] | bits_[3]) == 0; }
  bool IsAll() const;

 private:
  static unsigned Code(Relation r) { return static_cast<unsigned>(r); }
  std::array<std::uint64_t, 4> bits_{};
};

// Parses a comma-separated list of built-in relation names ("supplies,owns").
// nullopt when any name is unknown; the unknown name is stored in *bad_name when given.
std::optional<RelationSet> ParseRelationSet(std::string_view list, std::string* bad_name = nullptr);

struct Entity {
  EntityId id = kNoEntity;
  std::string name;                  // canonical name: the first full form seen
  EntityKind kind = EntityKind::kCompany;
  std::vector<std::string> aliases;  // other spellings, defined short names, former names
  std::string country;               // jurisdiction when stated (subsidiary tables); else ""
  std::map<std::string, std::string> properties;  // extra columns of imported data
};

// Facts about an edge beyond its endpoints. Every field is optional; empty means "not stated".
struct EdgeAttributes {
  std::optional<double> percent;  // owns: share held, 0 < percent <= 100
  std::optional<double> amount;   // acquired/invests_in/lends_to: money involved
  std::string currency;           // ISO 4217 code of `amount` ("JPY", "USD", "EUR")
  std::string date;               // ISO 8601 ("2010-09-01", "2014-10", "2014") when stated
  std::string what;               // supplies: the good or service supplied
  std::string segment;            // competes: the business where they compete
  std::string role;               // officer_of: the stated role
  std::string from;               // acquired: the seller's name
  bool former = false;            // the fact is past (former investee, merged, "until 2014")
  std::string end_date;           // when a former fact ended, if stated
  std::map<std::string, std::string> properties;  // extra columns of imported data
};

// Why we believe an edge: one place in one document.
struct Evidence {
  std::string document;    // document id (store) or file name (extraction)
  std::uint64_t begin = 0;  // byte span [begin, end) in the original document bytes
  std::uint64_t end = 0;
  std::string sentence;    // the sentence (or list item with its lead-in) stating the fact
  std::string section;     // nearest heading above the sentence
  std::string rule;        // name of the extraction rule (or "import") that produced it
  double confidence = 1.0;  // in [0, 1]
};

struct Edge {
  EntityId src = kNoEntity;
  EntityId dst = kNoEntity;
  Relation rel = Relation::kOwns;
  std::string rel_name;  // only for custom relation codes: the type as imported
  EdgeAttributes attrs;
  std::vector<Evidence> evidence;
};

// A filing (or imported file) that contributed evidence.
struct Document {
  std::string id;          // stable id derived from the content hash
  std::string sha256;      // hex digest of the original bytes
  std::string name;        // file name as given
  std::string filer;       // canonical filer name
  std::string form;        // "20-F", "10-K", ... when known
  std::string period;      // fiscal period, ISO 8601 date when known
  std::string format;      // "text", "markdown", "html", "edgar"
  std::int64_t ingested_at = 0;  // Unix seconds
  std::uint64_t size = 0;        // bytes
};

}  // namespace corpgraph
