// A necessary condition for a pattern to match around one trigger occurrence, checked
// before the matcher runs: every required literal of the pattern (a literal element that is
// not optional, other than the trigger) has an alternative on its side of the trigger in
// the sentence. The matcher matches the elements before the trigger leftwards from the
// trigger's begin and the others rightwards from its end, never leaving the sentence; a
// literal's alternative matches with each blank standing for a run of blanks, so the
// longest blank-free piece of the alternative, its key, lies wholly on that side. One
// automaton pass over the document finds every key; most pattern tries that must fail
// then cost a few comparisons instead of a backtracking match.
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

  // Where the keys occur in one sentence: each key's earliest end and latest begin.
  // Reused from sentence to sentence.
  class Present {
   public:
    void add(const Occurrence& o);
    // Does key occur wholly before `pos`, or wholly after it?
    bool ends_by(std::uint32_t key, std::uint32_t pos) const { return key < spans_.size() && spans_[key].first_end <= pos; }
    bool begins_from(std::uint32_t key, std::uint32_t pos) const {
      return key < spans_.size() && spans_[key].last_begin != kAbsent && spans_[key].last_begin >= pos;
    }
    void clear();

   private:
    static constexpr std::uint32_t kAbsent = 0xFFFFFFFFu;
    struct Span {
      std::uint32_t first_end = kAbsent, last_begin = kAbsent;
    };
    std::vector<Span> spans_;
    std::vector<std::uint32_t> set_;  // keys added since the last clear()
  };

  LiteralFilter() = default;
  explicit LiteralFilter(const std::vector<Pattern>& patterns);

  // Every occurrence of every key in `lower`, in the order of their ends.
  std::vector<Occurrence> scan(std::string_view lower) const;

  // False when some required literal of patterns[pattern] has no key on its side of the
  // trigger occurrence [trigger_begin, trigger_end) in `present`'s sentence: the pattern
  // cannot match there.
  bool may_match(std::uint32_t pattern, const Present& present, std::uint32_t trigger_begin,
                 std::uint32_t trigger_end) const {
    for (std::uint32_t r = requirement_begin_[pattern]; r < requirement_begin_[pattern + 1]; ++r) {
      bool any = false;
      for (std::uint32_t k = key_begin_[r]; k < key_begin_[r + 1] && !any; ++k)
        any = before_trigger_[r] ? present.ends_by(keys_[k], trigger_begin) : present.begins_from(keys_[k], trigger_end);
      if (!any) return false;
    }
    return true;
  }

  std::size_t key_count() const { return key_count_; }

 private:
  AhoCorasick automaton_;
  std::uint32_t key_count_ = 0;
  // Pattern p's requirements are [requirement_begin_[p], requirement_begin_[p + 1]);
  // requirement r is met by any of keys_[key_begin_[r] .. key_begin_[r + 1]) on its side.
  std::vector<std::uint32_t> requirement_begin_{0};
  std::vector<std::uint32_t> key_begin_{0};
  std::vector<char> before_trigger_;  // per requirement
  std::vector<std::uint32_t> keys_;
};

// The longest blank-free piece of a literal alternative (the first of equal ones); empty
// when the alternative is blanks only.
std::string_view literal_key(std::string_view alternative);

}  // namespace kg::extract
