// Listing the relations that match a (subject?, predicate?, object?) triple, each with
// the evidence the graph holds for it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kg/graph/knowledge_graph.hpp"
#include "kg/query/edge_filter.hpp"

namespace kg::query {

struct RelationPattern {
  std::optional<Vertex> subject;   // unset: any
  std::optional<std::string> predicate;  // unset: any typed predicate
  std::optional<Vertex> object;    // unset: any
};

// One match. A symmetric relation stored B -> A matches (A, p, B) too: then `reversed`
// is set and subject/object are as matched, not as stored.
struct RelationMatch {
  Edge edge;
  Vertex subject;
  Vertex object;
  bool reversed = false;
};

// The relations matching `pattern`, with symmetric predicates matched both ways; an unset
// predicate ranges over typed predicates only (name relatedTo to get co-occurrences).
// Uses out_edges(subject) or in_edges(object) when either is bound:
// O(degree) then, O(relations) with both unset. Order: storage order of the edges.
std::vector<RelationMatch> match_relations(const KnowledgeGraph& graph, const Ontology& ontology,
                                           const RelationPattern& pattern);

}  // namespace kg::query
