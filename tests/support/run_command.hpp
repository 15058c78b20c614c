// Test support: run a shell command and capture what it printed and how it exited; read
// and write files; find the shared material and the built kg binary.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace kg::test {

struct CommandResult {
  int exit_code = -1;   // the command's exit status, or -1 when it did not exit normally
  std::string output;   // standard output
  std::string error;    // standard error (empty when the command sends it to stdout with 2>&1)
};

// Single-quotes `s` for /bin/sh.
inline std::string shell_quote(const std::string& s) {
  std::string quoted = "'";
  for (char c : s) quoted += (c == '\'') ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

// The whole content of a file; throws when it cannot be read, so a test fails loudly.
inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline void write_file(const std::filesystem::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

// Runs `command` with /bin/sh; stdout and stderr are captured apart. A redirection inside
// the command (2>&1) still applies, since the capture wraps the command as a group.
inline CommandResult run_command(const std::string& command) {
  CommandResult result;
  char error_file[] = "/tmp/kg-test-stderr-XXXXXX";
  const int fd = ::mkstemp(error_file);
  if (fd < 0) return result;
  ::close(fd);
  FILE* pipe = ::popen(("{ " + command + "\n} 2>" + shell_quote(error_file)).c_str(), "r");
  if (pipe) {
    char buffer[4096];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.output.append(buffer, n);
    const int status = ::pclose(pipe);
    if (status != -1 && WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  }
  result.error = read_file(error_file);
  std::filesystem::remove(error_file);
  return result;
}

// KG_SHARED_DIR when it exists, else an empty path.
inline std::filesystem::path shared_dir() {
  const std::filesystem::path dir(KG_SHARED_DIR);
  return std::filesystem::is_directory(dir) ? dir : std::filesystem::path();
}
inline bool have_shared() { return !shared_dir().empty() && std::filesystem::exists(shared_dir() / "corpus"); }
inline std::filesystem::path kg_binary() { return std::filesystem::path(KG_BINARY_DIR) / "cli" / "kg"; }
// True when `program` is on the PATH (or an executable path).
inline bool have_tool(const std::string& program) {
  return run_command("command -v " + shell_quote(program) + " >/dev/null 2>&1").exit_code == 0;
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
