#include "random.hpp"

#include <algorithm>
#include <cmath>

namespace kg::bench {

Zipf::Zipf(std::size_t n, double exponent) : cumulative_(n == 0 ? 1 : n) {
  double total = 0;
  for (std::size_t i = 0; i < cumulative_.size(); ++i) {
    total += 1.0 / std::pow(static_cast<double>(i + 1), exponent);
    cumulative_[i] = total;
  }
  for (auto& c : cumulative_) c /= total;
}

std::size_t Zipf::operator()(Random& random) const {
  const double u = random.unit();
  const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), u);
  return std::min<std::size_t>(static_cast<std::size_t>(it - cumulative_.begin()), cumulative_.size() - 1);
}

}  // namespace kg::bench
