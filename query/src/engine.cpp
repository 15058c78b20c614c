#include "kg/query/engine.hpp"

#include <algorithm>
#include <limits>

#include "kg/query/lookup.hpp"
#include "kg/query/query_error.hpp"
#include "plan.hpp"

namespace kg::query {
namespace {

const char* kind_name(ValueKind kind) {
  switch (kind) {
    case ValueKind::Entity: return "an entity";
    case ValueKind::Predicate: return "a predicate";
    case ValueKind::Type: return "a type";
  }
  return "a value";
}

// Turns the terms of a parsed pattern into slots, checking names against the graph and
// the ontology. Errors name the first offending term in reading order.
class Resolver {
 public:
  Resolver(const KnowledgeGraph& graph, const Ontology& ontology, const Pattern& pattern)
      : graph_(graph), ontology_(ontology), pattern_(pattern) {}

  detail::Plan resolve() {
    detail::Plan plan;
    plan.patterns = pattern_.triples.size();
    for (std::size_t i = 0; i < pattern_.triples.size(); ++i) {
      const TriplePattern& triple = pattern_.triples[i];
      detail::Step step;
      step.pattern = i;
      step.type_constraint = triple.is_type_constraint();
      step.subject = entity_slot(triple.subject, plan);
      if (step.type_constraint) {
        step.object = type_slot(triple.object, plan);
      } else {
        step.predicate = predicate_slot(triple.predicate, plan);
        step.object = entity_slot(triple.object, plan);
      }
      plan.steps.push_back(std::move(step));
    }
    return plan;
  }

 private:
  [[noreturn]] void fail(const Term& term, const std::string& problem) const {
    throw QueryError(pattern_.text, term.offset, problem);
  }

  int variable(const Term& term, ValueKind kind, detail::Plan& plan) const {
    for (std::size_t i = 0; i < plan.variables.size(); ++i) {
      if (plan.variables[i].name != term.text) continue;
      if (plan.variables[i].kind != kind)
        fail(term, "?" + term.text + " is used as " + kind_name(plan.variables[i].kind) + " and as " +
                       kind_name(kind));
      return static_cast<int>(i);
    }
    plan.variables.push_back(Variable{term.text, kind});
    return static_cast<int>(plan.variables.size() - 1);
  }

  detail::Slot entity_slot(const Term& term, detail::Plan& plan) const {
    detail::Slot slot;
    if (term.is_variable()) slot.variable = variable(term, ValueKind::Entity, plan);
    else slot.entities = require_entities(graph_, term.text);
    return slot;
  }

  detail::Slot predicate_slot(const Term& term, detail::Plan& plan) const {
    detail::Slot slot;
    if (term.is_variable()) {
      slot.variable = variable(term, ValueKind::Predicate, plan);
      return slot;
    }
    if (!known_predicate(graph_, ontology_, term.text)) fail(term, unknown_predicate_message(ontology_, term.text));
    slot.name = term.text;
    return slot;
  }

  detail::Slot type_slot(const Term& term, detail::Plan& plan) const {
    detail::Slot slot;
    if (term.is_variable()) {
      slot.variable = variable(term, ValueKind::Type, plan);
      return slot;
    }
    if (!known_type(graph_, ontology_, term.text)) fail(term, unknown_type_message(ontology_, term.text));
    slot.name = term.text;
    return slot;
  }

