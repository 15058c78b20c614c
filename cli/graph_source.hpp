// Where a command's graph comes from: texts extracted now, or a graph file saved by
// `kg build` (.jsonld, .graphml) read back.
#pragma once

#include <string>
#include <vector>

#include "context.hpp"
#include "kg/extract/extractor.hpp"
#include "kg/graph/knowledge_graph.hpp"
#include "kg/ontology/ontology.hpp"

namespace kg::cli {

// Extracts every document of `inputs` (see expand_inputs) into one graph. Binary files
// are skipped and invalid UTF-8 is reported, with a warning each.
KnowledgeGraph extract_graph(const std::vector<std::string>& inputs, const extract::Extractor& extractor);

struct LoadedGraph {
  Ontology ontology;
  KnowledgeGraph graph;
};

// A saved graph file is read back; anything else is taken as text input and extracted.
LoadedGraph load_graph_argument(const std::string& argument, const Context& context);

}  // namespace kg::cli
