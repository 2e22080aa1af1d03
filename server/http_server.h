// The HTTP front of the Api, on cpp-httplib.
//
//   StatusOr<std::unique_ptr<HttpServer>> server = HttpServer::Start(api, {.port = 0});
//   int port = (*server)->port();      // the port actually bound (0 picks a free one)
//   (*server)->Wait();                 // until Stop() (e.g. from a signal watcher)
//
// One log line per request on the log stream: method, path, status, microseconds. The
// Authorization header and the query string are never logged.
#pragma once

#include <atomic>
#include <memory>
#include <ostream>
#include <string>
#include <thread>

#include "server/api.h"

namespace corpgraph::server {

struct HttpOptions {
  std::string bind = "127.0.0.1";  // address to listen on
  int port = 8080;                 // 0 picks a free port
  int threads = 4;                 // worker threads
  int max_in_flight = 256;         // requests beyond this get 503 with Retry-After
  int read_timeout_seconds = 10;   // per-request socket read limit
  std::size_t max_body_bytes = 20u << 20;  // 413 past this
  std::ostream* log = nullptr;     // request log; none when null
};

class HttpServer {
 public:
  // Binds and starts serving on a background thread. IoError when the address cannot be
  // bound. `api` must outlive the server.
  static StatusOr<std::unique_ptr<HttpServer>> Start(Api& api, const HttpOptions& options);
  ~HttpServer();  // stops and joins

  int port() const { return port_; }
  // Stops accepting; requests in flight finish first. Safe to call more than once and from
  // another thread.
  void Stop();
  // Blocks until the server has stopped.
  void Wait();

 private:
  HttpServer() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
  int port_ = 0;
};

// True for addresses that only this machine can reach (127.0.0.0/8, ::1, "localhost").
bool IsLoopbackAddress(const std::string& address);

}  // namespace corpgraph::server
