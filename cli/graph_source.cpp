#include "graph_source.hpp"

#include <spdlog/spdlog.h>

#include "input_files.hpp"
#include "kg/io/import.hpp"

namespace kg::cli {

KnowledgeGraph extract_graph(const std::vector<std::string>& inputs, const extract::Extractor& extractor) {
  KnowledgeGraph graph;
  for (const auto& name : expand_inputs(inputs)) {
    const std::string bytes = read_document(name);
    if (looks_binary(bytes)) {
      spdlog::warn("{}: skipped: binary data (NUL bytes), not text", name);
      continue;
    }
    const auto report = extractor.add_document(graph, name, bytes);
    if (report.replaced_bytes > 0)
      spdlog::warn("{}: {} bytes of invalid UTF-8 replaced by U+FFFD", name, report.replaced_bytes);
    spdlog::debug("{}: {} code points, {} sentences, {} mentions, {} relations", name,
                  report.code_points, report.sentences, report.mentions, report.relations);
  }
  return graph;
}

LoadedGraph load_graph_argument(const std::string& argument, const Context& context) {
  const auto paths = resolve_knowledge(context);
  if (io::is_graph_file(argument)) {
    Ontology ontology = Ontology::load(paths.ontology);
    KnowledgeGraph graph = io::read_graph(argument, ontology);
    return {std::move(ontology), std::move(graph)};
  }
  const extract::Extractor extractor(paths);
  KnowledgeGraph graph = extract_graph({argument}, extractor);
  return {extractor.ontology(), std::move(graph)};
}

}  // namespace kg::cli
