// Errors as values, shared by every corpgraph module.
//
//   corpgraph::StatusOr<Entity> e = reader.GetEntity(id);
//   if (!e.ok()) return e.status();          // propagate
//   Use(*e);
//
// A Status is either OK (cheap: no allocation) or a code plus a one-line message meant for a
// person. Modules translate foreign errors (RocksDB, RE2, I/O) into these codes at their
// boundary; only the CLI maps codes to exit statuses and only the server maps them to HTTP.
#pragma once

#include <cassert>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace corpgraph {

// Canonical error codes. Pick the most specific one:
enum class StatusCode {
  kOk = 0,
  kInvalidArgument,     // the caller's input is malformed (bad flag, unparsable file, bad query)
  kNotFound,            // a named thing (entity, document, file) does not exist
  kAlreadyExists,       // creating something that is there already
  kFailedPrecondition,  // the system is not in a state to do this (wrong schema version, locked)
  kResourceExhausted,   // a limit was hit (input too large, too many results, query too deep)
  kCorruption,          // stored data cannot be decoded
  kIoError,             // the operating system or storage engine failed
  kUnavailable,         // transient: try again later (busy, overloaded)
  kInternal,            // a bug: an invariant of corpgraph itself does not hold
};

std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message);

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) { return {StatusCode::kInvalidArgument, std::move(msg)}; }
  static Status NotFound(std::string msg) { return {StatusCode::kNotFound, std::move(msg)}; }
  static Status AlreadyExists(std::string msg) { return {StatusCode::kAlreadyExists, std::move(msg)}; }
  static Status FailedPrecondition(std::string msg) { return {StatusCode::kFailedPrecondition, std::move(msg)}; }
  static Status ResourceExhausted(std::string msg) { return {StatusCode::kResourceExhausted, std::move(msg)}; }
  static Status Corruption(std::string msg) { return {StatusCode::kCorruption, std::move(msg)}; }
  static Status IoError(std::string msg) { return {StatusCode::kIoError, std::move(msg)}; }
  static Status Unavailable(std::string msg) { return {StatusCode::kUnavailable, std::move(msg)}; }
  static Status Internal(std::string msg) { return {StatusCode::kInternal, std::move(msg)}; }

  bool ok() const { return rep_ == nullptr; }
  StatusCode code() const { return rep_ ? rep_->code : StatusCode::kOk; }
  // Empty for OK.
  const std::string& message() const;
  bool IsNotFound() const { return code() == StatusCode::kNotFound; }
  bool IsInvalidArgument() const { return code() == StatusCode::kInvalidArgument; }

  // "OK" or "<code name>: <message>".
  std::string ToString() const;

  Status(const Status& other);
  Status& operator=(const Status& other);
  Status(Status&&) noexcept = default;
  Status& operator=(Status&&) noexcept = default;

 private:
  struct Rep {
    StatusCode code;
    std::string message;
  };
  std::unique_ptr<Rep> rep_;  // null means OK
};

// Either a value or a non-OK Status. Accessing the value of a non-OK StatusOr is a bug
// (asserted in debug builds).
template <typename T>
class [[nodiscard]] StatusOr {
 public:
  StatusOr(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  StatusOr(Status status) : status_(std::move(status)) {  // NOLINT: implicit by design
    assert(!status_.ok() && "StatusOr built from an OK status has no value");
    if (status_.ok()) status_ = Status::Internal("StatusOr constructed from OK status");
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }

  T& value() & { assert(ok()); return *value_; }
  const T& value() const& { assert(ok()); return *value_; }
  T&& value() && { assert(ok()); return std::move(*value_); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace corpgraph

// Returns from the current function when `expr` (a Status) is not OK.
#define CORPGRAPH_RETURN_IF_ERROR(expr)              \
  do {                                              \
    ::corpgraph::Status corpgraph_status_ = (expr); \
    if (!corpgraph_status_.ok()) return corpgraph_status_; \
  } while (false)
