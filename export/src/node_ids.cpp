#include "node_ids.hpp"

#include <unordered_set>

#include "xml_text.hpp"

namespace kg::io::detail {

std::vector<std::string> xml_node_ids(const KnowledgeGraph& graph) {
  std::vector<std::string> ids(graph.entity_count());
  bool repaired = false;
  for (std::size_t v = 0; v < ids.size(); ++v) {
    ids[v] = xml_safe(graph.entity(v).id);
    repaired = repaired || ids[v] != graph.entity(v).id;
  }
  if (!repaired) return ids;
  std::unordered_set<std::string> taken;
  for (std::size_t v = 0; v < ids.size(); ++v)
    if (ids[v] == graph.entity(v).id) taken.insert(ids[v]);
  for (std::size_t v = 0; v < ids.size(); ++v) {
    if (ids[v] == graph.entity(v).id) continue;
    std::string candidate = ids[v];
    for (int n = 2; taken.count(candidate); ++n) candidate = ids[v] + "~" + std::to_string(n);
    taken.insert(candidate);
    ids[v] = std::move(candidate);
  }
  return ids;
}

}  // namespace kg::io::detail
