#include <doctest/doctest.h>

#include <sstream>

#include "kg/query/engine.hpp"
#include "kg/query/result_writer.hpp"
#include "sample_graph.hpp"

using namespace kg;
using namespace kg::query;

namespace {
std::string tsv(const testing::SampleGraph& s, std::string_view pattern, bool evidence = false) {
  const auto result = run_query(s.graph, testing::bundled_ontology(), pattern);
  std::ostringstream out;
  write_tsv(result, s.graph, out, {.evidence = evidence});
  return out.str();
}
std::string json(const testing::SampleGraph& s, std::string_view pattern, bool evidence = false) {
  const auto result = run_query(s.graph, testing::bundled_ontology(), pattern);
  std::ostringstream out;
  write_json(result, s.graph, out, {.evidence = evidence});
  return out.str();
}
}  // namespace

TEST_CASE("TSV: a header of variables, one row per solution, evidence columns on request") {
  const testing::SampleGraph s;
  CHECK(tsv(s, "?who ceoOf OpenAI") == "?who\nSam Altman\n");
  CHECK(tsv(s, "?x leaderOf ?o . ?x worksFor ?c") == "?x\t?o\t?c\nSam Altman\tY Combinator\tOpenAI\n");
  CHECK(tsv(s, "?who ceoOf OpenAI", true) ==
        "?who\tevidence\nSam Altman\tOpenAI首席执行官山姆·奥特曼 | 奥特曼是OpenAI的CEO。\n");
  CHECK(tsv(s, "?p founderOf ?o . ?x leaderOf ?o", true) ==
        "?p\t?o\t?x\tevidence1\tevidence2\n"
        "Paul Graham\tY Combinator\tSam Altman\tPaulGraham founded YC.\tSam Altman once ran Y Combinator.\n");
  CHECK(tsv(s, "?x ceoOf Anthropic") == "?x\n");
  CHECK(tsv(s, "SamAltman ceoOf OpenAI") == "true\n");
  CHECK(tsv(s, "OpenAI ceoOf SamAltman") == "false\n");
}

TEST_CASE("TSV cells never contain tabs or line breaks") {
  testing::SampleGraph s;
  const Vertex odd = s.graph.add_entity("Tab\tand\nnewline", "Person");
  s.graph.add_relation(odd, "worksFor", s.openai, testing::evidence("one\ttwo\r\nthree"));
  CHECK(tsv(s, "?x worksFor OpenAI", true) ==
        "?x\tevidence\nSam Altman\tSam Altman works at OpenAI.\nTab and newline\tone two  three\n");
}

TEST_CASE("JSON: variables and rows; relations with evidence on request; booleans") {
  const testing::SampleGraph s;
  CHECK(json(s, "?p studiesAt ?u") ==
        R"({"variables":["p","u"],"rows":[{"p":"Claire","u":"UC Berkeley"},{"p":"Emmy","u":"Stanford University"}]})"
        "\n");
  CHECK(json(s, "Anthropic develops ?p", true) ==
        R"({"variables":["p"],"rows":[{"p":"Claude","relations":[{"subject":"Anthropic","predicate":"develops",)"
        R"("object":"Claude","weight":1.0,"evidence":[{"sentence":"Anthropic's Claude.","document":"article.txt",)"
        R"("begin":80,"end":85,"rule":"test","confidence":0.9}]}]}]})"
        "\n");
  CHECK(json(s, "YC a Organization") == "{\"variables\":[],\"boolean\":true}\n");
}
