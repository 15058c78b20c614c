#include <doctest/doctest.h>

#include <map>
#include <sstream>

#include "export_fixture.hpp"
#include "kg/io/export.hpp"

using namespace kg;
using namespace kg::test;

namespace {

// Graphviz's reading of a label: `\\` is a backslash, `\n` `\l` `\r` break lines.
std::string decode_label(const std::string& label) {
  std::string out;
  for (std::size_t i = 0; i < label.size(); ++i) {
    if (label[i] == '\\' && i + 1 < label.size()) {
      const char next = label[++i];
      if (next == 'n' || next == 'l')
        out += '\n';
      else if (next == 'r')
        out += '\r';
      else
        out += next;
    } else {
      out += label[i];
    }
  }
  return out;
}

std::string dot_node_name(const std::string& id) {
  std::string out;
  for (const char c : id) {
    if (c == '\\') out += '\\';
    out += c;
  }
  return out;
}

// The text lines Graphviz drew for an object ("T" operations of its label drawing).
std::string drawn_text(const rapidjson::Value& object) {
  std::string lines;
  const auto it = object.FindMember("_ldraw_");
  if (it == object.MemberEnd()) return lines;
  for (const auto& op : it->value.GetArray()) {
    if (json_string(op, "op") != "T") continue;
    if (!lines.empty()) lines += '\n';
    lines += json_string(op, "text");
  }
  return lines;
}

struct RenderedDot {
  std::map<std::string, const rapidjson::Value*> nodes;  // by name
  std::vector<const rapidjson::Value*> edges;
  std::vector<const rapidjson::Value*> clusters;
  rapidjson::Document json;
};

// Renders `dot_text` with `dot -Tjson`, failing on any message on stderr.
void render(const std::string& dot_text, const ScratchDir& dir, RenderedDot& out) {
  const auto file = dir / "graph.dot";
  write_file(file, dot_text);
  const auto svg = run_command("dot -Tsvg " + shell_quote(file.string()) + " -o /dev/null");
  CHECK(svg.exit_code == 0);
  CHECK(svg.error == "");
  const auto json = run_command("dot -Tjson " + shell_quote(file.string()));
  REQUIRE(json.exit_code == 0);
  out.json = parse_json(json.output);
  for (const auto& object : out.json["objects"].GetArray()) {
    if (object.HasMember("nodes"))
      out.clusters.push_back(&object);
    else
      out.nodes[json_string(object, "name")] = &object;
  }
  if (out.json.HasMember("edges"))
    for (const auto& edge : out.json["edges"].GetArray()) out.edges.push_back(&edge);
}

}  // namespace

TEST_CASE("DOT renders without warnings and reads back every name exactly") {
  if (!have_tool("dot")) {
    MESSAGE("skipped: Graphviz's dot is not installed");
    return;
  }
  const KnowledgeGraph graph = sample_graph();
  std::ostringstream text;
  io::write_dot(graph, bundled_ontology(), text);
  ScratchDir dir("dot-names");
  RenderedDot dot;
  render(text.str(), dir, dot);

  for (std::size_t v = 0; v < graph.entity_count(); ++v) {
    const Entity& entity = graph.entity(v);
    CAPTURE(entity.name);
    const auto it = dot.nodes.find(dot_node_name(entity.id));
    REQUIRE(it != dot.nodes.end());
    const auto& node = *it->second;
    CHECK(decode_label(json_string(node, "label")) == xml_visible(entity.name));
    std::string lines = xml_visible(entity.name);
    for (char& c : lines)
      if (c == '\r') c = '\n';
    CHECK(drawn_text(node) == lines);
    const EntityType* type = bundled_ontology().type(entity.type);
    REQUIRE(type != nullptr);
    CHECK(json_string(node, "shape") == type->shape);
    CHECK(json_string(node, "fillcolor") == type->color);
    CHECK(json_string(node, "fontname") == "Noto Sans CJK SC");
  }
  CHECK(json_string(dot.json, "charset") == "UTF-8");
  CHECK(json_string(dot.json, "fontname") == "Noto Sans CJK SC");
}

