// kg path GRAPH A B: how two entities are connected, one relation per line.
#include <spdlog/spdlog.h>

#include <iostream>

#include "commands.hpp"
#include "graph_source.hpp"
#include "kg/query/path.hpp"
#include "query_commands.hpp"

namespace kg::cli {
namespace {

struct PathCommandOptions {
  std::string graph;
  std::string from;
  std::string to;
  bool directed = false;
  bool untyped = false;
  std::vector<std::string> predicates;
  bool evidence = false;
};

void run_path(const PathCommandOptions& options, const Context& context) {
  const LoadedGraph loaded = load_graph_argument(options.graph, context);
  const KnowledgeGraph& graph = loaded.graph;
  check_predicates(graph, loaded.ontology, options.predicates);
  const Vertex from = entity_named(graph, options.from);
  const Vertex to = entity_named(graph, options.to);
  const auto path = query::shortest_path(graph, loaded.ontology, from, to,
                                         {.directed = options.directed,
                                          .include_untyped = options.untyped,
                                          .predicates = options.predicates});
  if (!path) {
    // Not an error: the answer is that there is no connection. stdout stays empty.
    spdlog::warn("no path from {} to {}{}", graph.entity(from).name, graph.entity(to).name,
                 options.untyped ? "" : " over typed relations (try --untyped)");
    return;
  }
  if (path->empty()) spdlog::info("\"{}\" and \"{}\" are the same entity", options.from, options.to);
  for (const auto& hop : *path) {
    std::cout << describe_step(graph, loaded.ontology, hop.from, hop.to, hop.edge) << '\n';
    if (!options.evidence) continue;
    for (const auto& e : graph.relation(hop.edge).evidence) std::cout << "    " << e.sentence << '\n';
  }
}

}  // namespace

void add_path_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<PathCommandOptions>();
  auto* command = app.add_subcommand("path", "Show how two entities are connected");
  command->add_option("GRAPH", options->graph,
                      "A graph saved by kg build (.jsonld, .graphml), or text input to extract now")
      ->required();
  command->add_option("A", options->from, "The first entity, by name or alias")->required();
  command->add_option("B", options->to, "The second entity, by name or alias")->required();
  command->add_flag("--directed", options->directed,
                    "Follow relations from subject to object only (symmetric ones either way)");
  command->add_flag("--untyped", options->untyped, "Also walk relatedTo (co-occurrence) edges");
  command->add_option("--predicate", options->predicates,
                      "Walk only relations with this predicate (repeatable; default: all typed)");
  command->add_flag("--evidence", options->evidence, "Print the evidence sentences under each hop");
  add_knowledge_options(*command, context);
  command->footer(
      "Prints a shortest chain of relations, one hop per line: 'A -p-> B' when the relation\n"
      "runs A to B, 'A <-p- B' when it runs B to A, 'A -p- B' for symmetric ones. Relations are\n"
      "walked either way unless --directed. Prints nothing (and warns) when there is no path.");
  command->callback([options, &context] { run_path(*options, context); });
}

}  // namespace kg::cli
