// Node ids for the XML exports: the entity ids themselves where the format allows them.
// GEXF ids may be any XML text; GraphML ids must be NMTOKENs (XML name characters only).
// An id that does not fit is repaired (U+FFFD for XML-illegal characters, `_` for non-name
// characters) and made unique again with a `_N` suffix, so the file stays valid whatever the
// ids hold; writers record the original id beside a repaired one.
#pragma once

#include <string>
#include <vector>

#include "kg/graph/knowledge_graph.hpp"

namespace kg::io::detail {

enum class IdRule { XmlText, NmToken };

std::vector<std::string> xml_node_ids(const KnowledgeGraph& graph, IdRule rule);

}  // namespace kg::io::detail
