#include "progress.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace kg::cli {
namespace {

constexpr auto kFirstDraw = std::chrono::seconds(1);            // short builds never show it
constexpr auto kRefresh = std::chrono::milliseconds(250);

double seconds(std::chrono::steady_clock::duration d) { return std::chrono::duration<double>(d).count(); }

}  // namespace

bool Progress::wanted() {
  const char* term = std::getenv("TERM");
  return ::isatty(STDERR_FILENO) && !(term && std::strcmp(term, "dumb") == 0);
}

Progress::Progress(std::size_t total_files, std::uint64_t total_bytes)
    : enabled_(wanted()),
      total_files_(total_files),
      total_bytes_(total_bytes),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

void Progress::advance(std::uint64_t bytes, bool new_file) {
  if (new_file) ++files_;
  bytes_ += bytes;
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - start_ < kFirstDraw || (drawn_ && now - last_draw_ < kRefresh)) return;
  last_draw_ = now;
  draw();
}

void Progress::draw() {
  const double elapsed = seconds(std::chrono::steady_clock::now() - start_);
  const double mb = static_cast<double>(bytes_) / 1e6;
  const double rate = elapsed > 0 ? mb / elapsed : 0;
  char left[48] = "";
  if (total_bytes_ > bytes_ && rate > 0)
    std::snprintf(left, sizeof left, ", %.0f s left", static_cast<double>(total_bytes_ - bytes_) / 1e6 / rate);
  // \r and "erase to end of line" redraw in place.
  std::fprintf(stderr, "\r%zu/%zu files, %.1f/%.1f MB, %.1f MB/s%s\033[K", files_, total_files_, mb,
               static_cast<double>(total_bytes_) / 1e6, rate, left);
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::finish() {
  if (!drawn_) return;
  std::fputs("\r\033[K", stderr);
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace kg::cli
