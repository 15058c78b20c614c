// RelationIndex: finds the edge of (subject, predicate, object).
//
// Most entities have few relations, so the edge is found by scanning the subject's
// out-edges or the object's in-edges, whichever list is short (at most kScan entries).
// Only relations between two entities that both have more than that are in a hash table,
// an open-addressing one of 8-byte slots: an entity and the edge's position in its out- or
// in-edges, which locates the edge in O(1). Edges are never removed, so positions do not
// change, and they survive a copy of the graph, where edge descriptors would not. On the
// generated graph of 5 M relations the table holds a few thousand, not 5 M.
#pragma once

#include <cstdint>
#include <optional>

#include "kg/graph/boost_graph.hpp"
#include "kg/graph/detail/probe_table.hpp"

namespace kg::detail {

class RelationIndex {
 public:
  // The longest edge list scanned instead of looking in the table.
  static constexpr std::size_t kScan = 16;

  std::optional<Edge> find(const Graph& graph, Vertex subject, PredicateId predicate, Vertex object) const;
  // Indexes what the new edge subject -> object (the last one of both lists) makes necessary.
  void add(const Graph& graph, Vertex subject, Vertex object);

 private:
  struct Slot {
    std::uint32_t vertex = 0xffffffffu;  // the low 31 bits; the top bit: position among in-edges
    std::uint32_t position = 0;
    bool empty() const { return vertex == 0xffffffffu; }
  };
  static constexpr std::uint32_t kIncoming = 0x80000000u;

  static Edge edge(const Graph& graph, const Slot& slot);
  static std::uint64_t hash(const Graph& graph, Edge e);
  static std::uint64_t hash(Vertex subject, PredicateId predicate, Vertex object);
  void insert(const Graph& graph, Slot slot);

  ProbeTable<Slot> table_;
};

}  // namespace kg::detail
