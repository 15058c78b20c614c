// Writers for the graph formats users open in other tools: DOT (Graphviz), SVG (rendered
// in process through gvc), GraphML (Gephi, networkx, igraph), GEXF 1.3 (Gephi) and
// JSON-LD 1.1 (linked data). Each writes to a stream; write_all() writes files atomically.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "kg/graph/knowledge_graph.hpp"
#include "kg/ontology/ontology.hpp"

namespace kg::io {

enum class Format { Dot, Svg, GraphML, Gexf, JsonLd };

struct ExportOptions {
  std::string base_iri = "https://w3id.org/kg/";  // entity @ids are BASE + "entity/" + id
  std::string generator = "kg";                   // name and version of the producing tool
  bool include_untyped = true;                    // write relatedTo (co-occurrence) edges
};

// "dot" -> Format::Dot, ...; throws std::invalid_argument naming the unknown format.
Format parse_format(std::string_view name);
std::string_view format_name(Format format);
std::string_view file_extension(Format format);   // "dot", "svg", "graphml", "gexf", "jsonld"

void write_dot(const KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out,
               const ExportOptions& options = {});
void write_svg(const KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out,
               const ExportOptions& options = {});
void write_graphml(const KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out,
                   const ExportOptions& options = {});
void write_gexf(const KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out,
                const ExportOptions& options = {});
void write_jsonld(const KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out,
                  const ExportOptions& options = {});

void write(Format format, const KnowledgeGraph& graph, const Ontology& ontology,
           std::ostream& out, const ExportOptions& options = {});

// Writes OUTDIR/<stem>.<ext> for each format, each through a temporary file renamed into
// place, so a failure leaves the previous file intact. Returns the paths written.
// Throws SourceError (ErrorKind::Output) naming the file when it cannot be written.
std::vector<std::filesystem::path> write_all(const KnowledgeGraph& graph, const Ontology& ontology,
                                             const std::filesystem::path& outdir,
                                             const std::vector<Format>& formats,
                                             const ExportOptions& options = {},
                                             const std::string& stem = "graph");

}  // namespace kg::io
