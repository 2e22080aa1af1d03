#include "server/http_server.h"

#include <httplib.h>

#include <chrono>
#include <mutex>

namespace corpgraph::server {

struct HttpServer::Impl {
  httplib::Server http;
  std::thread thread;
  std::atomic<int> in_flight{0};
  std::mutex log_mutex;
};

bool IsLoopbackAddress(const std::string& address) {
  return address == "localhost" || address == "::1" || address.rfind("127.", 0) == 0;
}

StatusOr<std::unique_ptr<HttpServer>> HttpServer::Start(Api& api, const HttpOptions& options) {
  std::unique_ptr<HttpServer> server(new HttpServer());
  server->impl_ = std::make_unique<Impl>();
  Impl& impl = *server->impl_;
  httplib::Server& http = impl.http;
  int threads = std::max(1, options.threads);
  http.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  http.set_payload_max_length(options.max_body_bytes);
  http.set_read_timeout(options.read_timeout_seconds, 0);
  http.set_keep_alive_max_count(1000);
  http.set_tcp_nodelay(true);  // small JSON answers must not wait for delayed ACKs

  auto handle = [&api, &impl, options](const httplib::Request& req, httplib::Response& res) {
    auto start = std::chrono::steady_clock::now();
    int now_in_flight = ++impl.in_flight;
    ApiResponse answer;
    if (now_in_flight > options.max_in_flight) {
      answer.status = 503;
      answer.body = R"({"error":{"code":"overloaded","message":"too many requests in flight; retry shortly"}})";
      res.set_header("Retry-After", "1");
    } else {
      ApiRequest request;
      request.method = req.method;
      request.path = req.path;
      for (const auto& [k, v] : req.params) request.params.emplace(k, v);
      request.body = req.body;
      request.content_type = req.get_header_value("Content-Type");
      request.authorization = req.get_header_value("Authorization");
      answer = api.Handle(request);
    }
    --impl.in_flight;
    res.status = answer.status;
    res.set_content(answer.body, answer.content_type.c_str());
    if (options.log != nullptr) {
      auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
                        std::chrono::steady_clock::now() - start).count();
      std::lock_guard lock(impl.log_mutex);
      *options.log << req.method << " " << req.path << " " << answer.status << " " << micros << "us\n";
      options.log->flush();
    }
  };
  const std::string any = R"(/.*)";
  http.Get(any, handle);
  http.Post(any, handle);
  http.Put(any, handle);
  http.Patch(any, handle);
  http.Delete(any, handle);
  http.Options(any, handle);
  // Answers httplib produces itself (413, 400 for malformed requests) get a JSON body too.
  http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string code = res.status == 413 ? "too_large" : "http_" + std::to_string(res.status);
    std::string message = res.status == 413 ? "request body larger than the server's limit"
                                            : "the request could not be handled";
    res.set_content(R"({"error":{"code":")" + code + R"(","message":")" + message + R"("}})",
                    "application/json");
  });
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    res.status = 500;
    res.set_content(R"({"error":{"code":"internal","message":"internal error"}})", "application/json");
  });

  int port = options.port;
  if (port == 0) {
    port = http.bind_to_any_port(options.bind);
    if (port < 0) return Status::IoError("cannot bind to " + options.bind);
  } else if (!http.bind_to_port(options.bind, port)) {
    return Status::IoError("cannot listen on " + options.bind + ":" + std::to_string(port) +
                           " (address in use or not available)");
  }
  server->port_ = port;
  impl.thread = std::thread([&impl] { impl.http.listen_after_bind(); });
  return server;
}

void HttpServer::Stop() {
  if (impl_) impl_->http.stop();
}

void HttpServer::Wait() {
  if (impl_ && impl_->thread.joinable()) impl_->thread.join();
}

HttpServer::~HttpServer() {
  Stop();
  Wait();
}

}  // namespace corpgraph::server
