// The query commands: deps, exposure, owners, subsidiaries, path, neighbors, export.
// Each parses its flags, opens the database read-only, calls one query function and prints a
// table, JSON (--json) or a diagram (--format dot|svg); errors go through ReportError.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "graph/dot_writer.h"
#include "query/diagram.h"
#include "query/query.h"
#include "store/export.h"
#include "store/graph_store.h"

namespace corpgraph::cli {
namespace {

StatusOr<std::unique_ptr<GraphStore>> OpenReadOnly(const std::string& db) {
  if (!std::filesystem::exists(db)) {
    return Status::NotFound("no database at " + db + " (ingest a filing first, or pass --db)");
  }
  StoreOptions options;
  options.read_only = true;
  options.create_if_missing = false;
  return GraphStore::Open(db, options);
}

// The --rel list, or every relation when empty. InvalidArgument names the bad entry.
StatusOr<RelationSet> ParseRelFlag(const std::string& text) {
  if (text.empty()) return RelationSet::All();
  std::string bad;
  std::optional<RelationSet> set = ParseRelationSet(text, &bad);
  if (!set) {
    std::string known;
    for (Relation r : kBuiltinRelations)
      known += (known.empty() ? "" : ", ") + std::string(RelationName(r));
    return Status::InvalidArgument((bad.empty() ? std::string("empty --rel list")
                                                : "unknown relation '" + bad + "' in --rel") +
                                   " (known: " + known + ")");
  }
  return *set;
}

StatusOr<EntityId> Resolve(const GraphReader& reader, const std::string& name) {
  StatusOr<EntityId> id = reader.FindEntity(name);
  if (!id.ok() && id.status().IsNotFound()) {
    return Status::NotFound("unknown entity '" + name + "'");
  }
  return id;
}

// Filers of the stored documents, highlighted in diagrams.
std::set<EntityId> Filers(const GraphStore& store) {
  std::set<EntityId> ids;
  StatusOr<std::vector<Document>> docs = store.ListDocuments();
  if (!docs.ok()) return ids;
  for (const Document& d : *docs) {
    if (d.filer.empty()) continue;
    StatusOr<EntityId> id = store.FindEntity(d.filer);
    if (id.ok()) ids.insert(*id);
  }
  return ids;
}

// Writes `text` to `path`, or to stdout when `path` is empty or "-".
Status WriteText(const std::string& text, const std::string& path) {
  if (path.empty() || path == "-") {
    std::cout << text;
    std::cout.flush();
    return std::cout ? Status::Ok() : Status::IoError("cannot write to standard output");
  }
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out) return Status::IoError("cannot write " + path);
  return Status::Ok();
}

// DOT text as dot, svg or png at `path` (stdout when empty).
Status WriteDiagram(const std::string& dot, const std::string& format, const std::string& path) {
  if (format == "dot") return WriteText(dot, path);
  if (!path.empty() && path != "-") return RenderDot(dot, format, path);
  std::string tmp = (std::filesystem::temp_directory_path() /
                     ("corpgraph-" + std::to_string(::getpid()) + "." + format))
                        .string();
  Status s = RenderDot(dot, format, tmp);
  if (!s.ok()) return s;
  StatusOr<std::string> bytes = ReadWholeFile(tmp);
  std::error_code ignored;
  std::filesystem::remove(tmp, ignored);
  if (!bytes.ok()) return bytes.status();
  return WriteText(*bytes, "");
}

// Shared by the query commands.
struct QueryArgs {
  std::string db = DefaultDatabasePath();
  std::string name;
  std::string target;  // path only
  int depth = 3;
  std::string rel;
  double min_percent = 0;
  bool json = false;
  bool ultimate = false;
  std::size_t max_chains = 3;
  std::string dir = "both";
  std::string format = "table";  // table, json, dot, svg
  std::string output;
};

// Prints `result` in the requested format; diagrams draw the answer's chains.
int Print(const GraphStore& store, const QueryResult& result, const QueryArgs& args) {
  std::string format = args.json ? "json" : args.format;
  if (format == "json") {
    Status s = WriteText(ResultToJson(result), args.output);
    return s.ok() ? kExitOk : ReportError(s);
  }
  if (format == "table") {
    std::ostringstream out;
    WriteResultTable(result, out);
    Status s = WriteText(out.str(), args.output);
    return s.ok() ? kExitOk : ReportError(s);
  }
  StatusOr<AnswerDiagram> diagram = AnswerGraph(store, result);
  if (!diagram.ok()) return ReportError(diagram.status());
  std::ostringstream dot;
  Status s = WriteDot(diagram->graph, diagram->options, dot);
  if (s.ok()) s = WriteDiagram(dot.str(), format, args.output);
  return s.ok() ? kExitOk : ReportError(s);
}

enum class Kind { kDeps, kExposure, kOwners, kSubsidiaries, kPath, kNeighbors };

int RunQuery(Kind kind, const QueryArgs& args) {
  StatusOr<RelationSet> rels = ParseRelFlag(args.rel);
  if (!rels.ok()) return ReportError(rels.status());
  StatusOr<std::unique_ptr<GraphStore>> store = OpenReadOnly(args.db);
  if (!store.ok()) return ReportError(store.status());
  const GraphStore& reader = **store;
  StatusOr<EntityId> subject = Resolve(reader, args.name);
  if (!subject.ok()) return ReportError(subject.status());
  StatusOr<QueryResult> result = Status::Internal("no query ran");
  switch (kind) {
    case Kind::kDeps:
    case Kind::kExposure: {
      TraversalOptions options;
      options.depth = args.depth;
      options.relations = *rels;
      options.min_percent = args.min_percent;
      result = kind == Kind::kDeps ? Dependencies(reader, *subject, options)
                                   : Exposure(reader, *subject, options);
      break;
    }
    case Kind::kOwners:
    case Kind::kSubsidiaries: {
      OwnershipOptions options;
      options.depth = args.depth;
      options.min_percent = args.min_percent;
      options.ultimate = args.ultimate;
      result = kind == Kind::kOwners ? Owners(reader, *subject, options)
                                     : Subsidiaries(reader, *subject, options);
      break;
    }
    case Kind::kPath: {
      StatusOr<EntityId> target = Resolve(reader, args.target);
      if (!target.ok()) return ReportError(target.status());
      PathOptions options;
      options.relations = *rels;
      options.max_chains = args.max_chains;
      result = ShortestPaths(reader, *subject, *target, options);
      break;
    }
    case Kind::kNeighbors: {
      NeighborOptions options;
      options.relations = *rels;
      if (args.dir == "in")
        options.dir = Direction::kIn;
      else if (args.dir == "out")
        options.dir = Direction::kOut;
      else
        options.dir = Direction::kBoth;
      result = Neighbors(reader, *subject, options);
      break;
    }
  }
  if (!result.ok()) return ReportError(result.status());
  return Print(reader, *result, args);
}

// ---- export ----------------------------------------------------------------------------

// csv into the directory `output`; jsonl and graphml into the file `output` (stdout when empty).
Status ExportData(const GraphReader& reader, const std::string& format, const std::string& output) {
  if (format == "csv") return ExportCsv(reader, output);
  std::ofstream file;
  bool to_stdout = output.empty() || output == "-";
  if (!to_stdout) {
    file.open(output, std::ios::binary);
    if (!file) return Status::IoError("cannot write " + output);
  }
  std::ostream& out = to_stdout ? std::cout : file;
  Status s = format == "jsonl" ? ExportJsonl(reader, out) : ExportGraphml(reader, out);
  out.flush();
  if (s.ok() && !out)
    s = Status::IoError("cannot write " + (to_stdout ? "standard output" : output));
  return s;
}

struct ExportArgs {
  std::string db = DefaultDatabasePath();
  std::string format;
  std::string around;
  int depth = 2;
  std::string rel;
  std::string output;
};

int RunExport(const ExportArgs& args) {
  StatusOr<RelationSet> rels = ParseRelFlag(args.rel);
  if (!rels.ok()) return ReportError(rels.status());
  bool data = args.format == "csv" || args.format == "jsonl" || args.format == "graphml";
  if (args.format == "csv" && (args.output.empty() || args.output == "-")) {
    return ReportError(Status::InvalidArgument("export --format csv needs -o DIR"));
  }
  if ((args.format == "svg" || args.format == "png") && !GraphvizAvailable()) {
    return ReportError(RenderDot("", args.format, args.output));  // the missing-dot message
  }
  StatusOr<std::unique_ptr<GraphStore>> store = OpenReadOnly(args.db);
  if (!store.ok()) return ReportError(store.status());
  const GraphStore& reader = **store;
  SubgraphOptions options;
  options.relations = *rels;
  options.depth = args.depth;
  DotOptions dot_options;
  dot_options.left_to_right = true;  // suppliers left, owners left of what they own
  if (!args.around.empty()) {
    StatusOr<EntityId> center = Resolve(reader, args.around);
    if (!center.ok()) return ReportError(center.status());
    options.center = *center;
    StatusOr<Entity> e = reader.GetEntity(*center);
    if (e.ok()) {
      dot_options.title =
          e->name + " within " + std::to_string(args.depth) + " hop" + (args.depth == 1 ? "" : "s");
    }
  }
  // Data formats of the unfiltered whole graph stream straight from the store.
  if (data && !options.center && rels->IsAll()) {
    Status s = ExportData(reader, args.format, args.output);
    return s.ok() ? kExitOk : ReportError(s);
  }
  StatusOr<Graph> graph = LoadSubgraph(reader, options);
  if (!graph.ok()) return ReportError(graph.status());
  if (data) {
    Status s = ExportData(*graph, args.format, args.output);
    return s.ok() ? kExitOk : ReportError(s);
  }
  dot_options.highlight = Filers(reader);
  if (options.center) dot_options.highlight.insert(*options.center);
  std::ostringstream dot;
  Status s = WriteDot(*graph, dot_options, dot);
  if (s.ok()) s = WriteDiagram(dot.str(), args.format, args.output);
  if (!s.ok()) return ReportError(s);
  if (!args.output.empty() && args.output != "-") {
    std::cerr << "corpgraph: wrote " << args.output << " (" << graph->entities().size()
              << " entities, " << graph->edges().size() << " edges)\n";
  }
  return kExitOk;
}

void AddDb(CLI::App* cmd, std::string& db) {
  cmd->add_option("--db", db, "Database directory (default: $CORPGRAPH_DB or ./corpgraph.db)");
}

CLI::App* AddQuery(CLI::App& app, Context& context, Kind kind, const std::string& name,
                   const std::string& help) {
  auto args = std::make_shared<QueryArgs>();
  if (kind == Kind::kOwners || kind == Kind::kSubsidiaries) args->depth = kMaxQueryDepth;
  CLI::App* cmd = app.add_subcommand(name, help);
  cmd->add_option("NAME", args->name, "Entity name, alias or id (case-insensitive)")->required();
  if (kind == Kind::kPath) {
    cmd->add_option("TARGET", args->target, "The other entity")->required();
  }
  AddDb(cmd, args->db);
  if (kind != Kind::kPath && kind != Kind::kNeighbors) {
    cmd->add_option("--depth", args->depth,
                    kind == Kind::kDeps || kind == Kind::kExposure
                        ? "Hops, 1..10 (default 3)"
                        : "Longest ownership chain followed, 1..10 (default 10)");
    cmd->add_option("--min-percent", args->min_percent,
                    "Do not follow owns (and invests_in) edges whose stated percent is lower");
  }
  if (kind != Kind::kOwners && kind != Kind::kSubsidiaries) {
    cmd->add_option("--rel", args->rel,
                    "Only these relations, comma-separated (e.g. supplies,owns)");
  }
  if (kind == Kind::kOwners || kind == Kind::kSubsidiaries) {
    cmd->add_flag("--ultimate", args->ultimate,
                  kind == Kind::kOwners ? "Only owners that nobody owns"
                                        : "Only subsidiaries that own nothing");
  }
  if (kind == Kind::kPath) {
    cmd->add_option("--max", args->max_chains, "At most this many shortest chains (default 3)")
        ->check(CLI::Range(1, 1000));
  }
  if (kind == Kind::kNeighbors) {
    cmd->add_option("--dir", args->dir, "in, out or both (default both)")
        ->check(CLI::IsMember({"in", "out", "both"}));
  }
  cmd->add_flag("--json", args->json, "Print the documented JSON shape");
  std::vector<std::string> formats = {"table", "json"};
  if (kind == Kind::kDeps || kind == Kind::kExposure || kind == Kind::kPath ||
      kind == Kind::kOwners || kind == Kind::kSubsidiaries) {
    formats.insert(formats.end(), {"dot", "svg", "png"});
  }
  cmd->add_option("--format", args->format,
                  "table (default), json" +
                      std::string(formats.size() > 2 ? ", or dot/svg/png: the answer drawn" : ""))
      ->check(CLI::IsMember(formats));
  cmd->add_option("-o,--output", args->output, "Write to this file instead of standard output");
  cmd->callback([args, kind, &context] { context.exit_code = RunQuery(kind, *args); });
  return cmd;
}

}  // namespace

