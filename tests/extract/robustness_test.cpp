// Arbitrary bytes, options and concurrency.
#include <doctest/doctest.h>

#include <random>
#include <thread>

#include "extract_fixture.hpp"
#include "kg/text/source_error.hpp"
#include "kg/text/utf8.hpp"

using namespace kg;
using namespace kg::test;

namespace {
void check_offsets(const KnowledgeGraph& g, std::string_view text) {
  const auto length = text::count_code_points(text);
  for (auto e : boost::make_iterator_range(boost::edges(g.graph())))
    for (const auto& ev : g.relation(e).evidence) {
      CHECK(ev.begin <= ev.end);
      CHECK(ev.end <= length);
      CHECK(text::is_valid_utf8(ev.sentence));
    }
}
}  // namespace

TEST_CASE("invalid UTF-8 is replaced and counted; NUL bytes do not stop extraction") {
  const std::string text = std::string("OpenAI首席执行官\xff\xfe山姆·奥特曼。") + std::string(1, '\0') +
                           "OpenAI CEO Sam Altman spoke.";
  KnowledgeGraph g;
  const auto report = test_extractor().add_document(g, "bad", text);
  CHECK(report.replaced_bytes == 2);
  CHECK(report.code_points == text::count_code_points(text));
  CHECK(has(g, "Sam Altman", "ceoOf", "OpenAI"));
  check_offsets(g, text);
}

TEST_CASE("random bytes never crash and evidence stays inside the input") {
  std::mt19937 random(20261130);
  std::string noise;
  for (int i = 0; i < 200000; ++i) noise.push_back(static_cast<char>(random() & 0xFF));
  noise += "OpenAI的Codex。";
  KnowledgeGraph g;
  test_extractor().add_document(g, "noise", noise);
  check_offsets(g, noise);
  CHECK(build("").entity_count() == 0);
}

TEST_CASE("co-occurrence is a separate relatedTo edge that an option turns off") {
  const std::string text = "OpenAI和Anthropic都在旧金山。";
  const auto with = build(text);
  CHECK(has(with, "OpenAI", "relatedTo", "Anthropic"));
  CHECK(typed_relations(with) == 0);

  extract::Options options;
  options.cooccurrence = false;
  const extract::Extractor quiet(test_knowledge(), options);
  const auto without = build(text, quiet);
  CHECK(without.relation_count() == 0);
}

TEST_CASE("text cut for length gives no co-occurrence; its typed relations stay") {
  // One line without sentence punctuation, many times kMaxSentenceBytes long.
  std::string text;
  while (text.size() < 20000) text += "OpenAI Anthropic Google Microsoft 谷歌 微软 ";
  text += "Greg Brockman is the CEO of Anthropic ";  // inside a piece cut for length
  while (text.size() < 40000) text += "OpenAI Anthropic Google Microsoft 谷歌 微软 ";
  text += "Sam Altman is the CEO of OpenAI";
  const auto g = build(text);
  CHECK(has(g, "Sam Altman", "ceoOf", "OpenAI"));
  const auto cut = relation(g, "Greg Brockman", "ceoOf", "Anthropic");
  REQUIRE(cut.has_value());
  // Its evidence quotes the span with some context, not the whole 2 KB piece.
  const std::string_view quoted = cut->evidence.front().sentence;
  CHECK(quoted.find("Greg Brockman is the CEO of Anthropic") != std::string::npos);
  CHECK(quoted.size() < 400);
  // Only the short last piece, ended by the end of the text, pairs its entities.
  std::size_t cooccurrence_evidence = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g.graph())))
    if (g.relation(e).predicate == "relatedTo") cooccurrence_evidence += g.relation(e).evidence.size();
  CHECK(cooccurrence_evidence > 0);
  CHECK(cooccurrence_evidence <= 10);  // 5 entities in the last piece; each earlier piece would add as many
}

TEST_CASE("min_confidence drops weaker relations") {
  extract::Options options;
  options.min_confidence = 0.95;
  const extract::Extractor strict(test_knowledge(), options);
  CHECK(typed_relations(build("OpenAI首席执行官山姆·奥特曼说。", strict)) == 0);
  CHECK(typed_relations(build("OpenAI首席执行官山姆·奥特曼说。")) == 1);
}

TEST_CASE("extract() runs concurrently") {
  const std::string a = "OpenAI CEO Sam Altman spoke. Anthropic's Claude competes with ChatGPT.";
  std::shared_ptr<const extract::DocumentResult> ra, rb;
  std::thread t1([&] { ra = test_extractor().extract("a", a); });
  std::thread t2([&] { rb = test_extractor().extract("b", a); });
  t1.join();
  t2.join();
  KnowledgeGraph ga, gb;
  CHECK(test_extractor().merge(ga, *ra).relations == test_extractor().merge(gb, *rb).relations);
  CHECK(ga.relation_count() == gb.relation_count());
}

TEST_CASE("a malformed knowledge file is a Data error") {
  extract::KnowledgePaths paths = test_knowledge();
  paths.patterns = KG_SOURCE_DIR "/data/ontology.json";  // not a pattern file
  CHECK_THROWS_AS(extract::Extractor{paths}, SourceError);
}

TEST_CASE("a negated clause keeps what its noun phrases presuppose, and loses what it states") {
  const auto g = build(
      "Apple is reportedly in talks to use a custom version of Google's Gemini. Google did not say that Gemini beat "
      "Claude. 我们真正的对手是谷歌，而不是OpenAI的Codex。");
  CHECK(has(g, "Google", "develops", "Gemini"));
  CHECK(has(g, "OpenAI", "develops", "Codex"));
  CHECK_FALSE(has(g, "Gemini", "competesWith", "Claude"));
  CHECK_FALSE(has(g, "Apple", "uses", "Gemini"));
}

TEST_CASE("a hedge doubts the rest of its sentence, past a comma; a plain negation only its clause") {
  const auto g = build(
      "此前有媒体报道称，微软将领投OpenAI本轮融资。Anthropic denied the report, and Google invested in OpenAI.");
  CHECK_FALSE(has(g, "Microsoft", "investsIn", "OpenAI"));
  CHECK(has(g, "Google", "investsIn", "OpenAI"));
}
