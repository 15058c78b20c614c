#include <doctest/doctest.h>

#include "kg/query/neighborhood.hpp"
#include "sample_graph.hpp"

using namespace kg;
using namespace kg::query;

namespace {
std::vector<std::string> names(const KnowledgeGraph& g, const std::vector<Neighbor>& found) {
  std::vector<std::string> out;
  for (const auto& n : found) out.push_back(g.entity(n.vertex).name + "@" + std::to_string(n.distance));
  return out;
}
}  // namespace

TEST_CASE("neighbours up to k hops, by distance then name, over typed relations") {
  const testing::SampleGraph s;
  const Ontology ontology = testing::bundled_ontology();
  CHECK(names(s.graph, neighbors(s.graph, ontology, s.sam)) ==
        std::vector<std::string>{"OpenAI@1", "Y Combinator@1"});
  const auto two = neighbors(s.graph, ontology, s.sam, {.depth = 2});
  CHECK(names(s.graph, two) == std::vector<std::string>{"OpenAI@1", "Y Combinator@1", "ChatGPT@2",
                                                          "Codex@2", "Dan@2", "Paul Graham@2"});
  CHECK(two[5].from == s.yc);
  CHECK(s.graph.relation(two[5].edge).predicate == "founderOf");
  CHECK(neighbors(s.graph, ontology, s.sam, {.depth = 3}).size() == 7);  // + Gemini
  CHECK(neighbors(s.graph, ontology, s.london, {.depth = 5}).empty());
}

TEST_CASE("neighbour filters: predicates, types, untyped edges, direction") {
  const testing::SampleGraph s;
  const Ontology ontology = testing::bundled_ontology();
  CHECK(names(s.graph, neighbors(s.graph, ontology, s.sam, {.depth = 2, .predicates = {"leaderOf", "founderOf"}})) ==
        std::vector<std::string>{"Y Combinator@1", "Paul Graham@2"});
  CHECK(names(s.graph, neighbors(s.graph, ontology, s.sam, {.depth = 3, .types = {"Organization", "Person"}})) ==
        std::vector<std::string>{"OpenAI@1", "Y Combinator@1", "Dan@2", "Paul Graham@2"});
  CHECK(names(s.graph, neighbors(s.graph, ontology, s.sam, {.include_untyped = true})) ==
        std::vector<std::string>{"Claude@1", "OpenAI@1", "Y Combinator@1"});
  CHECK(names(s.graph, neighbors(s.graph, ontology, s.yc, {.direction = Direction::Outgoing})).empty());
  CHECK(names(s.graph, neighbors(s.graph, ontology, s.yc, {.direction = Direction::Incoming})) ==
        std::vector<std::string>{"Dan@1", "Paul Graham@1", "Sam Altman@1"});
}

TEST_CASE("the neighbourhood as a graph keeps ids, aliases, weights and evidence") {
  const testing::SampleGraph s;
  const Ontology ontology = testing::bundled_ontology();
  const KnowledgeGraph sub = neighborhood_graph(s.graph, ontology, s.openai);
  CHECK(sub.entity_count() == 4);  // OpenAI, Sam Altman, ChatGPT, Codex
  CHECK(sub.relation_count() == 4);  // ceoOf, worksFor, develops x2
  const auto sam = sub.find("奥特曼");
  REQUIRE(sam.has_value());
  CHECK(sub.entity(*sam).id == "sam-altman");
  const auto ceo = sub.find_relation(*sam, "ceoOf", *sub.find("OpenAI"));
  REQUIRE(ceo.has_value());
  CHECK(sub.relation(*ceo).weight == doctest::Approx(2.0));
  CHECK(sub.relation(*ceo).evidence.size() == 2);
  CHECK(sub.documents().size() == 1);

  // Relations among the chosen entities count even if the walk did not use them; others do not.
  const KnowledgeGraph pair = induced_subgraph(s.graph, {s.sam, s.claude, s.claude}, EdgeFilter(ontology, {}, true));
  CHECK(pair.entity_count() == 2);
  CHECK(pair.relation_count() == 1);
}
