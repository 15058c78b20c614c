// A necessary condition for a pattern to match in a sentence, checked before the matcher
// runs: every required literal of the pattern (a literal element that is not optional,
// other than the trigger, which was found already) has one alternative in the sentence.
// The matcher matches such an element inside the sentence with each blank of the
// alternative standing for a run of blanks, so the longest blank-free piece of that
// alternative, its key, occurs in the sentence's lower-cased text. One automaton pass over
// the document finds every key; most pattern tries that must fail (four in ten on news
// text) then cost a few bit tests instead of a backtracking match.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "aho_corasick.hpp"
#include "pattern.hpp"

namespace kg::extract {

class LiteralFilter {
 public:
  struct Occurrence {
    std::uint32_t begin, end;  // bytes of the lower-cased text, end exclusive
    std::uint32_t key;
  };

  // The set of keys that occur in one sentence; reused from sentence to sentence.
  class Present {
   public:
    void add(std::uint32_t key);
    bool has(std::uint32_t key) const { return key < bits_.size() * 64 && ((bits_[key >> 6] >> (key & 63)) & 1); }
    void clear();

   private:
    std::vector<std::uint64_t> bits_;
    std::vector<std::uint32_t> set_;  // keys added since the last clear()
  };

  LiteralFilter() = default;
  explicit LiteralFilter(const std::vector<Pattern>& patterns);

  // Every occurrence of every key in `lower`, in the order of their ends.
  std::vector<Occurrence> scan(std::string_view lower) const;

  // False when some required literal of patterns[pattern] has no key in `present`: the
  // pattern cannot match in that sentence.
  bool may_match(std::uint32_t pattern, const Present& present) const {
    for (std::uint32_t r = requirement_begin_[pattern]; r < requirement_begin_[pattern + 1]; ++r) {
      bool any = false;
      for (std::uint32_t k = key_begin_[r]; k < key_begin_[r + 1] && !any; ++k) any = present.has(keys_[k]);
      if (!any) return false;
    }
    return true;
  }

  std::size_t key_count() const { return key_count_; }

 private:
  AhoCorasick automaton_;
  std::uint32_t key_count_ = 0;
  // Pattern p's requirements are [requirement_begin_[p], requirement_begin_[p + 1]);
  // requirement r is met by any of keys_[key_begin_[r] .. key_begin_[r + 1]).
  std::vector<std::uint32_t> requirement_begin_{0};
  std::vector<std::uint32_t> key_begin_{0};
  std::vector<std::uint32_t> keys_;
};

// The longest blank-free piece of a literal alternative (the first of equal ones); empty
// when the alternative is blanks only.
std::string_view literal_key(std::string_view alternative);

}  // namespace kg::extract