TEST_CASE("DOT: a legend with one node per type present, predicate edge labels, dashed relatedTo") {
  if (!have_tool("dot")) {
    MESSAGE("skipped: Graphviz's dot is not installed");
    return;
  }
  const KnowledgeGraph graph = sample_graph();
  ScratchDir dir("dot-legend");
  for (const bool untyped : {true, false}) {
    CAPTURE(untyped);
    io::ExportOptions options;
    options.include_untyped = untyped;
    std::ostringstream text;
    io::write_dot(graph, bundled_ontology(), text, options);
    RenderedDot dot;
    render(text.str(), dir, dot);

    REQUIRE(dot.clusters.size() == 1);
    const auto& legend = *dot.clusters.front();
    CHECK(json_string(legend, "label") == "Legend");
    // Person, Organization, Product, Concept, Work: the sample has no Place.
    CHECK(legend["nodes"].Size() == 5);
    CHECK(dot.nodes.size() == graph.entity_count() + 5);

    std::size_t related = 0, typed = 0;
    for (const auto* edge : dot.edges) {
      const std::string label = json_string(*edge, "label");
      CHECK(json_string(*edge, "fontname") == "Noto Sans CJK SC");
      if (label == "relatedTo") {
        ++related;
        CHECK(json_string(*edge, "style") == "dashed");
        CHECK(json_string(*edge, "color") == "grey");
      } else {
        ++typed;
        CHECK(json_string(*edge, "style") != "dashed");
        CHECK(bundled_ontology().predicate(label) != nullptr);
      }
    }
    CHECK(typed == graph.relation_count() - 1);
    CHECK(related == (untyped ? 1u : 0u));
  }
}

TEST_CASE("DOT keeps relations between the same pair apart") {
  KnowledgeGraph graph;
  const Vertex a = graph.add_entity("A", "Person");
  const Vertex b = graph.add_entity("B", "Organization");
  graph.add_relation_weighted(a, "ceoOf", b, 1, {});
  graph.add_relation_weighted(a, "founderOf", b, 1, {});
  std::ostringstream text;
  io::write_dot(graph, bundled_ontology(), text);
  CHECK(text.str().find("ceoOf") != std::string::npos);
  CHECK(text.str().find("founderOf") != std::string::npos);
  if (!have_tool("gc")) return;
  ScratchDir dir("dot-parallel");
  write_file(dir / "g.dot", text.str());
  const auto counts = run_command("gc -e " + shell_quote((dir / "g.dot").string()));
  CHECK(counts.output.find(" 2 ") != std::string::npos);
}

TEST_CASE("DOT: a legend node never takes the name of an entity") {
  KnowledgeGraph graph;
  const Vertex a = graph.add_entity_with_id("legend: Person", "Impostor", "Person");
  const Vertex b = graph.add_entity("B", "Organization");
  graph.add_relation_weighted(a, "worksFor", b, 1, {});
  std::ostringstream text;
  io::write_dot(graph, bundled_ontology(), text);
  CHECK(text.str().find("\"legend: Person'\"") != std::string::npos);
  if (!have_tool("dot")) {
    MESSAGE("skipped rendering: Graphviz's dot is not installed");
    return;
  }
  ScratchDir dir("dot-legend-names");
  RenderedDot dot;
  render(text.str(), dir, dot);
  CHECK(dot.nodes.size() == graph.entity_count() + 2);  // two entities, two legend entries
  REQUIRE(dot.nodes.count("legend: Person"));
  CHECK(json_string(*dot.nodes["legend: Person"], "label") == "Impostor");
}

TEST_CASE("SVG is rendered in process and shows the same graph") {
  const KnowledgeGraph graph = sample_graph();
  std::ostringstream svg;
  io::write_svg(graph, bundled_ontology(), svg);
  const std::string text = svg.str();
  REQUIRE(text.find("<svg") != std::string::npos);
  std::size_t nodes = 0;
  for (auto pos = text.find("class=\"node\""); pos != std::string::npos; pos = text.find("class=\"node\"", pos + 1))
    ++nodes;
  CHECK(nodes == graph.entity_count() + 5);  // entities and legend
  CHECK(text.find("山姆·奥特曼") != std::string::npos);
  if (!have_tool("xmllint")) return;
  ScratchDir dir("svg");
  write_file(dir / "graph.svg", text);
  const auto lint = run_command("xmllint --noout --nonet " + shell_quote((dir / "graph.svg").string()));
  CHECK(lint.exit_code == 0);
  CHECK(lint.error == "");
}

TEST_CASE("format names and extensions") {
  CHECK(io::parse_format("graphml") == io::Format::GraphML);
  CHECK(io::format_name(io::Format::JsonLd) == "jsonld");
  CHECK(io::file_extension(io::Format::Gexf) == "gexf");
  CHECK_THROWS_AS(io::parse_format("png"), std::invalid_argument);
}
