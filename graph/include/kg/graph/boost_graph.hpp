// The Boost.Graph type a KnowledgeGraph is: entities are the vertices' bundled property,
// relations the edges' (RelationEdge: weight, predicate id, where the evidence is).
// vecS vertices give dense indices (Vertex is an index); bidirectionalS gives in-edges for
// walks against the direction; listS edge storage keeps every edge's property at a fixed
// address as edges are added (a vecS edge list would move them, and its out-edge entries are
// half as large again). Any Boost algorithm for bidirectional graphs runs on it.
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include "kg/graph/model.hpp"

namespace kg {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Entity, RelationEdge,
                                    boost::no_property, boost::listS>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

}  // namespace kg
