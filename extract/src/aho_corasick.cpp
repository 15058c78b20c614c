#include "aho_corasick.hpp"

#include <algorithm>
#include <span>
#include <stdexcept>

namespace kg::extract {
namespace {

// Table entries (4 bytes each) the dense rows may take; the root always has its row.
constexpr std::size_t kDenseBudget = std::size_t{1} << 20;

}  // namespace

void AhoCorasick::add(std::string_view key, std::uint32_t value) {
  if (key.empty()) return;
  pending_.push_back(Pending{std::string(key), Hit{value, static_cast<std::uint32_t>(key.size())}});
}

std::uint32_t AhoCorasick::child(std::uint32_t state, unsigned char byte) const {
  const Node& node = nodes_[state];
  if (node.edge_count == 1) return node.only_byte == byte ? node.only_target : 0;
  const auto first = edges_.begin() + node.edge_begin;
  const auto last = first + node.edge_count;
  const auto it = std::lower_bound(first, last, byte,
                                   [](const Edge& e, unsigned char b) { return e.byte < b; });
  return (it != last && it->byte == byte) ? it->target : 0;
}

void AhoCorasick::build() {
  if (pending_.empty()) return;

  // The trie, from the keys in sorted order: each key shares the path of its predecessor
  // up to their common prefix. Equal keys stay in the order added, and so do their hits.
  std::vector<std::uint32_t> sorted(pending_.size());
  for (std::uint32_t i = 0; i < sorted.size(); ++i) sorted[i] = i;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return pending_[a].key < pending_[b].key; });
  struct TrieEdge {
    std::uint32_t parent, child;
    unsigned char byte;
  };
  std::vector<TrieEdge> trie_edges;  // children of a node come in increasing byte order
  std::vector<std::vector<Hit>> trie_out(1);
  std::vector<std::uint32_t> path{0};  // trie node at each depth of the previous key
  std::string_view previous;
  for (const std::uint32_t k : sorted) {
    const std::string_view key = pending_[k].key;
    std::size_t common = 0;
    while (common < key.size() && common < previous.size() && key[common] == previous[common]) ++common;
    path.resize(common + 1);
    for (std::size_t d = common; d < key.size(); ++d) {
      const auto node = static_cast<std::uint32_t>(trie_out.size());
      trie_out.emplace_back();
      trie_edges.push_back(TrieEdge{path.back(), node, static_cast<unsigned char>(key[d])});
      path.push_back(node);
    }
    trie_out[path.back()].push_back(pending_[k].hit);
    previous = key;
  }
  const std::size_t count = trie_out.size();
  if (count > kStateMask) throw std::length_error("AhoCorasick: too many states");
  // Edges grouped by parent (a counting sort keeps each group's byte order).
  std::vector<std::uint32_t> first_edge(count + 1, 0);
  for (const auto& e : trie_edges) ++first_edge[e.parent + 1];
  for (std::size_t n = 0; n < count; ++n) first_edge[n + 1] += first_edge[n];
  std::vector<TrieEdge> grouped(trie_edges.size());
  {
    std::vector<std::uint32_t> fill(first_edge.begin(), first_edge.end() - 1);
    for (const auto& e : trie_edges) grouped[fill[e.parent]++] = e;
  }
  const auto children = [&](std::uint32_t node) {
    return std::span<const TrieEdge>(grouped.data() + first_edge[node], first_edge[node + 1] - first_edge[node]);
  };

  // Breadth-first numbering: a failure target is shallower, hence numbered lower.
  std::vector<std::uint32_t> order;  // new id -> trie node
  std::vector<std::uint32_t> id(count);
  order.reserve(count);
  order.push_back(0);
  id[0] = 0;
  for (std::size_t i = 0; i < order.size(); ++i)
    for (const auto& e : children(order[i])) {
      id[e.child] = static_cast<std::uint32_t>(order.size());
      order.push_back(e.child);
    }

  class_of_.fill(0);
  class_count_ = 1;
  for (const auto& e : trie_edges)
    if (class_of_[e.byte] == 0) class_of_[e.byte] = static_cast<std::uint16_t>(class_count_++);
  dense_count_ = static_cast<std::uint32_t>(
      std::clamp<std::size_t>(kDenseBudget / class_count_, 1, count));

  nodes_.assign(count, Node{});
  edges_.clear();
  for (std::size_t n = 0; n < count; ++n) {
    nodes_[n].edge_begin = static_cast<std::uint32_t>(edges_.size());
    for (const auto& e : children(order[n])) edges_.push_back(Edge{e.byte, id[e.child]});
    nodes_[n].edge_count = static_cast<std::uint32_t>(edges_.size()) - nodes_[n].edge_begin;
    if (nodes_[n].edge_count == 1) {
      nodes_[n].only_byte = edges_.back().byte;
      nodes_[n].only_target = edges_.back().target;
    }
  }

  // In breadth-first order a node's failure link and the rows of all shallower states
  // are known before its own row and its children's links are computed.
  dense_.assign(std::size_t{dense_count_} * class_count_, 0);
  std::vector<std::vector<Hit>> out(count);
  for (std::size_t n = 0; n < count; ++n) out[n] = std::move(trie_out[order[n]]);
  for (std::uint32_t n = 0; n < count; ++n) {
    if (n < dense_count_) {
      std::uint32_t* row = &dense_[std::size_t{n} * class_count_];
      if (n != 0) {
        const std::uint32_t* fail_row = &dense_[std::size_t{nodes_[n].fail} * class_count_];
        std::copy(fail_row, fail_row + class_count_, row);
      }
      for (std::uint32_t e = nodes_[n].edge_begin; e < nodes_[n].edge_begin + nodes_[n].edge_count; ++e)
        row[class_of_[edges_[e].byte]] = edges_[e].target;
    }
    for (std::uint32_t e = nodes_[n].edge_begin; e < nodes_[n].edge_begin + nodes_[n].edge_count; ++e) {
      const std::uint32_t target = edges_[e].target;
      const std::uint32_t fail = n == 0 ? 0 : step(nodes_[n].fail, edges_[e].byte) & kStateMask;
      nodes_[target].fail = fail;
      out[target].insert(out[target].end(), out[fail].begin(), out[fail].end());
    }
  }

  outputs_.clear();
  for (std::size_t n = 0; n < count; ++n) {
    nodes_[n].out_begin = static_cast<std::uint32_t>(outputs_.size());
    outputs_.insert(outputs_.end(), out[n].begin(), out[n].end());
    nodes_[n].out_count = static_cast<std::uint32_t>(out[n].size());
  }
  const auto flag = [&](std::uint32_t& target) {
    if (nodes_[target].out_count > 0) target |= kOutputFlag;
  };
  for (auto& target : dense_) flag(target);
  for (auto& edge : edges_) flag(edge.target);
  for (auto& node : nodes_)
    if (node.edge_count == 1) flag(node.only_target);
  pending_ = {};
}

}  // namespace kg::extract
