// The Boost.Graph type a KnowledgeGraph is: entities are the vertices' bundled property,
// relations the edges' (RelationEdge: weight, predicate id, first evidence record).
// vecS vertices give dense indices (Vertex is an index); bidirectionalS gives in-edges for
// walks against the direction. Two containers are chosen through Boost's container_gen
// customisation point, for memory (the graph holds millions of relations):
// - the edge list (pooled_listS) is a std::list, as with listS, so that every edge's property
//   stays at a fixed address as edges are added (a vecS edge list would move them, and its
//   out-edge entries are half as large again), with its nodes from a pool;
// - each entity's out- and in-edges (compact_vecS) are a vector as with vecS, with smaller
//   headers and growth (detail::EdgeVector).
// Any Boost algorithm for bidirectional graphs runs on it.
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <list>

#include "kg/graph/detail/edge_vector.hpp"
#include "kg/graph/detail/node_pool.hpp"
#include "kg/graph/model.hpp"

namespace kg {
// The EdgeList selector: std::list with pooled nodes.
struct pooled_listS {};
// The OutEdgeList selector (in-edges too): detail::EdgeVector.
struct compact_vecS {};
}  // namespace kg

namespace boost {
template <class ValueType>
struct container_gen<kg::pooled_listS, ValueType> {
  using type = std::list<ValueType, kg::detail::PoolAllocator<ValueType>>;
};
template <>
struct parallel_edge_traits<kg::pooled_listS> {
  using type = allow_parallel_edge_tag;
};
template <class ValueType>
struct container_gen<kg::compact_vecS, ValueType> {
  using type = kg::detail::EdgeVector<ValueType>;
};
template <>
struct parallel_edge_traits<kg::compact_vecS> {
  using type = allow_parallel_edge_tag;
};
}  // namespace boost

namespace kg {

using Graph = boost::adjacency_list<compact_vecS, boost::vecS, boost::bidirectionalS, Entity, RelationEdge,
                                    boost::no_property, pooled_listS>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

}  // namespace kg
