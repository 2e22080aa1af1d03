// `corpgraph extract` and `corpgraph eval`: extraction only, nothing stored.
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "extract/eval.h"
#include "extract/extract.h"
#include "extract/extraction_json.h"
#include "extract/rules.h"
#include "ingest/extraction_file.h"
#include "ingest/ingest.h"

namespace corpgraph::cli {
namespace {

std::string BaseName(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Loads --rules FILE when given; null (the built-in rules) otherwise.
StatusOr<std::unique_ptr<RuleSet>> LoadRules(const std::string& path) {
  if (path.empty()) return std::unique_ptr<RuleSet>();
  StatusOr<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return RuleSet::Parse(*text, path);
}

void PrintTable(const Extraction& x) {
  const Entity* filer = x.graph.entity(x.filer);
  std::cout << "filer: " << (filer ? filer->name : "(not found)") << "\n\n";
  std::cout << "entities (" << x.graph.entities().size() << "):\n";
  for (const Entity& e : x.graph.entities()) {
    std::cout << "  " << e.name << "  [" << EntityKindName(e.kind) << "]";
    if (!e.aliases.empty()) {
      std::cout << "  aka ";
      for (size_t i = 0; i < e.aliases.size(); ++i) std::cout << (i ? ", " : "") << e.aliases[i];
    }
    std::cout << "\n";
  }
  std::cout << "\nrelations (" << x.graph.edges().size() << "):\n";
  for (const Edge& e : x.graph.edges()) {
    std::cout << "  " << EndpointName(x.graph, e, true) << " -" << RelationName(e.rel) << "-> "
              << EndpointName(x.graph, e, false);
    if (e.attrs.percent) {
      char buf[32];
      std::snprintf(buf, sizeof buf, " (%g%%)", *e.attrs.percent);
      std::cout << buf;
    }
    if (!e.evidence.empty()) {
      const Evidence& ev = e.evidence.front();
      std::cout << "  [" << ev.rule << ", bytes " << ev.begin << "-" << ev.end << "]";
    }
    std::cout << "\n";
  }
  if (!x.mentions_only.empty()) {
    std::cout << "\nmentioned only (" << x.mentions_only.size() << "):\n";
    for (const MentionedName& m : x.mentions_only) std::cout << "  " << m.name << "  [" << m.kind << "]\n";
  }
}

struct ExtractArgs {
  std::string file;
  std::string filer;
  std::string rules;
  bool json = false;
  bool trace = false;
};

int RunExtract(const ExtractArgs& args) {
  StatusOr<std::unique_ptr<RuleSet>> rules = LoadRules(args.rules);
  if (!rules.ok()) return ReportError(rules.status());
  StatusOr<std::string> bytes = ReadWholeFile(args.file);
  if (!bytes.ok()) return ReportError(bytes.status());
  if (args.json) {
    IngestOptions options;
    options.name = BaseName(args.file);
    options.filer = args.filer;
    options.rules = rules->get();
    options.trace = args.trace;
    StatusOr<PreparedDocument> p = PrepareDocument(*bytes, options);
    if (!p.ok()) return ReportError(Status(p.status().code(), args.file + ": " + p.status().message()));
    for (const std::string& line : p->extraction.trace) std::cerr << line << "\n";
    std::cout << ExtractionFileJson(*p);
    return kExitOk;
  }
  ExtractOptions options;
  options.filer = args.filer;
  options.document_name = BaseName(args.file);
  options.rules = rules->get();
  options.trace = args.trace;
  StatusOr<Extraction> x = ExtractDocument(*bytes, options);
  if (!x.ok()) return ReportError(Status(x.status().code(), args.file + ": " + x.status().message()));
  for (const std::string& line : x->trace) std::cerr << line << "\n";
  PrintTable(*x);
  return kExitOk;
}

struct EvalArgs {
  std::vector<std::string> gold;
  std::string filing;
  std::string filer;
  std::string rules;
  bool json = false;
  bool detect_filer = false;
};

int RunEval(const EvalArgs& args) {
  StatusOr<std::unique_ptr<RuleSet>> rules = LoadRules(args.rules);
  if (!rules.ok()) return ReportError(rules.status());
  EvalOptions options;
  options.filing = args.filing;
  options.filer = args.filer;
  options.detect_filer = args.detect_filer;
  options.rules = rules->get();
  std::vector<FileScore> files;
  for (const std::string& gold_path : args.gold) {
    StatusOr<std::string> gold = ReadWholeFile(gold_path);
    if (!gold.ok()) return ReportError(gold.status());
    StatusOr<std::string> filing_path = LocateFiling(*gold, gold_path, options.filing);
    if (!filing_path.ok()) return ReportError(filing_path.status());
    StatusOr<std::string> filing = ReadWholeFile(*filing_path);
    if (!filing.ok()) return ReportError(filing.status());
    StatusOr<FileScore> score = EvaluateFiling(*gold, *filing, BaseName(*filing_path), options);
    if (!score.ok()) return ReportError(Status(score.status().code(), gold_path + ": " + score.status().message()));
    score->gold_path = gold_path;
    files.push_back(std::move(*score));
  }
  EvalReport report = Summarize(std::move(files));
  std::cout << (args.json ? EvalReportToJson(report) : EvalReportToText(report));
  return kExitOk;
}

}  // namespace

void RegisterExtractCommands(CLI::App& app, Context& context) {
  auto extract_args = std::make_shared<ExtractArgs>();
  CLI::App* extract = app.add_subcommand(
      "extract", "Extract entities and relations from one filing and print them (nothing is stored)");
  extract->add_option("FILE", extract_args->file, "Filing: plain text, Markdown-ish text, HTML or EDGAR submission")
      ->required();
  extract->add_option("--filer", extract_args->filer, "Canonical filer name (default: found in the document)");
  extract->add_option("--rules", extract_args->rules, "Rules file to use instead of the built-in rules");
  extract->add_flag("--json", extract_args->json, "Print one JSON object: the gold schema's shape plus the lossless extraction that `ingest --extractions` stores");
  extract->add_flag("--trace", extract_args->trace,
                    "Print each sentence as the rules see it (mentions as <C12> placeholders) on stderr");
  extract->callback([extract_args, &context] { context.exit_code = RunExtract(*extract_args); });

  auto eval_args = std::make_shared<EvalArgs>();
  CLI::App* eval = app.add_subcommand(
      "eval", "Score the extractor against gold annotation files (precision, recall, F1)");
  eval->add_option("--gold", eval_args->gold, "Gold JSON file(s); each names its filing")->required();
  eval->add_option("--filing", eval_args->filing,
                   "The filing text, or a folder holding the filings (default: beside each gold file)");
  eval->add_option("--filer", eval_args->filer, "Filer name passed to the extractor (default: the gold's filer)");
  eval->add_flag("--detect-filer", eval_args->detect_filer,
                 "Pass no filer: score what `extract` finds by itself, and whether its filer is the gold's")
      ->excludes(eval->get_option("--filer"));
  eval->add_option("--rules", eval_args->rules, "Rules file to use instead of the built-in rules");
  eval->add_flag("--json", eval_args->json, "Print the report as JSON");
  eval->callback([eval_args, &context] { context.exit_code = RunEval(*eval_args); });
}

}  // namespace corpgraph::cli
