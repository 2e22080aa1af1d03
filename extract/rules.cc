#include "extract/rules.h"

#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <cstdlib>
#include <map>

namespace corpgraph {

extern const char kEmbeddedDefaultRules[];  // generated from extract/rules/default.rules

namespace {

// Placeholder alternatives by kind letters.
std::string Placeholder(std::string_view letters) {
  return "\\x01[" + std::string(letters) + "]\\d+\\x02";
}

std::string ListOf(const std::string& item) {
  // Items may be introduced by "the" or a possessive place ("Japan's"); a short place phrase
  // may sit between items (", and in Thailand, X"); an item may carry a description of a few
  // lower-case words ("Hewlett-Packard, an information technology company, Booz Allen Hamilton
  // Inc., a consulting company, and Texas Instruments Incorporated").
  const std::string lead = "(?:the |The )?(?:[A-Z][A-Za-z.]+'s )?";
  // "FedNow in the U.S. and UPI in India": an item's place may stand before the separator (the
  // extractor takes no endpoint from a placeholder after "in" inside a list).
  const std::string sep =
      "(?-i: in (?:the )?(?:\\x01[GUA]\\d+\\x02|[A-Z][A-Za-z.]+))?"
      "(?:,? and|,? or|,|;|,? as well as(?: [a-z]+){0,3}(?: at| with)?|, and also)(?: (?:in|for) [^\\x01\\x02,;]{1,30},)? ";
  // "CIBA Vision, a subsidiary of Novartis AG, and Kraft Foods Inc.": the appositive may name
  // the item's parent, which is no item (the extractor takes no endpoint inside an appositive).
  const std::string described_sep =
      ", an? [a-z][a-z\\-]*(?: [a-z][a-z\\-]*){0,7}(?: of \\x01[CRGU]\\d+\\x02)?,(?: and)? ";
  return "(?:" + lead + item + "(?:(?:" + sep + "|" + described_sep + ")" + lead + item + ")*)";
}

const std::map<std::string, std::string, std::less<>>& Macros() {
  static const auto* macros = [] {
    auto* m = new std::map<std::string, std::string, std::less<>>;
    (*m)["ENT"] = Placeholder("CRGFU");
    (*m)["NAMED"] = Placeholder("CRGU");
    (*m)["ORG"] = Placeholder("CRFU");
    (*m)["COMPANY"] = Placeholder("CRU");
    (*m)["GROUP"] = Placeholder("R");
    (*m)["GOV"] = Placeholder("GUAM");
    (*m)["LAW"] = Placeholder("L");
    (*m)["PERSON"] = Placeholder("P");
    (*m)["WE"] = Placeholder("F");
    (*m)["BARE"] = Placeholder("CRGUA");
    (*m)["ANY"] = Placeholder("CRGPFUALM");
    for (const char* base : {"ENT", "NAMED", "ORG", "COMPANY", "GOV", "BARE", "PERSON"}) {
      (*m)[std::string(base) + "S"] = ListOf((*m)[base]);
    }
    (*m)["POSS"] = "(?:its|their|his|her|" + Placeholder("F") + ")";
    (*m)["COMPANIES"] = ListOf(Placeholder("CRUA"));
    (*m)["PCT"] = "\\d{1,3}(?:\\.\\d+)? ?(?:%|percent)";
    (*m)["NUM"] = "\\d{1,3}(?:\\.\\d+)?";
    (*m)["MONEY"] =
        "(?:US\\$|\\$|¥|€|£|JPY ?|USD ?|EUR ?|GBP ?)\\d[\\d,]*(?:\\.\\d+)?(?: ?(?:thousand|million|billion|trillion))?";
    (*m)["DATE"] =
        "(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
        "December) (?:\\d{1,2}, )?\\d{4}|\\d{4})";
    // Free text that may contain first-person references but no other mention.
    (*m)["GAP"] = "(?:[^\\x01;]|\\x01[Ff]\\d+\\x02)*?";
    (*m)["LONGGAP"] = "(?:[^\\x01;]|\\x01[Ff]\\d+\\x02)*?";
    // Free text that may contain any mention.
    (*m)["SPAN"] = "[^;]*?";
    (*m)["WORDS"] = "[^\\x01\\x02;.]*?";
    return m;
  }();
  return *macros;
}

std::string_view TrimView(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

StatusOr<std::string> ExpandRuleMacros(std::string_view pattern) {
  std::string out;
  size_t i = 0;
  while (i < pattern.size()) {
    char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      out.append(pattern.substr(i, 2));
      i += 2;
      continue;
    }
    if (c == '{' && i + 1 < pattern.size() && std::isupper(static_cast<unsigned char>(pattern[i + 1]))) {
      size_t close = pattern.find('}', i);
      if (close == std::string_view::npos) return Status::InvalidArgument("unclosed macro '{'");
      std::string_view body = pattern.substr(i + 1, close - i - 1);
      std::string_view name = body, group;
      if (size_t colon = body.find(':'); colon != std::string_view::npos) {
        name = body.substr(0, colon);
        group = body.substr(colon + 1);
      }
      auto it = Macros().find(name);
      if (it == Macros().end()) return Status::InvalidArgument("unknown macro {" + std::string(name) + "}");
      if (group.empty()) {
        out += "(?:" + it->second + ")";
      } else {
        out += "(?P<" + std::string(group) + ">" + it->second + ")";
      }
      i = close + 1;
      continue;
    }
    out.push_back(c);
    ++i;
  }
  return out;
}

// Matching runs in two steps: a DFA over the literal "atoms" every pattern requires (found by
// RE2's FilteredRE2) picks the patterns that can match at all; only those run.
struct RuleSet::Impl {
  std::vector<RuleInfo> rules;
  std::vector<int> program_rule;               // pattern id -> rule index
  std::unique_ptr<re2::FilteredRE2> filter;    // owns the compiled patterns, by pattern id
  std::unique_ptr<RE2::Set> atoms;             // the required literals, matched in one pass
  std::vector<std::unique_ptr<RE2>> cue;       // per rule: its cues as one alternation, or null
  std::vector<std::unique_ptr<RE2>> unless;    // per rule: its "unless" patterns, or null
};

namespace {

// The rule's "cue" / "unless" lines as one alternation, macros expanded; null when none.
StatusOr<std::unique_ptr<RE2>> CompileAlternation(const std::vector<std::string>& parts, const RE2::Options& options) {
  if (parts.empty()) return std::unique_ptr<RE2>();
  std::string all;
  for (const std::string& p : parts) {
    StatusOr<std::string> expanded = ExpandRuleMacros(p);
    if (!expanded.ok()) return expanded.status();
    all += (all.empty() ? "(?:" : "|(?:") + *expanded + ")";
  }
  auto re = std::make_unique<RE2>(all, options);
  if (!re->ok()) return Status::InvalidArgument("bad cue: " + re->error());
  return re;
}

// True iff the cue matches in sentence[0, at) and no "unless" pattern does.
bool FrameHolds(const RE2& cue, const RE2* unless, std::string_view sentence, size_t at) {
  re2::StringPiece text(sentence.data(), at);
  if (!cue.Match(text, 0, at, RE2::UNANCHORED, nullptr, 0)) return false;
  return unless == nullptr || !unless->Match(text, 0, at, RE2::UNANCHORED, nullptr, 0);
}

}  // namespace

RuleSet::RuleSet() : impl_(std::make_unique<Impl>()) {}
RuleSet::~RuleSet() = default;

const std::vector<RuleInfo>& RuleSet::rules() const { return impl_->rules; }

StatusOr<std::unique_ptr<RuleSet>> RuleSet::Parse(std::string_view text, std::string_view origin) {
  std::unique_ptr<RuleSet> set(new RuleSet());
  Impl& impl = *set->impl_;
  auto error = [&](size_t line, const std::string& why) {
    return Status::InvalidArgument(std::string(origin) + ":" + std::to_string(line) + ": " + why);
  };
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_encoding(RE2::Options::EncodingLatin1);
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  impl.filter = std::make_unique<re2::FilteredRE2>(3);
  size_t line_no = 0;
  size_t pos = 0;
  std::vector<size_t> rule_line;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = TrimView(text.substr(pos, nl - pos));
    pos = nl + 1;
    ++line_no;
    if (line.empty() || line[0] == '#') {
      if (nl == text.size()) break;
      continue;
    }
    if (line.front() == '[') {
      if (line.back() != ']') return error(line_no, "a rule header is written [rule_name]");
      RuleInfo info;
      info.name = std::string(TrimView(line.substr(1, line.size() - 2)));
      if (info.name.empty()) return error(line_no, "empty rule name");
      for (const RuleInfo& r : impl.rules) {
        if (r.name == info.name) return error(line_no, "duplicate rule name '" + info.name + "'");
      }
      impl.rules.push_back(std::move(info));
      rule_line.push_back(line_no);
      continue;
    }
    size_t eq = line.find('=');
    if (eq == std::string_view::npos) return error(line_no, "expected 'key = value'");
    if (impl.rules.empty()) return error(line_no, "a setting before the first [rule]");
    std::string key(TrimView(line.substr(0, eq)));
    std::string_view value = TrimView(line.substr(eq + 1));
    RuleInfo& rule = impl.rules.back();
    // Patterns run over bytes (Latin-1 mode: the DFA stays small), so a literal non-ASCII
    // character would be read as its separate bytes, and a class of them would match any one.
    if ((key == "pattern" || key == "cue" || key == "unless") &&
        std::any_of(value.begin(), value.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
      return error(line_no, "write a non-ASCII character of a " + key +
                                " as its UTF-8 bytes (\\xE2\\x80\\x99 for a right quote)");
    }
    if (key == "rel") {
      std::optional<Relation> rel = ParseRelation(value);
      if (!rel) return error(line_no, "unknown relation '" + std::string(value) + "'");
      rule.rel = *rel;
    } else if (key == "pattern") {
      StatusOr<std::string> expanded = ExpandRuleMacros(value);
      if (!expanded.ok()) return error(line_no, expanded.status().message());
      // The filter compiles each pattern once and keeps it; a failing one is compiled again
      // only to tell why.
      int id = 0;
      if (impl.filter->Add(*expanded, options, &id) != RE2::NoError) {
        return error(line_no, "bad pattern: " + RE2(*expanded, options).error());
      }
      impl.program_rule.push_back(static_cast<int>(impl.rules.size() - 1));
      rule.patterns.emplace_back(value);
    } else if (key == "src" || key == "dst") {
      if (value != "filer") return error(line_no, key + " may only be 'filer'");
      (key == "src" ? rule.src_is_filer : rule.dst_is_filer) = true;
    } else if (key == "src_kinds" || key == "dst_kinds") {
      for (char ch : value) {
        if (std::string_view("CRGPFUALM").find(ch) == std::string_view::npos) {
          return error(line_no, key + " takes placeholder kind letters (CRGPFUALM)");
        }
      }
      (key == "src_kinds" ? rule.src_kinds : rule.dst_kinds) = std::string(value);
    } else if (key == "confidence") {
      char* end = nullptr;
      std::string v(value);
      double d = std::strtod(v.c_str(), &end);
      if (end == v.c_str() || *end != '\0' || d < 0 || d > 1) return error(line_no, "confidence must be in [0, 1]");
      rule.confidence = d;
    } else if (key == "percent") {
      char* end = nullptr;
      std::string v(value);
      double d = std::strtod(v.c_str(), &end);
      if (end == v.c_str() || *end != '\0' || d <= 0 || d > 100) return error(line_no, "percent must be in (0, 100]");
      rule.percent = d;
    } else if (key == "cue" || key == "unless") {
      (key == "cue" ? rule.cues : rule.unless).emplace_back(value);
    } else if (key == "cue_scope") {
      if (value != "sentence" && value != "before") return error(line_no, "cue_scope must be 'sentence' or 'before'");
      rule.cue_anywhere = value == "sentence";
    } else if (key == "former") {
      if (value != "true" && value != "false") return error(line_no, "former must be true or false");
      rule.former = value == "true";
    } else {
      return error(line_no, "unknown setting '" + key + "'");
    }
    if (nl == text.size()) break;
  }
  for (size_t r = 0; r < impl.rules.size(); ++r) {
    const RuleInfo& rule = impl.rules[r];
    if (rule.patterns.empty()) return error(rule_line[r], "rule '" + rule.name + "' has no pattern");
    if (rule.cues.empty() && !rule.unless.empty()) return error(rule_line[r], "rule '" + rule.name + "' has 'unless' without 'cue'");
    StatusOr<std::unique_ptr<RE2>> cue = CompileAlternation(rule.cues, options);
    StatusOr<std::unique_ptr<RE2>> unless = CompileAlternation(rule.unless, options);
    if (!cue.ok()) return error(rule_line[r], cue.status().message());
    if (!unless.ok()) return error(rule_line[r], unless.status().message());
    impl.cue.push_back(std::move(*cue));
    impl.unless.push_back(std::move(*unless));
  }
  if (!impl.program_rule.empty()) {
    std::vector<std::string> atoms;
    impl.filter->Compile(&atoms);
    RE2::Options atom_options;
    atom_options.set_case_sensitive(false);
    atom_options.set_encoding(RE2::Options::EncodingLatin1);
    atom_options.set_log_errors(false);
    atom_options.set_max_mem(64 << 20);
    impl.atoms = std::make_unique<RE2::Set>(atom_options, RE2::UNANCHORED);
    for (const std::string& a : atoms) {
      if (impl.atoms->Add(RE2::QuoteMeta(a), nullptr) < 0) return Status::Internal("rule atom rejected");
    }
    if (!atoms.empty() && !impl.atoms->Compile()) {
      return Status::InvalidArgument(std::string(origin) + ": the patterns are too large to compile together");
    }
    if (atoms.empty()) impl.atoms.reset();
  }
  return set;
}

void RuleSet::MatchAll(std::string_view sentence, std::vector<RuleMatch>* out) const {
  if (impl_->program_rule.empty()) return;
  std::vector<int> matched_atoms;
  if (impl_->atoms) impl_->atoms->Match(re2::StringPiece(sentence.data(), sentence.size()), &matched_atoms);
  std::vector<int> hits;
  impl_->filter->AllPotentials(matched_atoms, &hits);
  std::sort(hits.begin(), hits.end());
  // A frame's patterns are worth running only where its cue stands somewhere in the sentence;
  // the cue (a short alternation) is far cheaper to look for. Per rule: -1 unknown, 0/1.
  std::vector<signed char> cue_present(impl_->rules.size(), -1);
  for (int p : hits) {
    int rule_of_p = impl_->program_rule[p];
    if (const RE2* cue = impl_->cue[rule_of_p].get(); cue != nullptr) {
      signed char& present = cue_present[rule_of_p];
      if (present < 0) present = RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()), *cue) ? 1 : 0;
      if (present == 0) continue;
    }
    const RE2& re = impl_->filter->GetRE2(p);
    int ngroups = re.NumberOfCapturingGroups() + 1;
    std::vector<re2::StringPiece> groups(ngroups);
    re2::StringPiece text(sentence.data(), sentence.size());
    const std::map<int, std::string>& names = re.CapturingGroupNames();
    size_t at = 0;
    while (at <= sentence.size() &&
           re.Match(text, at, sentence.size(), RE2::UNANCHORED, groups.data(), ngroups)) {
      size_t begin = static_cast<size_t>(groups[0].data() - sentence.data());
      size_t end = begin + groups[0].size();
      int rule = impl_->program_rule[p];
      if (const RE2* cue = impl_->cue[rule].get();
          cue != nullptr &&
          !FrameHolds(*cue, impl_->unless[rule].get(), sentence, impl_->rules[rule].cue_anywhere ? sentence.size() : begin)) {
        at = end > at ? end : at + 1;
        continue;
      }
      RuleMatch m;
      m.rule = rule;
      for (const auto& [index, name] : names) {
        if (groups[index].data() != nullptr) {
          m.groups.emplace_back(name, std::string_view(groups[index].data(), groups[index].size()));
        }
      }
      out->push_back(std::move(m));
      at = end > at ? end : at + 1;
    }
  }
}

std::string_view RuleSet::DefaultText() { return kEmbeddedDefaultRules; }

StatusOr<const RuleSet*> RuleSet::Default() {
  static const StatusOr<std::unique_ptr<RuleSet>>* parsed =
      new StatusOr<std::unique_ptr<RuleSet>>(Parse(DefaultText(), "default.rules"));
  if (!parsed->ok()) return Status::Internal("built-in rules: " + parsed->status().message());
  return parsed->value().get();
}

}  // namespace corpgraph
