// A pattern with its terms resolved against a graph, in the order the join evaluates it.
#pragma once

#include <string>
#include <vector>

#include "kg/query/edge_filter.hpp"
#include "kg/query/engine.hpp"

namespace kg::query::detail {

// A resolved term: a variable, a set of entities, or a predicate or type name.
struct Slot {
  int variable = -1;              // >= 0: index into Plan::variables
  std::vector<Vertex> entities;   // a name: every entity it names, sorted
  std::string name;               // a predicate or type name
  bool is_variable() const { return variable >= 0; }
};

struct Step {
  std::size_t pattern = 0;        // index of the triple pattern in the query
  bool type_constraint = false;   // "?x a Type"
  Slot subject, predicate, object;
};

struct Plan {
  std::vector<Variable> variables;
  std::vector<Step> steps;        // evaluation order
  std::size_t patterns = 0;
};

// The solutions of `plan`, unsorted, at most `max_solutions` (`truncated` tells whether
// there were more). `typed` decides what a predicate variable ranges over and which
// predicates are symmetric.
std::vector<Solution> evaluate(const KnowledgeGraph& graph, const EdgeFilter& typed, const Plan& plan,
                               std::size_t max_solutions, bool& truncated);

}  // namespace kg::query::detail
