// Small measuring helpers shared by the benchmark programs: wall time, the median of
// repeated runs, heap in use and peak resident memory.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <functional>
#include <vector>

namespace kg::bench {

inline double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// CPU seconds (user + system) this process has used so far.
double cpu_seconds();

struct Timing {
  double wall = 0;  // seconds
  double cpu = 0;   // seconds of CPU the same run used: unaffected by other loads on the machine
};

// Runs `job` `runs` times and returns the run with the median wall time.
inline Timing median_run(int runs, const std::function<void()>& job) {
  std::vector<Timing> times;
  for (int i = 0; i < std::max(runs, 1); ++i) {
    const auto start = std::chrono::steady_clock::now();
    const double cpu_start = cpu_seconds();
    job();
    times.push_back({seconds_since(start), cpu_seconds() - cpu_start});
  }
  std::sort(times.begin(), times.end(), [](const Timing& a, const Timing& b) { return a.wall < b.wall; });
  return times[times.size() / 2];
}

// Bytes the allocator has handed out and not taken back (glibc mallinfo2).
std::size_t heap_in_use();
// Peak resident set size of this process so far, in bytes.
std::size_t peak_rss();

}  // namespace kg::bench
