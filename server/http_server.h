// The HTTP/1.1 front of the Api, asynchronous on Boost.Beast / Boost.Asio.
//
//   StatusOr<std::unique_ptr<HttpServer>> server = HttpServer::Start(api, {.port = 0});
//   int port = (*server)->port();      // the port actually bound (0 picks a free one)
//   (*server)->Wait();                 // until Stop() (e.g. from a signal watcher)
//
// Reading and writing are asynchronous on `io_threads` event-loop threads, so a connection
// that is idle, slow or sent half a request holds no thread; Api::Handle runs on a pool of
// `threads` workers. Each request's head is judged (route, token, content type) before its
// body is read: a write without the right token is refused with 401/403 whatever its body.
// Limits: `header_timeout_seconds` to receive a request head (also the keep-alive idle time),
// `body_timeout_seconds` for its body, `max_connections` open at once (the next one is
// answered 503 and closed at once), `max_in_flight` requests in the workers (503 past it).
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
  int threads = 4;                 // worker threads running Api::Handle
  int io_threads = 1;              // event-loop threads doing the socket reads and writes
  int max_in_flight = 256;         // requests beyond this get 503 with Retry-After
  int max_connections = 10000;     // open connections beyond this get 503 and are closed
  int header_timeout_seconds = 10;  // to receive a request head; keep-alive idle limit too
  int body_timeout_seconds = 60;    // to receive a request body after its head
  int write_timeout_seconds = 30;   // to send an answer
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

  struct Impl;  // the server's state, defined in http_server.cc only

 private:
  HttpServer() = default;
  std::unique_ptr<Impl> impl_;
  int port_ = 0;
};

// True for addresses that only this machine can reach (127.0.0.0/8, ::1, "localhost").
bool IsLoopbackAddress(const std::string& address);

}  // namespace corpgraph::server
