#include "extract/eval.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "extract/extraction_json.h"

namespace corpgraph {
namespace {

using nlohmann::json;

bool IsSymmetricName(const std::string& rel) { return rel == "competes" || rel == "partners"; }

struct NamedSet {
  std::string name;
  std::set<std::string> keys;  // GoldNormalize of name and aliases
};

NamedSet MakeSet(const std::string& name, const std::vector<std::string>& aliases) {
  NamedSet s{name, {}};
  s.keys.insert(GoldNormalize(name));
  for (const std::string& a : aliases) s.keys.insert(GoldNormalize(a));
  s.keys.erase("");
  return s;
}

bool Intersects(const std::set<std::string>& a, const std::set<std::string>& b) {
  for (const std::string& k : a) {
    if (b.count(k)) return true;
  }
  return false;
}

std::string Fmt(double v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

std::string PercentText(double p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g%%", p);
  return buf;
}

}  // namespace

void Counts::Add(const Counts& o) {
  predicted += o.predicted;
  predicted_right += o.predicted_right;
  gold += o.gold;
  gold_found += o.gold_found;
}

std::string GoldNormalize(std::string_view name) {
  std::string s;
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    unsigned char u = static_cast<unsigned char>(c);
    // Typographic quotes and apostrophes (U+2018..U+201D) are punctuation like their ASCII
    // forms: "Mervyn’s" and "Mervyn's" are one name.
    if (u == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80 &&
        static_cast<unsigned char>(name[i + 2]) >= 0x98 && static_cast<unsigned char>(name[i + 2]) <= 0x9D) {
      s.push_back(' ');
      i += 2;
      continue;
    }
    if (c == '&') {
      s += " and ";
    } else if (std::isalnum(u) || c == '_' || u >= 0x80) {
      s.push_back(static_cast<char>(std::tolower(u)));
    } else {
      s.push_back(' ');
    }
  }
  std::vector<std::string> words;
  std::istringstream in(s);
  for (std::string w; in >> w;) words.push_back(w);
  static const std::set<std::string> kSuffixes = {"inc", "incorporated", "corporation", "corp", "co",
                                                  "ltd", "limited", "llc", "company", "plc"};
  static const std::set<std::string> kPrefixes = {"the", "mr", "mrs", "ms", "dr"};
  while (!words.empty() && kSuffixes.count(words.back())) words.pop_back();
  size_t first = 0;
  while (first < words.size() && kPrefixes.count(words[first])) ++first;
  std::string out;
  for (size_t i = first; i < words.size(); ++i) {
    if (!out.empty()) out.push_back(' ');
    out += words[i];
  }
  return out;
}

StatusOr<std::string> LocateFiling(std::string_view gold_json, const std::string& gold_path,
                                   const std::string& filing_option) {
  json gold = json::parse(gold_json, nullptr, /*allow_exceptions=*/false);
  if (gold.is_discarded() || !gold.is_object()) return Status::InvalidArgument(gold_path + ": not valid JSON");
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!filing_option.empty() && fs::is_regular_file(filing_option, ec)) return filing_option;
  if (!gold.contains("filing") || !gold["filing"].is_string()) {
    return Status::InvalidArgument(gold_path + ": names no \"filing\"");
  }
  std::string name = gold["filing"].get<std::string>();
  fs::path candidate = !filing_option.empty() ? fs::path(filing_option) / name
                                              : fs::path(gold_path).parent_path() / name;
  if (fs::is_regular_file(candidate, ec)) return candidate.string();
  if (filing_option.empty()) {
    // Gold files kept in a "gold" folder next to a "filings" folder.
    fs::path sibling = fs::path(gold_path).parent_path().parent_path() / "filings" / name;
    if (fs::is_regular_file(sibling, ec)) return sibling.string();
  }
  return Status::NotFound("filing " + name + " of " + gold_path + " not found (looked at " + candidate.string() +
                          "); pass --filing FILE or a folder");
}

