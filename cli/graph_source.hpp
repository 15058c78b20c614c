// Where a command's graph comes from: texts extracted now, or a graph file saved by
// `kg build` (.jsonld, .graphml) read back.
#pragma once

#include <string>
#include <vector>

#include "build_stats.hpp"
#include "context.hpp"
#include "kg/extract/extractor.hpp"
#include "kg/graph/knowledge_graph.hpp"
#include "kg/ontology/ontology.hpp"

namespace kg::cli {

// Extracts every document of `inputs` (see expand_inputs) into one graph on `threads`
// workers (0: one per core), reading each file in pieces (extract::ChunkReader) so memory
// stays bounded; the graph is the same for any thread count and keeps at most `max_evidence`
// records per relation (0: all). Binary files are skipped and invalid UTF-8 is reported,
// with a warning each. With `stats`, the read, extract and merge stages are timed into it;
// with `show_progress`, a terminal on stderr shows how far it is.
KnowledgeGraph extract_graph(const std::vector<std::string>& inputs, const extract::Extractor& extractor,
                             unsigned threads, std::size_t max_evidence, BuildStats* stats = nullptr,
                             bool show_progress = false);

struct LoadedGraph {
  Ontology ontology;
  KnowledgeGraph graph;
};

// A saved graph file is read back; anything else is taken as text input and extracted.
LoadedGraph load_graph_argument(const std::string& argument, const Context& context);

}  // namespace kg::cli
