// kg-gen-graph: writes a synthetic knowledge graph of N entities and M relations in the
// format its file extension names (graphml, jsonld, dot, gexf). Deterministic for a seed.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "graph_generator.hpp"
#include "kg/io/export.hpp"
#include "kg/text/source_error.hpp"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  CLI::App app("Writes a deterministic synthetic knowledge graph");
  kg::bench::GraphShape shape;
  fs::path output, material = fs::path(KG_BENCH_GEN_DIR) / "corpus.json";
  fs::path ontology_path = fs::path(KG_SOURCE_DATADIR) / "ontology.json";
  app.add_option("--entities", shape.entities, "Entities")->capture_default_str();
  app.add_option("--relations", shape.relations, "Distinct relations")->capture_default_str();
  app.add_option("--seed", shape.seed, "Seed; the same seed gives the same graph")->capture_default_str();
  app.add_option("--material", material, "Name parts (corpus.json)")->capture_default_str();
  app.add_option("--ontology", ontology_path, "Ontology")->capture_default_str();
  app.add_option("-o,--output", output, "Output file: .graphml, .jsonld, .dot or .gexf")->required();
  CLI11_PARSE(app, argc, argv);
  try {
    const auto format = kg::io::parse_format(output.extension().string().substr(output.has_extension() ? 1 : 0));
    const kg::Ontology ontology = kg::Ontology::load(ontology_path);
    const kg::bench::Vocabulary vocabulary(kg::bench::load_name_parts(material), shape.seed);
    const kg::KnowledgeGraph graph = kg::bench::generate_graph(vocabulary, shape);
    std::ofstream out(output, std::ios::binary);
    if (!out) throw kg::SourceError(kg::ErrorKind::Output, output.string(), "cannot open for writing");
    kg::io::write(format, graph, ontology, out);
    out.flush();
    if (!out) throw kg::SourceError(kg::ErrorKind::Output, output.string(), "write error");
  } catch (const std::exception& e) {
    std::cerr << "kg-gen-graph: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
