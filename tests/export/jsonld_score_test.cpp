// score.py (the shared evaluation) reads kg's JSON-LD and counts entities, relations and
// evidence as kg means them.
#include <doctest/doctest.h>

#include <fstream>

#include "export_fixture.hpp"
#include "kg/io/export.hpp"

using namespace kg;
using namespace kg::test;

TEST_CASE("JSON-LD: score.py counts the entities, relations and evidence") {
  const auto shared = shared_dir();
  if (shared.empty()) {
    MESSAGE("skipped: KG_SHARED_DIR (" KG_SHARED_DIR ") is absent");
    return;
  }
  if (!have_python_modules("rdflib")) {
    MESSAGE("skipped: score.py needs /usr/bin/python3 with rdflib");
    return;
  }
  ScratchDir dir("jsonld-score");
  const KnowledgeGraph graph = sample_graph();
  const auto path = dir / "graph.jsonld";
  {
    std::ofstream out(path, std::ios::binary);
    io::write_jsonld(graph, bundled_ontology(), out);
  }
  write_file(dir / "gold.json", R"({"document": "test", "entities": [
    {"id": "sam-altman", "name": "Sam Altman", "type": "Person", "aliases": ["奥特曼"], "core": true},
    {"id": "openai", "name": "OpenAI", "type": "Organization", "core": true},
    {"id": "anthropic", "name": "Anthropic", "type": "Organization"},
    {"id": "codex", "name": "Codex", "type": "Product"}],
   "relations": [
    {"subject": "sam-altman", "predicate": "ceoOf", "object": "openai", "evidence": ""},
    {"subject": "openai", "predicate": "develops", "object": "codex", "evidence": ""},
    {"subject": "anthropic", "predicate": "competesWith", "object": "openai", "evidence": ""}]})");
  std::string input;
  for (const auto e : boost::make_iterator_range(boost::edges(graph.graph())))
    for (const auto& evidence : graph.relation(e).evidence) {
      input += evidence.sentence;
      input += '\n';
    }
  write_file(dir / "input.txt", input);
  const auto result = run_command("/usr/bin/python3 " + shell_quote((shared / "eval" / "score.py").string()) + " " +
                          shell_quote((dir / "gold.json").string()) + " " + shell_quote(path.string()) +
                          " --json --text " + shell_quote((dir / "input.txt").string()));
  INFO(result.error);
  REQUIRE(result.exit_code == 0);
  const auto score = parse_json(result.output);
  // Every entity node counts, and nothing else: documents and the dataset node are not entities.
  CHECK(score["entities"]["predicted"].GetInt() == static_cast<int>(graph.entity_count()));
  CHECK(json_string(score["entities"], "core_found") == "2/2");
  CHECK(score["entities"]["type_accuracy"].GetDouble() == 1.0);
  CHECK(json_string(score["relations"], "required_found") == "3/3");
  // All typed relations, each with its evidence statement (relatedTo is not scored).
  const std::string typed = std::to_string(graph.relation_count() - 1);
  CHECK(json_string(score["relations"], "with_evidence") == typed + "/" + typed);
}

