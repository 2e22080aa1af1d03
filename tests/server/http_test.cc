#include "server/http_server.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <thread>

#include "test_graph.h"

namespace corpgraph::server {
namespace {

using nlohmann::json;
using corpgraph::testing::OpenStoreWithHarbor;
using corpgraph::testing::TempDir;

constexpr char kToken[] = "0123456789abcdef-test-token";

// The small Harbor graph served on a free loopback port; writes take kToken.
class HttpServerTest : public ::testing::Test {
 protected:
  void Start(HttpOptions options) {
    store_ = OpenStoreWithHarbor(dir_.path("db"));
    ASSERT_NE(store_, nullptr);
    ApiOptions api_options;
    api_options.token = kToken;
    api_ = std::make_unique<Api>(*store_, api_options);
    options.port = 0;
    StatusOr<std::unique_ptr<HttpServer>> server = HttpServer::Start(*api_, options);
    ASSERT_TRUE(server.ok()) << server.status().ToString();
    server_ = std::move(*server);
  }
  void TearDown() override {
    if (server_) server_->Stop();
  }

  TempDir dir_;
  std::unique_ptr<GraphStore> store_;
  std::unique_ptr<Api> api_;
  std::unique_ptr<HttpServer> server_;
};

TEST_F(HttpServerTest, ServesJsonAndErrorsOverRealSockets) {
  HttpOptions options;
  options.max_body_bytes = 1024;
  ASSERT_NO_FATAL_FAILURE(Start(options));
  httplib::Client client("127.0.0.1", server_->port());

  auto health = client.Get("/v1/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(json::parse(health->body)["status"], "ok");

  auto first = client.Get("/v1/entities/harbor/dependencies?depth=2");
  auto again = client.Get("/v1/entities/harbor/dependencies?depth=2");
  ASSERT_TRUE(first && again);
  EXPECT_EQ(first->get_header_value("X-Cache"), "miss");
  EXPECT_EQ(again->get_header_value("X-Cache"), "hit");
  EXPECT_EQ(again->body, first->body);

  auto deep = client.Get("/v1/entities/harbor/dependencies?depth=1000");
  ASSERT_TRUE(deep);
  EXPECT_EQ(deep->status, 400);
  EXPECT_NE(json::parse(deep->body)["error"]["message"].get<std::string>().find("depth"), std::string::npos);

  auto huge = client.Post("/v1/documents", httplib::Headers{{"Authorization", std::string("Bearer ") + kToken}},
                          std::string(4096, 'x'), "text/plain");
  ASSERT_TRUE(huge);
  EXPECT_EQ(huge->status, 413);
  EXPECT_EQ(json::parse(huge->body)["error"]["code"], "too_large");
}

TEST_F(HttpServerTest, ReadersRunDuringIngestAndNeverFail) {
  HttpOptions options;
  options.threads = 4;
  ASSERT_NO_FATAL_FAILURE(Start(options));
  int port = server_->port();

  std::atomic<bool> writing{true};
  std::atomic<int> failures{0};
  std::atomic<int> reads{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 3; ++t) {
    readers.emplace_back([&] {
      httplib::Client client("127.0.0.1", port);
      for (int k = 0; writing; ++k) {  // the neighbours answer changes with every write
        auto r = client.Get(k % 2 ? "/v1/entities/harbor/dependencies?depth=3"
                                  : "/v1/entities/harbor/neighbors?rel=competes");
        if (!r || r->status != 200) ++failures;
        ++reads;
      }
    });
  }
  httplib::Client writer("127.0.0.1", port);
  httplib::Headers auth{{"Authorization", std::string("Bearer ") + kToken}};
  for (int i = 0; i < 10; ++i) {
    std::string body = "Vendor" + std::to_string(i) + " Logistics Inc. (\"V" + std::to_string(i) +
                       "\") competes with Harbor Holdings Inc. and Rival Systems Inc.\n";
    auto r = writer.Post(("/v1/documents?name=v" + std::to_string(i) + ".txt").c_str(), auth, body, "text/plain");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 201) << r->body;
  }
  writing = false;
  for (std::thread& t : readers) t.join();
  EXPECT_EQ(failures, 0);
  EXPECT_GT(reads, 0);
  // No answer cached before a write outlives it: every vendor is a neighbour now.
  auto neighbors = writer.Get("/v1/entities/harbor/neighbors?rel=competes");
  ASSERT_TRUE(neighbors);
  std::string body = neighbors->body;
  for (int i = 0; i < 10; ++i) {
    EXPECT_NE(body.find("Vendor" + std::to_string(i) + " Logistics"), std::string::npos) << i << body;
  }
}

// Runs `corpgraph serve` as a child, then stops it with SIGTERM: it must exit 0 and leave a
// database that opens again.
TEST(ServeCommandTest, StopsCleanlyOnSigterm) {
  TempDir dir;
  std::string db = dir.path("db");
  { ASSERT_NE(OpenStoreWithHarbor(db), nullptr); }
  int err_pipe[2];
  ASSERT_EQ(pipe(err_pipe), 0);
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    dup2(err_pipe[1], STDERR_FILENO);
    close(err_pipe[0]);
    execl(CORPGRAPH_BINARY, "corpgraph", "serve", "--db", db.c_str(), "--port", "0", nullptr);
    _exit(127);
  }
  close(err_pipe[1]);
  std::string log;
  const std::string listening = "http://127.0.0.1:";
  char buf[512];
  // The start-up line names the bound port: "... on http://127.0.0.1:PORT/ ...".
  while (log.find(listening) == std::string::npos || log.find('/', log.find(listening) + listening.size()) == std::string::npos) {
    ssize_t n = read(err_pipe[0], buf, sizeof buf);
    ASSERT_GT(n, 0) << "server exited before listening: " << log;
    log.append(buf, static_cast<size_t>(n));
  }
  int port = std::stoi(log.substr(log.find(listening) + listening.size()));
  httplib::Client client("127.0.0.1", port);
  auto stats = client.Get("/v1/stats");
  ASSERT_TRUE(stats);
  EXPECT_EQ(stats->status, 200);

  ASSERT_EQ(kill(child, SIGTERM), 0);
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  EXPECT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  while (true) {
    ssize_t n = read(err_pipe[0], buf, sizeof buf);
    if (n <= 0) break;
    log.append(buf, static_cast<size_t>(n));
  }
  close(err_pipe[0]);
  EXPECT_NE(log.find("GET /v1/stats 200"), std::string::npos) << log;
  EXPECT_EQ(log.find("Authorization"), std::string::npos);
  StatusOr<std::unique_ptr<GraphStore>> reopened = GraphStore::Open(db, StoreOptions{});
  EXPECT_TRUE(reopened.ok()) << reopened.status().ToString();
}

}  // namespace
}  // namespace corpgraph::server
