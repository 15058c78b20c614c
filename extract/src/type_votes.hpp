// The support of each type for one name or span: confidences summed in the order given.
// The best type has the highest sum; among equal sums the lowest type index wins (the
// first maximum in type order, as a std::map's max_element would give).
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace kg::extract {

class TypeVotes {
 public:
  void add(std::uint32_t type, double weight) {
    auto it = votes_.begin();
    while (it != votes_.end() && it->first < type) ++it;
    if (it != votes_.end() && it->first == type) it->second += weight;
    else votes_.insert(it, {type, weight});
  }
  // Needs at least one vote.
  std::uint32_t best() const { return winner()->first; }
  double best_support() const { return winner()->second; }

 private:
  std::vector<std::pair<std::uint32_t, double>>::const_iterator winner() const {
    auto best = votes_.begin();
    for (auto it = votes_.begin(); it != votes_.end(); ++it)
      if (best->second < it->second) best = it;
    return best;
  }

  std::vector<std::pair<std::uint32_t, double>> votes_;  // by type; a name has one or two
};

}  // namespace kg::extract
