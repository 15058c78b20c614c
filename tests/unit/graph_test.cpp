#include <doctest/doctest.h>

#include "kg/graph/knowledge_graph.hpp"

using namespace kg;

namespace {
Evidence evidence_at(std::uint64_t begin, std::string rule = "test") {
  Evidence e;
  e.begin = begin;
  e.end = begin + 4;
  e.sentence = "some sentence";
  e.rule = std::move(rule);
  e.confidence = 0.8;
  return e;
}
}  // namespace

TEST_CASE("entities get unique stable slugs and are found by any alias") {
  KnowledgeGraph g;
  const Vertex sam = g.add_entity("Sam Altman", "Person");
  g.add_alias(sam, "奥特曼");
  g.add_alias(sam, "SamAltman");
  g.add_alias(sam, "奥特曼");  // duplicate ignored
  CHECK(g.entity(sam).id == "sam-altman");
  CHECK(g.entity(sam).aliases.size() == 2);
  CHECK(g.find("sam altman") == sam);
  CHECK(g.find("SAMALTMAN") == sam);
  CHECK(g.find("奥特曼") == sam);
  CHECK_FALSE(g.find("Altman").has_value());
  const Vertex other = g.add_entity("Sam-Altman", "Person");
  CHECK(g.entity(other).id == "sam-altman-2");
  CHECK(g.find_all("Sam Altman").size() == 2);
  CHECK(g.find_by_id("sam-altman-2") == other);
  CHECK_THROWS_AS(g.add_entity_with_id("sam-altman", "x", "Person"), std::invalid_argument);
}

TEST_CASE("slugs keep non-ASCII letters and collapse separators") {
  CHECK(slugify("GPT-5.2") == "gpt-5-2");
  CHECK(slugify("  Y  Combinator ") == "y-combinator");
  CHECK(slugify("虎嗅") == "虎嗅");
  CHECK(slugify("!!!") == "entity");
}

TEST_CASE("an existing relation merges evidence instead of adding a parallel edge") {
  KnowledgeGraph g;
  const Vertex sam = g.add_entity("Sam Altman", "Person");
  const Vertex openai = g.add_entity("OpenAI", "Organization");
  const Edge first = g.add_relation(sam, "ceoOf", openai, evidence_at(0));
  const Edge again = g.add_relation(sam, "ceoOf", openai, evidence_at(10));
  g.add_relation(sam, "ceoOf", openai, evidence_at(10));  // same evidence: not counted twice
  CHECK(first == again);
  CHECK(g.relation_count() == 1);
  CHECK(g.relation(first).weight == doctest::Approx(2.0));
  CHECK(g.relation(first).evidence.size() == 2);
  g.add_relation(sam, "founderOf", openai, evidence_at(20));
  CHECK(g.relation_count() == 2);
  CHECK(g.find_relation(sam, "founderOf", openai).has_value());
  CHECK_FALSE(g.find_relation(openai, "founderOf", sam).has_value());
}

TEST_CASE("a symmetric relation is stored once whichever way it is added") {
  KnowledgeGraph g;
  const Vertex a = g.add_entity("Gemini", "Product");
  const Vertex b = g.add_entity("ChatGPT", "Product");
  const Edge ab = g.add_relation(a, "competesWith", b, evidence_at(0), true);
  const Edge ba = g.add_relation(b, "competesWith", a, evidence_at(50), true);
  CHECK(ab == ba);
  CHECK(g.relation_count() == 1);
  CHECK(g.relation(ab).weight == doctest::Approx(2.0));
  CHECK(g.relation(ab).confidence() == doctest::Approx(0.8));
}

TEST_CASE("weights must be positive") {
  KnowledgeGraph g;
  const Vertex a = g.add_entity("A", "Person");
  CHECK_THROWS_AS(g.add_relation_weighted(a, "relatedTo", a, 0.0, {}), std::invalid_argument);
}
