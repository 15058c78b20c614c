// build -> save -> load -> save gives the same bytes, for JSON-LD and GraphML, and the graph
// that was loaded equals the one that was saved.
#include <doctest/doctest.h>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <fstream>

#include "export_fixture.hpp"
#include "kg/io/export.hpp"
#include "kg/io/import.hpp"
#include "kg/text/source_error.hpp"

using namespace kg;
using namespace kg::test;

namespace {

// `visible` maps an entity id or name to what the format carries (identity for JSON-LD; in
// GraphML these are plain XML text, while lists and records travel JSON-escaped, exactly).
template <typename Visible>
void check_same_graph(const KnowledgeGraph& original, const KnowledgeGraph& loaded, Visible visible) {
  REQUIRE(loaded.documents().size() == original.documents().size());
  for (std::size_t d = 0; d < original.documents().size(); ++d) {
    CHECK(loaded.documents()[d].name == original.documents()[d].name);
    CHECK(loaded.documents()[d].code_points == original.documents()[d].code_points);
  }
  REQUIRE(loaded.entity_count() == original.entity_count());
  for (std::size_t v = 0; v < original.entity_count(); ++v) {
    const Entity& a = original.entity(v);
    const Entity& b = loaded.entity(v);
    CAPTURE(a.name);
    CHECK(b.id == visible(a.id));
    CHECK(b.name == visible(a.name));
    CHECK(b.type == a.type);
    CHECK(b.aliases == a.aliases);
    CHECK(b.mentions == a.mentions);
    CHECK(b.merges == a.merges);
  }
  REQUIRE(loaded.relation_count() == original.relation_count());
  auto edge_a = boost::edges(original.graph()).first;
  auto edge_b = boost::edges(loaded.graph()).first;
  for (std::size_t i = 0; i < original.relation_count(); ++i, ++edge_a, ++edge_b) {
    const Relation& a = original.relation(*edge_a);
    const Relation& b = loaded.relation(*edge_b);
    CAPTURE(a.predicate);
    CHECK(loaded.source(*edge_b) == original.source(*edge_a));
    CHECK(loaded.target(*edge_b) == original.target(*edge_a));
    CHECK(b.predicate == a.predicate);
    CHECK(b.weight == a.weight);
    CHECK(b.evidence == a.evidence);
  }
}

std::string save(io::Format format, const KnowledgeGraph& graph, const std::filesystem::path& path) {
  {
    std::ofstream out(path, std::ios::binary);
    io::write(format, graph, bundled_ontology(), out);
  }
  return read_file(path);
}

}  // namespace

TEST_CASE("JSON-LD: save, load, save gives identical bytes and loses nothing") {
  ScratchDir dir("roundtrip-jsonld");
  const KnowledgeGraph original = sample_graph();
  const std::string first = save(io::Format::JsonLd, original, dir / "first.jsonld");
  const KnowledgeGraph loaded = io::read_jsonld(dir / "first.jsonld", bundled_ontology());
  check_same_graph(original, loaded, [](const std::string& s) { return s; });
  const std::string second = save(io::Format::JsonLd, loaded, dir / "second.jsonld");
  CHECK(first == second);
  CHECK(io::read_graph(dir / "second.jsonld", bundled_ontology()).relation_count() == original.relation_count());
}

