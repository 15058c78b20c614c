#include "kg/graph/detail/relation_index.hpp"

#include <stdexcept>

namespace kg::detail {

Edge RelationIndex::edge(const Graph& graph, const Slot& slot) {
  return *(boost::out_edges(slot.subject, graph).first + slot.position);
}

// Subject and object fill the 64 bits (both are below 2^32), the predicate is spread over
// them by a multiplication, and the finaliser mixes the lot (the previous hash_combine of
// the three let related keys collide and made lookups walk long bucket chains).
std::uint64_t RelationIndex::hash(Vertex subject, PredicateId predicate, Vertex object) {
  return mix64((std::uint64_t{subject} << 32 | object) ^ (std::uint64_t{predicate} + 1) * 0x9e3779b97f4a7c15ULL);
}

std::optional<Edge> RelationIndex::find(const Graph& graph, Vertex subject, PredicateId predicate,
                                        Vertex object) const {
  const Slot* slot = table_.find(hash(subject, predicate, object), [&](const Slot& s) {
    if (s.subject != subject) return false;
    const Edge e = edge(graph, s);
    return boost::target(e, graph) == object && graph[e].predicate == predicate;
  });
  if (!slot) return std::nullopt;
  return edge(graph, *slot);
}

void RelationIndex::add(const Graph& graph, Vertex subject) {
  if (boost::out_degree(subject, graph) > 0xffffffffu)
    throw std::length_error("more than 2^32 relations from one entity");  // positions are 32-bit
  const Slot slot{static_cast<std::uint32_t>(subject), static_cast<std::uint32_t>(boost::out_degree(subject, graph) - 1)};
  const Edge e = edge(graph, slot);
  table_.insert(hash(subject, graph[e].predicate, boost::target(e, graph)), slot, [&](const Slot& s) {
    const Edge stored = edge(graph, s);
    return hash(s.subject, graph[stored].predicate, boost::target(stored, graph));
  });
}

}  // namespace kg::detail
