#include "kg/graph/detail/entity_index.hpp"

#include <algorithm>
#include <functional>

namespace kg::detail {

std::uint64_t IdIndex::hash(std::string_view id) { return mix64(std::hash<std::string_view>{}(id)); }

std::optional<Vertex> IdIndex::find(const Graph& graph, std::string_view id) const {
  const Slot* slot = table_.find(hash(id), [&](const Slot& s) { return graph[s.vertex].id == id; });
  if (!slot) return std::nullopt;
  return slot->vertex;
}

void IdIndex::add(const Graph& graph, Vertex v) {
  table_.insert(hash(graph[v].id), Slot{static_cast<std::uint32_t>(v)},
                [&](const Slot& s) { return hash(graph[s.vertex].id); });
}

void AliasIndex::add(std::string_view key, Vertex v) {
  const std::uint32_t id = keys_.intern(key);
  const auto vertex = static_cast<std::uint32_t>(v);
  if (id == vertex_.size()) {
    vertex_.push_back(vertex);
    return;
  }
  if (vertex_[id] == vertex) return;
  if (vertex_[id] != kShared) {
    shared_[id] = {vertex_[id]};
    vertex_[id] = kShared;
  }
  std::vector<Vertex>& all = shared_[id];
  if (std::find(all.begin(), all.end(), v) == all.end()) all.push_back(v);
}

std::vector<Vertex> AliasIndex::find(std::string_view key) const {
  const auto id = keys_.find(key);
  if (!id) return {};
  if (vertex_[*id] != kShared) return {vertex_[*id]};
  return shared_.at(*id);
}

}  // namespace kg::detail
