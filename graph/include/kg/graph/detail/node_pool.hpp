// PoolAllocator: the allocator of the graph's edge list (one std::list node per relation).
// malloc adds an 8-byte header to every block and rounds it up to 16 bytes, a quarter more
// on a 48-byte node; here nodes are cells of slabs that grow with the list. Each list has a
// pool of its own (a copied list gets a new one), so graphs never share state across
// threads. Freed cells are reused; the slabs go when the list goes.
#pragma once

#include <cstddef>
#include <memory>
#include <type_traits>
#include <vector>

namespace kg::detail {

// Cells of one size, carved from slabs of 32, 64, ... up to 16384 cells.
class NodeSlabs {
 public:
  // A cell of `bytes` (the size of the first request; others go to operator new).
  void* allocate(std::size_t bytes);
  void deallocate(void* cell, std::size_t bytes) noexcept;

 private:
  std::size_t request_bytes_ = 0;  // the size this pool serves
  std::size_t cell_bytes_ = 0;
  std::vector<std::unique_ptr<std::byte[]>> slabs_;
  std::size_t slab_cells_ = 0;
  std::byte* next_ = nullptr;  // the unused end of the newest slab
  std::size_t left_ = 0;       // cells there
  void* free_ = nullptr;       // freed cells, linked through their first bytes
};

template <class T>
class PoolAllocator {
 public:
  using value_type = T;
  using propagate_on_container_move_assignment = std::true_type;
  using propagate_on_container_swap = std::true_type;
  template <class U>
  struct rebind {
    using other = PoolAllocator<U>;
  };

  PoolAllocator() : slabs_(std::make_shared<NodeSlabs>()) {}
  template <class U>
  PoolAllocator(const PoolAllocator<U>& other) noexcept : slabs_(other.slabs_) {}  // the node type's, same pool

  T* allocate(std::size_t n) {
    static_assert(alignof(T) <= alignof(void*), "cells are aligned for pointers");
    if (n != 1) return std::allocator<T>().allocate(n);
    if (!slabs_) slabs_ = std::make_shared<NodeSlabs>();  // a moved-from list used again
    return static_cast<T*>(slabs_->allocate(sizeof(T)));
  }
  void deallocate(T* p, std::size_t n) noexcept {
    if (n != 1) std::allocator<T>().deallocate(p, n);
    else slabs_->deallocate(p, sizeof(T));
  }
  // A copy of a list gets a pool of its own.
  PoolAllocator select_on_container_copy_construction() const { return {}; }

  template <class U>
  friend bool operator==(const PoolAllocator& a, const PoolAllocator<U>& b) noexcept {
    return a.slabs_ == b.slabs_;
  }

 private:
  template <class U>
  friend class PoolAllocator;
  std::shared_ptr<NodeSlabs> slabs_;
};

}  // namespace kg::detail
