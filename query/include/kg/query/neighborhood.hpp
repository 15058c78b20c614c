// The entities around one entity, up to k hops, and that part of the graph as a graph
// of its own (which the exporters can write).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "kg/graph/knowledge_graph.hpp"
#include "kg/query/edge_filter.hpp"

namespace kg::query {

struct NeighborOptions {
  std::size_t depth = 1;                 // hops from the centre
  std::vector<std::string> predicates{}; // follow only these (empty: every typed predicate)
  std::vector<std::string> types{};      // enter only entities of these types (empty: any)
  bool include_untyped = false;          // also follow relatedTo when `predicates` is empty
  Direction direction = Direction::Both;
};

// An entity reached from the centre and the relation it was first reached by.
struct Neighbor {
  Vertex vertex;
  std::size_t distance;   // hops from the centre, >= 1
  Vertex from;            // the entity one hop closer to the centre
  Edge edge;              // relation between `from` and `vertex`; the heaviest when several
};

// Breadth-first walk from `center` through admitted relations into admitted entities.
// Result: the entities within `depth` hops (the centre excluded), by distance, then
// canonical name, then vertex. O(size of the neighbourhood and its incident relations):
// never scans the whole graph.
std::vector<Neighbor> neighbors(const KnowledgeGraph& graph, const Ontology& ontology,
                                Vertex center, const NeighborOptions& options = {});

// The subgraph induced by `vertices`: those entities (ids, names, types, aliases, mentions
// kept) and every relation among them that `filter` admits (weight and evidence kept),
// plus all documents so evidence still points at its source. O(sum of their degrees).
KnowledgeGraph induced_subgraph(const KnowledgeGraph& graph, const std::vector<Vertex>& vertices,
                                const EdgeFilter& filter);

// induced_subgraph() of the centre and its neighbors(), with the same filters.
KnowledgeGraph neighborhood_graph(const KnowledgeGraph& graph, const Ontology& ontology,
                                  Vertex center, const NeighborOptions& options = {});

}  // namespace kg::query
