// Finding entities by what users type: any name or alias (through KnowledgeGraph's alias
// index), and, when nothing matches, the closest names to suggest.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph/knowledge_graph.hpp"

namespace kg::query {

// Thrown when a name matches no entity. what() reads
// `no entity named "X"` followed by `; closest names: "A", "B"` when there are any.
class UnknownEntity : public std::runtime_error {
 public:
  UnknownEntity(std::string name, std::vector<std::string> suggestions);
  const std::string& name() const { return name_; }
  const std::vector<std::string>& suggestions() const { return suggestions_; }

 private:
  std::string name_;
  std::vector<std::string> suggestions_;
};

// Canonical names of up to `limit` entities whose name or an alias is close to `name`:
// within an edit distance of about half its length (on name keys, in code points), or
// containing it, nearest first, ties by name. O(total alias length x |name|) - meant
// for error messages, not for hot paths.
std::vector<std::string> closest_names(const KnowledgeGraph& graph, std::string_view name,
                                       std::size_t limit = 3);

// Every entity with `name` as name or alias, in vertex order (O(1) expected per hit);
// throws UnknownEntity with suggestions when there is none.
std::vector<Vertex> require_entities(const KnowledgeGraph& graph, std::string_view name);
// The first of require_entities().
Vertex require_entity(const KnowledgeGraph& graph, std::string_view name);

}  // namespace kg::query
