#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "export_fixture.hpp"
#include "kg/io/export.hpp"
#include "kg/io/import.hpp"
#include "kg/text/source_error.hpp"

using namespace kg;
using namespace kg::test;

namespace {

const std::string kBase = "https://w3id.org/kg/";
const std::string kVocab = "https://w3id.org/kg/vocab#";

std::filesystem::path save(const KnowledgeGraph& graph, const ScratchDir& dir,
                           const io::ExportOptions& options = {}) {
  const auto path = dir / "graph.jsonld";
  std::ofstream out(path, std::ios::binary);
  io::write_jsonld(graph, bundled_ontology(), out, options);
  return path;
}

// What rdflib reads from `path`; false (with a message) when rdflib is not available.
bool dump(const std::filesystem::path& path, rapidjson::Document& out) {
  const auto result = run_helper("jsonld_dump.py", path);
  if (result.exit_code == 3) {
    MESSAGE(result.error);
    return false;
  }
  INFO(result.error);
  REQUIRE(result.exit_code == 0);
  out = parse_json(result.output);
  return true;
}

// rdflib's reading of the sample graph with default options, made once for all test cases
// (Python and rdflib take most of this test's time); null when rdflib is missing.
const rapidjson::Document* default_dump() {
  static ScratchDir dir("jsonld-default");
  static rapidjson::Document data;
  static const bool available = dump(save(sample_graph(), dir), data);
  return available ? &data : nullptr;
}

std::vector<std::string> strings_at(const rapidjson::Value& map, const std::string& key) {
  std::vector<std::string> out;
  const auto it = map.FindMember(key.c_str());
  if (it == map.MemberEnd()) return out;
  for (const auto& v : it->value.GetArray()) out.emplace_back(v.GetString(), v.GetStringLength());
  return out;
}

std::string entity_iri(const std::string& id) { return kBase + "entity/" + id; }

}  // namespace

TEST_CASE("JSON-LD: rdflib reads every entity, name and alias exactly") {
  const KnowledgeGraph graph = sample_graph();
  const rapidjson::Document* dumped = default_dump();
  if (!dumped) return;
  const rapidjson::Document& data = *dumped;
  const auto& names = data["names"];
  for (std::size_t v = 0; v < graph.entity_count(); ++v) {
    const Entity& entity = graph.entity(v);
    CAPTURE(entity.name);
    bool found = false;
    for (auto it = names.MemberBegin(); it != names.MemberEnd(); ++it) {
      const auto list = strings_at(names, it->name.GetString());
      if (list == std::vector<std::string>{entity.name}) found = true;
    }
    CHECK(found);
  }
  const auto sam = entity_iri("sam-altman");
  auto aliases = strings_at(data["aliases"], sam);
  std::sort(aliases.begin(), aliases.end());
  CHECK(aliases == std::vector<std::string>{"SamAltman", "奥特曼"});
  const auto types = strings_at(data["types"], sam);
  CHECK(std::set<std::string>(types.begin(), types.end()) ==
        std::set<std::string>{"https://schema.org/Person", kVocab + "Person"});
  CHECK(strings_at(data["names"], entity_iri("id%20%22quoted%22%20%5C")) ==
        std::vector<std::string>{"entity id \"quoted\" \\"});
}

TEST_CASE("JSON-LD: each relation is a property and one statement per evidence record") {
  ScratchDir dir("jsonld-relations");
  const KnowledgeGraph graph = sample_graph();
  for (const bool untyped : {true, false}) {
    CAPTURE(untyped);
    io::ExportOptions options;
    options.include_untyped = untyped;
    rapidjson::Document own;
    if (!untyped && !dump(save(graph, dir, options), own)) return;
    const rapidjson::Document* dumped = untyped ? default_dump() : &own;
    if (!dumped) return;
    const rapidjson::Document& data = *dumped;
    std::multiset<std::string> links;
    for (const auto& link : data["links"].GetArray())
      links.insert(std::string(link[0].GetString()) + " " + link[1].GetString() + " " + link[2].GetString());
    CHECK(links.count(entity_iri("sam-altman") + " " + kVocab + "ceoOf " + entity_iri("openai")) == 1);
    // Symmetric: written once, in the stored direction only.
    CHECK(links.count(entity_iri("openai") + " " + kVocab + "competesWith " + entity_iri("anthropic")) == 1);
    CHECK(links.count(entity_iri("anthropic") + " " + kVocab + "competesWith " + entity_iri("openai")) == 0);
    CHECK(links.count(entity_iri("sam-altman") + " " + kVocab + "relatedTo " + entity_iri("anthropic")) ==
          (untyped ? 1u : 0u));

    std::size_t expected = 0;
    for (const auto e : boost::make_iterator_range(boost::edges(graph.graph())))
      if (untyped || graph.relation(e).predicate != "relatedTo") expected += graph.relation(e).evidence.size();
    const auto& statements = data["statements"];
    CHECK(statements.Size() == expected);
    std::size_t ceo = 0;
    for (const auto& st : statements.GetArray()) {
      CHECK(std::string(st["datatypes"]["startOffset"].GetString()) == "http://www.w3.org/2001/XMLSchema#integer");
      CHECK(std::string(st["datatypes"]["confidence"].GetString()) == "http://www.w3.org/2001/XMLSchema#double");
      CHECK(json_string(st, "wasDerivedFrom").rfind(kBase + "document/", 0) == 0);
      CHECK(st["endOffset"].GetInt64() > st["startOffset"].GetInt64());
      if (json_string(st, "predicate") != kVocab + "ceoOf") continue;
      ++ceo;
      CHECK(json_string(st, "subject") == entity_iri("sam-altman"));
      CHECK(json_string(st, "object") == entity_iri("openai"));
      const std::string text = json_string(st, "evidenceText");
      CHECK((text == "OpenAI首席执行官山姆·奥特曼" || text == "Sam Altman, CEO of OpenAI"));
    }
    CHECK(ceo == 2);
  }
}