StatusOr<FileScore> ScoreExtraction(std::string_view gold_json, const Extraction& x) {
  json gold = json::parse(gold_json, nullptr, false);
  if (gold.is_discarded() || !gold.is_object() || !gold.contains("entities") || !gold["entities"].is_array() ||
      !gold.contains("relations") || !gold["relations"].is_array()) {
    return Status::InvalidArgument("gold JSON must be an object with \"entities\" and \"relations\" arrays");
  }
  FileScore score;
  score.filing = gold.value("filing", "");
  score.gold_filer = gold.value("filer", "");
  std::vector<NamedSet> gold_entities;
  // SCHEMA.md: only organizations and people are scored; laws, markets and other names are
  // left out on both sides.
  auto scored_kind = [](std::string_view kind) {
    return kind.empty() || kind == "company" || kind == "group" || kind == "person" || kind == "government";
  };
  auto add_gold = [&](const json& list) {
    if (!list.is_array()) return;
    for (const json& e : list) {
      if (!e.is_object() || !e.contains("name") || !e["name"].is_string()) continue;
      if (e.contains("kind") && e["kind"].is_string() && !scored_kind(e["kind"].get<std::string>())) continue;
      std::vector<std::string> aliases;
      if (e.contains("aliases") && e["aliases"].is_array()) {
        for (const json& a : e["aliases"]) {
          if (a.is_string()) aliases.push_back(a.get<std::string>());
        }
      }
      gold_entities.push_back(MakeSet(e["name"].get<std::string>(), aliases));
    }
  };
  add_gold(gold["entities"]);
  if (gold.contains("mentions_only")) add_gold(gold["mentions_only"]);

  // Extracted entities: graph nodes then mentions-only names.
  std::vector<NamedSet> extracted;
  std::map<EntityId, size_t> node_index;
  for (const Entity& e : x.graph.entities()) {
    node_index[e.id] = extracted.size();
    extracted.push_back(MakeSet(e.name, e.aliases));
  }
  for (const MentionedName& m : x.mentions_only) {
    if (scored_kind(m.kind)) extracted.push_back(MakeSet(m.name, m.aliases));
  }

  auto resolve = [&](const std::set<std::string>& keys) -> int {
    for (size_t g = 0; g < gold_entities.size(); ++g) {
      if (Intersects(keys, gold_entities[g].keys)) return static_cast<int>(g);
    }
    return -1;
  };
  const Entity* filer = x.filer == kNoEntity ? nullptr : x.graph.entity(x.filer);
  int gold_filer = score.gold_filer.empty() ? -1 : resolve({GoldNormalize(score.gold_filer)});
  if (filer) score.filer = filer->name;
  score.filer_right = filer && gold_filer >= 0 && resolve(extracted[node_index[filer->id]].keys) == gold_filer;
  std::vector<bool> gold_hit(gold_entities.size(), false);
  score.entities.gold = static_cast<int>(gold_entities.size());
  score.entities.predicted = static_cast<int>(extracted.size());
  for (const NamedSet& e : extracted) {
    bool any = false;
    for (size_t g = 0; g < gold_entities.size(); ++g) {
      if (Intersects(e.keys, gold_entities[g].keys)) {
        any = true;
        gold_hit[g] = true;
      }
    }
    if (any) ++score.entities.predicted_right;
    else score.extra_entities.push_back(e.name);
  }
  for (size_t g = 0; g < gold_entities.size(); ++g) {
    if (gold_hit[g]) ++score.entities.gold_found;
    else score.missed_entities.push_back(gold_entities[g].name);
  }

  // Gold relations with resolved endpoints.
  struct GoldRel {
    int src, dst;
    std::string rel;
    std::optional<double> percent;
    ScoredRelation shown;
    bool found = false;
  };
  auto resolve_name = [&](const std::string& n) { return resolve({GoldNormalize(n)}); };
  std::vector<GoldRel> gold_rels;
  for (const json& r : gold["relations"]) {
    if (!r.is_object() || !r.contains("src") || !r.contains("dst") || !r.contains("rel")) continue;
    GoldRel g;
    g.rel = r["rel"].get<std::string>();
    g.src = resolve_name(r["src"].get<std::string>());
    g.dst = resolve_name(r["dst"].get<std::string>());
    if (r.contains("percent") && r["percent"].is_number()) g.percent = r["percent"].get<double>();
    g.shown = {r["src"].get<std::string>(), g.rel, r["dst"].get<std::string>(), g.percent,
               r.value("evidence", ""), "", ""};
    gold_rels.push_back(std::move(g));
  }

  // Extracted relations, deduplicated on the resolved key.
  struct Predicted {
    int src, dst;
    std::string rel;
    std::vector<std::optional<double>> percents;
    ScoredRelation shown;
    std::string dst_key;  // renamed_to: GoldNormalize of the dst name
  };
  std::vector<Predicted> predicted;
  std::map<std::tuple<std::string, std::string, std::string>, size_t> seen;
  for (const Edge& e : x.graph.edges()) {
    Predicted p;
    p.rel = std::string(RelationName(e.rel));
    const NamedSet& s = extracted[node_index[e.src]];
    const NamedSet& d = extracted[node_index[e.dst]];
    std::string src_name = EndpointName(x.graph, e, true);
    p.src = e.rel == Relation::kRenamedTo ? resolve({GoldNormalize(src_name)}) : resolve(s.keys);
    if (p.src < 0) p.src = resolve(s.keys);
    p.dst = resolve(d.keys);
    p.dst_key = GoldNormalize(d.name);
    const Evidence* ev = e.evidence.empty() ? nullptr : &e.evidence.front();
    p.shown = {src_name, p.rel, d.name, e.attrs.percent, ev ? ev->sentence : "", ev ? ev->rule : "", ""};
    std::string a = p.src >= 0 ? std::to_string(p.src) : "?" + src_name;
    std::string b = p.dst >= 0 ? std::to_string(p.dst) : "?" + d.name;
    if (IsSymmetricName(p.rel) && b < a) std::swap(a, b);
    auto key = std::make_tuple(a, p.rel, b);
    auto it = seen.find(key);
    if (it != seen.end()) {
      predicted[it->second].percents.push_back(e.attrs.percent);
      continue;
    }
    p.percents.push_back(e.attrs.percent);
    seen.emplace(key, predicted.size());
    predicted.push_back(std::move(p));
  }

  auto matches = [&](const Predicted& p, const GoldRel& g, std::string* why) {
    if (p.rel != g.rel || g.src < 0 || g.dst < 0) return false;
    bool ends;
    if (g.rel == "renamed_to") {
      // Both gold ends are one entity; the extracted edge must join two of its names.
      ends = p.src == g.dst && p.dst == g.dst && p.dst_key == GoldNormalize(g.shown.dst);
    } else {
      ends = (p.src == g.src && p.dst == g.dst) || (IsSymmetricName(g.rel) && p.src == g.dst && p.dst == g.src);
    }
    if (!ends) return false;
    if (!g.percent) return true;
    for (const std::optional<double>& pc : p.percents) {
      if (pc && std::fabs(*pc - *g.percent) <= 0.05 + 1e-9) return true;
    }
    if (why) {
      *why = "percent " + (p.percents.front() ? PercentText(*p.percents.front()) : std::string("missing")) +
             ", gold " + PercentText(*g.percent);
    }
    return false;
  };

  for (Predicted& p : predicted) {
    Counts& c = score.by_relation[p.rel];
    ++c.predicted;
    ++score.relations.predicted;
    bool right = false;
    std::string why;
    for (GoldRel& g : gold_rels) {
      std::string w;
      if (matches(p, g, &w)) {
        right = true;
        g.found = true;
      } else if (!w.empty()) {
        why = w;
      }
    }
    if (right) {
      ++c.predicted_right;
      ++score.relations.predicted_right;
    } else {
      p.shown.why = why.empty() ? (p.src < 0 || p.dst < 0 ? "endpoint not a gold entity" : "") : why;
      score.false_positives.push_back(p.shown);
    }
  }
  for (GoldRel& g : gold_rels) {
    Counts& c = score.by_relation[g.rel];
    ++c.gold;
    ++score.relations.gold;
    if (g.percent && g.rel == "owns") {
      ++score.percents_gold;
      if (g.found) ++score.percents_right;
    }
    if (g.found) {
      ++c.gold_found;
      ++score.relations.gold_found;
    } else {
      score.missed.push_back(g.shown);
    }
  }
  return score;
}

