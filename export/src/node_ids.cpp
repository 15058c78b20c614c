#include "node_ids.hpp"

#include <unordered_set>

#include "kg/text/utf8.hpp"
#include "xml_text.hpp"

namespace kg::io::detail {

namespace {

// XML 1.0 (fifth edition) NameChar.
bool is_name_char(char32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  if (c == ':' || c == '_' || c == '-' || c == '.' || c == 0xB7) return true;
  return (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x37D) ||
         (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) || (c >= 0x203F && c <= 0x2040) ||
         (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) ||
         (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}

std::string nmtoken(std::string_view id) {
  std::string out;
  std::size_t pos = 0;
  while (pos < id.size()) {
    const std::size_t start = pos;
    const char32_t cp = text::decode_next(id, pos);
    const bool invalid = cp == text::kReplacement && pos - start == 1;
    if (!invalid && is_name_char(cp))
      out.append(id.substr(start, pos - start));
    else
      out += '_';
  }
  return out.empty() ? "_" : out;
}

}  // namespace

std::vector<std::string> xml_node_ids(const KnowledgeGraph& graph, IdRule rule) {
  std::vector<std::string> ids(graph.entity_count());
  bool repaired = false;
  for (std::size_t v = 0; v < ids.size(); ++v) {
    const std::string& id = graph.entity(v).id;
    ids[v] = rule == IdRule::NmToken ? nmtoken(id) : xml_safe(id);
    repaired = repaired || ids[v] != id;
  }
  if (!repaired) return ids;
  std::unordered_set<std::string> taken;
  for (std::size_t v = 0; v < ids.size(); ++v)
    if (ids[v] == graph.entity(v).id) taken.insert(ids[v]);
  for (std::size_t v = 0; v < ids.size(); ++v) {
    if (ids[v] == graph.entity(v).id) continue;
    std::string candidate = ids[v];
    for (int n = 2; taken.count(candidate); ++n) candidate = ids[v] + "_" + std::to_string(n);
    taken.insert(candidate);
    ids[v] = std::move(candidate);
  }
  return ids;
}

}  // namespace kg::io::detail
