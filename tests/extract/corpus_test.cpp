// End to end on the shared Huxiu article with the bundled knowledge.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "extract_fixture.hpp"

using namespace kg;
using namespace kg::test;

TEST_CASE("the shared article yields the core entities and Sam Altman ceoOf OpenAI with evidence") {
  const auto path = shared_dir() / "corpus" / "huxiu-altman-qa-zh.txt";
  if (!std::filesystem::exists(path)) {
    MESSAGE("skipped: " << path << " is absent");
    return;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  const extract::Extractor extractor({KG_SOURCE_DIR "/data/ontology.json", KG_SOURCE_DIR "/data/lexicon.json",
                                      KG_SOURCE_DIR "/data/patterns"});
  KnowledgeGraph g;
  const auto report = extractor.add_document(g, path.string(), text);
  CHECK(report.sentences > 100);

  const std::pair<const char*, const char*> expected[] = {
      {"OpenAI", "Organization"}, {"Codex", "Product"},       {"Gemini", "Product"},
      {"Claude", "Product"},      {"Paul Graham", "Person"}, {"Sam Altman", "Person"}};
  for (const auto& [name, type] : expected) CHECK_MESSAGE(type_of(g, name) == type, name);

  const Relation* ceo = relation(g, "Sam Altman", "ceoOf", "OpenAI");
  REQUIRE(ceo);
  const Evidence& ev = ceo->evidence.front();
  CHECK(ev.sentence.find("OpenAI首席执行官山姆·奥特曼") != std::string::npos);
  CHECK(code_points(text, ev.begin, ev.end) == "OpenAI首席执行官山姆·奥特曼");
  CHECK(has(g, "Sam Altman", "leaderOf", "Y Combinator"));
  CHECK(has(g, "Paul Graham", "founderOf", "Y Combinator"));
  // Audience members come from patterns, not from the lexicon.
  CHECK(has(g, "Ben Hilac", "ctoOf", "Raindrop"));
  CHECK(has(g, "Michael", "worksFor", "WorkOS"));
}
