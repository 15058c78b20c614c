#include <doctest/doctest.h>

#include "kg/query/path.hpp"
#include "sample_graph.hpp"

using namespace kg;
using namespace kg::query;

namespace {
// "A -p-> B" / "A <-p- B" per hop, as the path command prints them.
std::vector<std::string> hops(const KnowledgeGraph& g, const std::vector<Hop>& path) {
  std::vector<std::string> out;
  for (const auto& h : path) {
    const std::string p(g.relation(h.edge).predicate);
    out.push_back(g.entity(h.from).name + (h.forward ? " -" + p + "-> " : " <-" + p + "- ") + g.entity(h.to).name);
  }
  return out;
}
}  // namespace

TEST_CASE("the shortest path follows relations either way and reports the heaviest relation per hop") {
  const testing::SampleGraph s;
  const Ontology ontology = testing::bundled_ontology();
  const auto path = shortest_path(s.graph, ontology, s.paul, s.openai);
  REQUIRE(path.has_value());
  CHECK(hops(s.graph, *path) == std::vector<std::string>{"Paul Graham -founderOf-> Y Combinator",
                                                          "Y Combinator <-leaderOf- Sam Altman",
                                                          "Sam Altman -ceoOf-> OpenAI"});
  const auto back = shortest_path(s.graph, ontology, s.openai, s.paul);
  REQUIRE(back.has_value());
  CHECK(back->size() == 3);
  CHECK(back->front().to == s.sam);
  CHECK_FALSE(back->front().forward);
}

TEST_CASE("paths: same entity, no path, directed only, untyped excluded unless asked") {
  const testing::SampleGraph s;
  const Ontology ontology = testing::bundled_ontology();
  CHECK(shortest_path(s.graph, ontology, s.sam, s.sam)->empty());
  CHECK_FALSE(shortest_path(s.graph, ontology, s.sam, s.london).has_value());
  CHECK_FALSE(shortest_path(s.graph, ontology, s.paul, s.openai, {.directed = true}).has_value());
  CHECK(shortest_path(s.graph, ontology, s.sam, s.chatgpt, {.directed = true})->size() == 2);
  // A symmetric relation may be walked against its stored direction even when directed.
  CHECK(shortest_path(s.graph, ontology, s.chatgpt, s.gemini, {.directed = true})->size() == 1);

  CHECK_FALSE(shortest_path(s.graph, ontology, s.sam, s.claude).has_value());
  const auto cooccurring = shortest_path(s.graph, ontology, s.sam, s.claude, {.include_untyped = true});
  REQUIRE(cooccurring.has_value());
  CHECK(s.graph.relation(cooccurring->front().edge).predicate == "relatedTo");
  // Restricted to named predicates, Sam Altman reaches OpenAI only through worksFor.
  const auto works = shortest_path(s.graph, ontology, s.sam, s.openai, {.predicates = {"worksFor"}});
  REQUIRE(works.has_value());
  CHECK(s.graph.relation(works->front().edge).predicate == "worksFor");
}
