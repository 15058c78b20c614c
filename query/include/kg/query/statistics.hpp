// Whole-graph statistics: counts by type and predicate, degree, PageRank and connected
// components (Boost.Graph's algorithms).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "kg/graph/knowledge_graph.hpp"
#include "kg/query/edge_filter.hpp"

namespace kg::query {

// Number of admitted relations touching each vertex (a self-loop counts twice). O(V + E).
std::vector<std::size_t> degrees(const KnowledgeGraph& graph, const EdgeFilter& filter);

// PageRank of each vertex over the admitted relations, each taken as a link both ways: a
// relation's direction is grammar ("A ceoOf B" makes both more central), and one-way links
// would drain rank into entities without outgoing relations, which Boost does not hand
// back. Damping 0.85, boost::graph::page_rank until the ranks change by less than 1e-10 in
// total or 100 rounds; scaled to sum to 1. O(rounds x (V + E)).
std::vector<double> pagerank(const KnowledgeGraph& graph, const EdgeFilter& filter);

// Component number of each vertex, relations taken as undirected (weakly connected
// components, boost::connected_components); numbers run from 0 in vertex order. O(V + E).
std::vector<std::size_t> components(const KnowledgeGraph& graph, const EdgeFilter& filter);

struct RankedEntity {
  Vertex vertex;
  double score;
};

struct GraphStatistics {
  std::size_t documents = 0;
  std::size_t entities = 0;
  std::size_t relations = 0;                           // all, untyped included
  std::map<std::string, std::size_t> by_type;          // entities per type
  std::map<std::string, std::size_t> by_predicate;     // relations per predicate
  std::vector<RankedEntity> top_degree;                // highest degree first, ties by name
  std::vector<RankedEntity> top_pagerank;              // highest PageRank first, ties by name
  std::vector<std::size_t> component_sizes;            // largest first; singletons included
};

// Counts cover every relation; degree, PageRank and components follow typed relations
// only unless `include_untyped`. `top` bounds the two rankings.
GraphStatistics statistics(const KnowledgeGraph& graph, const Ontology& ontology,
                           std::size_t top = 10, bool include_untyped = false);

}  // namespace kg::query
