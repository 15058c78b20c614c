#include <doctest/doctest.h>

#include <algorithm>

#include "kg/query/relations.hpp"
#include "sample_graph.hpp"

using namespace kg;
using namespace kg::query;

TEST_CASE("relations match by subject, predicate and object, with their evidence") {
  const testing::SampleGraph s;
  const Ontology ontology = testing::bundled_ontology();

  const auto ceo = match_relations(s.graph, ontology, {s.sam, std::string("ceoOf"), std::nullopt});
  REQUIRE(ceo.size() == 1);
  CHECK(ceo[0].object == s.openai);
  CHECK_FALSE(ceo[0].reversed);
  CHECK(s.graph.relation(ceo[0].edge).evidence.size() == 2);
  CHECK(s.graph.relation(ceo[0].edge).evidence.front().sentence == "OpenAI首席执行官山姆·奥特曼");

  const auto into_yc = match_relations(s.graph, ontology, {std::nullopt, std::nullopt, s.yc});
  std::vector<Vertex> subjects;
  for (const auto& m : into_yc) subjects.push_back(m.subject);
  std::sort(subjects.begin(), subjects.end());
  CHECK(subjects == std::vector<Vertex>{s.sam, s.paul, s.dan});

  // Both ends bound: only what links them, typed predicates only.
  const auto sam_openai = match_relations(s.graph, ontology, {s.sam, std::nullopt, s.openai});
  CHECK(sam_openai.size() == 2);
  CHECK(match_relations(s.graph, ontology, {s.openai, std::nullopt, s.sam}).empty());
}

TEST_CASE("symmetric predicates match both ways; relatedTo only when named") {
  const testing::SampleGraph s;
  const Ontology ontology = testing::bundled_ontology();
  const auto rivals = match_relations(s.graph, ontology, {s.chatgpt, std::string("competesWith"), std::nullopt});
  REQUIRE(rivals.size() == 1);
  CHECK(rivals[0].object == s.gemini);
  CHECK(rivals[0].reversed);

  const auto all_rivalries = match_relations(s.graph, ontology, {std::nullopt, std::string("competesWith"), std::nullopt});
  CHECK(all_rivalries.size() == 2);  // Gemini-ChatGPT and ChatGPT-Gemini

  CHECK(match_relations(s.graph, ontology, {s.sam, std::nullopt, s.claude}).empty());
  CHECK(match_relations(s.graph, ontology, {s.claude, std::string("relatedTo"), s.sam}).size() == 1);

  const auto everything = match_relations(s.graph, ontology, {});
  CHECK(everything.size() == 12);  // 11 typed relations, competesWith counted both ways
}
