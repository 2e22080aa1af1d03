#include "server/http_server.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <condition_variable>
#include <limits>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <vector>

#include "server/handlers.h"

namespace corpgraph::server {

namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

constexpr std::size_t kHeaderLimitBytes = 16 * 1024;
// After an answer that ends the connection while the client may still be sending (a refused
// upload), the rest of its request is read and dropped this long, so that closing with unread
// bytes does not reset the connection before the client has read the answer.
constexpr auto kLingerTime = std::chrono::seconds(2);

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

class Session;

}  // namespace

// Everything the sessions share. Member order is destruction order reversed: the io_context
// (whose pending handlers own sessions) goes before the session registry and the log.
struct HttpServer::Impl {
  Impl(Api& api_ref, const HttpOptions& opts)
      : api(api_ref),
        options(opts),
        log(opts.log),
        workers(static_cast<std::size_t>(std::max(1, opts.threads))),
        acceptor(io),
        retry_timer(io) {}

  Api& api;
  HttpOptions options;
  RequestLog log;
  std::mutex sessions_mutex;
  std::unordered_map<const Session*, std::weak_ptr<Session>> sessions;  // guarded by sessions_mutex
  std::atomic<int> in_flight{0};
  std::atomic<int> connections{0};
  std::atomic<bool> stopping{false};
  net::io_context io;
  net::thread_pool workers;  // runs Api::Handle
  tcp::acceptor acceptor;
  net::steady_timer retry_timer;  // pauses accepting after an accept error (e.g. EMFILE)
  std::vector<std::thread> io_threads;
  std::mutex wait_mutex;

  void Accept();
  void RefuseOverCapacity(tcp::socket socket);
};