TEST_CASE("JSON-LD: an inline context of explicit terms, JSON-LD 1.1, absolute ids") {
  ScratchDir dir("jsonld-context");
  const auto path = save(sample_graph(), dir);
  rapidjson::Document doc;
  const std::string text = read_file(path);
  doc.Parse(text.c_str());
  REQUIRE(doc.IsObject());
  const auto& context = doc["@context"];
  REQUIRE(context.IsObject());
  CHECK(context["@version"].GetDouble() == 1.1);
  CHECK_FALSE(context.HasMember("@vocab"));
  for (auto it = context.MemberBegin(); it != context.MemberEnd(); ++it) {
    if (std::string(it->name.GetString()) == "@version") continue;
    CAPTURE(it->name.GetString());
    CHECK((it->value.IsString() || (it->value.IsObject() && it->value.HasMember("@id"))));
  }
  CHECK(std::string(context["ceoOf"]["@id"].GetString()) == "kg:ceoOf");
  CHECK(std::string(context["kg"].GetString()) == kVocab);
  for (const auto& node : doc["@graph"].GetArray())
    CHECK(std::string(node["@id"].GetString()).rfind("https://", 0) == 0);
}

TEST_CASE("JSON-LD: an empty graph still says where it came from") {
  ScratchDir dir("jsonld-empty");
  KnowledgeGraph graph;
  graph.add_document(Document{"empty.txt", 0});
  io::ExportOptions options;
  options.generator = "kg 9.9";
  const std::string text = read_file(save(graph, dir, options));
  CHECK(text.find("\"schema:Dataset\"") != std::string::npos);
  CHECK(text.find("\"kg 9.9\"") != std::string::npos);
  CHECK(text.find("empty.txt") != std::string::npos);
  rapidjson::Document data;
  if (!dump(dir / "graph.jsonld", data)) return;
  CHECK(data["quads"].GetInt() > 5);
}

TEST_CASE("JSON-LD reader: errors name the file, line and column") {
  ScratchDir dir("jsonld-errors");
  const auto check_error = [&](const std::string& content, const std::string& problem, std::size_t line) {
    write_file(dir / "bad.jsonld", content);
    try {
      io::read_jsonld(dir / "bad.jsonld", bundled_ontology());
      FAIL("no error for: " << content);
    } catch (const SourceError& e) {
      INFO(std::string(e.what()));
      CHECK(e.kind() == ErrorKind::Input);
      CHECK(e.file() == (dir / "bad.jsonld").string());
      CHECK(e.where().line == line);
      CHECK(e.problem().find(problem) != std::string::npos);
    }
  };
  check_error("{\"@graph\": [\n  {\"@type\": 3}\n]}", "\"@type\" must be a string", 2);
  check_error("{\n\"@graph\": [}", "invalid JSON", 2);
  check_error("{\"@graph\": [\n{\"@type\": \"kg:Relation\", \"subject\": \"x\"}]}", "unknown entity \"x\"", 2);
  check_error("{\"@graph\": []} // no comments", "invalid JSON", 1);
  check_error("{\"@graph\": [{\"@type\": \"kg:Other\"}]}", "unknown node type", 1);
  check_error("{\"@graph\": [\n\"\xE4\xB8", "invalid UTF-8", 2);  // cut inside a character
  CHECK_THROWS_AS(io::read_jsonld(dir / "missing.jsonld", bundled_ontology()), SourceError);
}
