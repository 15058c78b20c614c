// A byte-level Aho-Corasick automaton: every occurrence of every key in one pass over
// the text. Keys are added, then build() freezes it; scanning is read-only and
// thread-safe. The root keeps a dense table because most steps fall back to it.
#pragma once

#include <array>
#include <cstdint>
#include <map>
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
  bool empty() const { return building_.empty() && nodes_.size() <= 1; }

  // Calls on_hit(end, hit) for every key occurrence ending at byte `end` (exclusive).
  template <typename OnHit>
  void scan(std::string_view text, OnHit&& on_hit) const {
    if (nodes_.size() <= 1) return;
    std::uint32_t state = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const auto byte = static_cast<unsigned char>(text[i]);
      state = step(state, byte);
      const Node& node = nodes_[state];
      for (std::uint32_t o = node.out_begin; o < node.out_begin + node.out_count; ++o)
        on_hit(i + 1, outputs_[o]);
    }
  }

 private:
  struct Node {
    std::uint32_t fail = 0;
    std::uint32_t edge_begin = 0, edge_count = 0;
    std::uint32_t out_begin = 0, out_count = 0;
  };
  struct Edge {
    unsigned char byte;
    std::uint32_t target;
  };

  std::uint32_t child(std::uint32_t state, unsigned char byte) const;  // 0 when none
  std::uint32_t step(std::uint32_t state, unsigned char byte) const {
    while (state != 0) {
      if (const std::uint32_t next = child(state, byte)) return next;
      state = nodes_[state].fail;
    }
    return root_[byte];
  }

  // Build-time trie: children and the keys ending at each node.
  std::vector<std::map<unsigned char, std::uint32_t>> building_;
  std::vector<std::vector<Hit>> building_out_;

  std::vector<Node> nodes_{1};
  std::vector<Edge> edges_;
  std::vector<Hit> outputs_;
  std::array<std::uint32_t, 256> root_{};
};

}  // namespace kg::extract
