// Builds a knowledge graph from a string through the C++ API and prints the relations of
// one entity with their evidence.
//
//   example_relations [DATA_DIR] [ENTITY]
#include <iostream>
#include <string>

#include "kg/extract/extractor.hpp"
#include "kg/graph/knowledge_graph.hpp"

int main(int argc, char** argv) {
  const std::filesystem::path data = argc > 1 ? argv[1] : KG_SOURCE_DATADIR;
  const std::string wanted = argc > 2 ? argv[2] : "山姆·奥特曼";

  const std::string article =
      "OpenAI首席执行官山姆·奥特曼周二在旧金山表示，Codex将在下个月推出新功能。"
      "Anthropic的Claude和Google的Gemini是ChatGPT的主要竞争对手。"
      "Paul Graham is the co-founder of Y Combinator, which Sam Altman later led.";

  kg::extract::KnowledgePaths paths{data / "ontology.json", data / "lexicon.json", data / "patterns"};
  const kg::extract::Extractor extractor(paths);
  kg::KnowledgeGraph graph;
  extractor.add_document(graph, "example", article);

  const auto entity = graph.find(wanted);
  if (!entity) {
    std::cerr << "no entity named \"" << wanted << "\"\n";
    return 1;
  }
  const kg::Graph& g = graph.graph();
  std::cout << graph.entity(*entity).name << " (" << graph.entity(*entity).type << ")\n";
  const auto print = [&](kg::Edge e) {
    const kg::Relation& r = graph.relation(e);
    if (r.predicate == "relatedTo") return;
    std::cout << "  " << graph.entity(graph.source(e)).name << " " << r.predicate << " "
              << graph.entity(graph.target(e)).name << "\n    evidence: " << r.evidence.front().sentence
              << "\n";
  };
  for (auto e : boost::make_iterator_range(boost::out_edges(*entity, g))) print(e);
  for (auto e : boost::make_iterator_range(boost::in_edges(*entity, g))) print(e);
  return 0;
}
