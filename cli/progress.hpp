// The progress line of a long `kg build` (files, megabytes, rate, time left) on stderr.
// Shown only when stderr is a terminal, never in a pipe or a CI log; appears after the
// first second and is refreshed at most four times a second. Advances per piece of text.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>

namespace kg::cli {

class Progress {
 public:
  // `total_bytes` may be 0 when unknown (standard input): no time left is shown then.
  Progress(std::size_t total_files, std::uint64_t total_bytes);
  ~Progress() { finish(); }
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // `bytes` more done; `new_file` when they begin another file.
  void advance(std::uint64_t bytes, bool new_file);
  // Erases the line, so that later messages start on a clean line.
  void finish();

  // True when stderr is a terminal that can redraw a line.
  static bool wanted();

 private:
  void draw();

  bool enabled_;
  bool drawn_ = false;
  std::size_t total_files_, files_ = 0;
  std::uint64_t total_bytes_, bytes_ = 0;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace kg::cli
