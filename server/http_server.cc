#include "server/http_server.h"

#include <httplib.h>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace corpgraph::server {

namespace {

// Request log lines, collected by the workers and written out by one thread every 100 ms (and
// at the end): a write and a flush per request would cost a system call on every answer.
class RequestLog {
 public:
  explicit RequestLog(std::ostream* out) : out_(out) {
    if (out_ != nullptr) writer_ = std::thread([this] { WriteLoop(); });
  }
  ~RequestLog() {
    if (out_ == nullptr) return;
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    wake_.notify_one();
    writer_.join();
  }
  bool enabled() const { return out_ != nullptr; }
  void Add(std::string_view line) {
    std::lock_guard lock(mutex_);
    pending_ += line;
  }

 private:
  void WriteLoop() {
    std::string batch;
    std::unique_lock lock(mutex_);
    while (true) {
      wake_.wait_for(lock, std::chrono::milliseconds(100), [this] { return stopping_; });
      batch.swap(pending_);
      bool last = stopping_;
      lock.unlock();
      if (!batch.empty()) {
        out_->write(batch.data(), static_cast<std::streamsize>(batch.size()));
        out_->flush();
        batch.clear();
      }
      if (last) return;
      lock.lock();
    }
  }

  std::ostream* out_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::string pending_;
  bool stopping_ = false;
  std::thread writer_;
};

}  // namespace

struct HttpServer::Impl {
  explicit Impl(std::ostream* log_stream) : log(log_stream) {}
  RequestLog log;  // declared first: destroyed last, after the server's workers are done
  httplib::Server http;
  std::thread thread;
  std::atomic<int> in_flight{0};
};

bool IsLoopbackAddress(const std::string& address) {
  return address == "localhost" || address == "::1" || address.rfind("127.", 0) == 0;
}

StatusOr<std::unique_ptr<HttpServer>> HttpServer::Start(Api& api, const HttpOptions& options) {
  std::unique_ptr<HttpServer> server(new HttpServer());
  server->impl_ = std::make_unique<Impl>(options.log);
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
    res.set_header("Content-Type", answer.content_type);
    if (answer.status == 200 && req.method != "POST" && req.method != "DELETE") {
      res.set_header("X-Cache", answer.from_cache ? "hit" : "miss");
    }
    res.body = std::move(answer.body);
    if (impl.log.enabled()) {
      auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
                        std::chrono::steady_clock::now() - start).count();
      impl.log.Add(req.method + " " + req.path + " " + std::to_string(answer.status) + " " +
                   std::to_string(micros) + "us\n");
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
