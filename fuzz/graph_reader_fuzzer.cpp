// Arbitrary bytes as a saved graph (JSON-LD or GraphML, chosen at build time): either a
// clean SourceError or a graph that writes out again without error.
#include <sstream>

#include "fuzz_support.hpp"
#include "kg/io/export.hpp"
#include "kg/io/import.hpp"
#include "kg/text/source_error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto path = kg::fuzz::scratch_file(data, size, KG_FUZZ_EXTENSION);
  try {
    const kg::KnowledgeGraph graph = kg::io::read_graph(path, kg::fuzz::bundled_ontology());
    std::ostringstream sink;
    kg::io::write_jsonld(graph, kg::fuzz::bundled_ontology(), sink);
    kg::io::write_graphml(graph, kg::fuzz::bundled_ontology(), sink);
  } catch (const kg::SourceError&) {
  }
  return 0;
}
