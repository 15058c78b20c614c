// kg build: texts in, graph files out.
#include <spdlog/spdlog.h>

#include <filesystem>
#include <iostream>

#include "build_stats.hpp"
#include "commands.hpp"
#include "graph_summary.hpp"
#include "graph_source.hpp"
#include "output_options.hpp"
#include "kg/io/export.hpp"

namespace kg::cli {
namespace {

struct BuildOptions {
  std::vector<std::string> inputs;
  std::filesystem::path outdir;
  std::vector<std::string> formats{"dot", "svg", "graphml", "gexf", "jsonld"};
  bool no_cooccurrence = false;
  bool no_summary = false;
  bool stats = false;
  std::size_t top = 10;
  unsigned threads = 0;
  std::size_t max_evidence = KnowledgeGraph::kDefaultMaxEvidence;
};

void run_build(const BuildOptions& options, const Context& context) {
  const std::vector<io::Format> formats = parse_formats(options.formats);
  extract::Options extract_options;
  extract_options.cooccurrence = !options.no_cooccurrence;
  BuildStats stats;
  BuildStats* timing = options.stats ? &stats : nullptr;
  StageTimer loading(timing, "load knowledge");
  const extract::Extractor extractor(resolve_knowledge(context), extract_options);
  loading.stop();
  const KnowledgeGraph graph = extract_graph(options.inputs, extractor, options.threads, options.max_evidence, timing,
                                             /*show_progress=*/true);

  const io::ExportOptions exporting_options = export_options(context);
  // One format at a time, so that each has its own time; write_all writes them in turn anyway.
  for (const auto format : formats) {
    StageTimer exporting(timing, "export " + std::string(io::format_name(format)));
    for (const auto& path : io::write_all(graph, extractor.ontology(), options.outdir, {format}, exporting_options)) {
      std::error_code error;
      exporting.set_bytes(std::filesystem::file_size(path, error));
      spdlog::info("wrote {}", path.string());
    }
  }
  if (options.stats) stats.print(std::cerr);
  if (!options.no_summary) print_summary(graph, std::cout, options.top);
}

}  // namespace

void add_build_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<BuildOptions>();
  auto* build = app.add_subcommand("build", "Extract a knowledge graph from texts and export it");
  build->add_option("INPUT", options->inputs,
                    "UTF-8 text files, folders (their *.txt and *.md, recursively) or - for stdin")
      ->required();
  build->add_option("-o,--output", options->outdir, "Output folder (created if missing)")->required();
  build->add_option("--formats", options->formats,
                    "Comma-separated formats among dot,svg,graphml,gexf,jsonld (default: all)")
      ->delimiter(',');
  build->add_option("--base-iri", context.base_iri, "Base IRI of entity @ids in JSON-LD")
      ->capture_default_str();
  build->add_flag("--no-cooccurrence", options->no_cooccurrence,
                  "Do not add relatedTo edges between entities of the same sentence");
  build->add_flag("--no-summary", options->no_summary, "Do not print the summary");
  build->add_flag("--stats", options->stats,
                  "Print the time and throughput of each stage and the peak memory to stderr");
  build->add_option("-j,--threads", options->threads,
                    "Extraction threads; 0 means one per core. The graph is the same for any count")
      ->capture_default_str();
  build->add_option("--max-evidence", options->max_evidence,
                    "Evidence records kept per relation, the first ones in input order; the weight still "
                    "counts every distinct evidence. 0 keeps all")
      ->capture_default_str();
  build->add_option("--top", options->top, "How many most connected entities the summary lists")
      ->capture_default_str();
  add_knowledge_options(*build, context);
  build->footer(
      "Writes OUTDIR/graph.{dot,svg,graphml,gexf,jsonld}, each through a temporary file, so a\n"
      "failed run leaves earlier outputs intact. Prints a summary to stdout; logs go to stderr.\n"
      "On a terminal, a long build shows its progress on stderr.");
  build->callback([options, &context] { run_build(*options, context); });
}

}  // namespace kg::cli
