// The store's commands (`ingest` is in ingest_command.cc): entities, show, documents, stats, remove, import.
// Each parses its flags, calls one store function and prints; errors go through ReportError.
// Reading commands open the database read-only, so they work while another process writes.
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "store/graph_store.h"

namespace corpgraph::cli {
namespace {

using Json = nlohmann::ordered_json;
StatusOr<std::unique_ptr<GraphStore>> OpenStore(const std::string& db, bool write) {
  StoreOptions options;
  options.read_only = !write;
  options.create_if_missing = write;
  return GraphStore::Open(db, options);
}

std::string Percent(double p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g%%", p);
  return buf;
}

std::string FormatTime(std::int64_t unix_seconds) {
  std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// ---- entities ---------------------------------------------------------------------------

struct EntitiesArgs {
  std::string db = DefaultDatabasePath();
  std::string kind;
  bool json = false;
};

Json EntityJson(const Entity& e) {
  Json j{{"id", e.id}, {"name", e.name}, {"kind", EntityKindName(e.kind)}, {"aliases", e.aliases}};
  if (!e.country.empty()) j["country"] = e.country;
  if (!e.properties.empty()) j["properties"] = e.properties;
  return j;
}

int RunEntities(const EntitiesArgs& args) {
  std::optional<EntityKind> kind;
  if (!args.kind.empty()) {
    kind = ParseEntityKind(args.kind);
    if (!kind) {
      return ReportError(Status::InvalidArgument("unknown kind '" + args.kind +
                                                 "' (company, group, person, government)"));
    }
  }
  StatusOr<std::unique_ptr<GraphStore>> store = OpenStore(args.db, false);
  if (!store.ok()) return ReportError(store.status());
  bool first = true;
  if (args.json) std::cout << "[";
  Status s = (*store)->ForEachEntity([&](const Entity& e) {
    if (kind && e.kind != *kind) return true;
    if (args.json) {
      std::cout << (first ? "\n  " : ",\n  ") << EntityJson(e).dump();
    } else {
      std::cout << e.id << "\t" << EntityKindName(e.kind) << "\t" << e.name;
      if (!e.aliases.empty()) {
        std::cout << "\t(";
        for (std::size_t i = 0; i < e.aliases.size(); ++i) std::cout << (i ? "; " : "") << e.aliases[i];
        std::cout << ")";
      }
      std::cout << "\n";
    }
    first = false;
    return static_cast<bool>(std::cout);
  });
  if (args.json) std::cout << (first ? "]\n" : "\n]\n");
  if (!s.ok()) return ReportError(s);
  return kExitOk;
}

// ---- show -------------------------------------------------------------------------------

struct ShowArgs {
  std::string name;
  std::string db = DefaultDatabasePath();
  bool json = false;
};

std::string NameOf(const GraphStore& store, EntityId id) {
  StatusOr<Entity> e = store.GetEntity(id);
  return e.ok() ? e->name : "#" + std::to_string(id);
}

Json EvidenceJson(const Evidence& ev) {
  Json j{{"document", ev.document}, {"begin", ev.begin}, {"end", ev.end}, {"sentence", ev.sentence}};
  if (!ev.section.empty()) j["section"] = ev.section;
  if (!ev.rule.empty()) j["rule"] = ev.rule;
  j["confidence"] = ev.confidence;
  return j;
}

int RunShow(const ShowArgs& args) {
  StatusOr<std::unique_ptr<GraphStore>> opened = OpenStore(args.db, false);
  if (!opened.ok()) return ReportError(opened.status());
  const GraphStore& store = **opened;
  StatusOr<EntityId> id = store.FindEntity(args.name);
  if (!id.ok()) return ReportError(id.status());
  StatusOr<Entity> entity = store.GetEntity(*id);
  if (!entity.ok()) return ReportError(entity.status());
  std::vector<Edge> out, in;
  Status error;
  Status s = store.ForEachEdge(*id, Direction::kBoth, RelationSet::All(), [&](const EdgeRef& ref) {
    StatusOr<Edge> edge = store.GetEdge(ref.src, ref.rel, ref.dst);
    if (!edge.ok()) {
      error = edge.status();
      return false;
    }
    (ref.src == *id ? out : in).push_back(std::move(*edge));
    return true;
  });
  if (!s.ok()) return ReportError(s);
  if (!error.ok()) return ReportError(error);

  if (args.json) {
    Json j = EntityJson(*entity);
    auto edges_json = [&](const std::vector<Edge>& edges, bool outgoing) {
      Json list = Json::array();
      for (const Edge& e : edges) {
        EntityId other = outgoing ? e.dst : e.src;
        Json ej{{"rel", store.RelationLabel(e.rel)}, {outgoing ? "dst" : "src", NameOf(store, other)},
                {outgoing ? "dst_id" : "src_id", other}};
        if (e.attrs.percent) ej["percent"] = *e.attrs.percent;
        if (!e.attrs.what.empty()) ej["what"] = e.attrs.what;
        if (!e.attrs.date.empty()) ej["date"] = e.attrs.date;
        Json evs = Json::array();
        for (const Evidence& ev : e.evidence) evs.push_back(EvidenceJson(ev));
        ej["evidence"] = evs;
        list.push_back(ej);
      }
      return list;
    };
    j["out"] = edges_json(out, true);
    j["in"] = edges_json(in, false);
    std::cout << j.dump(2) << "\n";
    return kExitOk;
  }

  const Entity& e = *entity;
  std::cout << e.name << "  (" << EntityKindName(e.kind) << ", id " << e.id << ")\n";
  if (!e.aliases.empty()) {
    std::cout << "  aliases: ";
    for (std::size_t i = 0; i < e.aliases.size(); ++i) std::cout << (i ? "; " : "") << e.aliases[i];
    std::cout << "\n";
  }
  if (!e.country.empty()) std::cout << "  country: " << e.country << "\n";
  for (const auto& [k, v] : e.properties) std::cout << "  " << k << ": " << v << "\n";
  auto print_edges = [&](const std::vector<Edge>& edges, bool outgoing) {
    std::cout << (outgoing ? "  out (" : "  in (") << edges.size() << "):\n";
    for (const Edge& edge : edges) {
      std::cout << "    " << store.RelationLabel(edge.rel);
      if (edge.attrs.percent) std::cout << " " << Percent(*edge.attrs.percent);
      EntityId other = outgoing ? edge.dst : edge.src;
      std::cout << (outgoing ? " -> " : " <- ") << NameOf(store, other) << " [" << other << "]\n";
      for (const Evidence& ev : edge.evidence) {
        if (ev.sentence.empty()) {
          std::cout << "        (" << (ev.rule.empty() ? "no sentence" : ev.rule) << ", document "
                    << ev.document << ")\n";
        } else {
          std::cout << "        \"" << ev.sentence << "\" (document " << ev.document << ", bytes "
                    << ev.begin << "-" << ev.end << ")\n";
        }
      }
    }
  };
  print_edges(out, true);
  print_edges(in, false);
  return kExitOk;
}

// ---- documents, stats, remove -----------------------------------------------------------

struct DbArgs {
  std::string db = DefaultDatabasePath();
  bool json = false;
  bool verify = false;
  std::string doc;
};

int RunDocuments(const DbArgs& args) {
  StatusOr<std::unique_ptr<GraphStore>> store = OpenStore(args.db, false);
  if (!store.ok()) return ReportError(store.status());
  StatusOr<std::vector<Document>> docs = (*store)->ListDocuments();
  if (!docs.ok()) return ReportError(docs.status());
  if (args.json) {
    Json list = Json::array();
    for (const Document& d : *docs) {
      list.push_back({{"id", d.id}, {"name", d.name}, {"sha256", d.sha256}, {"filer", d.filer},
                      {"form", d.form}, {"period", d.period}, {"format", d.format},
                      {"size", d.size}, {"ingested_at", FormatTime(d.ingested_at)}});
    }
    std::cout << list.dump(2) << "\n";
    return kExitOk;
  }
  if (docs->empty()) std::cout << "no documents\n";
  for (const Document& d : *docs) {
    std::cout << d.id << "  " << d.name << "  " << (d.form.empty() ? "-" : d.form) << "  "
              << (d.period.empty() ? "-" : d.period) << "  " << (d.filer.empty() ? "-" : d.filer)
              << "  " << d.format << "  " << d.size << " bytes  " << FormatTime(d.ingested_at) << "\n";
  }
  return kExitOk;
}

int RunStats(const DbArgs& args) {
  StatusOr<std::unique_ptr<GraphStore>> store = OpenStore(args.db, false);
  if (!store.ok()) return ReportError(store.status());
  StatusOr<StoreStats> stats = args.verify ? (*store)->ScanStats() : (*store)->Stats();
  if (!stats.ok()) return ReportError(stats.status());
  if (args.verify) {
    StatusOr<StoreStats> kept = (*store)->Stats();
    if (!kept.ok()) return ReportError(kept.status());
    if (kept->entities != stats->entities || kept->edges != stats->edges ||
        kept->documents != stats->documents || kept->evidence != stats->evidence ||
        kept->entities_by_kind != stats->entities_by_kind ||
        kept->edges_by_relation != stats->edges_by_relation) {
      return ReportError(Status::Corruption("stored counts differ from a full scan of " + args.db));
    }
  }
  const StoreStats& s = *stats;
  if (args.json) {
    Json j{{"documents", s.documents},
           {"entities", s.entities},
           {"edges", s.edges},
           {"evidence", s.evidence},
           {"entities_by_kind", s.entities_by_kind},
           {"edges_by_relation", s.edges_by_relation},
           {"bytes_on_disk", s.bytes_on_disk}};
    std::cout << j.dump(2) << "\n";
    return kExitOk;
  }
  std::cout << "documents: " << s.documents << "\n"
            << "entities:  " << s.entities << " (" << Counts(s.entities_by_kind) << ")\n"
            << "edges:     " << s.edges << " (" << Counts(s.edges_by_relation) << ")\n"
            << "evidence:  " << s.evidence << "\n"
            << "on disk:   " << s.bytes_on_disk << " bytes\n";
  if (args.verify) std::cout << "verified: counts agree with a full scan\n";
  return kExitOk;
}

int RunRemove(const DbArgs& args) {
  StatusOr<std::unique_ptr<GraphStore>> store = OpenStore(args.db, true);
  if (!store.ok()) return ReportError(store.status());
  StatusOr<Document> doc = (*store)->FindDocument(args.doc);
  if (!doc.ok()) return ReportError(doc.status());
  Status s = (*store)->RemoveDocument(doc->id);
  if (!s.ok()) return ReportError(s);
  std::cout << "removed document " << doc->id << " (" << doc->name << ")\n";
  return kExitOk;
}

// ---- import -----------------------------------------------------------------------------

struct ImportArgs {
  std::string db = DefaultDatabasePath();
  std::string nodes;
  std::string edges;
  std::string on_error = "fail";
};

int RunImport(const ImportArgs& args) {
  ImportOptions options;
  options.nodes_path = args.nodes;
  options.edges_path = args.edges;
  options.on_error = args.on_error == "skip" ? OnBadRow::kSkip : OnBadRow::kFail;
  options.progress = [](std::string_view line) { std::cerr << "corpgraph: " << line << "\n"; };
  StatusOr<std::unique_ptr<GraphStore>> store = OpenStore(args.db, true);
  if (!store.ok()) return ReportError(store.status());
  StatusOr<ImportResult> r = (*store)->ImportCsv(options);
  if (!r.ok()) return ReportError(r.status());
  for (const std::string& e : r->errors) std::cerr << "corpgraph: skipped " << e << "\n";
  if (r->bad_rows > r->errors.size()) {
    std::cerr << "corpgraph: ... and " << r->bad_rows - r->errors.size() << " more bad rows\n";
  }
  if (r->already_present) {
    std::cout << "these files were already imported as document " << r->document_id << "; nothing changed\n";
    return kExitOk;
  }
  char buf[200];
  if (r->merged) {
    std::snprintf(buf, sizeof buf, "merged %zu new node%s and %zu new edge%s into the stored graph in %.3f s",
                  r->nodes, r->nodes == 1 ? "" : "s", r->edges, r->edges == 1 ? "" : "s", r->seconds);
  } else {
    std::snprintf(buf, sizeof buf, "imported %zu nodes and %zu edges in %.3f s (%.0f edges/s)", r->nodes,
                  r->edges, r->seconds, r->seconds > 0 ? r->edges / r->seconds : 0.0);
  }
  std::cout << buf << " as document " << r->document_id << "\n";
  if (r->bad_rows) std::cout << "skipped " << r->bad_rows << " bad rows\n";
  if (r->duplicate_edges) std::cout << "merged " << r->duplicate_edges << " duplicate edge rows\n";
  if (!r->custom_relations.empty()) {
    std::cout << "custom relation types:";
    for (const std::string& t : r->custom_relations) std::cout << " " << t;
    std::cout << "\n";
  }
  return kExitOk;
}

void AddDb(CLI::App* cmd, std::string& db) {
  cmd->add_option("--db", db, "Database directory (default: $CORPGRAPH_DB or ./corpgraph.db)");
}

}  // namespace

void RegisterStoreCommands(CLI::App& app, Context& context) {
  auto entities_args = std::make_shared<EntitiesArgs>();
  CLI::App* entities = app.add_subcommand("entities", "List stored entities");
  AddDb(entities, entities_args->db);
  entities->add_option("--kind", entities_args->kind, "Only this kind: company, group, person, government");
  entities->add_flag("--json", entities_args->json, "Print a JSON array");
  entities->callback([entities_args, &context] { context.exit_code = RunEntities(*entities_args); });

  auto show_args = std::make_shared<ShowArgs>();
  CLI::App* show = app.add_subcommand("show", "Show one entity: kind, aliases, edges with evidence");
  show->add_option("NAME", show_args->name, "Name, alias or id (case-insensitive)")->required();
  AddDb(show, show_args->db);
  show->add_flag("--json", show_args->json, "Print JSON");
  show->callback([show_args, &context] { context.exit_code = RunShow(*show_args); });

  auto docs_args = std::make_shared<DbArgs>();
  CLI::App* docs = app.add_subcommand("documents", "List stored documents");
  AddDb(docs, docs_args->db);
  docs->add_flag("--json", docs_args->json, "Print JSON");
  docs->callback([docs_args, &context] { context.exit_code = RunDocuments(*docs_args); });

  auto stats_args = std::make_shared<DbArgs>();
  CLI::App* stats = app.add_subcommand("stats", "Counts by entity kind and relation, documents, bytes on disk");
  AddDb(stats, stats_args->db);
  stats->add_flag("--json", stats_args->json, "Print JSON");
  stats->add_flag("--verify", stats_args->verify, "Recount by a full scan and check the stored counts");
  stats->callback([stats_args, &context] { context.exit_code = RunStats(*stats_args); });

  auto remove_args = std::make_shared<DbArgs>();
  CLI::App* remove = app.add_subcommand(
      "remove", "Remove a document and whatever only it supported (one atomic write)");
  remove->add_option("DOC", remove_args->doc, "Document id or file name")->required();
  AddDb(remove, remove_args->db);
  remove->callback([remove_args, &context] { context.exit_code = RunRemove(*remove_args); });

  auto import_args = std::make_shared<ImportArgs>();
  CLI::App* import = app.add_subcommand(
      "import", "Load a graph from Neo4j admin-import CSV files (bulk into an empty database, merged otherwise)");
  import->add_option("--nodes", import_args->nodes, "Nodes CSV (id:ID,name,kind,:LABEL,...)")->required();
  import->add_option("--edges", import_args->edges, "Edges CSV (:START_ID,:END_ID,:TYPE,...)")->required();
  AddDb(import, import_args->db);
  import->add_option("--on-error", import_args->on_error, "Bad rows: fail (default, nothing written) or skip")
      ->check(CLI::IsMember({"skip", "fail"}));
  import->callback([import_args, &context] { context.exit_code = RunImport(*import_args); });
}

}  // namespace corpgraph::cli
