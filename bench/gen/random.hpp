// Deterministic randomness for the generators: the same seed gives the same bytes on every
// platform, so std's distributions (whose algorithms the standard leaves open) are avoided.
#pragma once

#include <cstdint>
#include <vector>

namespace kg::bench {

// SplitMix64: small, fast and good enough for synthetic text.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, bound); bound > 0. The modulo bias is negligible for our bounds.
  std::uint64_t below(std::uint64_t bound) { return next() % bound; }
  // Uniform in [0, 1).
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  bool chance(double p) { return unit() < p; }

 private:
  std::uint64_t state_;
};

// A value derived from a seed and an index without any state: names of rank i are the same
// whichever order they are asked for in.
inline std::uint64_t mix(std::uint64_t seed, std::uint64_t index) {
  Random r(seed ^ (index * 0xD1B54A32D192ED03ull));
  return r.next();
}

// Ranks 0..n-1 drawn with probability proportional to 1 / (rank + 1)^exponent, as word and
// name frequencies are in real text.
class Zipf {
 public:
  Zipf(std::size_t n, double exponent);
  std::size_t operator()(Random& random) const;
  std::size_t size() const { return cumulative_.size(); }

 private:
  std::vector<double> cumulative_;
};

}  // namespace kg::bench
