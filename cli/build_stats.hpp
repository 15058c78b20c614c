// `kg build --stats`: wall time and bytes of each stage (read, extract, merge, export per
// format) and the peak memory, printed to stderr so users see where the time goes.
#pragma once

#include <chrono>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

namespace kg::cli {

class BuildStats {
 public:
  // Adds `seconds` and `bytes` to `stage`; stages print in the order first added.
  void add(const std::string& stage, double seconds, std::uint64_t bytes);
  // One line per stage (seconds, MB, MB/s), the total, then the peak resident memory.
  void print(std::ostream& out) const;

 private:
  struct Stage {
    std::string name;
    double seconds = 0;
    std::uint64_t bytes = 0;
  };
  std::vector<Stage> stages_;
};

// Measures one stage from construction to stop() (or destruction) into `stats`, if any.
class StageTimer {
 public:
  StageTimer(BuildStats* stats, std::string stage);
  ~StageTimer() { stop(); }
  void set_bytes(std::uint64_t bytes) { bytes_ = bytes; }
  void stop();

 private:
  BuildStats* stats_;
  std::string stage_;
  std::uint64_t bytes_ = 0;
  std::chrono::steady_clock::time_point start_;
};

// Peak resident set size of this process, in bytes.
std::uint64_t peak_memory_bytes();

}  // namespace kg::cli
