// kg query GRAPH PATTERN: triple patterns over a graph, answers as TSV or JSON.
#include <spdlog/spdlog.h>

#include <iostream>

#include "commands.hpp"
#include "graph_source.hpp"
#include "kg/query/engine.hpp"
#include "kg/query/lookup.hpp"
#include "kg/query/query_error.hpp"
#include "kg/query/result_writer.hpp"
#include "query_commands.hpp"

namespace kg::cli {
namespace {

struct QueryOptions {
  std::string graph;
  std::string pattern;
  bool json = false;
  bool evidence = false;
};

void run_pattern_query(const QueryOptions& options, const Context& context) {
  // A syntax error needs no graph: report it before loading or extracting anything.
  query::Pattern pattern;
  try {
    pattern = query::parse_pattern(options.pattern);
  } catch (const query::QueryError& e) {
    throw CommandFailure(kUsage, std::string(e.what()) + "\n" + e.caret_display());
  }
  const LoadedGraph loaded = load_graph_argument(options.graph, context);
  query::QueryResult result;
  try {
    result = query::run_query(loaded.graph, loaded.ontology, pattern);
  } catch (const query::QueryError& e) {
    throw CommandFailure(kUsage, std::string(e.what()) + "\n" + e.caret_display());
  } catch (const query::UnknownEntity& e) {
    throw CommandFailure(kBadInput, e.what());
  }
  if (result.truncated)
    spdlog::warn("the answer has more than {} rows; only the first {} found are printed: bind more terms",
                 query::kMaxSolutions, query::kMaxSolutions);
  const query::ResultFormat format{.evidence = options.evidence};
  if (options.json) query::write_json(result, loaded.graph, std::cout, format);
  else query::write_tsv(result, loaded.graph, std::cout, format);
}

}  // namespace

void add_pattern_query_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<QueryOptions>();
  auto* command = app.add_subcommand("query", "Answer a triple-pattern query over a graph");
  command->add_option("GRAPH", options->graph,
                      "A graph saved by kg build (.jsonld, .graphml), or text input to extract now")
      ->required();
  command->add_option("PATTERN", options->pattern,
                      "Triple patterns joined by ' . ', e.g. '?p founderOf ?o . ?x leaderOf ?o'")
      ->required();
  command->add_flag("--json", options->json, "Print the answer as JSON instead of TSV");
  command->add_flag("--evidence", options->evidence,
                    "Add the evidence sentences of each matched relation");
  add_knowledge_options(*command, context);
  command->footer(
      "Terms: ?variables, predicate names, entity names or aliases (quote \"...\" or '...' when\n"
      "they contain spaces); '?x a Person' constrains a type. Symmetric predicates match both\n"
      "ways; a predicate variable ranges over typed predicates (name relatedTo to get\n"
      "co-occurrences). Prints a header of ?variables and one row per answer, sorted.\n"
      "Exit 1 for an unknown entity (closest names offered), 2 for a malformed pattern.");
  command->callback([options, &context] { run_pattern_query(*options, context); });
}

}  // namespace kg::cli
