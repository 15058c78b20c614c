// kg stats GRAPH: counts, the most connected and most central entities, components.
#include <algorithm>
#include <iomanip>
#include <iostream>

#include "commands.hpp"
#include "graph_source.hpp"
#include "kg/query/statistics.hpp"
#include "query_commands.hpp"

namespace kg::cli {
namespace {

struct StatsOptions {
  std::string graph;
  std::size_t top = 10;
  bool untyped = false;
};

void print_counts(const char* title, const std::map<std::string, std::size_t>& counts) {
  std::cout << title << '\n';
  for (const auto& [name, count] : counts) std::cout << "  " << name << '\t' << count << '\n';
}

void print_ranking(const KnowledgeGraph& graph, const char* title,
                   const std::vector<query::RankedEntity>& ranking, int precision) {
  std::cout << title << '\n' << std::fixed << std::setprecision(precision);
  for (const auto& r : ranking) {
    const Entity& e = graph.entity(r.vertex);
    std::cout << "  " << e.name << " (" << e.type << ")\t" << r.score << '\n';
  }
}

void run_stats(const StatsOptions& options, const Context& context) {
  const LoadedGraph loaded = load_graph_argument(options.graph, context);
  const auto stats = query::statistics(loaded.graph, loaded.ontology, options.top, options.untyped);
  const std::size_t singletons = static_cast<std::size_t>(
      std::count(stats.component_sizes.begin(), stats.component_sizes.end(), std::size_t{1}));
  std::cout << "documents\t" << stats.documents << '\n'
            << "entities\t" << stats.entities << '\n'
            << "relations\t" << stats.relations << '\n'
            << "components\t" << stats.component_sizes.size() << " (largest "
            << (stats.component_sizes.empty() ? 0 : stats.component_sizes.front()) << " entities, "
            << singletons << " unconnected)\n";
  print_counts("entities by type", stats.by_type);
  print_counts("relations by predicate", stats.by_predicate);
  print_ranking(loaded.graph, "top entities by degree", stats.top_degree, 0);
  print_ranking(loaded.graph, "top entities by PageRank", stats.top_pagerank, 4);
}

}  // namespace

void add_stats_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<StatsOptions>();
  auto* command = app.add_subcommand("stats", "Summarise a graph: counts, central entities, components");
  command->add_option("GRAPH", options->graph,
                      "A graph saved by kg build (.jsonld, .graphml), or text input to extract now")
      ->required();
  command->add_option("--top", options->top, "How many entities each ranking lists")->capture_default_str();
  command->add_flag("--untyped", options->untyped,
                    "Count relatedTo (co-occurrence) edges in degree, PageRank and components");
  add_knowledge_options(*command, context);
  command->footer(
      "Counts cover every relation. Degree, PageRank (damping 0.85, ranks sum to 1) and\n"
      "connected components follow typed relations only, unless --untyped.");
  command->callback([options, &context] { run_stats(*options, context); });
}

}  // namespace kg::cli
