#include <doctest/doctest.h>

#include <cstdint>

#include "kg/query/engine.hpp"
#include "kg/query/lookup.hpp"
#include "kg/query/query_error.hpp"
#include "sample_graph.hpp"

using namespace kg;
using namespace kg::query;

namespace {
// Each solution as "value,value,...", in result order.
std::vector<std::string> rows(const KnowledgeGraph& g, const QueryResult& r) {
  std::vector<std::string> out;
  for (const auto& s : r.solutions) {
    std::string row;
    for (std::size_t i = 0; i < r.variables.size(); ++i) {
      if (i) row += ',';
      row += display(g, r.variables[i], s.values[i]);
    }
    out.push_back(row);
  }
  return out;
}

std::vector<std::string> ask(const testing::SampleGraph& s, std::string_view pattern) {
  static const Ontology ontology = testing::bundled_ontology();
  return rows(s.graph, run_query(s.graph, ontology, pattern));
}
}  // namespace

TEST_CASE("one pattern: bound subject or object, names through aliases") {
  const testing::SampleGraph s;
  CHECK(ask(s, "?who ceoOf OpenAI") == std::vector<std::string>{"Sam Altman"});
  CHECK(ask(s, "奥特曼 ceoOf ?o") == std::vector<std::string>{"OpenAI"});
  CHECK(ask(s, "Anthropic develops ?p") == std::vector<std::string>{"Claude"});
  CHECK(ask(s, "?p studiesAt ?u") == std::vector<std::string>{"Claire,UC Berkeley", "Emmy,Stanford University"});
  CHECK(ask(s, "OpenAI develops ?p") == std::vector<std::string>{"ChatGPT", "Codex"});
  CHECK(ask(s, "?x memberOf Anthropic").empty());
}

TEST_CASE("joins on shared variables, in a deterministic order") {
  const testing::SampleGraph s;
  CHECK(ask(s, "?p founderOf ?o . ?x leaderOf ?o") == std::vector<std::string>{"Paul Graham,Y Combinator,Sam Altman"});
  CHECK(ask(s, "?x leaderOf ?o . ?x ceoOf ?c . ?c develops ?p") ==
        std::vector<std::string>{"Sam Altman,Y Combinator,OpenAI,ChatGPT", "Sam Altman,Y Combinator,OpenAI,Codex"});
  CHECK(ask(s, "?a memberOf ?o . ?b founderOf ?o") == std::vector<std::string>{"Dan,Y Combinator,Paul Graham"});
  CHECK(ask(s, "?x worksFor ?o . ?x worksFor ?o") == std::vector<std::string>{"Sam Altman,OpenAI"});
}

TEST_CASE("types, predicate variables, symmetric and untyped predicates, yes/no patterns") {
  const testing::SampleGraph s;
  CHECK(ask(s, "?x a Person . ?x ?r 'Y Combinator'") ==
        std::vector<std::string>{"Dan,memberOf", "Paul Graham,founderOf", "Sam Altman,leaderOf"});
  CHECK(ask(s, "'Sam Altman' ?r OpenAI") == std::vector<std::string>{"ceoOf", "worksFor"});
  CHECK(ask(s, "Claude ?r ?x").empty());  // a predicate variable skips relatedTo...
  CHECK(ask(s, "Claude relatedTo ?x") == std::vector<std::string>{"Sam Altman"});  // ...naming it does not
  CHECK(ask(s, "ChatGPT competesWith ?x") == std::vector<std::string>{"Gemini"});
  CHECK(ask(s, "?x competesWith ?y") == std::vector<std::string>{"ChatGPT,Gemini", "Gemini,ChatGPT"});
  CHECK(ask(s, "YC a ?t") == std::vector<std::string>{"Organization"});
  CHECK(ask(s, "?x a Place") == std::vector<std::string>{"London"});

  const Ontology ontology = testing::bundled_ontology();
  const auto yes = run_query(s.graph, ontology, "SamAltman ceoOf OpenAI");
  CHECK(yes.variables.empty());
  CHECK(yes.solutions.size() == 1);
  CHECK(run_query(s.graph, ontology, "OpenAI ceoOf SamAltman").solutions.empty());
}

TEST_CASE("solutions carry the relation each pattern matched") {
  const testing::SampleGraph s;
  const Ontology ontology = testing::bundled_ontology();
  const auto r = run_query(s.graph, ontology, "?x a Person . ?x ceoOf ?o");
  REQUIRE(r.solutions.size() == 1);
  CHECK_FALSE(r.solutions[0].edges[0].has_value());
  REQUIRE(r.solutions[0].edges[1].has_value());
  CHECK(s.graph.relation(*r.solutions[0].edges[1]).evidence.size() == 2);
}

