#include "store/value_codec.h"

#include <bit>
#include <cstring>

#include "store/key_codec.h"

namespace corpgraph::store {
namespace {

bool GetByte(std::string_view* in, std::uint8_t* b) {
  if (in->empty()) return false;
  *b = static_cast<std::uint8_t>((*in)[0]);
  in->remove_prefix(1);
  return true;
}

bool GetString(std::string_view* in, std::string* s) {
  std::string_view view;
  if (!GetLengthPrefixed(in, &view)) return false;
  s->assign(view);
  return true;
}

void PutProperties(std::string* dst, const std::map<std::string, std::string>& props) {
  PutVarint(dst, props.size());
  for (const auto& [k, v] : props) {
    PutLengthPrefixed(dst, k);
    PutLengthPrefixed(dst, v);
  }
}

bool GetProperties(std::string_view* in, std::map<std::string, std::string>* props) {
  std::uint64_t n = 0;
  if (!GetVarint(in, &n) || n > in->size()) return false;
  props->clear();
  for (std::uint64_t i = 0; i < n; ++i) {
    std::string k, v;
    if (!GetString(in, &k) || !GetString(in, &v)) return false;
    props->emplace(std::move(k), std::move(v));
  }
  return true;
}

bool HasMore(const EdgeAttributes& a) {
  return a.amount || !a.currency.empty() || !a.date.empty() || !a.what.empty() ||
         !a.segment.empty() || !a.role.empty() || !a.from.empty() || a.former ||
         !a.end_date.empty() || !a.properties.empty();
}

}  // namespace

void PutVarint(std::string* dst, std::uint64_t v) {
  while (v >= 0x80) {
    dst->push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  dst->push_back(static_cast<char>(v));
}

bool GetVarint(std::string_view* in, std::uint64_t* v) {
  std::uint64_t result = 0;
  for (unsigned shift = 0; shift < 64 && !in->empty(); shift += 7) {
    std::uint8_t byte = static_cast<std::uint8_t>((*in)[0]);
    in->remove_prefix(1);
    result |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) {
      *v = result;
      return true;
    }
  }
  return false;
}

void PutLengthPrefixed(std::string* dst, std::string_view s) {
  PutVarint(dst, s.size());
  dst->append(s);
}

bool GetLengthPrefixed(std::string_view* in, std::string_view* s) {
  std::uint64_t n = 0;
  if (!GetVarint(in, &n) || n > in->size()) return false;
  *s = in->substr(0, n);
  in->remove_prefix(n);
  return true;
}

void PutDouble(std::string* dst, double v) { PutU64(dst, std::bit_cast<std::uint64_t>(v)); }

bool GetDouble(std::string_view* in, double* v) {
  std::uint64_t bits = 0;
  if (!GetU64(in, &bits)) return false;
  *v = std::bit_cast<double>(bits);
  return true;
}

void EncodeEntity(const Entity& e, bool imported, std::string* dst) {
  dst->push_back(static_cast<char>(imported ? kEntityImported : 0));
  dst->push_back(static_cast<char>(e.kind));
  PutLengthPrefixed(dst, e.name);
  PutVarint(dst, e.aliases.size());
  for (const std::string& a : e.aliases) PutLengthPrefixed(dst, a);
  PutLengthPrefixed(dst, e.country);
  PutProperties(dst, e.properties);
}

bool DecodeEntity(std::string_view in, Entity* e, bool* imported) {
  std::uint8_t flags = 0, kind = 0;
  if (!GetByte(&in, &flags) || !GetByte(&in, &kind) || kind > 3) return false;
  e->kind = static_cast<EntityKind>(kind);
  *imported = (flags & kEntityImported) != 0;
  std::uint64_t n = 0;
  if (!GetString(&in, &e->name) || !GetVarint(&in, &n) || n > in.size()) return false;
  e->aliases.assign(n, std::string());
  for (std::string& a : e->aliases) {
    if (!GetString(&in, &a)) return false;
  }
  return GetString(&in, &e->country) && GetProperties(&in, &e->properties) && in.empty();
}

void EncodeEdgeValue(const EdgeAttributes& a, bool imported, bool with_more, std::string* dst) {
  bool more = with_more && HasMore(a);
  std::uint8_t flags = (a.percent ? kEdgeHasPercent : 0) | (imported ? kEdgeImported : 0) |
                       (more ? kEdgeHasMore : 0);
  dst->push_back(static_cast<char>(flags));
  if (a.percent) PutDouble(dst, *a.percent);
  if (!more) return;
  dst->push_back(static_cast<char>(a.amount ? 1 : 0));
  if (a.amount) PutDouble(dst, *a.amount);
  for (const std::string* s : {&a.currency, &a.date, &a.what, &a.segment, &a.role, &a.from}) {
    PutLengthPrefixed(dst, *s);
  }
  dst->push_back(static_cast<char>(a.former ? 1 : 0));
  PutLengthPrefixed(dst, a.end_date);
  PutProperties(dst, a.properties);
}

void AppendShortEdgeValue(std::string* dst, bool imported, const double* percent) {
  dst->push_back(static_cast<char>((percent ? kEdgeHasPercent : 0) | (imported ? kEdgeImported : 0)));
  if (percent) PutDouble(dst, *percent);
}

bool DecodeEdgePercent(std::string_view in, std::optional<double>* percent, bool* imported) {
  std::uint8_t flags = 0;
  if (!GetByte(&in, &flags)) return false;
  *imported = (flags & kEdgeImported) != 0;
  percent->reset();
  if (flags & kEdgeHasPercent) {
    double p = 0;
    if (!GetDouble(&in, &p)) return false;
    *percent = p;
  }
  return true;
}

bool DecodeEdgeValue(std::string_view in, EdgeAttributes* a, bool* imported) {
  *a = EdgeAttributes();
  std::uint8_t flags = 0;
  if (!GetByte(&in, &flags)) return false;
  *imported = (flags & kEdgeImported) != 0;
  if (flags & kEdgeHasPercent) {
    double p = 0;
    if (!GetDouble(&in, &p)) return false;
    a->percent = p;
  }
  if ((flags & kEdgeHasMore) == 0) return in.empty();
  std::uint8_t has_amount = 0, former = 0;
  if (!GetByte(&in, &has_amount)) return false;
  if (has_amount) {
    double amount = 0;
    if (!GetDouble(&in, &amount)) return false;
    a->amount = amount;
  }
  for (std::string* s : {&a->currency, &a->date, &a->what, &a->segment, &a->role, &a->from}) {
    if (!GetString(&in, s)) return false;
  }
  if (!GetByte(&in, &former)) return false;
  a->former = former != 0;
  return GetString(&in, &a->end_date) && GetProperties(&in, &a->properties) && in.empty();
}

void EncodeEvidence(const Evidence& ev, std::string* dst) {
  PutLengthPrefixed(dst, ev.sentence);
  PutLengthPrefixed(dst, ev.section);
  PutLengthPrefixed(dst, ev.rule);
  PutDouble(dst, ev.confidence);
}

bool DecodeEvidence(std::string_view in, Evidence* ev) {
  return GetString(&in, &ev->sentence) && GetString(&in, &ev->section) &&
         GetString(&in, &ev->rule) && GetDouble(&in, &ev->confidence) && in.empty();
}

void EncodeDocument(const Document& d, bool is_import, std::string* dst) {
  dst->push_back(static_cast<char>(is_import ? 1 : 0));
  for (const std::string* s : {&d.sha256, &d.name, &d.filer, &d.form, &d.period, &d.format}) {
    PutLengthPrefixed(dst, *s);
  }
  PutVarint(dst, static_cast<std::uint64_t>(d.ingested_at));
  PutVarint(dst, d.size);
}

bool DecodeDocument(std::string_view in, Document* d, bool* is_import) {
  std::uint8_t flags = 0;
  if (!GetByte(&in, &flags)) return false;
  *is_import = (flags & 1) != 0;
  for (std::string* s : {&d->sha256, &d->name, &d->filer, &d->form, &d->period, &d->format}) {
    if (!GetString(&in, s)) return false;
  }
  std::uint64_t at = 0;
  if (!GetVarint(&in, &at) || !GetVarint(&in, &d->size)) return false;
  d->ingested_at = static_cast<std::int64_t>(at);
  return in.empty();
}

}  // namespace corpgraph::store
