#include "export_fixture.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace kg::test {

const Ontology& bundled_ontology() {
  static const Ontology ontology =
      Ontology::load(std::filesystem::path(KG_SOURCE_DIR) / "data" / "ontology.json");
  return ontology;
}

const std::vector<std::string>& nasty_names() {
  static const std::vector<std::string> names{
      "Quote \"Sam\" Altman",
      "back\\slash\\",
      "\\N and \\n are not escapes",
      "<b>bold</b> & co",
      "end ]]> of CDATA",
      "two\nlines",
      "tab\there",
      "carriage\rreturn",
      "control\x01" "char",
      "emoji 🚀 rocket",
      "שלום עולם",
      "مرحبا بالعالم",
      "山姆·奥特曼",
      "node",
      "edge",
      "graph",
      "strict",
      "digraph",
      "subgraph",
  };
  return names;
}

namespace {

Evidence evidence(DocumentId document, std::uint64_t begin, std::string sentence, std::string rule,
                  double confidence) {
  Evidence e;
  e.document = document;
  e.begin = begin;
  e.end = begin + 12;
  e.sentence = std::move(sentence);
  e.rule = std::move(rule);
  e.confidence = confidence;
  return e;
}

}  // namespace

KnowledgeGraph sample_graph() {
  KnowledgeGraph g;
  const DocumentId article = g.add_document(Document{"corpus/altman \"qa\".txt", 5000});
  const DocumentId notes = g.add_document(Document{"notes<&>.md", 120});

  const Vertex sam = g.add_entity("Sam Altman", "Person");
  g.add_alias(sam, "奥特曼");
  g.add_alias(sam, "SamAltman");
  g.add_mentions(sam, 7);
  g.note_merge(sam, "\"奥特曼\" is a known alias of Sam Altman");
  const Vertex openai = g.add_entity("OpenAI", "Organization");
  g.add_mentions(openai, 12);
  const Vertex anthropic = g.add_entity("Anthropic", "Organization");
  g.add_mentions(anthropic, 3);
  const Vertex codex = g.add_entity("Codex", "Product");
  g.add_mentions(codex, 1);

  g.add_relation(sam, "ceoOf", openai, evidence(article, 10, "OpenAI首席执行官山姆·奥特曼", "zh-title", 0.9));
  g.add_relation(sam, "ceoOf", openai, evidence(notes, 3, "Sam Altman, CEO of OpenAI", "en-apposition", 0.85));
  g.add_relation(openai, "develops", codex, evidence(article, 40, "OpenAI发布了Codex", "zh-release", 0.8));
  g.add_relation(openai, "competesWith", anthropic,
                 evidence(article, 70, "OpenAI与Anthropic竞争", "zh-compete", 0.7), true);
  g.add_relation(sam, "relatedTo", anthropic, evidence(article, 90, "奥特曼谈Anthropic", "cooccurrence", 0.3), true);

  std::uint64_t offset = 200;
  for (const auto& name : nasty_names()) {
    const Vertex v = g.add_entity(name, "Concept");
    g.add_alias(v, name + " (alias)");
    g.add_relation(openai, "uses", v, evidence(article, offset, name, "rule \"" + name + "\"", 0.5));
    offset += 20;
  }
  // The keywords above are ids too (their slugs); these ids need quoting and escaping.
  for (const char* id : {"id \"quoted\" \\", "id<&>", "id with spaces"}) {
    const Vertex v = g.add_entity_with_id(id, std::string("entity ") + id, "Work");
    g.add_relation(sam, "authorOf", v, evidence(notes, 1, id, "by-id", 1.0));
  }
  return g;
}

std::string xml_visible(const std::string& text) {
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r')
      out += "\xEF\xBF\xBD";
    else
      out += c;
  }
  return out;
}

ScratchDir::ScratchDir(const std::string& name)
    : path_(std::filesystem::path(KG_BINARY_DIR) / "test-scratch" /
            (name + "-" + std::to_string(::getpid()))) {
  std::filesystem::remove_all(path_);
  std::filesystem::create_directories(path_);
}

ScratchDir::~ScratchDir() {
  std::error_code ignored;
  std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                               std::filesystem::perm_options::add, ignored);
  std::filesystem::remove_all(path_, ignored);
}

bool have_python_modules(const std::string& modules) {
  std::string imports;
  std::istringstream in(modules);
  for (std::string module; in >> module;) imports += "import " + module + ";";
  return run_command("/usr/bin/python3 -c " + shell_quote(imports)).exit_code == 0;
}

std::filesystem::path helper_script(const std::string& name) {
  return std::filesystem::path(KG_SOURCE_DIR) / "tests" / "export" / "tools" / name;
}

CommandResult run_helper(const std::string& script, const std::filesystem::path& file) {
  if (!have_tool("/usr/bin/python3")) return CommandResult{3, "", "skipped: no /usr/bin/python3"};
  return run_command("/usr/bin/python3 " + shell_quote(helper_script(script).string()) + " " + shell_quote(file.string()));
}


rapidjson::Document parse_json(const std::string& text) {
  rapidjson::Document document;
  document.Parse(text.data(), text.size());
  INFO("tool output: " << text.substr(0, 400));
  REQUIRE_FALSE(document.HasParseError());
  return document;
}

std::string json_string(const rapidjson::Value& object, const char* key) {
  if (!object.IsObject()) return "";
  const auto it = object.FindMember(key);
  if (it == object.MemberEnd() || !it->value.IsString()) return "";
  return {it->value.GetString(), it->value.GetStringLength()};
}

}  // namespace kg::test
