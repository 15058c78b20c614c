#include "graph_source.hpp"

#include <spdlog/spdlog.h>

#include <filesystem>
#include <optional>

#include "input_files.hpp"
#include "kg/io/import.hpp"
#include "progress.hpp"

namespace kg::cli {

namespace {

// Bytes of the documents that are files, for the progress line's time left.
std::uint64_t total_size(const std::vector<std::string>& documents) {
  std::uint64_t total = 0;
  for (const auto& name : documents) {
    std::error_code error;
    const auto size = name == "-" ? 0 : std::filesystem::file_size(name, error);
    if (!error) total += size;
  }
  return total;
}

}  // namespace

KnowledgeGraph extract_graph(const std::vector<std::string>& inputs, const extract::Extractor& extractor,
                             BuildStats* stats, bool show_progress) {
  KnowledgeGraph graph;
  const auto documents = expand_inputs(inputs);
  std::optional<Progress> progress;
  if (show_progress && Progress::wanted()) progress.emplace(documents.size(), total_size(documents));
  for (const auto& name : documents) {
    StageTimer reading(stats, "read");
    const std::string bytes = read_document(name);
    reading.set_bytes(bytes.size());
    reading.stop();
    if (looks_binary(bytes)) {
      if (progress) progress->finish();
      spdlog::warn("{}: skipped: binary data (NUL bytes), not text", name);
      if (progress) progress->advance(bytes.size());
      continue;
    }
    StageTimer extracting(stats, "extract");
    extracting.set_bytes(bytes.size());
    const auto result = extractor.extract(name, bytes);
    extracting.stop();
    StageTimer merging(stats, "merge");
    merging.set_bytes(bytes.size());
    const auto report = extractor.merge(graph, *result);
    merging.stop();
    if (progress && report.replaced_bytes > 0) progress->finish();
    if (report.replaced_bytes > 0)
      spdlog::warn("{}: {} bytes of invalid UTF-8 replaced by U+FFFD", name, report.replaced_bytes);
    spdlog::debug("{}: {} code points, {} sentences, {} mentions, {} relations", name,
                  report.code_points, report.sentences, report.mentions, report.relations);
    if (progress) progress->advance(bytes.size());
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
