#include "aho_corasick.hpp"

#include <algorithm>
#include <deque>

namespace kg::extract {

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
  nodes_.assign(count, Node{});
  edges_.clear();
  for (std::size_t n = 0; n < count; ++n) {
    nodes_[n].edge_begin = static_cast<std::uint32_t>(edges_.size());
    for (const auto& [byte, target] : building_[n]) edges_.push_back(Edge{byte, target});
    nodes_[n].edge_count = static_cast<std::uint32_t>(edges_.size()) - nodes_[n].edge_begin;
  }
  root_.fill(0);
  for (const auto& [byte, target] : building_[0]) root_[byte] = target;

  // Breadth-first: a node's failure target is shallower, so its outputs are final.
  std::vector<std::vector<Hit>> out = std::move(building_out_);
  std::deque<std::uint32_t> queue;
  for (const auto& [byte, target] : building_[0]) {
    nodes_[target].fail = 0;
    queue.push_back(target);
  }
  while (!queue.empty()) {
    const std::uint32_t n = queue.front();
    queue.pop_front();
    for (const auto& [byte, target] : building_[n]) {
      std::uint32_t f = nodes_[n].fail;
      std::uint32_t fail_target = 0;
      while (true) {
        const std::uint32_t c = f == 0 ? root_[byte] : child(f, byte);
        if (c != 0 && c != target) {
          fail_target = c;
          break;
        }
        if (f == 0) break;
        f = nodes_[f].fail;
      }
      nodes_[target].fail = fail_target;
      const auto& inherited = out[fail_target];
      out[target].insert(out[target].end(), inherited.begin(), inherited.end());
      queue.push_back(target);
    }
  }
  outputs_.clear();
  for (std::size_t n = 0; n < count; ++n) {
    nodes_[n].out_begin = static_cast<std::uint32_t>(outputs_.size());
    outputs_.insert(outputs_.end(), out[n].begin(), out[n].end());
    nodes_[n].out_count = static_cast<std::uint32_t>(out[n].size());
  }
  building_.clear();
  building_out_.clear();
}

}  // namespace kg::extract
