#include "bench/corpgraph_bench_workloads.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "query/query.h"

namespace corpgraph::bench {
namespace {

using Clock = std::chrono::steady_clock;

struct Answer {
  long long count = 0;
  std::string digest;
};

// Splits a CSV line without quotes (the generator never writes any).
std::vector<std::string> SplitCsv(const std::string& line) {
  std::vector<std::string> out;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, ',')) out.push_back(field);
  if (!line.empty() && line.back() == ',') out.emplace_back();
  return out;
}

StatusOr<Answer> RunOne(const GraphReader& reader, const std::string& type, const BenchQuery& q) {
  Answer a;
  if (type == "Q1") {
    NeighborOptions options;
    options.explain = false;
    StatusOr<QueryResult> r = Neighbors(reader, q.x, options);
    if (!r.ok()) return r.status();
    unsigned long long sum = 0;
    for (const ResultRow& row : r->results) sum += row.entity.id;
    a.count = static_cast<long long>(r->results.size());
    a.digest = std::to_string(sum);
  } else if (type == "Q2" || type == "Q3") {
    TraversalOptions options;
    options.depth = 3;
    options.explain = false;
    if (type == "Q2") {
      options.relations = RelationSet{Relation::kSupplies};
    } else {
      options.relations = RelationSet{Relation::kSupplies, Relation::kOwns};
    }
    StatusOr<QueryResult> r =
        type == "Q2" ? Dependencies(reader, q.x, options) : Exposure(reader, q.x, options);
    if (!r.ok()) return r.status();
    unsigned long long sum = 0;
    for (const ResultRow& row : r->results) sum += row.entity.id;
    a.count = static_cast<long long>(r->results.size());
    a.digest = std::to_string(sum);
  } else if (type == "Q4") {
    OwnershipOptions options;
    options.ultimate = true;
    options.explain = false;
    StatusOr<QueryResult> r = Owners(reader, q.x, options);
    if (!r.ok()) return r.status();
    double sum = 0;
    for (const ResultRow& row : r->results) sum += row.weight.value_or(0);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6f", sum);
    a.count = static_cast<long long>(r->results.size());
    a.digest = buf;
  } else {
    PathOptions options;
    options.explain = false;
    options.max_hops = 30;
    StatusOr<QueryResult> r = ShortestPaths(reader, q.x, q.y, options);
    if (!r.ok()) return r.status();
    a.count = r->results.empty() ? -1 : r->results[0].hops;
    a.digest = std::to_string(a.count);
  }
  return a;
}

double NearestRank(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  long idx = static_cast<long>(std::ceil(p * static_cast<double>(sorted.size()))) - 1;
  idx = std::clamp<long>(idx, 0, static_cast<long>(sorted.size()) - 1);
  return sorted[idx];
}

}  // namespace

Status LoadQueries(const std::string& path, std::vector<BenchQuery>* queries) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot read " + path);
  std::string line;
  std::getline(in, line);
  int line_no = 1;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty()) continue;
    std::vector<std::string> f = SplitCsv(line);
    if (f.size() != 3) {
      return Status::InvalidArgument(path + ":" + std::to_string(line_no) + ": expected qid,x,y");
    }
    queries->push_back({std::stoi(f[0]), std::stoull(f[1]), std::stoull(f[2])});
  }
  return Status::Ok();
}

Status RunWorkloads(const GraphReader& reader, const std::vector<BenchQuery>& queries,
                    const WorkloadOptions& options, std::ostream& answers, std::ostream& report) {
  for (const std::string type : {"Q1", "Q2", "Q3", "Q4", "Q5"}) {
    if (!options.only.empty() && options.only != type) continue;
    std::vector<double> latencies;
    latencies.reserve(queries.size());
    std::vector<std::pair<int, Answer>> done;
    Clock::time_point first = Clock::now();
    for (const BenchQuery& q : queries) {
      if (std::chrono::duration<double>(Clock::now() - first).count() > options.budget_seconds) {
        break;
      }
      Clock::time_point start = Clock::now();
      StatusOr<Answer> a = RunOne(reader, type, q);
      Clock::time_point end = Clock::now();
      if (!a.ok()) return a.status();
      latencies.push_back(std::chrono::duration<double, std::micro>(end - start).count());
      done.emplace_back(q.qid, std::move(*a));
    }
    for (const auto& [qid, a] : done) {
      answers << type << '\t' << qid << '\t' << a.count << '\t' << a.digest << '\n';
    }
    double total = 0;
    for (double l : latencies) total += l;
    std::vector<double> sorted = latencies;
    std::sort(sorted.begin(), sorted.end());
    char line[256];
    std::snprintf(line, sizeof line,
                  "{\"query\":\"%s\",\"n\":%zu,\"p50_us\":%.1f,\"p99_us\":%.1f,"
                  "\"mean_us\":%.1f,\"total_s\":%.3f}",
                  type.c_str(), latencies.size(), NearestRank(sorted, 0.5),
                  NearestRank(sorted, 0.99), latencies.empty() ? 0 : total / latencies.size(),
                  total / 1e6);
    report << line << std::endl;
  }
  if (!answers) return Status::IoError("could not write the answers file");
  return Status::Ok();
}

Status LoadGeneratedCsv(const std::string& dir, Graph* graph) {
  std::ifstream nodes(dir + "/nodes.csv");
  if (!nodes) return Status::NotFound("cannot read " + dir + "/nodes.csv");
  std::string line;
  std::getline(nodes, line);
  while (std::getline(nodes, line)) {
    std::vector<std::string> f = SplitCsv(line);
    if (f.size() < 3) return Status::InvalidArgument("bad nodes.csv row: " + line);
    Entity e{.id = std::stoull(f[0]), .name = f[1]};
    e.kind = ParseEntityKind(f[2]).value_or(EntityKind::kCompany);
    graph->AddEntity(std::move(e));
  }
  std::ifstream edges(dir + "/edges.csv");
  if (!edges) return Status::NotFound("cannot read " + dir + "/edges.csv");
  std::getline(edges, line);
  while (std::getline(edges, line)) {
    std::vector<std::string> f = SplitCsv(line);
    if (f.size() < 3) return Status::InvalidArgument("bad edges.csv row: " + line);
    std::optional<Relation> rel = ParseRelation(f[2]);
    if (!rel) return Status::InvalidArgument("unknown edge type " + f[2]);
    Edge e{.src = std::stoull(f[0]), .dst = std::stoull(f[1]), .rel = *rel};
    if (f.size() > 3 && !f[3].empty()) e.attrs.percent = std::stod(f[3]);
    graph->AddEdge(std::move(e));
  }
  return Status::Ok();
}

}  // namespace corpgraph::bench
