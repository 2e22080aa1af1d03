// An exclusive advisory lock (flock) on a file, held for the object's lifetime: the guard
// that keeps a second corpgraph writer off a database.
//
//   StatusOr<std::unique_ptr<FileLock>> lock = FileLock::Acquire(dir + "/corpgraph.lock");
//
// flock locks belong to an open file description, so a second Acquire of the same path fails
// in the same process as well as in another one. Not thread-safe; not copyable.
#pragma once

#include <memory>
#include <string>

#include "graph/status.h"

namespace corpgraph::store {

class FileLock {
 public:
  // Creates the file if needed and locks it without waiting. Unavailable when another holder
  // has it; IoError when the file cannot be created or locked for another reason.
  static StatusOr<std::unique_ptr<FileLock>> Acquire(const std::string& path);
  ~FileLock();
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

 private:
  explicit FileLock(int fd) : fd_(fd) {}
  int fd_;
};

}  // namespace corpgraph::store