namespace {

// One connection: reads a request head, judges it, reads the body, hands the request to the
// workers, writes the answer, and waits for the next request. All socket operations and
// state changes run on the connection's strand; while the Api works the request, no socket
// operation is pending and only the worker touches request_.
class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, HttpServer::Impl& server)
      : stream_(std::move(socket)), server_(server) {
    ++server_.connections;
  }
  ~Session() {
    --server_.connections;
    std::lock_guard lock(server_.sessions_mutex);
    server_.sessions.erase(this);
  }

  void Run() {
    net::dispatch(stream_.get_executor(),
                  beast::bind_front_handler(&Session::ReadHead, shared_from_this()));
  }

  net::any_io_executor executor() { return stream_.get_executor(); }

  // Called on the strand when the server stops: a connection waiting for a request is closed;
  // one whose request is being handled closes after its answer.
  void OnStop() {
    if (!busy_) Close();
  }

 private:
  void ReadHead() {
    busy_ = false;
    if (server_.stopping) return Close();
    parser_.emplace();
    parser_->header_limit(kHeaderLimitBytes);
    // The body is judged after the head, once the request is admitted. (Not boost::none:
    // Boost 1.74 compares a Content-Length against an empty limit as exceeding it.)
    parser_->body_limit(std::numeric_limits<std::uint64_t>::max());
    stream_.expires_after(std::chrono::seconds(server_.options.header_timeout_seconds));
    http::async_read_header(stream_, buffer_, *parser_,
                            beast::bind_front_handler(&Session::OnHead, shared_from_this()));
  }

  void OnHead(beast::error_code ec, std::size_t) {
    busy_ = true;
    start_ = std::chrono::steady_clock::now();
    request_ = ApiRequest{};
    head_request_ = false;
    if (ec) {
      if (ec == http::error::header_limit) {
        return Reply(ErrorResponse(431, "header_too_large",
                                   "request head larger than " + std::to_string(kHeaderLimitBytes) +
                                       " bytes"),
                     /*close=*/true);
      }
      if (&ec.category() == &http::make_error_code(http::error::bad_method).category() &&
          ec != http::error::end_of_stream && ec != http::error::partial_message) {
        return Reply(ErrorResponse(400, "bad_request", "malformed HTTP request: " + ec.message()),
                     true);
      }
      return Close();  // end of stream, timeout, reset, or the server stopping
    }
    const auto& head = parser_->get();
    keep_alive_ = head.keep_alive();
    version_ = head.version();
    request_.method = std::string(head.method_string());
    head_request_ = head.method() == http::verb::head;
    std::string_view target(head.target().data(), head.target().size());
    size_t question = target.find('?');
    StatusOr<std::string> path = DecodePath(target.substr(0, question));
    if (!path.ok())
      return Reply(ErrorResponse(400, "bad_request", path.status().message()), !parser_->is_done());
    request_.path = std::move(*path);
    if (question != std::string_view::npos) {
      StatusOr<Params> params = ParseQueryString(target.substr(question + 1));
      if (!params.ok())
        return Reply(ErrorResponse(400, "bad_request", params.status().message()),
                     !parser_->is_done());
      request_.params = std::move(*params);
    }
    request_.content_type = std::string(head[http::field::content_type]);
    request_.authorization = std::string(head[http::field::authorization]);

    if (std::optional<ApiResponse> refused = server_.api.Admit(request_)) {
      return Reply(std::move(*refused), /*close=*/!parser_->is_done());
    }
    const std::size_t limit = server_.options.max_body_bytes;
    boost::optional<std::uint64_t> declared = parser_->content_length();
    if (declared && *declared > limit) return Reply(TooLarge(), /*close=*/true);
    if (parser_->is_done()) return Dispatch();
    if (beast::iequals(head[http::field::expect], "100-continue")) {
      continue_.emplace(http::status::continue_, version_);
      stream_.expires_after(std::chrono::seconds(server_.options.write_timeout_seconds));
      return http::async_write(
          stream_, *continue_,
          beast::bind_front_handler(&Session::OnContinueSent, shared_from_this()));
    }
    ReadBody();
  }

  void OnContinueSent(beast::error_code ec, std::size_t) {
    if (ec) return Close();
    ReadBody();
  }

  void ReadBody() {
    parser_->body_limit(server_.options.max_body_bytes);
    stream_.expires_after(std::chrono::seconds(server_.options.body_timeout_seconds));
    http::async_read(stream_, buffer_, *parser_,
                     beast::bind_front_handler(&Session::OnBody, shared_from_this()));
  }

  void OnBody(beast::error_code ec, std::size_t) {
    if (ec == http::error::body_limit) return Reply(TooLarge(), /*close=*/true);
    if (ec) return Close();
    request_.body = std::move(parser_->get().body());
    Dispatch();
  }

  ApiResponse TooLarge() const {
    return ErrorResponse(413, "too_large",
                         "request body larger than the server's limit of " +
                             std::to_string(server_.options.max_body_bytes) + " bytes");
  }

  void Dispatch() {
    if (++server_.in_flight > server_.options.max_in_flight) {
      --server_.in_flight;
      ApiResponse busy =
          ErrorResponse(503, "overloaded", "too many requests in flight; retry shortly");
      retry_after_ = true;
      return Reply(std::move(busy), false);
    }
    net::post(server_.workers, [self = shared_from_this(),
                                work = net::make_work_guard(stream_.get_executor())] {
      ApiResponse answer = self->server_.api.Handle(self->request_);
      --self->server_.in_flight;
      net::post(self->stream_.get_executor(), [self, answer = std::move(answer)]() mutable {
        self->Reply(std::move(answer), false);
      });
    });
  }

  // Sends `answer`; the connection is closed after it when `close`, when the client asked so,
  // or when the server is stopping.
  void Reply(ApiResponse answer, bool close) {
    close_ = close || !keep_alive_ || server_.stopping;
    response_ = {};
    response_.version(version_);
    response_.result(static_cast<unsigned>(answer.status));
    response_.set(http::field::content_type, answer.content_type);
    if (retry_after_) response_.set(http::field::retry_after, "1");
    retry_after_ = false;
    if (answer.status == 200 && request_.method != "POST" && request_.method != "DELETE") {
      response_.set("X-Cache", answer.from_cache ? "hit" : "miss");
    }
    response_.body() = std::move(answer.body);
    response_.keep_alive(!close_);
    response_.prepare_payload();
    if (head_request_) response_.body().clear();  // Content-Length stays that of the GET answer
    if (server_.log.enabled()) {
      auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
                        std::chrono::steady_clock::now() - start_)
                        .count();
      server_.log.Add((request_.method.empty() ? "-" : request_.method) + " " +
                      (request_.path.empty() ? "-" : request_.path) + " " +
                      std::to_string(answer.status) + " " + std::to_string(micros) + "us\n");
    }
    stream_.expires_after(std::chrono::seconds(server_.options.write_timeout_seconds));
    http::async_write(stream_, response_,
                      beast::bind_front_handler(&Session::OnWritten, shared_from_this()));
  }

  void OnWritten(beast::error_code ec, std::size_t) {
    if (ec) return Close();
    if (close_) return Linger();
    ReadHead();
  }

  void Linger() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.expires_after(kLingerTime);
    Drain();
  }

  void Drain() {
    stream_.async_read_some(net::buffer(drain_),
                            [self = shared_from_this()](beast::error_code ec, std::size_t) {
                              if (ec) return self->Close();
                              self->Drain();
                            });
  }

  void Close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
    stream_.close();
  }

  beast::tcp_stream stream_;
  HttpServer::Impl& server_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  std::optional<http::response<http::empty_body>> continue_;
  http::response<http::string_body> response_;
  ApiRequest request_;
  std::chrono::steady_clock::time_point start_;
  unsigned version_ = 11;
  bool keep_alive_ = true;
  bool close_ = false;
  bool busy_ = false;  // a request is being read, handled or answered
  bool head_request_ = false;
  bool retry_after_ = false;
  std::array<char, 4096> drain_{};
};

}  // namespace

