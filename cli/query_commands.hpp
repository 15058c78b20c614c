// The commands that ask questions of a graph (kg query, neighbors, path, stats), and
// what they share: turning query failures into exit codes, naming entities and hops.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

#include "context.hpp"
#include "kg/graph/knowledge_graph.hpp"
#include "kg/ontology/ontology.hpp"

namespace kg::cli {

void add_pattern_query_command(CLI::App& app, Context& context);
void add_neighbors_command(CLI::App& app, Context& context);
void add_path_command(CLI::App& app, Context& context);
void add_stats_command(CLI::App& app, Context& context);

// The entity a user named; an unknown name fails with exit 1 and the closest names.
Vertex entity_named(const KnowledgeGraph& graph, const std::string& name);

// Fails with exit 2 naming the known predicates / types when the graph and ontology know
// none of `names`.
void check_predicates(const KnowledgeGraph& graph, const Ontology& ontology, const std::vector<std::string>& names);
void check_types(const KnowledgeGraph& graph, const Ontology& ontology, const std::vector<std::string>& names);

// "Sam Altman -ceoOf-> OpenAI", "Y Combinator <-leaderOf- Sam Altman", or, for a
// symmetric predicate, "Gemini -competesWith- ChatGPT".
std::string describe_step(const KnowledgeGraph& graph, const Ontology& ontology, Vertex from, Vertex to,
                          Edge edge);

}  // namespace kg::cli
