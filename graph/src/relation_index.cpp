#include "kg/graph/detail/relation_index.hpp"

#include <stdexcept>

namespace kg::detail {

Edge RelationIndex::edge(const Graph& graph, const Slot& slot) {
  const Vertex v = slot.vertex & ~kIncoming;
  if (slot.vertex & kIncoming) return *(boost::in_edges(v, graph).first + slot.position);
  return *(boost::out_edges(v, graph).first + slot.position);
}

// Subject and object fill the 64 bits (both are below 2^32), the predicate is spread over
// them by a multiplication, and the finaliser mixes the lot (the previous hash_combine of
// the three let related keys collide and made lookups walk long bucket chains).
std::uint64_t RelationIndex::hash(Vertex subject, PredicateId predicate, Vertex object) {
  return mix64((std::uint64_t{subject} << 32 | object) ^ (std::uint64_t{predicate} + 1) * 0x9e3779b97f4a7c15ULL);
}

std::uint64_t RelationIndex::hash(const Graph& graph, Edge e) {
  return hash(boost::source(e, graph), graph[e].predicate, boost::target(e, graph));
}

std::optional<Edge> RelationIndex::find(const Graph& graph, Vertex subject, PredicateId predicate,
                                        Vertex object) const {
  if (boost::out_degree(subject, graph) <= kScan) {
    for (const Edge e : boost::make_iterator_range(boost::out_edges(subject, graph)))
      if (boost::target(e, graph) == object && graph[e].predicate == predicate) return e;
    return std::nullopt;
  }
  if (boost::in_degree(object, graph) <= kScan) {
    for (const Edge e : boost::make_iterator_range(boost::in_edges(object, graph)))
      if (boost::source(e, graph) == subject && graph[e].predicate == predicate) return e;
    return std::nullopt;
  }
  const Slot* slot = table_.find(hash(subject, predicate, object), [&](const Slot& s) {
    const Edge e = edge(graph, s);
    return boost::source(e, graph) == subject && boost::target(e, graph) == object &&
           graph[e].predicate == predicate;
  });
  if (!slot) return std::nullopt;
  return edge(graph, *slot);
}

void RelationIndex::insert(const Graph& graph, Slot slot) {
  table_.insert(hash(graph, edge(graph, slot)), slot, [&](const Slot& s) { return hash(graph, edge(graph, s)); });
}

// An edge belongs in the table once both its subject's out-edges and its object's in-edges
// are longer than kScan: when the new edge makes one of the lists cross that length, the
// list's edges whose other end is already long enough go in (the new edge among them).
void RelationIndex::add(const Graph& graph, Vertex subject, Vertex object) {
  if (subject >= kIncoming || object >= kIncoming)
    throw std::length_error("more than 2^31 - 1 entities with relations");  // slots keep 31 bits
  const std::size_t out = boost::out_degree(subject, graph);
  const std::size_t in = boost::in_degree(object, graph);
  if (out > 0xffffffffu || in > 0xffffffffu)
    throw std::length_error("more than 2^32 relations at one entity");  // positions are 32-bit
  const auto s = static_cast<std::uint32_t>(subject);
  const auto o = static_cast<std::uint32_t>(object);
  const bool subject_crossed = out == kScan + 1;
  const bool object_crossed = in == kScan + 1;
  if (subject_crossed) {
    std::uint32_t position = 0;
    for (const Edge e : boost::make_iterator_range(boost::out_edges(subject, graph))) {
      if (boost::in_degree(boost::target(e, graph), graph) > kScan) insert(graph, Slot{s, position});
      ++position;
    }
  }
  if (object_crossed) {
    std::uint32_t position = 0;
    for (const Edge e : boost::make_iterator_range(boost::in_edges(object, graph))) {
      const Vertex source = boost::source(e, graph);
      // The subject's edges are in already if its list has just crossed too.
      if (boost::out_degree(source, graph) > kScan && !(subject_crossed && source == subject))
        insert(graph, Slot{o | kIncoming, position});
      ++position;
    }
  }
  if (!subject_crossed && !object_crossed && out > kScan && in > kScan)
    insert(graph, Slot{s, static_cast<std::uint32_t>(out - 1)});
}

}  // namespace kg::detail
