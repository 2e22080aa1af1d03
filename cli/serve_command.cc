#include <csignal>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "server/api.h"
#include "server/http_server.h"

namespace corpgraph::cli {
namespace {

struct ServeFlags {
  std::string db = DefaultDatabasePath();
  std::string bind = "127.0.0.1";
  int port = 8080;
  std::string token_file;
  int threads = 4;
  std::size_t max_body_mb = 20;
  std::size_t cache_mb = 64;
  int max_connections = 10000;
};

StatusOr<std::string> ReadToken(const std::string& path) {
  StatusOr<std::string> text = ReadWholeFile(path, 4096);
  if (!text.ok()) return text.status();
  std::string token = *text;
  while (!token.empty() && (token.back() == '\n' || token.back() == '\r' || token.back() == ' ')) token.pop_back();
  if (token.size() < 16) return Status::InvalidArgument("the token in " + path + " is shorter than 16 characters");
  return token;
}

int RunServe(const ServeFlags& flags) {
  server::ApiOptions api_options;
  api_options.answer_cache_bytes = flags.cache_mb << 20;
  if (!flags.token_file.empty()) {
    StatusOr<std::string> token = ReadToken(flags.token_file);
    if (!token.ok()) return ReportError(token.status());
    api_options.token = *token;
  }
  if (!server::IsLoopbackAddress(flags.bind)) {
    if (api_options.token.empty()) {
      return ReportError(Status::InvalidArgument(
          "binding to non-loopback address " + flags.bind + " requires --token-file"));
    }
    api_options.token_required_for_reads = true;
  }
  api_options.max_body_bytes = flags.max_body_mb << 20;

  StatusOr<std::unique_ptr<GraphStore>> store = GraphStore::Open(flags.db, StoreOptions{});
  if (!store.ok()) return ReportError(store.status());
  server::Api api(**store, api_options);

  // Block the stop signals in every thread; this thread waits for them below.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  server::HttpOptions http_options;
  http_options.bind = flags.bind;
  http_options.port = flags.port;
  http_options.threads = flags.threads;
  http_options.max_body_bytes = api_options.max_body_bytes;
  http_options.max_connections = flags.max_connections;
  http_options.log = &std::cerr;
  StatusOr<std::unique_ptr<server::HttpServer>> http = server::HttpServer::Start(api, http_options);
  if (!http.ok()) return ReportError(http.status());
  std::cerr << "corpgraph: serving " << flags.db << " on http://" << flags.bind << ":"
            << (*http)->port() << "/ (writes " << (api_options.token.empty() ? "disabled" : "need the bearer token")
            << ")" << std::endl;

  int signal_number = 0;
  sigwait(&stop_signals, &signal_number);
  std::cerr << "corpgraph: " << (signal_number == SIGTERM ? "SIGTERM" : "SIGINT")
            << ": finishing requests in flight, closing the database" << std::endl;
  (*http)->Stop();
  (*http)->Wait();
  http->reset();  // writes out the last request log lines
  store->reset();
  return kExitOk;
}

}  // namespace

void RegisterServeCommand(CLI::App& app, Context& context) {
  auto flags = std::make_shared<ServeFlags>();
  CLI::App* cmd = app.add_subcommand("serve", "Serve the JSON query API and the exploration page over HTTP");
  cmd->add_option("--db", flags->db, "Database directory")->capture_default_str();
  cmd->add_option("--bind", flags->bind, "Address to listen on (non-loopback needs --token-file)")->capture_default_str();
  cmd->add_option("--port", flags->port, "TCP port (0 picks a free one)")->capture_default_str()->check(CLI::Range(0, 65535));
  cmd->add_option("--token-file", flags->token_file, "File holding the bearer token that writes (POST/DELETE) need");
  cmd->add_option("--threads", flags->threads, "Worker threads")->capture_default_str()->check(CLI::Range(1, 256));
  cmd->add_option("--cache-mb", flags->cache_mb, "Memory for answers kept until the next write (0: none)")
      ->capture_default_str()->check(CLI::Range(0, 65536));
  cmd->add_option("--max-connections", flags->max_connections,
                  "Open connections at most; the next gets 503 at once (mind ulimit -n)")
      ->capture_default_str()->check(CLI::Range(1, 1000000));
  cmd->add_option("--max-body-mb", flags->max_body_mb, "Largest accepted POST body in MiB")->capture_default_str()->check(CLI::Range(1, 1024));
  cmd->callback([flags, &context] { context.exit_code = RunServe(*flags); });
}

}  // namespace corpgraph::cli
