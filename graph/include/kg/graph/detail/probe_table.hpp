// ProbeTable: the open-addressing hash table behind the graph's indexes. Slots are small
// values (an id, a pair of ids) stored in one array, found by linear probing from the hash's
// high bits; what a slot means, and so how to compare and rehash it, is the caller's.
// std::unordered_map would spend a heap node (about 64 bytes with its malloc header) and a
// bucket pointer on each entry; here an entry costs its slot, at a load of at most 3/4.
//
// Slot: a trivially copyable value whose default value is the empty slot, with
// `bool empty() const`. Entries cannot be removed (the graph never removes any).
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace kg::detail {

// A 64-bit finaliser (MurmurHash3's fmix64): every input bit affects every output bit, so
// the high bits used to place a slot are well mixed even for small integer keys.
constexpr std::uint64_t mix64(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

template <class Slot>
class ProbeTable {
 public:
  ProbeTable() = default;
  ProbeTable(const ProbeTable&) = default;
  ProbeTable& operator=(const ProbeTable&) = default;
  // A moved-from table is empty.
  ProbeTable(ProbeTable&& other) noexcept
      : slots_(std::exchange(other.slots_, {})),
        shift_(std::exchange(other.shift_, 64)),
        size_(std::exchange(other.size_, 0)) {}
  ProbeTable& operator=(ProbeTable&& other) noexcept {
    slots_ = std::exchange(other.slots_, {});
    shift_ = std::exchange(other.shift_, 64);
    size_ = std::exchange(other.size_, 0);
    return *this;
  }

  std::size_t size() const { return size_; }

  // The stored slot for which match(slot) holds on the probe sequence of `hash`, or nullptr.
  // Every entry equal to the one looked for must have been inserted with the same hash.
  template <class Match>
  const Slot* find(std::uint64_t hash, Match&& match) const {
    if (slots_.empty()) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash >> shift_;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.empty()) return nullptr;
      if (match(slot)) return &slot;
    }
  }

  // Adds `slot` (which must not be empty) under `hash`; the caller has checked that it is
  // new. When the table grows, rehash(slot) must give each stored slot's hash again.
  template <class Rehash>
  void insert(std::uint64_t hash, const Slot& slot, Rehash&& rehash) {
    if (4 * (size_ + 1) > 3 * slots_.size()) grow(rehash);
    place(hash, slot);
    ++size_;
  }

 private:
  void place(std::uint64_t hash, const Slot& slot) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = hash >> shift_;
    while (!slots_[i].empty()) i = (i + 1) & mask;
    slots_[i] = slot;
  }

  template <class Rehash>
  void grow(Rehash&& rehash) {
    std::vector<Slot> old(slots_.empty() ? 16 : 2 * slots_.size());
    old.swap(slots_);
    shift_ = 64;
    for (std::size_t n = slots_.size(); n > 1; n >>= 1) --shift_;
    for (const Slot& slot : old)
      if (!slot.empty()) place(rehash(slot), slot);
  }

  std::vector<Slot> slots_;
  unsigned shift_ = 64;  // 64 - log2(slot count): the hash's high bits index the array
  std::size_t size_ = 0;
};

}  // namespace kg::detail
