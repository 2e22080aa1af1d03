// In-process cost of API requests, without sockets: opens a database, builds the Api (with its
// adjacency snapshot, answer cache off) and times Api::Handle over a list of request paths.
//
//   api_bench --db DIR --paths paths.txt [--rounds N]
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "server/api.h"

int main(int argc, char** argv) {
  std::string db, paths_file;
  int rounds = 3;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--db") db = argv[i + 1];
    else if (flag == "--paths") paths_file = argv[i + 1];
    else if (flag == "--rounds") rounds = std::max(1, std::atoi(argv[i + 1]));
  }
  if (db.empty() || paths_file.empty()) {
    std::cerr << "usage: api_bench --db DIR --paths FILE [--rounds N]\n";
    return 2;
  }
  corpgraph::StoreOptions store_options;
  store_options.read_only = true;
  auto store = corpgraph::GraphStore::Open(db, store_options);
  if (!store.ok()) {
    std::cerr << "api_bench: " << store.status().ToString() << "\n";
    return 1;
  }
  auto build_start = std::chrono::steady_clock::now();
  corpgraph::server::ApiOptions api_options;
  api_options.answer_cache_bytes = 0;  // measure computing answers, not replaying them
  corpgraph::server::Api api(**store, api_options);
  double build_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - build_start).count();
  std::vector<std::string> paths;
  std::ifstream in(paths_file);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) paths.push_back(line);
  }
  std::vector<double> micros;
  size_t bytes = 0, errors = 0;
  for (int r = 0; r < rounds; ++r) {
    for (const std::string& line : paths) {
      corpgraph::server::ApiRequest request;
      request.method = "GET";
      size_t q = line.find('?');
      request.path = line.substr(0, q);
      if (q != std::string::npos) {
        auto params = corpgraph::server::ParseQueryString(line.substr(q + 1));
        if (params.ok()) request.params = *params;
      }
      auto start = std::chrono::steady_clock::now();
      corpgraph::server::ApiResponse response = api.Handle(request);
      micros.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
      bytes += response.body.size();
      if (response.status != 200) ++errors;
    }
  }
  std::sort(micros.begin(), micros.end());
  auto pct = [&](double p) { return micros[std::min(micros.size() - 1, static_cast<size_t>(std::ceil(p * micros.size())) - 1)]; };
  double total = 0;
  for (double m : micros) total += m;
  std::printf("{\"requests\":%zu,\"errors\":%zu,\"snapshot_build_s\":%.2f,\"p50_us\":%.1f,\"p99_us\":%.1f,\"mean_us\":%.1f,\"mean_bytes\":%zu}\n",
              micros.size(), errors, build_s, pct(0.5), pct(0.99), total / micros.size(), bytes / micros.size());
  return errors == 0 ? 0 : 1;
}