TEST_CASE("unknown names, predicates and types, and mixed-up variables, are errors at the term") {
  const testing::SampleGraph s;
  const Ontology ontology = testing::bundled_ontology();
  CHECK_THROWS_WITH_AS(run_query(s.graph, ontology, "?x ceoOf OpenAl"),
                       doctest::Contains("no entity named \"OpenAl\"; closest names: \"OpenAI\""), UnknownEntity);
  try {
    run_query(s.graph, ontology, "?x ceoOff OpenAI");
    FAIL("expected QueryError");
  } catch (const QueryError& e) {
    CHECK(e.offset() == 3);
    CHECK(e.problem().rfind("unknown predicate \"ceoOff\"; known predicates: a, acquired, authorOf,", 0) == 0);
  }
  try {
    run_query(s.graph, ontology, "?x a Persn");
    FAIL("expected QueryError");
  } catch (const QueryError& e) {
    CHECK(e.offset() == 5);
    CHECK(e.problem() == "unknown type \"Persn\"; known types: Concept, Organization, Person, Place, Product, Work");
  }
  try {
    run_query(s.graph, ontology, "?x ceoOf ?o . ?o ?x ?y");
    FAIL("expected QueryError");
  } catch (const QueryError& e) {
    CHECK(e.offset() == 17);
    CHECK(e.problem() == "?x is used as an entity and as a predicate");
  }
}

TEST_CASE("a predicate or type only a foreign graph uses is known") {
  testing::SampleGraph s;
  const Vertex robot = s.graph.add_entity("R2", "Droid");
  s.graph.add_relation(robot, "repairs", s.sam, testing::evidence("R2 repairs Sam."));
  const Ontology ontology = testing::bundled_ontology();
  CHECK(rows(s.graph, run_query(s.graph, ontology, "?x repairs ?y")) == std::vector<std::string>{"R2,Sam Altman"});
  CHECK(rows(s.graph, run_query(s.graph, ontology, "?x a Droid")) == std::vector<std::string>{"R2"});
}

TEST_CASE("arbitrary input never crashes: it parses and runs, or fails with QueryError or UnknownEntity") {
  const testing::SampleGraph s;
  const Ontology ontology = testing::bundled_ontology();
  // Pieces that exercise every branch of the lexer and resolver, joined at random.
  const std::vector<std::string> pieces{"?x", "?", "?y", " ", "\t", ".", " . ", "\"", "'", "a", "ceoOf", "?r",
                                        "OpenAI", "奥特曼", "YC", "Person", "\xff", "\xe5\xa5", "\x01", "competesWith",
                                        "\"Sam Altman\"", "relatedTo", "Sam", "?奥"};
  const std::vector<std::string> terms{"?x", "?y", "?z", "OpenAI", "奥特曼", "YC", "'Sam Altman'", "ChatGPT", "Persn"};
  const std::vector<std::string> predicates{"?r", "?p", "a", "ceoOf", "competesWith", "relatedTo", "develops", "leaderOf"};
  std::uint64_t state = 42;
  const auto next = [&] {  // SplitMix64: deterministic on every platform
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  };
  std::size_t parsed = 0, answered = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string pattern;
    if (round % 2) {  // well-formed triples of random terms, to reach the evaluator
      for (std::uint64_t n = 1 + next() % 3; n > 0; --n)
        pattern += terms[next() % terms.size()] + " " + predicates[next() % predicates.size()] + " " +
                   terms[next() % terms.size()] + (n > 1 ? " . " : "");
    } else {  // pieces at random, mostly space-separated
      for (std::uint64_t n = next() % 12; n > 0; --n)
        pattern += pieces[next() % pieces.size()] + (next() % 5 ? " " : "");
    }
    try {
      const Pattern p = parse_pattern(pattern);
      ++parsed;
      run_query(s.graph, ontology, p);
      ++answered;
    } catch (const QueryError& e) {
      CHECK(e.offset() <= pattern.size());
      CHECK_FALSE(e.caret_display().empty());
    } catch (const UnknownEntity&) {
    }
  }
  // The generator must reach the evaluator, not only the parser's error paths.
  CHECK(parsed > 1500);
  CHECK(answered > 500);
}

TEST_CASE("a join larger than the solution limit stops there and says so") {
  const testing::SampleGraph s;
  static const Ontology ontology = testing::bundled_ontology();
  const auto all = run_query(s.graph, ontology, "?a ?r ?b . ?c ?q ?d");  // a cross product
  REQUIRE(all.solutions.size() > 10);
  CHECK_FALSE(all.truncated);
  const auto capped = run_query(s.graph, ontology, parse_pattern("?a ?r ?b . ?c ?q ?d"), 10);
  CHECK(capped.truncated);
  CHECK(capped.solutions.size() == 10);
}
