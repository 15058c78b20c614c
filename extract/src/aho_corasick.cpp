#include "aho_corasick.hpp"

#include <algorithm>
#include <stdexcept>

namespace kg::extract {
namespace {

// Table entries (4 bytes each) the dense rows may take; the root always has its row.
constexpr std::size_t kDenseBudget = std::size_t{1} << 20;

}  // namespace

void AhoCorasick::add(std::string_view key, std::uint32_t value) {
  if (key.empty()) return;
  if (building_.empty()) {
    building_.emplace_back();
    building_out_.emplace_back();
  }
  std::uint32_t state = 0;
  for (const char c : key) {
    const auto byte = static_cast<unsigned char>(c);
    auto it = building_[state].find(byte);
    if (it == building_[state].end()) {
      const auto next = static_cast<std::uint32_t>(building_.size());
      building_[state].emplace(byte, next);
      building_.emplace_back();
      building_out_.emplace_back();
      state = next;
    } else {
      state = it->second;
    }
  }
  building_out_[state].push_back(Hit{value, static_cast<std::uint32_t>(key.size())});
}

std::uint32_t AhoCorasick::child(std::uint32_t state, unsigned char byte) const {
  const Node& node = nodes_[state];
  const auto first = edges_.begin() + node.edge_begin;
  const auto last = first + node.edge_count;
  const auto it = std::lower_bound(first, last, byte,
                                   [](const Edge& e, unsigned char b) { return e.byte < b; });
  return (it != last && it->byte == byte) ? it->target : 0;
}

void AhoCorasick::build() {
  if (building_.empty()) return;
  const std::size_t count = building_.size();
  if (count > kStateMask) throw std::length_error("AhoCorasick: too many states");

  // Breadth-first numbering: a failure target is shallower, hence numbered lower.
  std::vector<std::uint32_t> order;  // new id -> trie node
  std::vector<std::uint32_t> id(count);
  order.reserve(count);
  order.push_back(0);
  id[0] = 0;
  for (std::size_t i = 0; i < order.size(); ++i)
    for (const auto& [byte, target] : building_[order[i]]) {
      id[target] = static_cast<std::uint32_t>(order.size());
      order.push_back(target);
    }

  class_of_.fill(0);
  class_count_ = 1;
  for (const auto& children : building_)
    for (const auto& [byte, target] : children)
      if (class_of_[byte] == 0) class_of_[byte] = static_cast<std::uint16_t>(class_count_++);
  dense_count_ = static_cast<std::uint32_t>(
      std::clamp<std::size_t>(kDenseBudget / class_count_, 1, count));

  nodes_.assign(count, Node{});
  edges_.clear();
  for (std::size_t n = 0; n < count; ++n) {
    nodes_[n].edge_begin = static_cast<std::uint32_t>(edges_.size());
    for (const auto& [byte, target] : building_[order[n]]) edges_.push_back(Edge{byte, id[target]});
    nodes_[n].edge_count = static_cast<std::uint32_t>(edges_.size()) - nodes_[n].edge_begin;
  }

  // In breadth-first order a node's failure link and the rows of all shallower states
  // are known before its own row and its children's links are computed.
  dense_.assign(std::size_t{dense_count_} * class_count_, 0);
  std::vector<std::vector<Hit>> out(count);
  for (std::size_t n = 0; n < count; ++n) out[n] = std::move(building_out_[order[n]]);
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
  building_.clear();
  building_out_.clear();
}

}  // namespace kg::extract
