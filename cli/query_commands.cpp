// kg query, neighbors, path and stats: registration and the helpers they share.
#include "query_commands.hpp"

#include "commands.hpp"
#include "kg/query/lookup.hpp"

namespace kg::cli {

void add_query_commands(CLI::App& app, Context& context) {
  add_pattern_query_command(app, context);
  add_neighbors_command(app, context);
  add_path_command(app, context);
  add_stats_command(app, context);
}

Vertex entity_named(const KnowledgeGraph& graph, const std::string& name) {
  try {
    return query::require_entity(graph, name);
  } catch (const query::UnknownEntity& e) {
    throw CommandFailure(kBadInput, e.what());
  }
}

void check_predicates(const KnowledgeGraph& graph, const Ontology& ontology, const std::vector<std::string>& names) {
  for (const auto& name : names)
    if (!query::known_predicate(graph, ontology, name))
      throw CommandFailure(kUsage, query::unknown_predicate_message(ontology, name));
}

void check_types(const KnowledgeGraph& graph, const Ontology& ontology, const std::vector<std::string>& names) {
  for (const auto& name : names)
    if (!query::known_type(graph, ontology, name))
      throw CommandFailure(kUsage, query::unknown_type_message(ontology, name));
}

std::string describe_step(const KnowledgeGraph& graph, const Ontology& ontology, Vertex from, Vertex to,
                          Edge edge) {
  const std::string predicate(graph.predicate(edge));
  const Predicate* known = ontology.predicate(predicate);
  std::string arrow;
  if (known && known->symmetric) arrow = " -" + predicate + "- ";
  else if (graph.source(edge) == from) arrow = " -" + predicate + "-> ";
  else arrow = " <-" + predicate + "- ";
  return graph.entity(from).name + arrow + graph.entity(to).name;
}

}  // namespace kg::cli
