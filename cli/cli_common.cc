#include "cli/cli_common.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace corpgraph::cli {

int ReportError(const Status& status) {
  std::string line = status.message();
  for (char& c : line) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  std::cerr << "corpgraph: " << line << "\n";
  return kExitFailure;
}

StatusOr<std::string> ReadWholeFile(const std::string& path, std::uint64_t max_bytes) {
  std::error_code ec;
  std::filesystem::file_status st = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(st)) return Status::NotFound("no such file: " + path);
  if (std::filesystem::is_directory(st)) return Status::InvalidArgument(path + " is a directory, not a file");
  std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (!ec && size > max_bytes) {
    return Status::ResourceExhausted(path + " is " + std::to_string(size) +
                                     " bytes, larger than the limit of " + std::to_string(max_bytes) +
                                     " bytes; nothing was read");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot read " + path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::IoError("error while reading " + path);
  std::string data = std::move(buffer).str();
  if (data.size() > max_bytes) return Status::ResourceExhausted(path + " exceeds the size limit");
  return data;
}

std::string DefaultDatabasePath() {
  const char* env = std::getenv("CORPGRAPH_DB");
  return env && *env ? env : "corpgraph.db";
}

std::string Counts(const std::map<std::string, std::size_t>& counts) {
  std::string out;
  for (const auto& [name, n] : counts) {
    if (!out.empty()) out += ", ";
    out += name + " " + std::to_string(n);
  }
  return out.empty() ? "none" : out;
}

}  // namespace corpgraph::cli
