#include "kg/graph/detail/node_pool.hpp"

#include <algorithm>
#include <new>

namespace kg::detail {
namespace {
constexpr std::size_t kFirstSlab = 32;
constexpr std::size_t kLastSlab = 16384;
}  // namespace

void* NodeSlabs::allocate(std::size_t bytes) {
  if (request_bytes_ == 0) {
    request_bytes_ = bytes;
    // Room for the free-list link, and every cell aligned as malloc would align the node.
    cell_bytes_ = (std::max(bytes, sizeof(void*)) + alignof(void*) - 1) / alignof(void*) * alignof(void*);
  }
  if (bytes != request_bytes_) return ::operator new(bytes);
  if (free_) {
    void* cell = free_;
    free_ = *static_cast<void**>(cell);
    return cell;
  }
  if (left_ == 0) {
    slab_cells_ = slab_cells_ == 0 ? kFirstSlab : std::min(2 * slab_cells_, kLastSlab);
    slabs_.push_back(std::make_unique_for_overwrite<std::byte[]>(slab_cells_ * cell_bytes_));
    next_ = slabs_.back().get();
    left_ = slab_cells_;
  }
  void* cell = next_;
  next_ += cell_bytes_;
  --left_;
  return cell;
}

void NodeSlabs::deallocate(void* cell, std::size_t bytes) noexcept {
  if (bytes != request_bytes_) {
    ::operator delete(cell);
    return;
  }
  *static_cast<void**>(cell) = free_;
  free_ = cell;
}

}  // namespace kg::detail
