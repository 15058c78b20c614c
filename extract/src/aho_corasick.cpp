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
  pending_.push_back(Pending{pending_bytes_.size(), Hit{value, static_cast<std::uint32_t>(key.size())}});
  pending_bytes_.append(key);
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
  const auto key_of = [&](const Pending& p) {
    return std::string_view(pending_bytes_).substr(p.offset, p.hit.length);
  };

  // The trie, from the keys in sorted order: each key shares the path of its predecessor
  // up to their common prefix. Equal keys stay in the order added, and so do their hits;
  // they end at one node, so each node's hits are consecutive in `own`.
  std::vector<std::uint32_t> sorted(pending_.size());
  for (std::uint32_t i = 0; i < sorted.size(); ++i) sorted[i] = i;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return key_of(pending_[a]) < key_of(pending_[b]); });
  struct TrieEdge {
    std::uint32_t parent, child;
    unsigned char byte;
  };
  std::vector<TrieEdge> trie_edges;  // children of a node come in increasing byte order
  std::vector<std::pair<std::uint32_t, Hit>> own;  // trie node, hit of a key ending there
  std::uint32_t count = 1;
  std::vector<std::uint32_t> path{0};  // trie node at each depth of the previous key
  std::string_view previous;
  for (const std::uint32_t k : sorted) {
    const std::string_view key = key_of(pending_[k]);
    std::size_t common = 0;
    while (common < key.size() && common < previous.size() && key[common] == previous[common]) ++common;
    path.resize(common + 1);
    for (std::size_t d = common; d < key.size(); ++d) {
      if (count == kStateMask) throw std::length_error("AhoCorasick: too many states");
      trie_edges.push_back(TrieEdge{path.back(), count, static_cast<unsigned char>(key[d])});
      path.push_back(count++);
    }
    own.emplace_back(path.back(), pending_[k].hit);
    previous = key;
  }
  // Edges grouped by parent (a counting sort keeps each group's byte order); own hits by node.
  std::vector<std::uint32_t> first_edge(count + 1, 0), first_own(count + 1, 0);
  for (const auto& e : trie_edges) ++first_edge[e.parent + 1];
  for (const auto& [node, hit] : own) ++first_own[node + 1];
  for (std::size_t n = 0; n < count; ++n) {
    first_edge[n + 1] += first_edge[n];
    first_own[n + 1] += first_own[n];
  }
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

  // In breadth-first order a node's failure link, the rows of all shallower states and
  // the outputs of its failure target are known before its own row and outputs (its own
  // keys, then its failure target's) and its children's links are computed.
  dense_.assign(std::size_t{dense_count_} * class_count_, 0);
  outputs_.clear();
  outputs_.reserve(own.size());
  for (std::uint32_t n = 0; n < count; ++n) {
    Node& node = nodes_[n];
    node.out_begin = static_cast<std::uint32_t>(outputs_.size());
    for (std::uint32_t o = first_own[order[n]]; o < first_own[order[n] + 1]; ++o) outputs_.push_back(own[o].second);
    if (n != 0) {
      const Node& fail = nodes_[node.fail];
      for (std::uint32_t o = fail.out_begin; o < fail.out_begin + fail.out_count; ++o) {
        const Hit hit = outputs_[o];
        outputs_.push_back(hit);
      }
    }
    node.out_count = static_cast<std::uint32_t>(outputs_.size()) - node.out_begin;
    if (n < dense_count_) {
      std::uint32_t* row = &dense_[std::size_t{n} * class_count_];
      if (n != 0) {
        const std::uint32_t* fail_row = &dense_[std::size_t{node.fail} * class_count_];
        std::copy(fail_row, fail_row + class_count_, row);
      }
      for (std::uint32_t e = node.edge_begin; e < node.edge_begin + node.edge_count; ++e)
        row[class_of_[edges_[e].byte]] = edges_[e].target;
    }
    for (std::uint32_t e = node.edge_begin; e < node.edge_begin + node.edge_count; ++e)
      nodes_[edges_[e].target].fail = n == 0 ? 0 : step(node.fail, edges_[e].byte) & kStateMask;
  }

  const auto flag = [&](std::uint32_t& target) {
    if (nodes_[target].out_count > 0) target |= kOutputFlag;
  };
  for (auto& target : dense_) flag(target);
  for (auto& edge : edges_) flag(edge.target);
  for (auto& node : nodes_)
    if (node.edge_count == 1) flag(node.only_target);
  pending_ = {};
  pending_bytes_ = {};
}

}  // namespace kg::extract
