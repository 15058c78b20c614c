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

  const auto ceo = relation(g, "Sam Altman", "ceoOf", "OpenAI");
  REQUIRE(ceo);
  const EvidenceView ev = ceo->evidence.front();
  CHECK(ev.sentence.find("OpenAI首席执行官山姆·奥特曼") != std::string::npos);
  CHECK(code_points(text, ev.begin, ev.end) == "OpenAI首席执行官山姆·奥特曼");
  CHECK(has(g, "Sam Altman", "leaderOf", "Y Combinator"));
  CHECK(has(g, "Paul Graham", "founderOf", "Y Combinator"));
  // Audience members come from patterns, not from the lexicon.
  CHECK(has(g, "Ben Hilac", "ctoOf", "Raindrop"));
  CHECK(has(g, "Michael", "worksFor", "WorkOS"));
}

namespace {

KnowledgeGraph build_corpus_article(const char* name) {
  const std::filesystem::path path = std::filesystem::path(KG_SOURCE_DIR) / "tests" / "corpus" / name;
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  static const extract::Extractor extractor({KG_SOURCE_DIR "/data/ontology.json", KG_SOURCE_DIR "/data/lexicon.json",
                                             KG_SOURCE_DIR "/data/patterns"});
  KnowledgeGraph g;
  extractor.add_document(g, path.string(), buffer.str());
  return g;
}

}  // namespace

// Relations of the session-2 articles that only whole-article context gives (names found in
// one sentence anchor another), with the bundled knowledge; and what they deny stays absent.
TEST_CASE("corpus: a Chinese funding story keeps its founders, acquisition, partnerships and denial") {
  const auto g = build_corpus_article("zhanqiao-coding-zh.txt");
  CHECK(has(g, "韩拓", "founderOf", "栈桥智能"));
  CHECK(has(g, "Kevin Liu", "founderOf", "栈桥智能"));
  CHECK(has(g, "栈桥智能", "acquired", "蜂鸟安全"));
  CHECK(has(g, "罗一鸣", "founderOf", "蜂鸟安全"));
  CHECK(has(g, "栈桥智能", "partnerOf", "Tencent Cloud"));
  CHECK(has(g, "栈桥智能", "develops", "渡口"));
  CHECK_FALSE(has(g, "Tencent", "acquired", "栈桥智能"));
  CHECK_FALSE(has(g, "OpenAI", "develops", "Claude Code"));
}

TEST_CASE("corpus: an English funding story keeps its investors, places and acquisitions") {
  const auto g = build_corpus_article("halyard-shipping-en.txt");
  CHECK(has(g, "Index Ventures", "investsIn", "Halyard Labs"));
  CHECK(has(g, "Inês Carvalho", "studiesAt", "Massachusetts Institute of Technology"));
  CHECK(has(g, "StormGeo", "locatedIn", "Oslo"));
  CHECK(has(g, "Wärtsilä", "acquired", "Seaborne Logic"));
  CHECK(has(g, "Google DeepMind", "develops", "GraphCast"));
  CHECK_FALSE(has(g, "Maersk", "acquired", "Halyard Labs"));
}

// Session-3 articles: a subject found only by repetition whose clauses carry no subject of
// their own, and an English biography whose subject is named with and without a middle name.
TEST_CASE("corpus: an encyclopedia profile's subject is found and keeps its career") {
  const auto g = build_corpus_article("gu-chengze-baike-zh.txt");
  CHECK(type_of(g, "顾承泽") == "Person");
  CHECK(has(g, "顾承泽", "studiesAt", "Zhejiang University"));
  CHECK(has(g, "顾承泽", "worksFor", "Microsoft Research Asia"));
  CHECK(has(g, "顾承泽", "founderOf", "星澈科技"));
  CHECK(has(g, "顾承泽", "ceoOf", "星澈科技"));
  CHECK(has(g, "阿里云视觉智能实验室", "partOf", "Alibaba Cloud"));
  CHECK(has(g, "Shenzhen Capital Group", "investsIn", "星澈科技"));
  CHECK_FALSE(has(g, "星澈科技", "acquired", "弈手机器人"));  // an investment, not a purchase
}

TEST_CASE("corpus: a biography's subject joins its forms and keeps education and roles") {
  const auto g = build_corpus_article("helena-voss-bio-en.txt");
  REQUIRE(entity(g, "Helena Voss"));
  CHECK(*entity(g, "Helena Voss") == *entity(g, "Voss"));
  CHECK(has(g, "Helena Margarethe Voss", "studiesAt", "ETH Zurich"));
  CHECK(has(g, "Helena Margarethe Voss", "studiesAt", "Carnegie Mellon University"));
  CHECK(has(g, "Helena Margarethe Voss", "ctoOf", "Lumen Robotics"));
  CHECK(has(g, "Siemens Healthineers", "acquired", "Lumen Robotics"));
}
