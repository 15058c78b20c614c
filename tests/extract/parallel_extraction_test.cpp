// ParallelExtraction: the same graph for any number of threads, and a document read in
// pieces keeps offsets that point into the whole document.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_fixture.hpp"
#include "kg/extract/parallel_extraction.hpp"
#include "kg/graph/knowledge_graph.hpp"

namespace {

const std::vector<std::string> kDocuments = {
    "Sam Altman is the CEO of OpenAI. OpenAI develops ChatGPT.",
    "谷歌发布了Gemini。微软投资了OpenAI。",
    "Paul Graham co-founded Y Combinator. Greg Brockman joined OpenAI in 2015.",
    "Anthropic competes with OpenAI. Claude is made by Anthropic.",
};

// Every relation as "subject predicate object weight evidence-offsets", in graph order.
std::vector<std::string> describe(const kg::KnowledgeGraph& g) {
  std::vector<std::string> out;
  for (auto e : boost::make_iterator_range(boost::edges(g.graph()))) {
    const auto& r = g.relation(e);
    std::string line = g.entity(boost::source(e, g.graph())).name + " " + std::string(r.predicate) + " " +
                       g.entity(boost::target(e, g.graph())).name + " " + std::to_string(r.weight);
    for (const auto& ev : r.evidence)
      line.append(" ").append(std::to_string(ev.document)).append(":").append(std::to_string(ev.begin))
          .append("-").append(std::to_string(ev.end));
    out.push_back(line);
  }
  return out;
}

kg::KnowledgeGraph build_with(unsigned threads, int rounds) {
  kg::KnowledgeGraph graph;
  kg::extract::ParallelExtraction extraction(kg::test::test_extractor(), graph, threads);
  for (int round = 0; round < rounds; ++round)
    for (std::size_t i = 0; i < kDocuments.size(); ++i)
      extraction.submit(std::string("doc").append(std::to_string(round)).append("-").append(std::to_string(i)),
                        kDocuments[i], false);
  extraction.finish();
  return graph;
}

}  // namespace

TEST_CASE("the graph is the same for one, two and four threads") {
  const auto one = build_with(1, 5);
  REQUIRE(kg::test::typed_relations(one) > 5);
  CHECK(one.documents().size() == 5 * kDocuments.size());
  for (const unsigned threads : {2u, 4u}) {
    const auto many = build_with(threads, 5);
    CHECK(describe(many) == describe(one));
    CHECK(many.documents().size() == one.documents().size());
  }
}

TEST_CASE("a document in pieces keeps offsets into the whole and its length") {
  const std::string first = "Sam Altman is the CEO of OpenAI. ";
  const std::string second = "谷歌发布了Gemini。";
  kg::KnowledgeGraph graph;
  kg::extract::ParallelExtraction extraction(kg::test::test_extractor(), graph, 2);
  extraction.submit("whole.txt", first, false);
  extraction.submit("whole.txt", second, true);
  extraction.finish();
  REQUIRE(graph.documents().size() == 1);
  const std::string whole = first + second;
  CHECK(graph.documents()[0].code_points == first.size() + 12);  // the second piece is 12 code points
  // The whole text at every evidence's offsets lies inside its sentence; some come from the second piece.
  int from_second = 0;
  for (auto e : boost::make_iterator_range(boost::edges(graph.graph())))
    for (const auto& ev : graph.relation(e).evidence) {
      const std::string span = kg::test::code_points(whole, ev.begin, ev.end);
      CHECK(!span.empty());
      CHECK(ev.sentence.find(span) != std::string::npos);
      if (ev.begin >= first.size()) ++from_second;
    }
  CHECK(from_second > 0);
}
