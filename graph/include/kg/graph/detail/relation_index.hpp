// RelationIndex: finds the edge of (subject, predicate, object). An entry is the subject and
// the edge's position among the subject's out-edges (8 bytes in an open-addressing table),
// which locates the edge in O(1): out-edges are never removed, so positions do not change,
// and they survive a copy of the graph, where edge descriptors would not.
#pragma once

#include <cstdint>
#include <optional>

#include "kg/graph/boost_graph.hpp"
#include "kg/graph/detail/probe_table.hpp"

namespace kg::detail {

class RelationIndex {
 public:
  std::optional<Edge> find(const Graph& graph, Vertex subject, PredicateId predicate, Vertex object) const;
  // Indexes the newest out-edge of `subject`, just added.
  void add(const Graph& graph, Vertex subject);

 private:
  struct Slot {
    std::uint32_t subject = 0xffffffffu;
    std::uint32_t position = 0;  // in out_edges(subject)
    bool empty() const { return subject == 0xffffffffu; }
  };
  static Edge edge(const Graph& graph, const Slot& slot);
  static std::uint64_t hash(Vertex subject, PredicateId predicate, Vertex object);

  ProbeTable<Slot> table_;
};

}  // namespace kg::detail