void RegisterQueryCommands(CLI::App& app, Context& context) {
  AddQuery(app, context, Kind::kDeps, "deps",
           "What NAME depends on: suppliers, lenders, regulators, partners, and through what "
           "it owns what those depend on");
  AddQuery(app, context, Kind::kExposure, "exposure",
           "Who depends on NAME: customers, borrowers, partners, and their owners");
  AddQuery(app, context, Kind::kOwners, "owners",
           "Direct and indirect owners with effective fractions");
  AddQuery(app, context, Kind::kSubsidiaries, "subsidiaries",
           "Direct and indirect subsidiaries with effective fractions");
  AddQuery(app, context, Kind::kPath, "path",
           "Shortest chains between NAME and TARGET, ignoring edge direction");
  AddQuery(app, context, Kind::kNeighbors, "neighbors", "Edges at NAME");

  auto args = std::make_shared<ExportArgs>();
  CLI::App* exp =
      app.add_subcommand("export", "Write the graph or an ego network as a diagram or data");
  AddDb(exp, args->db);
  exp->add_option("--format", args->format, "dot, svg, png, csv, jsonl or graphml")
      ->required()
      ->check(CLI::IsMember({"dot", "svg", "png", "csv", "jsonl", "graphml"}));
  exp->add_option("--around", args->around, "Only the ego network around this entity");
  exp->add_option("--depth", args->depth, "Ego network radius in hops, 1..10 (default 2)");
  exp->add_option("--rel", args->rel, "Only these relations, comma-separated");
  exp->add_option("-o,--output", args->output,
                  "Output file (a directory for csv); standard output when omitted");
  exp->callback([args, &context] { context.exit_code = RunExport(*args); });
}

}  // namespace corpgraph::cli
