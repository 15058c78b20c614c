// How two entities are connected: a shortest chain of relations between them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kg/graph/knowledge_graph.hpp"
#include "kg/query/edge_filter.hpp"

namespace kg::query {

struct PathOptions {
  bool directed = false;                // follow relations subject -> object only
  bool include_untyped = false;         // also walk relatedTo (co-occurrence) edges
  std::vector<std::string> predicates{};  // walk only these (empty: every typed predicate)
};

// One step of a path. `forward` is true when the relation is stored from -> to (for a
// symmetric relation the stored direction carries no meaning).
struct Hop {
  Vertex from;
  Vertex to;
  Edge edge;
  bool forward;
};

// A path with the fewest hops from `from` to `to` (empty when they are the same entity),
// or nullopt when there is none. Between two consecutive entities the relation with the
// highest weight is reported, then the alphabetically first predicate. Bidirectional
// breadth-first search: O(V + E) in the worst case, usually far less.
std::optional<std::vector<Hop>> shortest_path(const KnowledgeGraph& graph, const Ontology& ontology,
                                              Vertex from, Vertex to, const PathOptions& options = {});

}  // namespace kg::query
