#include <doctest/doctest.h>

#include <memory>
#include <set>
#include <tuple>

#include "kg/graph/knowledge_graph.hpp"

using namespace kg;

namespace {
// "x" + std::to_string(n), written so that GCC 12's -Wrestrict false positive stays quiet.
std::string numbered(std::string_view prefix, std::uint64_t n) {
  std::string text(prefix);
  text += std::to_string(n);
  return text;
}

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

TEST_CASE("a relation keeps its first max_evidence records and counts every distinct one") {
  KnowledgeGraph g;
  REQUIRE(g.max_evidence() == KnowledgeGraph::kDefaultMaxEvidence);
  const Vertex a = g.add_entity("A", "Organization");
  const Vertex b = g.add_entity("B", "Organization");
  Edge e{};
  for (std::uint64_t i = 0; i < 20; ++i) e = g.add_relation(a, "partnerOf", b, evidence_at(10 * i));
  g.add_relation(a, "partnerOf", b, evidence_at(30));  // equal to a kept record
  const Relation r = g.relation(e);
  CHECK(r.weight == 20.0);
  REQUIRE(r.evidence.size() == 8);
  std::uint64_t expected = 0;
  for (const EvidenceView ev : r.evidence) {
    CHECK(ev.begin == expected);
    expected += 10;
  }
}

TEST_CASE("max_evidence 0 keeps every record") {
  KnowledgeGraph g(0);
  const Vertex a = g.add_entity("A", "Organization");
  const Vertex b = g.add_entity("B", "Organization");
  Edge e{};
  for (std::uint64_t i = 0; i < 100; ++i) e = g.add_relation(a, "partnerOf", b, evidence_at(i));
  g.add_relation(a, "partnerOf", b, evidence_at(99));
  CHECK(g.relation(e).weight == 100.0);
  CHECK(g.relation(e).evidence.size() == 100);
}

TEST_CASE("records given with a weight are all kept, whatever the cap") {
  KnowledgeGraph g(2);
  const Vertex a = g.add_entity("A", "Organization");
  const Vertex b = g.add_entity("B", "Organization");
  const std::vector<Evidence> records{evidence_at(0), evidence_at(5), evidence_at(9)};
  const Edge e = g.add_relation_weighted(a, "acquired", b, 7.0, records);
  CHECK(g.relation(e).weight == 7.0);
  REQUIRE(g.relation(e).evidence.size() == 3);
  CHECK(g.relation(e).evidence.front() == records[0]);
  // Copied into another graph, the relation reads the same.
  KnowledgeGraph other;
  const Vertex c = other.add_entity("C", "Organization");
  const Edge copy = other.copy_relation(c, c, g.relation(e));
  CHECK(other.relation(copy).predicate == "acquired");
  CHECK(other.relation(copy).weight == 7.0);
  CHECK(other.relation(copy).evidence == g.relation(e).evidence);
}

TEST_CASE("a relation copied onto itself gains its own weight and records once") {
  KnowledgeGraph g;
  const Vertex a = g.add_entity("A", "Organization");
  const Vertex b = g.add_entity("B", "Organization");
  const Edge e = g.add_relation(a, "acquired", b, evidence_at(0));
  g.add_relation(a, "acquired", b, evidence_at(5));
  g.copy_relation(a, b, g.relation(e));
  CHECK(g.relation(e).weight == 4.0);
  CHECK(g.relation(e).evidence.size() == 4);
}

TEST_CASE("evidence reads back as given: texts, offsets, and the rare wide values") {
  KnowledgeGraph g(0);
  const Vertex a = g.add_entity("A", "Person");
  const Vertex b = g.add_entity("B", "Organization");
  Evidence wide = evidence_at(1);
  wide.end = wide.begin + 100000;  // a span beyond 16 bits
  Evidence backwards = evidence_at(50);
  backwards.end = 3;
  const Edge e = g.add_relation(a, "worksFor", b, evidence_at(7, "first-rule"));
  g.add_relation(a, "worksFor", b, wide);
  g.add_relation(a, "worksFor", b, backwards);
  std::vector<Evidence> many;  // rule ids beyond 16 bits (given at once: offered one by one,
  for (std::uint64_t i = 0; i < 70000; ++i)  // each would be compared with all before it)
    many.push_back(evidence_at(1000 + i, numbered("rule-", i)));
  g.add_relation_weighted(a, "worksFor", b, 70000.0, many);
  const Relation r = g.relation(e);
  CHECK(r.weight == 70003.0);
  std::vector<EvidenceView> all(r.evidence.begin(), r.evidence.end());
  REQUIRE(all.size() == 70003);
  CHECK(all[0] == evidence_at(7, "first-rule"));
  CHECK(all[1] == wide);
  CHECK(all[2] == backwards);
  CHECK(all.back() == evidence_at(1000 + 69999, "rule-69999"));
  CHECK(all.back().owned() == evidence_at(1000 + 69999, "rule-69999"));
  g.add_relation(a, "worksFor", b, evidence_at(1000 + 69999, "rule-69999"));  // duplicate of a wide record
  CHECK(g.relation(e).weight == 70003.0);
}

TEST_CASE("each distinct sentence is stored once") {
  KnowledgeGraph g;
  const Vertex a = g.add_entity("A", "Person");
  const Vertex b = g.add_entity("B", "Organization");
  const Vertex c = g.add_entity("C", "Organization");
  Evidence e = evidence_at(0);
  e.sentence = std::string(500, 'x');
  g.add_relation(a, "worksFor", b, e);
  const std::size_t one = g.pooled_text_bytes();
  for (DocumentId d = 1; d < 50; ++d) {  // the same sentence in other documents and relations
    e.document = d;
    g.add_relation(a, "worksFor", b, e);
    g.add_relation(a, "worksFor", c, e);
  }
  CHECK(g.pooled_text_bytes() == one);
  CHECK(g.relation(*g.find_relation(a, "worksFor", c)).evidence.front().sentence == e.sentence);
}

TEST_CASE("many relations are all found, and none that was not added") {
  KnowledgeGraph g;
  std::vector<Vertex> v;
  for (std::uint64_t i = 0; i < 300; ++i) v.push_back(g.add_entity(numbered("E", i), "Organization"));
  const char* predicates[] = {"acquired", "investsIn", "partnerOf"};
  for (std::size_t i = 0; i < v.size(); ++i)
    for (std::size_t j = 0; j < v.size(); j += 7)
      g.add_relation(v[i], predicates[(i + j) % 3], v[j], evidence_at(i * 1000 + j));
  for (std::size_t i = 0; i < v.size(); ++i)
    for (std::size_t j = 0; j < v.size(); ++j) {
      const auto found = g.find_relation(v[i], predicates[(i + j) % 3], v[j]);
      REQUIRE(found.has_value() == (j % 7 == 0));
      if (found) {
        CHECK(g.source(*found) == v[i]);
        CHECK(g.target(*found) == v[j]);
        CHECK(g.relation(*found).predicate == predicates[(i + j) % 3]);
      }
      CHECK_FALSE(g.find_relation(v[i], predicates[(i + j + 1) % 3], v[j]).has_value());
    }
  CHECK_FALSE(g.find_relation(v[0], "unknownPredicate", v[0]).has_value());
}

TEST_CASE("relations are found whether their ends have few or many relations, self-loops too") {
  // The index scans short edge lists and keeps a table for relations between two entities
  // with many; entities here cross that length in every order. Checked against a std::set.
  KnowledgeGraph g;
  std::vector<Vertex> v;
  for (std::uint64_t i = 0; i < 40; ++i) v.push_back(g.add_entity(numbered("E", i), "Organization"));
  const char* predicates[] = {"acquired", "investsIn", "partnerOf"};
  std::set<std::tuple<std::size_t, std::size_t, std::size_t>> added;
  std::uint64_t state = 12345;
  const auto next = [&](std::uint64_t n) {  // skewed towards small numbers: hubs
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    const std::uint64_t r = (state >> 33) % n;
    return (r * r) / n;
  };
  for (std::uint64_t step = 0; step < 3000; ++step) {
    const std::size_t s = next(v.size()), o = next(v.size()), p = next(3);
    g.add_relation(v[s], predicates[p], v[o], evidence_at(step));
    added.emplace(s, o, p);
    if (step % 500 != 499) continue;
    REQUIRE(g.relation_count() == added.size());
    for (std::size_t a = 0; a < v.size(); ++a)
      for (std::size_t b = 0; b < v.size(); ++b)
        for (std::size_t q = 0; q < 3; ++q) {
          const auto found = g.find_relation(v[a], predicates[q], v[b]);
          REQUIRE(found.has_value() == (added.count({a, b, q}) > 0));
          if (found) CHECK((g.source(*found) == v[a] && g.target(*found) == v[b]));
        }
  }
}

TEST_CASE("copies and moves keep relations findable and their evidence readable") {
  auto original = std::make_unique<KnowledgeGraph>();
  const Vertex a = original->add_entity("A", "Person");
  const Vertex b = original->add_entity("B", "Organization");
  original->add_relation(a, "worksFor", b, evidence_at(1));
  original->add_relation(b, "partnerOf", a, evidence_at(2), true);
  KnowledgeGraph copy = *original;
  KnowledgeGraph moved = std::move(*original);
  original.reset();  // nothing of the copy or the moved graph may refer to it
  for (KnowledgeGraph* g : {&copy, &moved}) {
    const auto works = g->find_relation(a, "worksFor", b);
    REQUIRE(works.has_value());
    CHECK(g->relation(*works).evidence.front() == evidence_at(1));
    g->add_relation(a, "partnerOf", b, evidence_at(3), true);  // found the other way round
    CHECK(g->relation_count() == 2);
    CHECK(g->relation(*g->find_relation(b, "partnerOf", a)).weight == 2.0);
  }
}

TEST_CASE("Boost algorithms read the weights through the edge property") {
  KnowledgeGraph g;
  const Vertex a = g.add_entity("A", "Person");
  const Vertex b = g.add_entity("B", "Organization");
  const Edge e = g.add_relation_weighted(a, "worksFor", b, 2.5, {});
  const auto weights = boost::get(&RelationEdge::weight, g.graph());
  CHECK(weights[e] == 2.5);
  CHECK(g.predicate_name(g.graph()[e].predicate) == "worksFor");
  CHECK(g.predicate_id("worksFor") == g.graph()[e].predicate);
}
