#include <doctest/doctest.h>

#include <fstream>
#include <map>

#include "export_fixture.hpp"
#include "kg/io/export.hpp"

using namespace kg;
using namespace kg::test;

namespace {

std::filesystem::path save(const KnowledgeGraph& graph, const ScratchDir& dir) {
  const auto path = dir / "graph.gexf";
  std::ofstream out(path, std::ios::binary);
  io::write_gexf(graph, bundled_ontology(), out);
  return path;
}

}  // namespace

TEST_CASE("GEXF is valid GEXF 1.3 (RELAX NG)") {
  const auto shared = shared_dir();
  if (shared.empty() || !have_tool("xmllint")) {
    MESSAGE("skipped: needs KG_SHARED_DIR (" KG_SHARED_DIR ") and xmllint");
    return;
  }
  ScratchDir dir("gexf-schema");
  const auto path = save(sample_graph(), dir);
  const auto lint = run_command("xmllint --noout --nonet --relaxng " +
                        shell_quote((shared / "schemas" / "gexf" / "gexf.rng").string()) + " " +
                        shell_quote(path.string()));
  INFO(lint.error);
  CHECK(lint.exit_code == 0);
  CHECK(read_file(path).find("schemaLocation") == std::string::npos);
}

TEST_CASE("GEXF keeps parallel relations apart, with kinds, colours and sizes") {
  if (!have_tool("/usr/bin/python3")) {
    MESSAGE("skipped: /usr/bin/python3 is not available");
    return;
  }
  KnowledgeGraph graph = sample_graph();
  const Vertex sam = *graph.find_by_id("sam-altman");
  const Vertex openai = *graph.find_by_id("openai");
  graph.add_relation_weighted(sam, "founderOf", openai, 2.5, {});
  ScratchDir dir("gexf-edges");
  const auto result = run_command("/usr/bin/python3 " + shell_quote(helper_script("gexf_dump.py").string()) + " " +
                          shell_quote(save(graph, dir).string()));
  INFO(result.error);
  REQUIRE(result.exit_code == 0);
  const auto data = parse_json(result.output);
  REQUIRE(data["nodes"].MemberCount() == graph.entity_count());
  REQUIRE(data["edges"].Size() == graph.relation_count());

  std::map<std::string, std::string> kinds_sam_openai;  // kind -> weight
  for (const auto& edge : data["edges"].GetArray()) {
    CHECK(json_string(edge, "kind") == json_string(edge, "label"));
    if (json_string(edge, "source") == "sam-altman" && json_string(edge, "target") == "openai")
      kinds_sam_openai[json_string(edge, "kind")] = json_string(edge, "weight");
    if (json_string(edge, "kind") == "competesWith") CHECK(json_string(edge, "type") == "undirected");
  }
  CHECK(kinds_sam_openai == std::map<std::string, std::string>{{"ceoOf", "2"}, {"founderOf", "2.5"}});

  const auto& sam_node = data["nodes"]["sam-altman"];
  CHECK(json_string(sam_node, "label") == "Sam Altman");
  CHECK(sam_node["color"][0].GetInt() == 0x4E);
  CHECK(sam_node["color"][1].GetInt() == 0x79);
  CHECK(sam_node["color"][2].GetInt() == 0xA7);
  CHECK(json_string(sam_node["attvalues"], "type") == "Person");
  CHECK(json_string(sam_node["attvalues"], "mentions") == "7");
  CHECK(json_string(sam_node["attvalues"], "aliases") == "[\"奥特曼\",\"SamAltman\"]");
  // More mentions, a bigger node.
  CHECK(data["nodes"]["openai"]["size"].GetDouble() > sam_node["size"].GetDouble());
  // Names come back exactly, except XML-illegal characters.
  std::size_t found = 0;
  for (const auto& name : nasty_names())
    for (auto it = data["nodes"].MemberBegin(); it != data["nodes"].MemberEnd(); ++it)
      if (json_string(it->value, "label") == xml_visible(name)) ++found;
  CHECK(found == nasty_names().size());
}
