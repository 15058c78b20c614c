// Finding entities by what users type: any name or alias (through KnowledgeGraph's alias
// index), and, when nothing matches, the closest names to suggest.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph/knowledge_graph.hpp"
#include "kg/ontology/ontology.hpp"

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

// Canonical names of up to `limit` entities whose name or an alias is close to `name`
// (compared as name keys, in code points): within about half its length in edits, or
// containing it with about a quarter of its length in edits; nearest first, ties by name.
// O(total alias length x |name|): meant for error messages, not for hot paths.
std::vector<std::string> closest_names(const KnowledgeGraph& graph, std::string_view name,
                                       std::size_t limit = 3);

// Every entity with `name` as name or alias, in vertex order (O(1) expected per hit);
// throws UnknownEntity with suggestions when there is none.
std::vector<Vertex> require_entities(const KnowledgeGraph& graph, std::string_view name);
// The first of require_entities().
Vertex require_entity(const KnowledgeGraph& graph, std::string_view name);

// True when the ontology defines the predicate or type, or - for foreign graphs - some
// relation or entity in the graph uses it. O(1) for ontology names; scans the graph otherwise.
bool known_predicate(const KnowledgeGraph& graph, const Ontology& ontology, std::string_view name);
bool known_type(const KnowledgeGraph& graph, const Ontology& ontology, std::string_view name);

// `unknown predicate "X"; known predicates: a, acquired, ...` (the ontology's, sorted,
// with the type keyword "a"), and the same for types.
std::string unknown_predicate_message(const Ontology& ontology, std::string_view name);
std::string unknown_type_message(const Ontology& ontology, std::string_view name);

}  // namespace kg::query
