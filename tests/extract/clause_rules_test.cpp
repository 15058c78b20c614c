// English clause structure: relative clauses (", which ...", ", who ...") as appositions and
// as scopes of negation, the subject before a closed relative clause, lists that stop at a
// new clause's subject, descriptors of list items, co-founders "with" someone, funding
// rounds named by series. Sentences written for these tests.
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using namespace kg;
using namespace kg::test;

TEST_CASE("en: a relative clause after the subject is skipped, and its subject found") {
  const auto g = build(
      "Priya Raman, who spent six years at Stripecraft Labs building payments tools, started Brightloop "
      "in 2022 with Tomás Ortega and Wen Li.");
  CHECK(has(g, "Priya Raman", "founderOf", "Brightloop"));
  CHECK(has(g, "Tomás Ortega", "founderOf", "Brightloop"));
  CHECK(has(g, "Wen Li", "founderOf", "Brightloop"));
}

TEST_CASE("en: a negation before a relative clause does not reach into it") {
  const auto g = build(
      "The deal does not end Anthropic's ties with Amazon, which has invested $8 billion in Anthropic. "
      "Google did not invest in OpenAI.");
  CHECK(has(g, "Amazon", "investsIn", "Anthropic"));
  CHECK_FALSE(has(g, "Google", "investsIn", "OpenAI"));
}

TEST_CASE("en: a list stops at the subject of a new clause") {
  const auto g = build("Paul Graham co-founded Y Combinator with Greg Brockman, and Altman later ran Y Combinator.");
  CHECK(has(g, "Greg Brockman", "founderOf", "Y Combinator"));
  CHECK_FALSE(has(g, "Sam Altman", "founderOf", "Y Combinator"));
  CHECK(has(g, "Sam Altman", "leaderOf", "Y Combinator"));
}

TEST_CASE("en: a Series round led by one investor, with an existing investor taking part") {
  const auto g = build(
      "Brightloop said it has raised a $42 million Series B led by Intel, with participation from Databricks "
      "and existing investor Amazon.");
  CHECK(has(g, "Intel", "investsIn", "Brightloop"));
  CHECK(has(g, "Databricks", "investsIn", "Brightloop"));
  CHECK(has(g, "Amazon", "investsIn", "Brightloop"));
}

TEST_CASE("en traps: a descriptor needs an article or a listed word; a chief executive is no mere executive") {
  const auto g = build(
      "Microsoft invested in OpenAI and competes with Google in cloud computing. "
      "Greg Brockman is the chief executive of Brightloop.");
  CHECK(has(g, "Microsoft", "investsIn", "OpenAI"));
  CHECK_FALSE(has(g, "Microsoft", "investsIn", "Google"));
  CHECK(has(g, "Greg Brockman", "ceoOf", "Brightloop"));
  CHECK_FALSE(has(g, "Greg Brockman", "worksFor", "Brightloop"));
}

TEST_CASE("en trap: leading a company's team, or its team, is no leading of the company") {
  const auto g = build("Greg Brockman now leads Anthropic's fraud team. Sam Altman, who joined OpenAI in 2019, heads its research group.");
  CHECK_FALSE(has(g, "Greg Brockman", "leaderOf", "Anthropic"));
  CHECK_FALSE(has(g, "Sam Altman", "leaderOf", "OpenAI"));
}

TEST_CASE("en: career phrasings of a startup profile") {
  const auto g = build(
      "Brightloop, founded in early 2023 by Priya Raman and Tomás Ortega, sells contract software. "
      "Elad Gil, the angel investor and former Google executive, wrote one of its first checks. "
      "Greg Brockman, its head of research, joined from OpenAI in March. "
      "Sam Altman, the vice-president of sales, was poached from Anthropic. "
      "Intel, a chipmaker based in Santa Clara, rolled out Codex across its engineering teams.");
  CHECK(has(g, "Priya Raman", "founderOf", "Brightloop"));
  CHECK(has(g, "Tomás Ortega", "founderOf", "Brightloop"));
  CHECK(has(g, "Elad Gil", "worksFor", "Google"));
  CHECK(has(g, "Greg Brockman", "worksFor", "OpenAI"));
  CHECK(has(g, "Sam Altman", "worksFor", "Anthropic"));
  CHECK(has(g, "Intel", "uses", "Codex"));
  CHECK_FALSE(has(g, "Intel", "develops", "Codex"));
}