  const KnowledgeGraph& graph_;
  const Ontology& ontology_;
  const Pattern& pattern_;
};

// Estimated matches of a step given which variables are bound: a greedy order by this
// evaluates bound, selective patterns first and never starts with a scan when an anchor exists.
double estimated_cost(const KnowledgeGraph& graph, const detail::Step& step, const std::vector<bool>& bound) {
  const Graph& g = graph.graph();
  const double entities = std::max<double>(1.0, static_cast<double>(graph.entity_count()));
  const double relations = static_cast<double>(graph.relation_count());
  const double average_degree = 2.0 * relations / entities + 1.0;
  // Relations at a bound slot: exact for named entities, the average for a bound variable.
  const auto fan_out = [&](const detail::Slot& slot) -> std::optional<double> {
    if (slot.is_variable())
      return bound[static_cast<std::size_t>(slot.variable)] ? std::optional(average_degree) : std::nullopt;
    double sum = 0.0;
    for (const Vertex v : slot.entities)
      sum += static_cast<double>(boost::out_degree(v, g) + boost::in_degree(v, g));
    return sum;
  };
  const auto subject = fan_out(step.subject);
  if (step.type_constraint) return subject ? 0.0 : entities;
  const auto object = fan_out(step.object);
  if (subject && object) return std::min(*subject, *object) / 2.0;
  if (subject) return *subject;
  if (object) return *object;
  return relations + entities;  // a scan: last unless nothing else is left
}

void order_steps(const KnowledgeGraph& graph, detail::Plan& plan) {
  std::vector<bool> bound(plan.variables.size(), false);
  std::vector<detail::Step> remaining = std::move(plan.steps);
  plan.steps.clear();
  while (!remaining.empty()) {
    std::size_t best = 0;
    double best_cost = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < remaining.size(); ++i) {
      const double cost = estimated_cost(graph, remaining[i], bound);
      if (cost < best_cost) best = i, best_cost = cost;
    }
    for (const auto* slot : {&remaining[best].subject, &remaining[best].predicate, &remaining[best].object})
      if (slot->is_variable()) bound[static_cast<std::size_t>(slot->variable)] = true;
    plan.steps.push_back(std::move(remaining[best]));
    remaining.erase(remaining.begin() + static_cast<std::ptrdiff_t>(best));
  }
}

// Solutions in the order users read them: by the shown values, then by vertex and by the
// relations matched, so that equal names still sort the same way every run.
void sort_solutions(const KnowledgeGraph& graph, const std::vector<Variable>& variables,
                    std::vector<Solution>& solutions) {
  const Graph& g = graph.graph();
  const auto edge_key = [&](const std::optional<Edge>& e) {
    return e ? std::tuple(boost::source(*e, g), boost::target(*e, g), graph.predicate(*e))
             : std::tuple(Vertex{0}, Vertex{0}, std::string_view{});
  };
  std::sort(solutions.begin(), solutions.end(), [&](const Solution& a, const Solution& b) {
    for (std::size_t i = 0; i < variables.size(); ++i) {
      if (variables[i].kind != ValueKind::Entity) {
        if (a.values[i].name != b.values[i].name) return a.values[i].name < b.values[i].name;
        continue;
      }
      const auto& an = g[a.values[i].entity].name;
      const auto& bn = g[b.values[i].entity].name;
      if (an != bn) return an < bn;
      if (a.values[i].entity != b.values[i].entity) return a.values[i].entity < b.values[i].entity;
    }
    for (std::size_t i = 0; i < a.edges.size(); ++i)
      if (edge_key(a.edges[i]) != edge_key(b.edges[i])) return edge_key(a.edges[i]) < edge_key(b.edges[i]);
    return false;
  });
}

}  // namespace

QueryResult run_query(const KnowledgeGraph& graph, const Ontology& ontology, const Pattern& pattern,
                      std::size_t max_solutions) {
  detail::Plan plan = Resolver(graph, ontology, pattern).resolve();
  order_steps(graph, plan);
  QueryResult result;
  result.solutions = detail::evaluate(graph, EdgeFilter(ontology), plan, max_solutions, result.truncated);
  result.variables = std::move(plan.variables);
  sort_solutions(graph, result.variables, result.solutions);
  return result;
}

QueryResult run_query(const KnowledgeGraph& graph, const Ontology& ontology, std::string_view pattern) {
  return run_query(graph, ontology, parse_pattern(pattern));
}

std::string display(const KnowledgeGraph& graph, const Variable& variable, const Value& value) {
  if (variable.kind == ValueKind::Entity) return graph.entity(value.entity).name;
  return std::string(value.name);
}

}  // namespace kg::query
