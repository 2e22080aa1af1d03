#include "server/answer_cache.h"

namespace corpgraph::server {
namespace {

// Bytes an entry costs: its body, its key twice (list and index) and bookkeeping.
std::size_t Cost(const std::string& key, const CachedAnswer& answer) {
  return answer.body->size() + 2 * key.size() + answer.content_type.size() + 128;
}

void AppendSized(std::string& key, const std::string& part) {
  key += std::to_string(part.size());
  key += ':';
  key += part;
}

}  // namespace

std::string AnswerCache::Key(const std::string& path, const Params& params) {
  std::string key;
  AppendSized(key, path);
  for (const auto& [name, value] : params) {
    AppendSized(key, name);
    AppendSized(key, value);
  }
  return key;
}

std::optional<CachedAnswer> AnswerCache::Find(const std::string& key) {
  if (!enabled()) return std::nullopt;
  std::lock_guard lock(mutex_);
  auto it = index_.find(key);
  if (it == index_.end()) return std::nullopt;
  recency_.splice(recency_.begin(), recency_, it->second);
  return it->second->second;
}

void AnswerCache::Store(const std::string& key, CachedAnswer answer) {
  if (!enabled() || Cost(key, answer) > max_bytes_ / 4) return;
  std::lock_guard lock(mutex_);
  if (index_.count(key) != 0) return;  // another thread answered the same request first
  bytes_ += Cost(key, answer);
  recency_.emplace_front(key, std::move(answer));
  index_.emplace(key, recency_.begin());
  while (bytes_ > max_bytes_) {
    Entry& oldest = recency_.back();
    bytes_ -= Cost(oldest.first, oldest.second);
    index_.erase(oldest.first);
    recency_.pop_back();
  }
}

void AnswerCache::Clear() {
  std::lock_guard lock(mutex_);
  index_.clear();
  recency_.clear();
  bytes_ = 0;
}

std::size_t AnswerCache::bytes() const {
  std::lock_guard lock(mutex_);
  return bytes_;
}

}  // namespace corpgraph::server
