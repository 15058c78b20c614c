// The two ways entities are looked up: by id (unique) and by the name key of any of their
// names and aliases (several entities may share one). Both were std::unordered_maps keyed
// by std::string, some 80 bytes an entry plus the key's heap block; here an id costs a
// 4-byte slot (the id itself is the entity's), and a name key its text once, a pointer, a
// slot and the 4-byte vertex.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kg/graph/boost_graph.hpp"
#include "kg/graph/detail/probe_table.hpp"
#include "kg/graph/detail/string_pool.hpp"

namespace kg::detail {

// Entities by Entity::id, which the graph holds: the table holds only vertex numbers.
class IdIndex {
 public:
  std::optional<Vertex> find(const Graph& graph, std::string_view id) const;
  // Indexes `v` under its id, which no other entity has.
  void add(const Graph& graph, Vertex v);

 private:
  struct Slot {
    std::uint32_t vertex = 0xffffffffu;
    bool empty() const { return vertex == 0xffffffffu; }
  };
  static std::uint64_t hash(std::string_view id);

  ProbeTable<Slot> table_;
};

// Entities by name key (text::name_key of a name or alias).
class AliasIndex {
 public:
  // Adds `v` under `key`, once.
  void add(std::string_view key, Vertex v);
  // The entities under `key`, in the order they were added.
  std::vector<Vertex> find(std::string_view key) const;

 private:
  static constexpr std::uint32_t kShared = 0xffffffffu;  // never a vertex (the graph stops below)

  StringPool keys_;
  std::vector<std::uint32_t> vertex_;  // by key id: its one entity, or kShared
  std::unordered_map<std::uint32_t, std::vector<Vertex>> shared_;  // keys of several entities
};

}  // namespace kg::detail
