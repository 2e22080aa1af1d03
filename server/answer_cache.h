// Answers to read requests, kept until the next write. Between two writes the graph cannot
// change, so a repeated request (a dashboard polling the same entities, a notebook re-running
// a cell) gets the same bytes without another traversal. Bounded by the bytes of the bodies
// it holds; the least recently used answer leaves first.
//
// Thread-safety: all calls may run concurrently. The Api clears the cache while holding its
// write lock and fills it while holding its read lock, so no answer computed before a write
// can be stored after it.
#pragma once

#include <cstddef>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "server/params.h"

namespace corpgraph::server {

struct CachedAnswer {
  std::string content_type;
  std::shared_ptr<const std::string> body;
};

class AnswerCache {
 public:
  // max_bytes == 0 disables the cache (Find never answers, Store keeps nothing).
  explicit AnswerCache(std::size_t max_bytes) : max_bytes_(max_bytes) {}

  // The key of a request: its path and its decoded parameters, unambiguously joined.
  static std::string Key(const std::string& path, const Params& params);

  std::optional<CachedAnswer> Find(const std::string& key);
  // Keeps `answer` unless its body alone is larger than a quarter of the budget.
  void Store(const std::string& key, CachedAnswer answer);
  void Clear();

  bool enabled() const { return max_bytes_ > 0; }
  std::size_t bytes() const;

 private:
  using Entry = std::pair<std::string, CachedAnswer>;
  mutable std::mutex mutex_;
  std::list<Entry> recency_;  // most recently used first
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
  std::size_t bytes_ = 0;
  const std::size_t max_bytes_;
};

}  // namespace corpgraph::server
