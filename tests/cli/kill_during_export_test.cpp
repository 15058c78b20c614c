// No data lost: `kg build` killed with SIGKILL at random moments leaves every output file
// either the complete previous version or the complete new one.
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fcntl.h>

#include <fstream>
#include <map>
#include <set>
#include <random>
#include <sstream>
#include <thread>

#include "run_command.hpp"

using namespace kg::test;
namespace fs = std::filesystem;

namespace {

// Starts `kg build INPUT -o OUT` and returns its pid.
pid_t start_build(const fs::path& input, const fs::path& out) {
  const pid_t pid = ::fork();
  if (pid == 0) {
    const std::string binary = kg_binary().string();
    const int devnull = ::open("/dev/null", O_WRONLY);
    ::dup2(devnull, 1);
    ::dup2(devnull, 2);
    ::execl(binary.c_str(), binary.c_str(), "build", input.c_str(), "-o", out.c_str(), "--no-summary",
            static_cast<char*>(nullptr));
    ::_exit(127);
  }
  return pid;
}

int wait_for(pid_t pid) {
  int status = 0;
  ::waitpid(pid, &status, 0);
  return status;
}

}  // namespace

TEST_CASE("SIGKILL during export never leaves a partial file") {
  TempDir dir("kg-kill");
  // Two inputs whose graphs differ, long enough that exporting takes a while.
  const std::string a = "OpenAI首席执行官山姆·奥特曼表示，Codex将在下月推出。Anthropic的Claude近期也火爆硅谷。\n";
  const std::string b = "Paul Graham co-founded Y Combinator. Sam Altman later led Y Combinator.\n";
  std::ofstream(dir.path() / "a.txt") << [&] { std::string s; for (int i = 0; i < 400; ++i) s += a; return s; }();
  std::ofstream(dir.path() / "b.txt") << [&] { std::string s; for (int i = 0; i < 400; ++i) s += b; return s; }();

  // Reference outputs of each input, and how long a whole run takes.
  std::map<std::string, std::set<std::string>> complete;  // file name -> acceptable contents
  const auto started = std::chrono::steady_clock::now();
  for (const char* name : {"a", "b"}) {
    const fs::path ref = dir.path() / (std::string("ref-") + name);
    REQUIRE(WEXITSTATUS(wait_for(start_build(dir.path() / (std::string(name) + ".txt"), ref))) == 0);
    for (const auto& entry : fs::directory_iterator(ref))
      complete[entry.path().filename().string()].insert(read_file(entry.path()));
  }
  const auto run_time = (std::chrono::steady_clock::now() - started) / 2;
  REQUIRE(complete.size() == 5);

  const fs::path out = dir.path() / "out";
  REQUIRE(WEXITSTATUS(wait_for(start_build(dir.path() / "a.txt", out))) == 0);
  std::mt19937 random(20261130);
  int killed = 0;
  for (int round = 0; round < 12; ++round) {
    const fs::path input = dir.path() / (round % 2 ? "a.txt" : "b.txt");
    const pid_t pid = start_build(input, out);
    std::uniform_int_distribution<long> delay(0, std::chrono::duration_cast<std::chrono::microseconds>(run_time).count());
    std::this_thread::sleep_for(std::chrono::microseconds(delay(random)));
    ::kill(pid, SIGKILL);
    const int status = wait_for(pid);
    killed += WIFSIGNALED(status) ? 1 : 0;
    for (const auto& [file, contents] : complete) {
      REQUIRE_MESSAGE(fs::exists(out / file), file);
      CHECK_MESSAGE(contents.count(read_file(out / file)) == 1, file << " is partial after round " << round);
    }
  }
  MESSAGE(killed << " of 12 runs were killed before they finished");
  CHECK(killed > 0);
}
