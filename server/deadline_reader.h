// A GraphReader that stops traversals past a deadline: the per-request time limit of the API.
// Every ForEachEdge call first checks the clock and, once the deadline has passed, fails with
// ResourceExhausted instead of visiting; the query functions pass that error up, so a request
// that would run away answers with a clear error. Other calls are forwarded unchanged.
// Thread-safety: as the wrapped reader; one DeadlineReader serves one request.
#pragma once

#include <chrono>
#include <string>

#include "graph/forwarding_reader.h"

namespace corpgraph::server {

class DeadlineReader : public ForwardingReader {
 public:
  // `source` must outlive this reader.
  DeadlineReader(const GraphReader& source, std::chrono::milliseconds limit)
      : ForwardingReader(source), limit_(limit), deadline_(std::chrono::steady_clock::now() + limit) {}

  Status ForEachEdge(EntityId node, Direction dir, const RelationSet& rels,
                     const EdgeVisitor& visit) const override {
    if (std::chrono::steady_clock::now() > deadline_) {
      return Status::ResourceExhausted("the query ran past the time limit of " +
                                       std::to_string(limit_.count()) +
                                       " ms; narrow it with depth or rel");
    }
    return source().ForEachEdge(node, dir, rels, visit);
  }

 private:
  std::chrono::milliseconds limit_;
  std::chrono::steady_clock::time_point deadline_;
};

}  // namespace corpgraph::server
