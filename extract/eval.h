// Scoring the extractor against gold annotations, by the matching rules of
// ../shared/gold/SCHEMA.md ("Scoring").
//
//   StatusOr<FileScore> s = EvaluateFiling(gold_json, filing_bytes, "acme-10k.txt", {});
//   EvalReport report = Summarize({*s});
//   std::cout << EvalReportToText(report);
//
// Entities: the gold set is `entities` + `mentions_only`; extracted entities are the graph's
// entities plus Extraction::mentions_only. Names are compared after GoldNormalize.
// Relations: endpoints resolve to gold entities by any of their names; extracted relations are
// deduplicated on the resolved (src, rel, dst) key (unordered for competes/partners); a gold
// percent must be matched within 0.05; renamed_to matches when it joins two names of the gold
// entity and its dst normalizes to the gold dst. Pure functions; no I/O except LocateFiling.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extract.h"
#include "graph/status.h"

namespace corpgraph {

class RuleSet;

// The gold schema's name normalization (check_gold.normalize): lower case, "&" -> " and ",
// punctuation -> space, trailing inc/incorporated/corporation/corp/co/ltd/limited/llc/company/
// plc and leading the/mr/mrs/ms/dr dropped.
std::string GoldNormalize(std::string_view name);

struct Counts {
  int predicted = 0;        // extracted items (after deduplication)
  int predicted_right = 0;  // extracted items that match gold
  int gold = 0;             // gold items
  int gold_found = 0;       // gold items matched by some extracted item
  double Precision() const { return predicted ? static_cast<double>(predicted_right) / predicted : 0.0; }
  double Recall() const { return gold ? static_cast<double>(gold_found) / gold : 0.0; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  void Add(const Counts& o);
};

// One relation as shown in a report.
struct ScoredRelation {
  std::string src, rel, dst;
  std::optional<double> percent;
  std::string evidence;  // gold evidence (misses) or extracted sentence (false positives)
  std::string rule;      // extracting rule (false positives)
  std::string why;       // e.g. "percent 26.0, gold 26.9"; "" when nothing to add
};

struct FileScore {
  std::string gold_path;  // filled in by the caller
  std::string filing;     // file name of the filing
  std::string filer;      // filer passed to the extractor, or the one it detected
  std::string gold_filer;  // the gold file's "filer"
  bool filer_right = true;  // the extraction's filer is the gold's filer (by any of its names)
  Counts entities;
  Counts relations;
  std::map<std::string, Counts> by_relation;  // by relation type name
  int percents_gold = 0;   // gold owns relations with a percent
  int percents_right = 0;  // ... found with the right percent
  std::vector<std::string> missed_entities;  // gold names not found
  std::vector<std::string> extra_entities;   // extracted names matching no gold entity
  std::vector<ScoredRelation> missed;
  std::vector<ScoredRelation> false_positives;
};

struct EvalReport {
  std::vector<FileScore> files;
  int filers_right = 0;  // files whose extraction found the gold's filer
  Counts entities;  // micro-averaged: counts summed over files
  Counts relations;
  std::map<std::string, Counts> by_relation;
};

struct EvalOptions {
  std::string filing;  // the filing file, or a folder of filings; "" = beside the gold file
  std::string filer;   // passed to the extractor; "" = the gold file's "filer"
  bool detect_filer = false;  // pass no filer: the extractor finds it, and the score says whether
                              // it found the gold's (what a user running `extract` gets)
  const RuleSet* rules = nullptr;  // null = built-in rules
};

// Path of the filing a gold file names ("filing"): `filing_option` itself when it is a file,
// else inside it when it is a folder, else beside the gold file. NotFound when missing;
// InvalidArgument when the gold JSON does not parse or names no filing.
StatusOr<std::string> LocateFiling(std::string_view gold_json, const std::string& gold_path,
                                   const std::string& filing_option);

// Scores an extraction against gold. InvalidArgument when the gold JSON is malformed.
StatusOr<FileScore> ScoreExtraction(std::string_view gold_json, const Extraction& x);

// Extracts from the filing bytes and scores. Errors of either step are returned.
StatusOr<FileScore> EvaluateFiling(std::string_view gold_json, std::string_view filing_bytes,
                                   const std::string& filing_name, const EvalOptions& options);

// Sums the per-file counts (micro-average).
EvalReport Summarize(std::vector<FileScore> files);

std::string EvalReportToText(const EvalReport& report);
std::string EvalReportToJson(const EvalReport& report);

}  // namespace corpgraph