TEST_CASE("JSON-LD reader: evidence statements are found wherever they stand in @graph") {
  // kg writes each relation's statements right after it; other writers may not.
  ScratchDir dir("roundtrip-jsonld-order");
  const KnowledgeGraph original = sample_graph();
  const std::string first = save(io::Format::JsonLd, original, dir / "first.jsonld");
  rapidjson::Document document = parse_json(first);
  auto& nodes = document["@graph"];
  rapidjson::Value statements(rapidjson::kArrayType), others(rapidjson::kArrayType);
  for (auto& node : nodes.GetArray()) {
    const bool statement = node["@type"].IsString() && std::string(node["@type"].GetString()) == "rdf:Statement";
    (statement ? statements : others).PushBack(rapidjson::Value(node, document.GetAllocator()), document.GetAllocator());
  }
  REQUIRE(statements.Size() > 1);
  nodes.SetArray();
  for (auto it = statements.Begin(); it != statements.End(); ++it) nodes.PushBack(*it, document.GetAllocator());
  for (auto& node : others.GetArray()) nodes.PushBack(node, document.GetAllocator());
  rapidjson::StringBuffer text;
  rapidjson::Writer<rapidjson::StringBuffer> writer(text);
  document.Accept(writer);
  write_file(dir / "moved.jsonld", text.GetString());

  const KnowledgeGraph loaded = io::read_jsonld(dir / "moved.jsonld", bundled_ontology());
  check_same_graph(original, loaded, [](const std::string& s) { return s; });
  CHECK(save(io::Format::JsonLd, loaded, dir / "second.jsonld") == first);
}

TEST_CASE("GraphML: save, load, save gives identical bytes; only XML-illegal characters in names change") {
  ScratchDir dir("roundtrip-graphml");
  const KnowledgeGraph original = sample_graph();
  const std::string first = save(io::Format::GraphML, original, dir / "first.graphml");
  const KnowledgeGraph loaded = io::read_graphml(dir / "first.graphml", bundled_ontology());
  check_same_graph(original, loaded, xml_visible);
  const std::string second = save(io::Format::GraphML, loaded, dir / "second.graphml");
  CHECK(first == second);
}

TEST_CASE("a relation whose weight exceeds its records round-trips through both formats") {
  ScratchDir dir("roundtrip-capped");
  // Kept records are capped at 2; the weight counts all 5 distinct evidence.
  KnowledgeGraph original(2);
  const DocumentId document = original.add_document(Document{"article.txt", 1000});
  const Vertex sam = original.add_entity("Sam Altman", "Person");
  const Vertex openai = original.add_entity("OpenAI", "Organization");
  for (std::uint64_t i = 0; i < 5; ++i) {
    Evidence e;
    e.document = document;
    e.begin = 100 * i;
    e.end = e.begin + 20;
    e.sentence = "Sam Altman, CEO of OpenAI (" + std::to_string(i) + ")";
    e.rule = "en-apposition";
    e.confidence = 0.5 + 0.1 * static_cast<double>(i);
    original.add_relation(sam, "ceoOf", openai, e);
  }
  REQUIRE(original.relation(*boost::edges(original.graph()).first).weight == 5.0);
  REQUIRE(original.relation(*boost::edges(original.graph()).first).evidence.size() == 2);
  for (const auto format : {io::Format::JsonLd, io::Format::GraphML}) {
    CAPTURE(io::format_name(format));
    const auto path = dir / ("capped." + std::string(io::file_extension(format)));
    const std::string first = save(format, original, path);
    const KnowledgeGraph loaded = io::read_graph(path, bundled_ontology());
    check_same_graph(original, loaded, [](const std::string& s) { return s; });
    CHECK(loaded.relation(*boost::edges(loaded.graph()).first).confidence() == doctest::Approx(0.6));
    CHECK(save(format, loaded, path) == first);
  }
}

TEST_CASE("an empty graph round-trips through both formats") {
  ScratchDir dir("roundtrip-empty");
  const KnowledgeGraph empty;
  for (const auto format : {io::Format::JsonLd, io::Format::GraphML}) {
    const auto path = dir / ("empty." + std::string(io::file_extension(format)));
    const std::string first = save(format, empty, path);
    const KnowledgeGraph loaded = io::read_graph(path, bundled_ontology());
    CHECK(loaded.entity_count() == 0);
    CHECK(save(format, loaded, path) == first);
  }
}

TEST_CASE("read_graph picks the reader by extension") {
  CHECK(io::is_graph_file("a/b.jsonld"));
  CHECK(io::is_graph_file("b.JSON"));
  CHECK(io::is_graph_file("b.graphml"));
  CHECK(io::is_graph_file("b.xml"));
  CHECK_FALSE(io::is_graph_file("b.txt"));
  CHECK_THROWS_AS(io::read_graph("notes.txt", bundled_ontology()), SourceError);
}
