#include "kg/graph/detail/string_pool.hpp"

#include <algorithm>
#include <cstring>
#include <functional>
#include <stdexcept>

namespace kg::detail {
namespace {

// Text blocks start small (a graph of one article holds a few kilobytes) and double up to
// 64 KiB; a string of more than a quarter of that gets a block of its own, so that the
// unused end left when a string does not fit stays small.
constexpr std::size_t kFirstBlock = 256;
constexpr std::size_t kLastBlock = 64 * 1024;
constexpr std::size_t kOwnBlock = kLastBlock / 4;

}  // namespace

StringPool::StringPool(const StringPool& other) {
  for (std::size_t id = 0; id < other.size(); ++id) intern(other[static_cast<std::uint32_t>(id)]);
}

StringPool& StringPool::operator=(const StringPool& other) {
  if (this != &other) *this = StringPool(other);
  return *this;
}

void StringPool::swap(StringPool& other) noexcept {
  std::swap(starts_, other.starts_);
  std::swap(blocks_, other.blocks_);
  std::swap(free_, other.free_);
  std::swap(free_bytes_, other.free_bytes_);
  std::swap(block_bytes_, other.block_bytes_);
  std::swap(text_bytes_, other.text_bytes_);
  std::swap(prefix_bytes_, other.prefix_bytes_);
  std::swap(table_, other.table_);
}

StringPool::Key::Key(std::string_view text) : text(text), hash(mix64(std::hash<std::string_view>{}(text))) {}

std::optional<std::uint32_t> StringPool::find(const Key& key) const {
  const auto tag = static_cast<std::uint32_t>(key.hash >> 32);
  const Slot* slot = table_.find(key.hash, [&](const Slot& s) { return s.tag == tag && (*this)[s.id] == key.text; });
  if (!slot) return std::nullopt;
  return slot->id;
}

std::uint32_t StringPool::intern(const Key& key) {
  if (const auto id = find(key)) return *id;
  if (size() >= kNoId) throw std::length_error("more than 2^32 - 1 distinct strings in a graph");
  const auto id = static_cast<std::uint32_t>(starts_.push_back(store(key.text)));
  table_.insert(key.hash, Slot{id, static_cast<std::uint32_t>(key.hash >> 32)},
                [](const Slot& s) { return std::uint64_t{s.tag} << 32; });
  return id;
}

const char* StringPool::store(std::string_view text) {
  unsigned char prefix[10];
  std::size_t prefix_size = 0;
  for (std::size_t n = text.size();; n >>= 7) {
    prefix[prefix_size++] = static_cast<unsigned char>((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
    if (n <= 0x7f) break;
  }
  const std::size_t size = prefix_size + text.size();
  prefix_bytes_ += prefix_size;
  char* at;
  if (size > kOwnBlock) {  // the newest regular block keeps its unused end
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));
    text_bytes_ += size;
    at = blocks_.back().get();
  } else {
    if (size > free_bytes_) {
      block_bytes_ = block_bytes_ == 0 ? kFirstBlock : std::min(2 * block_bytes_, kLastBlock);
      while (block_bytes_ < size) block_bytes_ *= 2;  // stays <= kOwnBlock < kLastBlock
      blocks_.push_back(std::make_unique_for_overwrite<char[]>(block_bytes_));
      text_bytes_ += block_bytes_;
      free_ = blocks_.back().get();
      free_bytes_ = block_bytes_;
    }
    at = free_;
    free_ += size;
    free_bytes_ -= size;
  }
  std::memcpy(at, prefix, prefix_size);
  if (!text.empty()) std::memcpy(at + prefix_size, text.data(), text.size());  // data() may be null
  return at;
}

}  // namespace kg::detail
