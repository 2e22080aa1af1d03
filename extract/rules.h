// Relation rules held as data: a rules file (format in extract/rules/README.md) compiled
// into RE2 patterns that run over a sentence whose entity mentions were replaced by
// placeholders. The built-in rules file is embedded in the binary at build time.
//
//   StatusOr<std::unique_ptr<RuleSet>> rules = RuleSet::Parse(text, "my.rules");
//   if (!rules.ok()) return rules.status();     // InvalidArgument naming file, line, reason
//   options.rules = rules->get();
//
// A RuleSet is immutable after Parse and safe to share between threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"

namespace corpgraph {

// One rule of a rules file.
struct RuleInfo {
  std::string name;         // recorded as Evidence::rule
  Relation rel = Relation::kOwns;
  bool src_is_filer = false;  // "src = filer": the source when the pattern captures none
  bool dst_is_filer = false;  // "dst = filer"
  double confidence = 0.8;    // in [0, 1]
  bool former = false;        // "former = true": the fact is past
  double percent = 0;         // "percent = 100": owns percent when the pattern captures none
  std::string src_kinds;      // "src_kinds = CRA": only mentions of these kind letters count
  std::string dst_kinds;      // as src (empty: any kind)
  std::vector<std::string> patterns;  // as written, macros not expanded
  // "cue = ..." (a frame): the rule's patterns count only where a cue matches earlier in the
  // same sentence (its lead-in included) and no "unless = ..." pattern does. One cue governs
  // every list after it ("competitors include ... such as A and B, and ... such as C").
  std::vector<std::string> cues;
  std::vector<std::string> unless;
  // "cue_scope = sentence": the cue may stand anywhere in the sentence, also after the match
  // ("we signed an MOU with X to collaborate on ..."); default: before the match.
  bool cue_anywhere = false;
};

// One match of one rule in a placeholder sentence: named groups and their text.
struct RuleMatch {
  int rule = 0;  // index into RuleSet::rules()
  std::vector<std::pair<std::string, std::string_view>> groups;  // name -> matched text
};

// Placeholder syntax shared with the extractor: "\x01" kind-letter index "\x02".
// Kind letters: C company, R group, G government, P person, F first-person reference to the
// filer, U defined term of unknown kind, A bare capitalized name or acronym, L law, M market.
inline constexpr char kPlaceholderOpen = '\x01';
inline constexpr char kPlaceholderClose = '\x02';

class RuleSet {
 public:
  // Parses and compiles a rules file. InvalidArgument ("<origin>:<line>: <reason>") for a
  // syntax error, an unknown relation or macro, or a pattern RE2 rejects.
  static StatusOr<std::unique_ptr<RuleSet>> Parse(std::string_view text, std::string_view origin);
  // The built-in rules (extract/rules/default.rules, embedded at build time), compiled once.
  // Internal when the embedded file does not compile (a build defect; tests guard it).
  static StatusOr<const RuleSet*> Default();
  // The text of the built-in rules file.
  static std::string_view DefaultText();

  ~RuleSet();
  RuleSet(const RuleSet&) = delete;  // owns compiled RE2 programs
  RuleSet& operator=(const RuleSet&) = delete;

  const std::vector<RuleInfo>& rules() const;

  // Appends every match of every rule in `sentence` (leftmost, non-overlapping per pattern).
  void MatchAll(std::string_view sentence, std::vector<RuleMatch>* out) const;

 private:
  RuleSet();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The RE2 syntax a rules-file pattern stands for, macros expanded ("{ENT:src}" ->
// "(?P<src>...)"). InvalidArgument naming an unknown macro.
StatusOr<std::string> ExpandRuleMacros(std::string_view pattern);

}  // namespace corpgraph
