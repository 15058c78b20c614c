// ChunkedArray: an append-only array of trivially copyable records in chunks of a fixed
// size. A std::vector of millions of records would keep up to as much capacity again
// unused after each doubling, and copy everything while it grows; chunks waste at most
// the unused end of the last one and never move a record once written.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <vector>

namespace kg::detail {

template <class T, unsigned kChunkBits = 12>
class ChunkedArray {
  static_assert(std::is_trivially_copyable_v<T>);
  static constexpr std::size_t kChunk = std::size_t{1} << kChunkBits;

 public:
  // Computed rather than stored, so that a moved-from array is empty and consistent.
  std::size_t size() const {
    return chunks_.empty() ? 0 : ((chunks_.size() - 1) << kChunkBits) + chunks_.back().size();
  }
  bool empty() const { return chunks_.empty(); }

  const T& operator[](std::size_t i) const { return chunks_[i >> kChunkBits][i & (kChunk - 1)]; }
  T& operator[](std::size_t i) { return chunks_[i >> kChunkBits][i & (kChunk - 1)]; }

  // Appends `value` and returns its index.
  std::size_t push_back(const T& value) {
    if (chunks_.empty() || chunks_.back().size() == kChunk) chunks_.emplace_back();
    std::vector<T>& last = chunks_.back();
    // The first chunk grows like a vector, so that a small graph holds little; later
    // chunks are full size from the start. Never beyond kChunk: indexes assume it.
    if (last.size() == last.capacity())
      last.reserve(chunks_.size() == 1 ? std::min(kChunk, std::max<std::size_t>(16, 2 * last.size())) : kChunk);
    last.push_back(value);
    return size() - 1;
  }

 private:
  std::vector<std::vector<T>> chunks_;
};

}  // namespace kg::detail
