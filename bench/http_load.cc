// HTTP load generator for `corpgraph serve`: N client threads, each with one keep-alive
// connection, issue GET requests for a list of paths for a fixed time, then print requests/s
// and latency percentiles as one JSON line.
//
//   http_load --port 8080 --threads 2 --seconds 10 --paths paths.txt
//
// paths.txt holds one request path per line ("/v1/entities/42/dependencies?depth=3").
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

namespace {

struct Flags {
  std::string host = "127.0.0.1";
  int port = 8080;
  int threads = 2;
  double seconds = 10;
  std::string paths_file;
};

bool ParseFlags(int argc, char** argv, Flags* flags) {
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string name = argv[i];
    std::string value = argv[i + 1];
    if (name == "--host") flags->host = value;
    else if (name == "--port") flags->port = std::atoi(value.c_str());
    else if (name == "--threads") flags->threads = std::max(1, std::atoi(value.c_str()));
    else if (name == "--seconds") flags->seconds = std::atof(value.c_str());
    else if (name == "--paths") flags->paths_file = value;
    else return false;
  }
  return !flags->paths_file.empty() && argc % 2 == 1;
}

double Percentile(std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  size_t rank = static_cast<size_t>(std::ceil(p * static_cast<double>(sorted.size())));
  return sorted[std::min(sorted.size(), std::max<size_t>(rank, 1)) - 1];
}

}  // namespace

int main(int argc, char** argv) {
  Flags flags;
  if (!ParseFlags(argc, argv, &flags)) {
    std::cerr << "usage: http_load [--host H] [--port P] [--threads N] [--seconds S] --paths FILE\n";
    return 2;
  }
  std::vector<std::string> paths;
  std::ifstream in(flags.paths_file);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) paths.push_back(line);
  }
  if (paths.empty()) {
    std::cerr << "http_load: no paths in " << flags.paths_file << "\n";
    return 1;
  }
  std::atomic<bool> running{true};
  std::vector<std::vector<double>> latencies(static_cast<size_t>(flags.threads));
  std::vector<size_t> errors(static_cast<size_t>(flags.threads), 0);
  std::vector<std::thread> workers;
  auto start = std::chrono::steady_clock::now();
  for (int t = 0; t < flags.threads; ++t) {
    workers.emplace_back([&, t] {
      httplib::Client client(flags.host, flags.port);
      client.set_keep_alive(true);
      client.set_tcp_nodelay(true);
      size_t i = static_cast<size_t>(t);
      while (running.load(std::memory_order_relaxed)) {
        const std::string& path = paths[i++ % paths.size()];
        auto begin = std::chrono::steady_clock::now();
        auto response = client.Get(path.c_str());
        auto end = std::chrono::steady_clock::now();
        if (!response || response->status != 200) ++errors[static_cast<size_t>(t)];
        latencies[static_cast<size_t>(t)].push_back(std::chrono::duration<double, std::micro>(end - begin).count());
      }
    });
  }
  std::this_thread::sleep_for(std::chrono::duration<double>(flags.seconds));
  running = false;
  for (std::thread& w : workers) w.join();
  double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::vector<double> all;
  size_t error_count = 0;
  for (size_t t = 0; t < latencies.size(); ++t) {
    all.insert(all.end(), latencies[t].begin(), latencies[t].end());
    error_count += errors[t];
  }
  std::sort(all.begin(), all.end());
  std::printf(
      "{\"requests\":%zu,\"errors\":%zu,\"seconds\":%.2f,\"requests_per_s\":%.0f,\"p50_us\":%.0f,"
      "\"p99_us\":%.0f,\"threads\":%d}\n",
      all.size(), error_count, elapsed, static_cast<double>(all.size()) / elapsed,
      Percentile(all, 0.50), Percentile(all, 0.99), flags.threads);
  return error_count == 0 ? 0 : 1;
}
