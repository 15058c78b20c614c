// Test support: run a shell command and capture what it printed and how it exited, and
// find the shared material and the built kg binary.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <sys/wait.h>

namespace kg::test {

struct CommandResult {
  int exit_code = -1;   // the command's exit status, or -1 when it did not exit normally
  std::string output;   // stdout (and stderr when the command redirects it with 2>&1)
};

// Runs `command` with /bin/sh and returns its exit status and standard output.
inline CommandResult run_command(const std::string& command) {
  CommandResult result;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return result;
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.output.append(buffer, n);
  const int status = ::pclose(pipe);
  if (status != -1 && WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  return result;
}

// Single-quotes `s` for /bin/sh.
inline std::string shell_quote(const std::string& s) {
  std::string quoted = "'";
  for (char c : s) quoted += (c == '\'') ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

inline std::filesystem::path shared_dir() { return KG_SHARED_DIR; }
inline bool have_shared() { return std::filesystem::exists(shared_dir() / "corpus"); }
inline std::filesystem::path kg_binary() { return std::filesystem::path(KG_BINARY_DIR) / "cli" / "kg"; }
inline bool have_tool(const std::string& name) {
  return run_command("command -v " + name + " >/dev/null 2>&1").exit_code == 0;
}

// A fresh empty folder under the system temp dir, removed when the object dies.
class TempDir {
 public:
  explicit TempDir(const std::string& prefix) {
    std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
    if (::mkdtemp(pattern.data())) path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace kg::test
