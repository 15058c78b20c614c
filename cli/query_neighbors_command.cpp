// kg neighbors GRAPH ENTITY: the entities within N hops, printed or written as graph files.
#include <spdlog/spdlog.h>

#include <iostream>

#include "commands.hpp"
#include "output_options.hpp"
#include "graph_source.hpp"
#include "kg/io/export.hpp"
#include "kg/query/neighborhood.hpp"
#include "query_commands.hpp"

namespace kg::cli {
namespace {

struct NeighborsOptions {
  std::string graph;
  std::string entity;
  std::size_t depth = 1;
  std::vector<std::string> predicates;
  std::vector<std::string> types;
  bool untyped = false;
  std::vector<std::string> formats{"dot", "svg", "graphml", "gexf", "jsonld"};
  std::filesystem::path outdir;
};

void run_neighbors(const NeighborsOptions& options, const Context& context) {
  const auto formats = parse_formats(options.formats);
  const LoadedGraph loaded = load_graph_argument(options.graph, context);
  const KnowledgeGraph& graph = loaded.graph;
  check_predicates(graph, loaded.ontology, options.predicates);
  check_types(graph, loaded.ontology, options.types);
  const Vertex center = entity_named(graph, options.entity);
  const query::NeighborOptions walk{.depth = options.depth,
                                    .predicates = options.predicates,
                                    .types = options.types,
                                    .include_untyped = options.untyped};
  if (!options.outdir.empty()) {
    const KnowledgeGraph part = query::neighborhood_graph(graph, loaded.ontology, center, walk);
    for (const auto& path : io::write_all(part, loaded.ontology, options.outdir, formats, export_options(context)))
      spdlog::info("wrote {}", path.string());
    return;
  }
  std::cout << "depth\tentity\ttype\treached by\n";
  for (const auto& n : query::neighbors(graph, loaded.ontology, center, walk)) {
    const Entity& entity = graph.entity(n.vertex);
    std::cout << n.distance << '\t' << entity.name << '\t' << entity.type << '\t'
              << describe_step(graph, loaded.ontology, n.from, n.vertex, n.edge) << '\n';
  }
}

}  // namespace

void add_neighbors_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<NeighborsOptions>();
  auto* command = app.add_subcommand("neighbors", "List or export the entities around an entity");
  command->add_option("GRAPH", options->graph,
                      "A graph saved by kg build (.jsonld, .graphml), or text input to extract now")
      ->required();
  command->add_option("ENTITY", options->entity, "The entity, by name or alias")->required();
  command->add_option("--depth", options->depth, "How many hops away to go")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  command->add_option("--predicate", options->predicates,
                      "Follow only relations with this predicate (repeatable; default: all typed)");
  command->add_option("--type", options->types, "Enter only entities of this type (repeatable)");
  command->add_flag("--untyped", options->untyped,
                    "Also follow relatedTo (co-occurrence) edges when no --predicate is given");
  command->add_option("-o,--output", options->outdir,
                      "Write the neighbourhood as graph files into this folder instead of printing it");
  command->add_option("--formats", options->formats,
                      "With -o: comma-separated formats among dot,svg,graphml,gexf,jsonld (default: all)")
      ->delimiter(',');
  command->add_option("--base-iri", context.base_iri, "With -o: base IRI of entity @ids in JSON-LD")
      ->capture_default_str();
  add_knowledge_options(*command, context);
  command->footer(
      "Walks relations either way from ENTITY. Prints one line per entity reached: its depth,\n"
      "name, type and the relation it was reached by, nearest first. With -o, writes the\n"
      "entities and every relation among them (evidence kept) as OUTDIR/graph.<format>.");
  command->callback([options, &context] { run_neighbors(*options, context); });
}

}  // namespace kg::cli
