// Evaluating a parsed pattern against a graph: names resolve through the alias index,
// patterns are joined on shared variables, the most selective pattern first.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph/knowledge_graph.hpp"
#include "kg/ontology/ontology.hpp"
#include "kg/query/pattern.hpp"

namespace kg::query {

// What a variable stands for, fixed by where it appears: subjects and objects are
// entities, predicates are predicate names, objects of "a" are type names.
enum class ValueKind { Entity, Predicate, Type };

struct Variable {
  std::string name;  // without '?'
  ValueKind kind;
};

// A variable's value: `entity` for ValueKind::Entity, else `name` (a predicate or type
// name owned by the graph or the ontology, valid while both live).
struct Value {
  Vertex entity = 0;
  std::string_view name;
};

struct Solution {
  std::vector<Value> values;               // one per variable, in QueryResult::variables order
  std::vector<std::optional<Edge>> edges;  // per triple pattern: the relation it matched
                                           // (nullopt for "a" type constraints)
};

// The most solutions a query returns: a pattern whose answer would be larger (a cross
// product of unrelated patterns on a big graph) stops there instead of exhausting memory.
inline constexpr std::size_t kMaxSolutions = 1'000'000;

struct QueryResult {
  std::vector<Variable> variables;   // in order of first appearance in the pattern
  std::vector<Solution> solutions;   // sorted by values (canonical names), then vertex, then edges
  bool truncated = false;            // true when the join stopped at kMaxSolutions
};

// Runs `pattern`. A name term matches every entity having it as name or alias; symmetric
// predicates match both ways; a predicate variable ranges over typed predicates.
// Throws QueryError (at the term) for an unknown predicate or type - the message lists
// the known ones - and for a variable used as two kinds of value; throws UnknownEntity
// for a name no entity has. Patterns with a bound term use the alias index and
// out_edges/in_edges; only a pattern whose subject and object are both unbound scans.
// At most `max_solutions` solutions are kept (QueryResult::truncated tells).
QueryResult run_query(const KnowledgeGraph& graph, const Ontology& ontology, const Pattern& pattern,
                      std::size_t max_solutions = kMaxSolutions);
// parse_pattern() then run_query().
QueryResult run_query(const KnowledgeGraph& graph, const Ontology& ontology, std::string_view pattern);

// How a value is shown: an entity's canonical name, or the predicate / type name.
std::string display(const KnowledgeGraph& graph, const Variable& variable, const Value& value);

}  // namespace kg::query
