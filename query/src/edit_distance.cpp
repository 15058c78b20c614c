#include "edit_distance.hpp"

#include <algorithm>
#include <numeric>
#include <vector>

#include "kg/text/utf8.hpp"

namespace kg::query {

namespace {

// The last row of the Levenshtein table of `a` against `b`. With `free_prefix` the first row
// is all zeros, so skipping a prefix of `b` costs nothing.
std::vector<std::size_t> last_row(const std::u32string& a, const std::u32string& b, bool free_prefix) {
  std::vector<std::size_t> row(b.size() + 1, 0);
  if (!free_prefix) std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row;
}

}  // namespace

std::size_t edit_distance(const std::u32string& a, const std::u32string& b) {
  return last_row(a, b, /*free_prefix=*/false).back();
}

std::size_t infix_distance(const std::u32string& a, const std::u32string& b) {
  // Skipping a prefix and (by taking the best of the last row) a suffix of `b` is free.
  const auto row = last_row(a, b, /*free_prefix=*/true);
  return *std::min_element(row.begin(), row.end());
}

std::u32string code_points(std::string_view utf8) {
  std::u32string out;
  for (std::size_t pos = 0; pos < utf8.size();) out.push_back(text::decode_next(utf8, pos));
  return out;
}

}  // namespace kg::query
