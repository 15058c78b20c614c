// A knowledge graph built directly, without extraction, for the scale benchmarks: entities of
// the synthetic vocabulary (people, organisations, products) and typed relations between them
// whose predicates the ontology admits, each with one evidence sentence as extraction would
// give. Deterministic for a given seed.
#pragma once

#include <cstdint>

#include "kg/graph/knowledge_graph.hpp"
#include "vocabulary.hpp"

namespace kg::bench {

struct GraphShape {
  std::size_t entities = 1000;
  std::size_t relations = 5000;  // distinct (subject, predicate, object) triples
  std::uint64_t seed = 1;
};

// Relations are drawn with Zipf-distributed endpoints, so a few entities are hubs.
KnowledgeGraph generate_graph(const Vocabulary& vocabulary, const GraphShape& shape);

}  // namespace kg::bench
