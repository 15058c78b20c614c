// Node ids for the XML exports (GraphML, GEXF): the entity ids themselves. An id XML cannot
// carry unchanged (control characters) is repaired and made unique again with a "~N" suffix,
// so the file stays valid whatever the ids hold.
#pragma once

#include <string>
#include <vector>

#include "kg/graph/knowledge_graph.hpp"

namespace kg::io::detail {

std::vector<std::string> xml_node_ids(const KnowledgeGraph& graph);

}  // namespace kg::io::detail
