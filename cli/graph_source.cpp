#include "graph_source.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <optional>

#include "input_files.hpp"
#include "kg/extract/chunk_reader.hpp"
#include "kg/extract/parallel_extraction.hpp"
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

// The warning for invalid UTF-8, once per document however many pieces it was read in.
class ReplacementWarnings {
 public:
  explicit ReplacementWarnings(std::optional<Progress>& progress) : progress_(progress) {}
  void add(const extract::DocumentReport& report) {
    if (report.document != document_) flush();
    document_ = report.document;
    name_ = report.name;
    replaced_ += report.replaced_bytes;
  }
  void flush() {
    if (replaced_ == 0) return;
    if (progress_) progress_->finish();
    spdlog::warn("{}: {} bytes of invalid UTF-8 replaced by U+FFFD", name_, replaced_);
    replaced_ = 0;
  }

 private:
  std::optional<Progress>& progress_;
  DocumentId document_ = 0;
  std::string name_;
  std::uint64_t replaced_ = 0;
};

KnowledgeGraph extract_graph(const std::vector<std::string>& inputs, const extract::Extractor& extractor,
                             unsigned threads, std::size_t max_evidence, BuildStats* stats, bool show_progress) {
  KnowledgeGraph graph(max_evidence);
  const auto documents = expand_inputs(inputs);
  std::optional<Progress> progress;
  if (show_progress && Progress::wanted()) progress.emplace(documents.size(), total_size(documents));
  ReplacementWarnings warnings(progress);
  std::optional<DocumentId> last_document;
  auto merged = [&](const extract::DocumentReport& report, std::size_t bytes) {
    warnings.add(report);
    spdlog::debug("{}: {} code points, {} sentences, {} mentions, {} relations", report.name,
                  report.code_points, report.sentences, report.mentions, report.relations);
    if (progress) progress->advance(bytes, report.document != last_document);
    last_document = report.document;
  };
  const auto start = std::chrono::steady_clock::now();
  double read_seconds = 0;
  std::uint64_t total_bytes = 0;
  extract::ParallelExtraction extraction(extractor, graph, threads, merged);
  spdlog::info("extracting on {} thread{}", extraction.threads(), extraction.threads() == 1 ? "" : "s");
  for (const auto& name : documents) {
    const auto in = open_document(name);
    extract::ChunkReader reader(*in, name);
    std::string piece;
    for (bool first = true;; first = false) {
      const auto reading = std::chrono::steady_clock::now();
      const bool more = reader.next(piece);
      read_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - reading).count();
      if (!more) break;
      if (first && looks_binary(piece)) {
        if (progress) progress->finish();
        spdlog::warn("{}: skipped: binary data (NUL bytes), not text", name);
        break;
      }
      total_bytes += piece.size();
      extraction.submit(name, std::move(piece), !first);
    }
  }
  extraction.finish();
  warnings.flush();
  if (stats) {
    const double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double merging = extraction.merge_seconds();
    stats->add("read", read_seconds, total_bytes);
    // With several threads this is the time the merging thread waited for the workers.
    stats->add("extract", std::max(0.0, total - read_seconds - merging), total_bytes);
    stats->add("merge", merging, total_bytes);
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
  KnowledgeGraph graph = extract_graph({argument}, extractor, /*threads=*/0, KnowledgeGraph::kDefaultMaxEvidence);
  return {extractor.ontology(), std::move(graph)};
}

}  // namespace kg::cli
