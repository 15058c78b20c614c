// The summary `kg build` prints: entities and relations by type, the most connected entities.
#pragma once

#include <iosfwd>

#include "kg/graph/knowledge_graph.hpp"

namespace kg::cli {

void print_summary(const KnowledgeGraph& graph, std::ostream& out, std::size_t top = 10);

}  // namespace kg::cli
