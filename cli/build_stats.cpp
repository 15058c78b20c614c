#include "build_stats.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <ostream>

namespace kg::cli {

void BuildStats::add(const std::string& stage, double seconds, std::uint64_t bytes) {
  auto it = std::find_if(stages_.begin(), stages_.end(), [&](const Stage& s) { return s.name == stage; });
  if (it == stages_.end()) it = stages_.insert(stages_.end(), Stage{stage});
  it->seconds += seconds;
  it->bytes += bytes;
}

void BuildStats::print(std::ostream& out) const {
  char line[160];
  const auto row = [&](const std::string& name, double seconds, std::uint64_t bytes) {
    const double mb = static_cast<double>(bytes) / 1e6;
    std::snprintf(line, sizeof line, "stats: %-16s %9.3f s %10.2f MB %10.1f MB/s\n", name.c_str(), seconds, mb,
                  seconds > 0 ? mb / seconds : 0.0);
    out << line;
  };
  double total = 0;
  for (const auto& s : stages_) {
    row(s.name, s.seconds, s.bytes);
    total += s.seconds;
  }
  std::uint64_t input = 0;
  for (const auto& s : stages_)
    if (s.name == "read") input = s.bytes;
  row("total", total, input);
  std::snprintf(line, sizeof line, "stats: peak memory %.1f MB\n", static_cast<double>(peak_memory_bytes()) / 1e6);
  out << line;
}

StageTimer::StageTimer(BuildStats* stats, std::string stage)
    : stats_(stats), stage_(std::move(stage)), start_(std::chrono::steady_clock::now()) {}

void StageTimer::stop() {
  if (!stats_) return;
  stats_->add(stage_, std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count(), bytes_);
  stats_ = nullptr;
}

std::uint64_t peak_memory_bytes() {
  struct rusage usage {};
  ::getrusage(RUSAGE_SELF, &usage);
  return static_cast<std::uint64_t>(usage.ru_maxrss) * 1024;  // Linux reports KiB
}

}  // namespace kg::cli