StatusOr<FileScore> EvaluateFiling(std::string_view gold_json, std::string_view filing_bytes,
                                   const std::string& filing_name, const EvalOptions& options) {
  json gold = json::parse(gold_json, nullptr, false);
  if (gold.is_discarded() || !gold.is_object()) return Status::InvalidArgument("gold file is not valid JSON");
  ExtractOptions xo;
  xo.filer = options.detect_filer ? "" : !options.filer.empty() ? options.filer : gold.value("filer", "");
  xo.document_name = filing_name;
  xo.rules = options.rules;
  StatusOr<Extraction> x = ExtractDocument(filing_bytes, xo);
  if (!x.ok()) return x.status();
  StatusOr<FileScore> s = ScoreExtraction(gold_json, *x);
  if (!s.ok()) return s.status();
  s->filing = filing_name;
  if (!options.detect_filer) s->filer = xo.filer;
  return s;
}

EvalReport Summarize(std::vector<FileScore> files) {
  EvalReport r;
  for (const FileScore& f : files) {
    r.entities.Add(f.entities);
    r.relations.Add(f.relations);
    if (f.filer_right) ++r.filers_right;
    for (const auto& [rel, c] : f.by_relation) r.by_relation[rel].Add(c);
  }
  r.files = std::move(files);
  return r;
}

