// keep_longest against the plain greedy selection it implements.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <vector>

#include "lexicon.hpp"

using namespace kg::extract;

namespace {

// Longest first, then leftmost, ties in input order; a span is kept when it overlaps none
// kept before; the kept ones by position.
std::vector<Mention> reference(std::vector<Mention> in) {
  std::stable_sort(in.begin(), in.end(), [](const Mention& a, const Mention& b) {
    const auto la = a.end - a.begin, lb = b.end - b.begin;
    return la != lb ? la > lb : a.begin < b.begin;
  });
  std::vector<Mention> kept;
  for (const Mention& m : in) {
    bool free = true;
    for (const Mention& k : kept) free = free && (m.end <= k.begin || k.end <= m.begin);
    if (free) kept.push_back(m);
  }
  std::stable_sort(kept.begin(), kept.end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  return kept;
}

}  // namespace

TEST_CASE("keep_longest keeps the longest non-overlapping spans, the earlier of equal ones") {
  std::mt19937 rng(13);
  for (int round = 0; round < 3000; ++round) {
    const int n = std::uniform_int_distribution<int>(0, 60)(rng);
    const std::uint32_t base = std::uniform_int_distribution<std::uint32_t>(0, 1u << 24)(rng);
    const std::uint32_t spread = round % 2 ? 40 : 4000;
    std::vector<Mention> in;
    for (int i = 0; i < n; ++i) {
      Mention m;
      m.begin = base + std::uniform_int_distribution<std::uint32_t>(0, spread)(rng);
      m.end = m.begin + std::uniform_int_distribution<std::uint32_t>(1, 12)(rng);
      m.lexicon_entry = static_cast<std::uint32_t>(i);  // which input it was
      in.push_back(m);
    }
    const auto want = reference(in);
    keep_longest(in);
    REQUIRE(in.size() == want.size());
    for (std::size_t i = 0; i < in.size(); ++i) REQUIRE(in[i].lexicon_entry == want[i].lexicon_entry);
  }
}
