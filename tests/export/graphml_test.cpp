#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "export_fixture.hpp"
#include "kg/io/export.hpp"
#include "kg/io/import.hpp"
#include "kg/text/source_error.hpp"

using namespace kg;
using namespace kg::test;

namespace {

std::filesystem::path save(const KnowledgeGraph& graph, const ScratchDir& dir) {
  const auto path = dir / "graph.graphml";
  std::ofstream out(path, std::ios::binary);
  io::write_graphml(graph, bundled_ontology(), out);
  return path;
}

// [value, python type name] as written by graphml_dump.py.
std::string value_of(const rapidjson::Value& attrs, const char* key) {
  const auto it = attrs.FindMember(key);
  if (it == attrs.MemberEnd()) return "<missing>";
  const auto& v = it->value[0];
  if (v.IsString()) return v.GetString();
  if (v.IsInt64()) return std::to_string(v.GetInt64());
  return std::to_string(v.GetDouble());
}
std::string type_of(const rapidjson::Value& attrs, const char* key) {
  const auto it = attrs.FindMember(key);
  return it == attrs.MemberEnd() ? "<missing>" : it->value[1].GetString();
}

}  // namespace

// graphml_check.py (networkx, igraph, Gephi's import rules) runs on the same graph in
// check_outputs_test.cpp, through check_outputs.sh.
TEST_CASE("GraphML is valid against the GraphML schema") {
  const auto shared = shared_dir();
  if (shared.empty() || !have_tool("xmllint")) {
    MESSAGE("skipped: needs KG_SHARED_DIR (" KG_SHARED_DIR ") and xmllint");
    return;
  }
  ScratchDir dir("graphml-schema");
  const auto path = save(sample_graph(), dir);
  const auto lint = run_command("xmllint --noout --nonet --schema " +
                        shell_quote((shared / "schemas" / "graphml" / "graphml.xsd").string()) + " " +
                        shell_quote(path.string()));
  INFO(lint.error);
  CHECK(lint.exit_code == 0);
}

TEST_CASE("GraphML: networkx and igraph read every attribute, typed, with names intact") {
  ScratchDir dir("graphml-loaders");
  const KnowledgeGraph graph = sample_graph();
  const auto result = run_helper("graphml_dump.py", save(graph, dir));
  if (result.exit_code == 3) {
    MESSAGE(result.error);
    return;
  }
  INFO(result.error);
  REQUIRE(result.exit_code == 0);
  const auto data = parse_json(result.output);
  const auto& nx = data["networkx"];
  const auto& ig = data["igraph"];
  CHECK(nx["directed"].GetBool());
  CHECK(ig["directed"].GetBool());
  CHECK(ig["warnings"].Size() == 0);
  REQUIRE(ig["nodes"].Size() == graph.entity_count());

  std::map<std::string, const rapidjson::Value*> nx_by_label;
  for (auto it = nx["nodes"].MemberBegin(); it != nx["nodes"].MemberEnd(); ++it)
    nx_by_label[value_of(it->value, "label")] = &it->value;
  for (std::size_t v = 0; v < graph.entity_count(); ++v) {
    const Entity& entity = graph.entity(v);
    CAPTURE(entity.name);
    const std::string label = xml_visible(entity.name);
    REQUIRE(nx_by_label.count(label));
    const auto& attrs = *nx_by_label[label];
    CHECK(value_of(attrs, "type") == entity.type);
    CHECK(value_of(attrs, "mentions") == std::to_string(entity.mentions));
    CHECK(type_of(attrs, "mentions") == "int");
    RgbColor rgb;
    REQUIRE(parse_hex_color(bundled_ontology().type(entity.type)->color, rgb));
    CHECK(value_of(attrs, "r") == std::to_string(rgb.r));
    CHECK(value_of(attrs, "b") == std::to_string(rgb.b));
    CHECK(type_of(attrs, "g") == "int");
    // The same node as igraph sees it (vertices keep file order).
    const auto& ig_node = ig["nodes"][static_cast<rapidjson::SizeType>(v)];
    CHECK(value_of(ig_node, "label") == label);
    CHECK(type_of(ig_node, "mentions") == "float");  // igraph keeps every number as a double
  }
  REQUIRE(nx["edges"].Size() == graph.relation_count());
  REQUIRE(ig["edges"].Size() == graph.relation_count());
  for (const auto& edge : ig["edges"].GetArray()) {
    const auto& attrs = edge[2];
    CHECK(bundled_ontology().predicate(value_of(attrs, "label")) != nullptr);
    CHECK(type_of(attrs, "weight") == "float");
    CHECK(std::stod(value_of(attrs, "weight")) > 0);
    CHECK(type_of(attrs, "confidence") == "float");
    CHECK(type_of(attrs, "evidence") == "str");
  }
}

