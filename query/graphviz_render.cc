// RenderDot: SVG or PNG through Graphviz's `dot` executable.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "query/diagram.h"

extern char** environ;

namespace corpgraph {
namespace {

// Full path of `dot` on PATH, or "" when there is none.
std::string FindDot() {
  const char* path = std::getenv("PATH");
  if (path == nullptr) return "";
  std::stringstream dirs(path);
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    if (dir.empty()) continue;
    std::string candidate = dir + "/dot";
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return "";
}

}  // namespace

bool GraphvizAvailable() { return !FindDot().empty(); }

Status RenderDot(std::string_view dot_text, std::string_view format,
                 const std::string& output_path) {
  if (format != "svg" && format != "png") {
    return Status::InvalidArgument("Graphviz output format must be svg or png, not '" +
                                   std::string(format) + "'");
  }
  std::string dot = FindDot();
  if (dot.empty()) {
    return Status::FailedPrecondition(
        "Graphviz 'dot' is not installed (not on PATH): run scripts/install-deps.sh or "
        "apt-get install graphviz, or use --format dot");
  }
  // The DOT text and dot's error output go through temporary files: no pipe, so no SIGPIPE
  // when dot stops reading early, and its error can be reported in one line.
  std::filesystem::path tmp = std::filesystem::temp_directory_path();
  std::string stem = "corpgraph-" + std::to_string(::getpid()) + "-" +
                     std::to_string(reinterpret_cast<std::uintptr_t>(&dot_text));
  std::string in_path = (tmp / (stem + ".dot")).string();
  std::string err_path = (tmp / (stem + ".err")).string();
  {
    std::ofstream in(in_path, std::ios::binary);
    in.write(dot_text.data(), static_cast<std::streamsize>(dot_text.size()));
    if (!in) return Status::IoError("cannot write a temporary file in " + tmp.string());
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  std::string type_flag = "-T" + std::string(format);
  std::vector<char*> argv = {const_cast<char*>(dot.c_str()),
                             const_cast<char*>(type_flag.c_str()),
                             const_cast<char*>("-o"),
                             const_cast<char*>(output_path.c_str()),
                             const_cast<char*>(in_path.c_str()),
                             nullptr};
  pid_t pid = 0;
  int rc = posix_spawn(&pid, dot.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    std::filesystem::remove(in_path);
    std::filesystem::remove(err_path);
    return Status::IoError("cannot run " + dot + ": " + std::strerror(rc));
  }
  int wstatus = 0;
  while (::waitpid(pid, &wstatus, 0) < 0 && errno == EINTR) {
  }
  std::string err;
  {
    std::ifstream in(err_path);
    std::getline(in, err);
  }
  std::error_code ignored;
  std::filesystem::remove(err_path, ignored);
  std::filesystem::remove(in_path, ignored);
  if (!WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0) {
    return Status::IoError("Graphviz dot failed writing " + output_path +
                           (err.empty() ? std::string() : ": " + err));
  }
  return Status::Ok();
}

}  // namespace corpgraph
