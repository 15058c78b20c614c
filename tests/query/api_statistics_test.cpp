#include <doctest/doctest.h>

#include <numeric>

#include "kg/query/statistics.hpp"
#include "sample_graph.hpp"

using namespace kg;
using namespace kg::query;

TEST_CASE("degrees and components follow the admitted relations") {
  const testing::SampleGraph s;
  const Ontology ontology = testing::bundled_ontology();
  const EdgeFilter typed(ontology);
  const auto degree = degrees(s.graph, typed);
  CHECK(degree[s.sam] == 3);      // worksFor, ceoOf, leaderOf
  CHECK(degree[s.openai] == 4);
  CHECK(degree[s.claude] == 1);   // develops; relatedTo is untyped
  CHECK(degrees(s.graph, EdgeFilter(ontology, {}, true))[s.claude] == 2);

  const auto component = components(s.graph, typed);
  CHECK(component[s.paul] == component[s.gemini]);  // via YC, Sam Altman, OpenAI, ChatGPT
  CHECK(component[s.claude] == component[s.anthropic]);
  CHECK(component[s.claude] != component[s.sam]);
  CHECK(component[s.sam] == 0);   // numbered from the first vertex
}

TEST_CASE("PageRank sums to one and ranks the best connected entities first") {
  const testing::SampleGraph s;
  const Ontology ontology = testing::bundled_ontology();
  const auto rank = pagerank(s.graph, EdgeFilter(ontology));
  CHECK(std::accumulate(rank.begin(), rank.end(), 0.0) == doctest::Approx(1.0));
  CHECK(rank[s.yc] > rank[s.paul]);       // three relations at YC, one at Paul Graham
  CHECK(rank[s.openai] > rank[s.codex]);
  CHECK(rank[s.paul] == doctest::Approx(rank[s.dan]));  // alike: one relation to YC each
  for (const Vertex v : {s.sam, s.paul, s.claude, s.emmy}) CHECK(rank[s.london] < rank[v]);  // unconnected
}

TEST_CASE("statistics: counts by type and predicate, rankings, component sizes") {
  const testing::SampleGraph s;
  const Ontology ontology = testing::bundled_ontology();
  const GraphStatistics stats = statistics(s.graph, ontology, 3);
  CHECK(stats.entities == 15);
  CHECK(stats.relations == 12);
  CHECK(stats.documents == 1);
  CHECK(stats.by_type.at("Person") == 5);
  CHECK(stats.by_type.at("Place") == 1);
  CHECK(stats.by_predicate.at("develops") == 3);
  CHECK(stats.by_predicate.at("relatedTo") == 1);
  REQUIRE(stats.top_degree.size() == 3);
  CHECK(stats.top_degree[0].vertex == s.openai);
  CHECK(stats.top_degree[0].score == 4.0);
  CHECK(stats.top_degree[1].vertex == s.sam);        // 3, ties broken by name
  CHECK(stats.top_degree[2].vertex == s.yc);
  REQUIRE(stats.top_pagerank.size() == 3);
  // Sizes: {Sam, OpenAI, YC, Paul, Dan, ChatGPT, Codex, Gemini}, {Anthropic, Claude},
  // {Emmy, Stanford}, {Claire, Berkeley}, {London}.
  CHECK(stats.component_sizes == std::vector<std::size_t>{8, 2, 2, 2, 1});
}
