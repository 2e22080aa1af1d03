// What every command shares: the exit status contract, error printing, file reading.
//
// Exit statuses: 0 success; 1 the command failed (bad input, unknown entity, storage error);
// 2 the command line itself is wrong (unknown flag, missing argument).
#pragma once

#include <cstdint>
#include <cstddef>
#include <map>
#include <string>

#include "graph/status.h"

namespace corpgraph::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// State shared by the commands of one invocation; a command's callback stores its result.
struct Context {
  int exit_code = kExitOk;
};

// Prints "corpgraph: <message>" as one line on stderr and returns the exit status for it.
int ReportError(const Status& status);

// Largest input file read: the extractor's document limit (ExtractOptions::max_bytes), checked
// before reading so that a huge file is refused without being loaded.
inline constexpr std::uint64_t kMaxInputBytes = 64ull << 20;

// The whole file. NotFound when missing, InvalidArgument for a directory, ResourceExhausted
// past `max_bytes` (checked before reading), IoError when unreadable.
StatusOr<std::string> ReadWholeFile(const std::string& path, std::uint64_t max_bytes = kMaxInputBytes);

// The default database directory: $CORPGRAPH_DB when set, else "./corpgraph.db".
std::string DefaultDatabasePath();

// "owns 38, supplies 2" from a name -> count map; "none" when it is empty.
std::string Counts(const std::map<std::string, std::size_t>& counts);

}  // namespace corpgraph::cli
