// Readers for graphs saved by kg (JSON-LD, GraphML) and for foreign GraphML. A graph
// written by kg and read back is written again byte for byte the same.
#pragma once

#include <filesystem>
#include <iosfwd>

#include "kg/graph/knowledge_graph.hpp"
#include "kg/ontology/ontology.hpp"

namespace kg::io {

// Throws SourceError (ErrorKind::Input) with file, line, column and problem.
KnowledgeGraph read_jsonld(const std::filesystem::path& path, const Ontology& ontology);
KnowledgeGraph read_graphml(const std::filesystem::path& path, const Ontology& ontology);

// By extension: .jsonld / .json -> JSON-LD, .graphml / .xml -> GraphML.
KnowledgeGraph read_graph(const std::filesystem::path& path, const Ontology& ontology);
// True when `path` names a graph file read_graph() understands (by extension).
bool is_graph_file(const std::filesystem::path& path);

}  // namespace kg::io