void HttpServer::Impl::Accept() {
  acceptor.async_accept(net::make_strand(io), [this](beast::error_code ec, tcp::socket socket) {
    if (!acceptor.is_open() || stopping) return;
    if (ec) {  // e.g. out of file descriptors: pause instead of spinning
      retry_timer.expires_after(std::chrono::milliseconds(20));
      retry_timer.async_wait([this](beast::error_code) {
        if (!stopping) Accept();
      });
      return;
    }
    if (connections >= options.max_connections) {
      RefuseOverCapacity(std::move(socket));
    } else {
      beast::error_code ignored;
      socket.set_option(tcp::no_delay(true),
                        ignored);  // small answers must not wait for delayed ACKs
      auto session = std::make_shared<Session>(std::move(socket), *this);
      {
        std::lock_guard lock(sessions_mutex);
        sessions.emplace(session.get(), session);
      }
      session->Run();
    }
    Accept();
  });
}

// Answers 503 without waiting: the socket's send buffer is empty, so one non-blocking write
// of the short answer goes through; if it does not, the client just sees the close.
void HttpServer::Impl::RefuseOverCapacity(tcp::socket socket) {
  static const std::string kAnswer = [] {
    std::string body =
        R"({"error":{"code":"overloaded","message":"too many open connections; retry shortly"}})";
    return "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: "
           "1\r\n"
           "Connection: close\r\nContent-Length: " +
           std::to_string(body.size()) + "\r\n\r\n" + body;
  }();
  beast::error_code ignored;
  socket.non_blocking(true, ignored);
  socket.write_some(net::buffer(kAnswer), ignored);
  socket.shutdown(tcp::socket::shutdown_both, ignored);
  socket.close(ignored);
  if (log.enabled()) log.Add("- - 503 0us (connection limit)\n");
}

bool IsLoopbackAddress(const std::string& address) {
  return address == "localhost" || address == "::1" || address.rfind("127.", 0) == 0;
}

StatusOr<std::unique_ptr<HttpServer>> HttpServer::Start(Api& api, const HttpOptions& options) {
  std::unique_ptr<HttpServer> server(new HttpServer());
  server->impl_ = std::make_unique<Impl>(api, options);
  Impl& impl = *server->impl_;

  beast::error_code ec;
  net::ip::address address =
      net::ip::make_address(options.bind == "localhost" ? "127.0.0.1" : options.bind, ec);
  if (ec) return Status::InvalidArgument("cannot bind to " + options.bind + ": not an IP address");
  tcp::endpoint endpoint(address, static_cast<unsigned short>(options.port));
  const std::string where = options.bind + ":" + std::to_string(options.port);
  impl.acceptor.open(endpoint.protocol(), ec);
  if (!ec) impl.acceptor.set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) impl.acceptor.bind(endpoint, ec);
  if (!ec) impl.acceptor.listen(net::socket_base::max_listen_connections, ec);
  if (ec) return Status::IoError("cannot listen on " + where + " (" + ec.message() + ")");
  server->port_ = impl.acceptor.local_endpoint().port();

  impl.Accept();
  for (int i = 0; i < std::max(1, options.io_threads); ++i) {
    impl.io_threads.emplace_back([&impl] {
      while (true) {
        try {
          impl.io.run();
          return;
        } catch (const std::exception&) {
          // A handler threw (a bug); the connection it served is dropped, the server goes on.
        }
      }
    });
  }
  return server;
}

void HttpServer::Stop() {
  if (!impl_ || impl_->stopping.exchange(true)) return;
  Impl& impl = *impl_;
  net::post(impl.io, [&impl] {
    beast::error_code ignored;
    impl.acceptor.close(ignored);
    impl.retry_timer.cancel();
  });
  std::vector<std::shared_ptr<Session>> open;
  {
    std::lock_guard lock(impl.sessions_mutex);
    for (auto& [key, weak] : impl.sessions) {
      if (std::shared_ptr<Session> session = weak.lock()) open.push_back(std::move(session));
    }
  }
  for (std::shared_ptr<Session>& session : open) {
    net::post(session->executor(), [session] { session->OnStop(); });  // on its strand
  }
}

void HttpServer::Wait() {
  if (!impl_) return;
  std::lock_guard lock(impl_->wait_mutex);
  for (std::thread& thread : impl_->io_threads) {
    if (thread.joinable()) thread.join();
  }
  impl_->workers.join();
}

HttpServer::~HttpServer() {
  Stop();
  Wait();
}

}  // namespace corpgraph::server
