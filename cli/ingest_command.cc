// `corpgraph ingest`: files and folders of filings (or of extraction files) into the
// database, extracted on --jobs threads and stored by one writer (ingest/batch_ingest.h).
//
// Output: per document, what was stored (stdout) or why it was refused (one line on stderr);
// a progress bar on stderr when it is a terminal (plain lines every few seconds otherwise);
// a closing summary line on stdout. Exit status 0 when no input was refused (stored,
// unchanged and skipped are all fine), 1 when any was refused or the store failed, 2 for a
// bad command line.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "extract/rules.h"
#include "ingest/batch_ingest.h"
#include "store/graph_store.h"

namespace corpgraph::cli {
namespace {

struct IngestArgs {
  std::vector<std::string> paths;
  std::string db = DefaultDatabasePath();
  std::string filer;
  std::string rules;
  bool replace = false;
  bool extractions = false;
  int jobs = 0;
};

std::size_t Total(const std::map<std::string, std::size_t>& counts) {
  std::size_t n = 0;
  for (const auto& [name, c] : counts) n += c;
  return n;
}

std::string Duration(double seconds) {
  char buf[32];
  int s = static_cast<int>(seconds + 0.5);
  if (s >= 3600) {
    std::snprintf(buf, sizeof buf, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%d:%02d", s / 60, s % 60);
  }
  return buf;
}

// Documents done, MB/s and ETA on stderr: a bar redrawn in place on a terminal, else a plain
// line at most every 5 seconds (and only for batches of more than one input).
class ProgressDisplay {
 public:
  explicit ProgressDisplay(std::size_t inputs)
      : terminal_(::isatty(STDERR_FILENO) == 1), enabled_(inputs > 1) {}

  void Update(const BatchProgress& p) {
    if (!enabled_) return;
    if (!terminal_) {
      if (p.seconds - last_plain_ < 5.0) return;
      last_plain_ = p.seconds;
      std::cerr << "corpgraph: ingest: " << Line(p) << "\n";
      return;
    }
    constexpr int kWidth = 24;
    int filled = p.total ? static_cast<int>(kWidth * p.done / p.total) : 0;
    std::string bar(filled, '#');
    bar.append(kWidth - filled, '.');
    std::cerr << "\r\033[K[" << bar << "] " << Line(p) << std::flush;
    shown_ = true;
  }

  // Removes the bar before other output is written to the terminal.
  void Clear() {
    if (!shown_) return;
    std::cerr << "\r\033[K" << std::flush;
    shown_ = false;
  }

 private:
  static std::string Line(const BatchProgress& p) {
    double rate = p.seconds > 0 ? p.bytes_done / 1e6 / p.seconds : 0;
    char buf[160];
    std::snprintf(buf, sizeof buf, "%zu/%zu documents, %.1f/%.1f MB, %.1f MB/s", p.done, p.total,
                  p.bytes_done / 1e6, p.bytes_total / 1e6, rate);
    std::string line = buf;
    // An estimate from the first seconds or the first small files would be noise.
    if (p.done < p.total && p.seconds >= 2.0 && p.bytes_done * 50 >= p.bytes_total) {
      double left = (p.bytes_total > p.bytes_done ? p.bytes_total - p.bytes_done : 0) /
                    (p.bytes_done / p.seconds);
      line += ", ETA " + Duration(left);
    }
    return line;
  }

  bool terminal_;
  bool enabled_;
  bool shown_ = false;
  double last_plain_ = 0;
};

void PrintDocument(const DocumentReport& r) {
  switch (r.outcome) {
    case Outcome::kRefused:
      std::cout << std::flush;
      std::cerr << "corpgraph: " << r.path << ": " << r.reason.message() << "\n";
      return;
    case Outcome::kSkipped:
      std::cout << r.path << ": skipped, " << r.reason.message() << "\n";
      return;
    case Outcome::kUnchanged:
      std::cout << r.path << ": already stored as document " << r.summary.stored.document_id
                << " (same content); nothing changed\n";
      return;
    case Outcome::kStored:
      break;
  }
  const IngestSummary& s = r.summary;
  const IngestResult& stored = s.stored;
  std::cout << r.path << ": stored as document " << stored.document_id;
  if (!s.filer_name.empty()) std::cout << " (filer " << s.filer_name << ")";
  std::cout << "\n";
  for (const std::string& old : stored.replaced) std::cout << "  replaced document " << old << "\n";
  std::cout << "  entities: " << Total(s.entities_by_kind) << " (" << Counts(s.entities_by_kind)
            << "); " << stored.entities_added << " new\n";
  std::cout << "  edges:    " << Total(s.edges_by_relation) << " (" << Counts(s.edges_by_relation)
            << "); " << stored.edges_added << " new, " << stored.evidence_added << " evidence\n";
  char buf[96];
  std::snprintf(buf, sizeof buf, "  time:     extract %.3f s, store %.3f s\n", s.extract_seconds,
                s.store_seconds);
  std::cout << buf;
}

int RunIngest(const IngestArgs& args) {
  if (args.extractions && (!args.filer.empty() || !args.rules.empty())) {
    std::cerr
        << "corpgraph: --filer and --rules apply when extracting; with --extractions they were "
           "applied by `corpgraph extract --json` (run with --help for usage)\n";
    return kExitUsage;
  }
  std::unique_ptr<RuleSet> rules;
  if (!args.rules.empty()) {
    StatusOr<std::string> text = ReadWholeFile(args.rules);
    if (!text.ok()) return ReportError(text.status());
    StatusOr<std::unique_ptr<RuleSet>> parsed = RuleSet::Parse(*text, args.rules);
    if (!parsed.ok()) return ReportError(parsed.status());
    rules = std::move(*parsed);
  }
  std::vector<CorpusInput> inputs = ListCorpus(args.paths, {args.db});
  if (inputs.empty()) {
    std::string where;
    for (const std::string& p : args.paths) where += (where.empty() ? "" : ", ") + p;
    return ReportError(
        Status::InvalidArgument("found no files in " + where + "; nothing was stored"));
  }

  StoreOptions store_options;
  StatusOr<std::unique_ptr<GraphStore>> store = GraphStore::Open(args.db, store_options);
  if (!store.ok()) return ReportError(store.status());

  BatchOptions options;
  options.input = args.extractions ? BatchInput::kExtractions : BatchInput::kDocuments;
  options.jobs = args.jobs;
  options.ingest.filer = args.filer;
  options.ingest.replace = args.replace;
  options.ingest.rules = rules.get();
  ProgressDisplay display(inputs.size());
  StatusOr<BatchTotals> totals = IngestBatch(
      **store, inputs, options,
      [&](const DocumentReport& r, const BatchProgress& p) {
        display.Clear();
        PrintDocument(r);
        std::cout << std::flush;
        display.Update(p);
      },
      [&](const BatchProgress& p) { display.Update(p); });
  display.Clear();
  if (!totals.ok()) return ReportError(totals.status());

  const BatchTotals& t = *totals;
  char buf[256];
  std::snprintf(
      buf, sizeof buf,
      "%zu %s in %.2f s (%.1f MB, %.1f MB/s, %d job%s): %zu stored, %zu unchanged, %zu skipped, "
      "%zu refused\n",
      inputs.size(),
      args.extractions ? (inputs.size() == 1 ? "extraction file" : "extraction files")
                       : (inputs.size() == 1 ? "file" : "files"),
      t.seconds, t.bytes / 1e6, t.seconds > 0 ? t.bytes / 1e6 / t.seconds : 0.0, t.jobs,
      t.jobs == 1 ? "" : "s", t.stored, t.unchanged, t.skipped, t.refused);
  std::cout << buf;
  return t.refused > 0 ? kExitFailure : kExitOk;
}

}  // namespace

void RegisterIngestCommand(CLI::App& app, Context& context) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* ingest = app.add_subcommand(
      "ingest",
      "Extract filings (files, or folders read recursively) and store them, one atomic write each");
  ingest
      ->add_option(
          "PATH", args->paths,
          "Filing(s) or folder(s): text, Markdown-ish, HTML or EDGAR, told by content; with "
          "--extractions, files written by `corpgraph extract --json`")
      ->required();
  ingest->add_option("--db", args->db,
                     "Database directory (default: $CORPGRAPH_DB or ./corpgraph.db)");
  ingest->add_option("--filer", args->filer,
                     "Canonical filer name (default: found in each document)");
  ingest->add_option("--rules", args->rules, "Rules file to use instead of the built-in rules");
  ingest->add_option("--jobs,-j", args->jobs, "Extraction threads (default: one per core)")
      ->check(CLI::PositiveNumber);
  ingest->add_flag(
      "--extractions", args->extractions,
      "The paths hold extraction files (`corpgraph extract --json` output): merge them");
  ingest->add_flag("--replace", args->replace,
                   "Replace stored documents of the same file name (one atomic write)");
  ingest->footer(
      "A file that cannot be stored gets one line on stderr and the rest go on; files found in "
      "folders that are binary or hold no relationship are skipped. Exit status: 0 when no file "
      "was refused, 1 when any was (see the closing summary) or the database failed, 2 for a bad "
      "command line.");
  ingest->callback([args, &context] { context.exit_code = RunIngest(*args); });
}

}  // namespace corpgraph::cli
