// Extraction: text in, entities and typed relations with evidence out. Lexicon- and
// pattern-driven, deterministic, no network. An Extractor is immutable after
// construction and extract() may run concurrently on several threads.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph/knowledge_graph.hpp"
#include "kg/ontology/ontology.hpp"

namespace kg::extract {

// Where the knowledge files are. Empty paths mean "not given".
struct KnowledgePaths {
  std::filesystem::path ontology;   // data/ontology.json
  std::filesystem::path lexicon;    // data/lexicon.json
  std::filesystem::path patterns;   // data/patterns (a file or a folder of *.json)
};

struct Options {
  bool cooccurrence = true;         // add weighted relatedTo edges for co-occurring entities
  double min_confidence = 0.0;      // drop relations below this confidence
};

// What extraction found in one document, before it is merged into a graph.
struct DocumentResult;

// Counts for the user's summary and for logs.
struct DocumentReport {
  std::string name;
  DocumentId document = 0;           // where the result went in the graph
  std::uint64_t code_points = 0;
  std::uint64_t replaced_bytes = 0;  // invalid UTF-8 bytes replaced by U+FFFD
  std::uint64_t sentences = 0;
  std::uint64_t mentions = 0;
  std::uint64_t relations = 0;       // typed relations found (before merging)
};

class Extractor {
 public:
  // Loads the ontology, lexicon and patterns; throws SourceError (ErrorKind::Data) with
  // file, line, column and problem when one is malformed or names an unknown type or predicate.
  Extractor(const KnowledgePaths& paths, Options options = {});
  ~Extractor();
  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;

  const Ontology& ontology() const;

  // Extracts from one document. Thread-safe.
  std::shared_ptr<const DocumentResult> extract(std::string_view document_name,
                                                std::string_view text) const;
  // Adds a result to `graph` (documents, entities with aliases and mentions, relations
  // with evidence). Results merged in the same order give the same graph. With
  // `continues`, the result is the next piece of that document (a large file read in
  // pieces): its offsets are shifted past the pieces merged before.
  DocumentReport merge(KnowledgeGraph& graph, const DocumentResult& result,
                       std::optional<DocumentId> continues = std::nullopt) const;

  // extract() then merge().
  DocumentReport add_document(KnowledgeGraph& graph, std::string_view document_name,
                              std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::extract