namespace {

std::string CountsLine(const std::string& label, const Counts& c) {
  char buf[200];
  std::snprintf(buf, sizeof buf, "  %-12s P %s  R %s  F1 %s   (%d/%d extracted right, %d/%d gold found)\n",
                label.c_str(), Fmt(c.Precision()).c_str(), Fmt(c.Recall()).c_str(), Fmt(c.F1()).c_str(),
                c.predicted_right, c.predicted, c.gold_found, c.gold);
  return buf;
}

std::string RelationText(const ScoredRelation& r) {
  std::string s = r.src + " -" + r.rel + "-> " + r.dst;
  if (r.percent) s += " (" + PercentText(*r.percent) + ")";
  return s;
}

json CountsJson(const Counts& c) {
  return {{"precision", c.Precision()}, {"recall", c.Recall()}, {"f1", c.F1()},
          {"extracted", c.predicted},   {"extracted_right", c.predicted_right},
          {"gold", c.gold},             {"gold_found", c.gold_found}};
}

json RelationJson(const ScoredRelation& r) {
  json j = {{"src", r.src}, {"rel", r.rel}, {"dst", r.dst}, {"evidence", r.evidence}};
  if (r.percent) j["percent"] = *r.percent;
  if (!r.rule.empty()) j["rule"] = r.rule;
  if (!r.why.empty()) j["why"] = r.why;
  return j;
}

}  // namespace

std::string EvalReportToText(const EvalReport& report) {
  std::string out;
  for (const FileScore& f : report.files) {
    out += "== " + f.gold_path + "  (filing " + f.filing + ", filer " + f.filer + ")\n";
    if (!f.filer_right) out += "  filer WRONG: the gold's filer is " + f.gold_filer + "\n";
    out += CountsLine("entities", f.entities);
    out += CountsLine("relations", f.relations);
    for (const auto& [rel, c] : f.by_relation) out += "  " + CountsLine(rel, c);
    if (f.percents_gold > 0) {
      out += "  owns percent right: " + std::to_string(f.percents_right) + "/" + std::to_string(f.percents_gold) + "\n";
    }
    if (!f.missed.empty()) {
      out += "  missed relations (" + std::to_string(f.missed.size()) + "):\n";
      for (const ScoredRelation& r : f.missed) {
        out += "    - " + RelationText(r) + "\n        gold evidence: " + r.evidence + "\n";
      }
    }
    if (!f.false_positives.empty()) {
      out += "  false positives (" + std::to_string(f.false_positives.size()) + "):\n";
      for (const ScoredRelation& r : f.false_positives) {
        out += "    - " + RelationText(r) + "  [" + r.rule + "]" + (r.why.empty() ? "" : "  (" + r.why + ")") +
               "\n        sentence: " + r.evidence + "\n";
      }
    }
    if (!f.missed_entities.empty()) {
      out += "  missed entities:";
      for (const std::string& e : f.missed_entities) out += " \"" + e + "\"";
      out += "\n";
    }
    if (!f.extra_entities.empty()) {
      out += "  extra entities:";
      for (const std::string& e : f.extra_entities) out += " \"" + e + "\"";
      out += "\n";
    }
    out += "\n";
  }
  out += "== micro-average over " + std::to_string(report.files.size()) + " file(s)\n";
  out += "  filer right in " + std::to_string(report.filers_right) + "/" + std::to_string(report.files.size()) + "\n";
  out += CountsLine("entities", report.entities);
  out += CountsLine("relations", report.relations);
  for (const auto& [rel, c] : report.by_relation) out += "  " + CountsLine(rel, c);
  return out;
}

std::string EvalReportToJson(const EvalReport& report) {
  json files = json::array();
  for (const FileScore& f : report.files) {
    json by = json::object();
    for (const auto& [rel, c] : f.by_relation) by[rel] = CountsJson(c);
    json missed = json::array(), fps = json::array();
    for (const ScoredRelation& r : f.missed) missed.push_back(RelationJson(r));
    for (const ScoredRelation& r : f.false_positives) fps.push_back(RelationJson(r));
    files.push_back({{"gold", f.gold_path},
                     {"filing", f.filing},
                     {"filer", f.filer},
                     {"gold_filer", f.gold_filer},
                     {"filer_right", f.filer_right},
                     {"entities", CountsJson(f.entities)},
                     {"relations", CountsJson(f.relations)},
                     {"by_relation", by},
                     {"owns_percent", {{"gold", f.percents_gold}, {"right", f.percents_right}}},
                     {"missed_relations", missed},
                     {"false_positives", fps},
                     {"missed_entities", f.missed_entities},
                     {"extra_entities", f.extra_entities}});
  }
  json by = json::object();
  for (const auto& [rel, c] : report.by_relation) by[rel] = CountsJson(c);
  json out = {{"files", files},
              {"filers_right", report.filers_right},
              {"micro", {{"entities", CountsJson(report.entities)}, {"relations", CountsJson(report.relations)},
                         {"by_relation", by}}}};
  return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace corpgraph
