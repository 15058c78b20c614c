// StringPool: each distinct string once, numbered in first-seen order. Evidence sentences,
// rules, predicate names and alias keys repeat many times over in a graph (a sentence for
// every relation found in it and for every copy of an article); the graph keeps each text
// once, in a few large blocks, and refers to it by a 32-bit id. A string costs its text, a
// length prefix of a byte or two before it, an 8-byte pointer and a hash slot.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "kg/graph/detail/chunked_array.hpp"
#include "kg/graph/detail/probe_table.hpp"

namespace kg::detail {

class StringPool {
 public:
  StringPool() = default;
  // A copy holds its own text under the same ids.
  StringPool(const StringPool& other);
  StringPool& operator=(const StringPool& other);
  // A moved-from pool is empty (its text blocks, and the views into them, move along).
  StringPool(StringPool&& other) noexcept { swap(other); }
  StringPool& operator=(StringPool&& other) noexcept {
    StringPool taken(std::move(other));
    swap(taken);
    return *this;
  }

  // A text with its hash, for looking it up and then adding it without hashing twice.
  struct Key {
    explicit Key(std::string_view text);
    std::string_view text;
    std::uint64_t hash;
  };

  // The id of the text if it is held.
  std::optional<std::uint32_t> find(const Key& key) const;
  std::optional<std::uint32_t> find(std::string_view text) const { return find(Key(text)); }
  // The id of the text, adding it when new. Throws std::length_error beyond 2^32 - 1 strings.
  std::uint32_t intern(const Key& key);
  std::uint32_t intern(std::string_view text) { return intern(Key(text)); }
  // The text of `id`; valid as long as the pool (moves keep it valid too).
  std::string_view operator[](std::uint32_t id) const {
    // The length precedes the text, 7 bits a byte, low bits first.
    const auto* p = reinterpret_cast<const unsigned char*>(starts_[id]);
    std::size_t size = *p & 0x7f;
    for (unsigned shift = 7; *p++ & 0x80; shift += 7) size |= std::size_t{*p & 0x7fu} << shift;
    return {reinterpret_cast<const char*>(p), size};
  }
  std::size_t size() const { return starts_.size(); }
  // Bytes allocated for text: the strings and the unused ends of their blocks, not the
  // length prefixes.
  std::size_t text_bytes() const { return text_bytes_ - prefix_bytes_; }

 private:
  static constexpr std::uint32_t kNoId = 0xffffffffu;
  struct Slot {
    std::uint32_t id = kNoId;
    std::uint32_t tag = 0;  // the hash's high 32 bits: compared before the text, and rehashing needs nothing else
    bool empty() const { return id == kNoId; }
  };

  void swap(StringPool& other) noexcept;
  const char* store(std::string_view text);

  ChunkedArray<const char*, 10> starts_;  // by id: the length prefix, then the text
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* free_ = nullptr;  // the unused end of the newest block
  std::size_t free_bytes_ = 0;
  std::size_t block_bytes_ = 0;  // size of the newest regular block
  std::size_t text_bytes_ = 0;
  std::size_t prefix_bytes_ = 0;
  ProbeTable<Slot> table_;
};

}  // namespace kg::detail
