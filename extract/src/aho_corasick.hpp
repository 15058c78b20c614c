// A byte-level Aho-Corasick automaton: every occurrence of every key in one pass over
// the text. Keys are added, then build() freezes it; scanning is read-only and
// thread-safe. Shallow states (where a scan spends most of its steps) get complete
// transition rows over byte classes, so a step there is one table read; deeper states,
// beyond a memory budget, keep sorted edges and failure links.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

class AhoCorasick {
 public:
  struct Hit {
    std::uint32_t value;   // as given to add()
    std::uint32_t length;  // key length in bytes
  };

  void add(std::string_view key, std::uint32_t value);
  void build();
  bool empty() const { return pending_.empty() && nodes_.size() <= 1; }

  // Calls on_hit(end, hit) for every key that `text` holds at byte `from`, shortest first
  // (equal keys in the order added): a walk down the trie, for searches anchored at few
  // known positions instead of a scan of the whole text.
  template <typename OnHit>
  void prefixes(std::string_view text, std::size_t from, OnHit&& on_hit) const {
    std::uint32_t state = 0;
    for (std::size_t i = from; i < text.size(); ++i) {
      const auto byte = static_cast<unsigned char>(text[i]);
      // The root's row holds exactly its children (and 0, the root, for other bytes).
      const std::uint32_t next = state == 0 ? dense_[class_of_[byte]] : child(state, byte);
      state = next & kStateMask;
      if (state == 0) return;
      if (!(next & kOutputFlag)) continue;
      // A node's own keys come first among its outputs; the others are shorter.
      const Node& node = nodes_[state];
      const auto length = static_cast<std::uint32_t>(i + 1 - from);
      for (std::uint32_t o = node.out_begin; o < node.out_begin + node.out_count && outputs_[o].length == length; ++o)
        on_hit(i + 1, outputs_[o]);
    }
  }

  // Calls on_hit(end, hit) for every key occurrence ending at byte `end` (exclusive).
  template <typename OnHit>
  void scan(std::string_view text, OnHit&& on_hit) const {
    if (nodes_.size() <= 1) return;
    std::uint32_t state = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const std::uint32_t next = step(state, static_cast<unsigned char>(text[i]));
      state = next & kStateMask;
      if (!(next & kOutputFlag)) continue;  // most states end no key: no node to read
      const Node& node = nodes_[state];
      for (std::uint32_t o = node.out_begin; o < node.out_begin + node.out_count; ++o)
        on_hit(i + 1, outputs_[o]);
    }
  }

 private:
  // Transitions (table entries and edges) carry this flag when their target ends a key.
  static constexpr std::uint32_t kOutputFlag = 0x80000000u;
  static constexpr std::uint32_t kStateMask = ~kOutputFlag;

  struct Node {
    std::uint32_t fail = 0;
    std::uint32_t edge_begin = 0, edge_count = 0;
    std::uint32_t out_begin = 0, out_count = 0;
    // Deep states mostly have one child: kept here, it spares a read of edges_.
    std::uint32_t only_target = 0;
    unsigned char only_byte = 0;
  };
  struct Edge {
    unsigned char byte;
    std::uint32_t target;
  };

  std::uint32_t child(std::uint32_t state, unsigned char byte) const;  // 0 when none
  // The transition, flagged. States are numbered breadth-first, so the dense ones are
  // [0, dense_count_).
  std::uint32_t step(std::uint32_t state, unsigned char byte) const {
    const std::uint32_t cls = class_of_[byte];
    while (state >= dense_count_) {
      if (const std::uint32_t next = child(state, byte)) return next;
      state = nodes_[state].fail;
    }
    return dense_[state * class_count_ + cls];
  }

  // Keys added since the last build(), in order: their bytes are kept one after another.
  struct Pending {
    std::size_t offset;  // into pending_bytes_; the length is hit.length
    Hit hit;
  };
  std::vector<Pending> pending_;
  std::string pending_bytes_;

  std::vector<Node> nodes_{1};
  std::vector<Edge> edges_;
  std::vector<Hit> outputs_;
  // Bytes that occur in no key share class 0; each other byte has its own class.
  std::array<std::uint16_t, 256> class_of_{};
  std::uint32_t class_count_ = 1;
  std::uint32_t dense_count_ = 1;
  std::vector<std::uint32_t> dense_ = std::vector<std::uint32_t>(1, 0);  // complete rows
};

}  // namespace kg::extract
