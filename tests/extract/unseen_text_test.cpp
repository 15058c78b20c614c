// Rules that carry extraction to text it has not seen: Han organisation names found from
// their suffix, Han person lists, possessed items in lists, organisation extensions,
// hyphenated names, coreference to the latest organisation, and English phrasings of
// founders, interim chiefs and moves. Sentences written for these tests.
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using namespace kg;
using namespace kg::test;

TEST_CASE("zh: an organisation found from its suffix, founded by a list of Han names") {
  const auto g = build("总部位于旧金山的初创公司云杉科技由郑小禾和鲁明于2022年创立。");
  CHECK(type_of(g, "云杉科技") == "Organization");
  CHECK(type_of(g, "郑小禾") == "Person");
  CHECK(type_of(g, "鲁明") == "Person");
  CHECK(has(g, "郑小禾", "founderOf", "云杉科技"));
  CHECK(has(g, "鲁明", "founderOf", "云杉科技"));
  CHECK(has(g, "云杉科技", "locatedIn", "San Francisco"));
  CHECK_FALSE(entity(g, "公司云杉"));
}

TEST_CASE("zh trap: a suffix word inside a phrase is no organisation") {
  const auto g = build("谷歌的主要产品为智能搜索，它创办了人工智能实验室。");
  CHECK_FALSE(entity(g, "品为智能"));
  CHECK_FALSE(entity(g, "人工智能"));
}

TEST_CASE("zh: a quoted product named as a company's first product") {
  const auto g = build("云杉科技的首款产品是数据标注工具“青简”，面向小型律所。");
  CHECK(type_of(g, "青简") == "Product");
  CHECK(has(g, "云杉科技", "develops", "青简"));
}

TEST_CASE("zh: 现任 X 首席执行官") {
  CHECK(has(build("奥特曼现任OpenAI首席执行官。"), "Sam Altman", "ceoOf", "OpenAI"));
}

TEST_CASE("zh: a competitor list of possessed products gives the products, not their owners") {
  const auto g = build("ChatGPT的主要竞争对手包括谷歌的Gemini以及Anthropic的Claude。");
  CHECK(has(g, "ChatGPT", "competesWith", "Gemini"));
  CHECK(has(g, "ChatGPT", "competesWith", "Claude"));
  CHECK_FALSE(has(g, "ChatGPT", "competesWith", "Google"));
  CHECK_FALSE(has(g, "ChatGPT", "competesWith", "Anthropic"));
}

TEST_CASE("zh: investors that joined a round, as a list") {
  const auto g = build("微软和谷歌等公司也先后参与了Anthropic的融资。");
  CHECK(has(g, "Microsoft", "investsIn", "Anthropic"));
  CHECK(has(g, "Google", "investsIn", "Anthropic"));
}

TEST_CASE("en: a capitalised name that extends a known organisation is a new organisation") {
  const auto g = build("Google confirmed that Greg Brockman leads Google Quantum Labs in Zurich.");
  CHECK(type_of(g, "Google Quantum Labs") == "Organization");
  CHECK(has(g, "Greg Brockman", "leaderOf", "Google Quantum Labs"));
  CHECK_FALSE(has(g, "Greg Brockman", "leaderOf", "Google"));
  CHECK(has(g, "Google Quantum Labs", "partOf", "Google"));
}

TEST_CASE("en trap: a bare legal suffix does not make a new organisation") {
  const auto g = build("Greg Brockman leads Intel Inc in Oregon.");
  CHECK(has(g, "Greg Brockman", "leaderOf", "Intel"));
  // At most another form of Intel, never an organisation of its own.
  const auto inc = entity(g, "Intel Inc");
  CHECK((!inc || inc == entity(g, "Intel")));
}

TEST_CASE("lexicon: a hyphen into a capital or a digit continues the name") {
  const auto g = build("The team compared Gemini-XL with Claude, and an OpenAI-backed lab joined.");
  CHECK_FALSE(has(g, "Gemini", "relatedTo", "Claude"));
  CHECK(entity(g, "Claude"));
  CHECK(entity(g, "OpenAI"));  // a lower-case word after the hyphen leaves the name whole
}

TEST_CASE("en: founded by a former employee described by role") {
  const auto g = build("Orbitfield, founded by former Google engineer Maya Lind, builds warehouse robots.");
  CHECK(type_of(g, "Orbitfield") == "Organization");
  CHECK(has(g, "Maya Lind", "founderOf", "Orbitfield"));
  CHECK_FALSE(has(g, "Maya Lind", "founderOf", "Google"));
}

TEST_CASE("en: interim chief executive, leaving to join, and later founding") {
  const auto g = build(
      "Maya Lind, previously a product lead, became the interim CEO of Anthropic. "
      "Greg Brockman left OpenAI to join Anthropic. "
      "Paul Graham left Y Combinator in 2014 and later founded Orbitfield.");
  CHECK(has(g, "Maya Lind", "ceoOf", "Anthropic"));
  CHECK(has(g, "Greg Brockman", "worksFor", "Anthropic"));
  // Leaving a company says one worked there: employment history is kept (en.works.left).
  CHECK(has(g, "Greg Brockman", "worksFor", "OpenAI"));
  CHECK(relation(g, "Greg Brockman", "worksFor", "OpenAI")->confidence() <
        relation(g, "Greg Brockman", "worksFor", "Anthropic")->confidence());
  CHECK(has(g, "Paul Graham", "founderOf", "Orbitfield"));
  CHECK_FALSE(has(g, "Paul Graham", "founderOf", "Y Combinator"));
}

TEST_CASE("coreference: 'the company' is the latest organisation; with none in view, nothing") {
  const auto g = build("Anthropic hired forty people. The company released Claude in March.");
  CHECK(has(g, "Anthropic", "develops", "Claude"));
  const auto alone = build("Greg Brockman spoke first.\n\nLater, it released Codex.");
  CHECK_FALSE(has(alone, "Greg Brockman", "develops", "Codex"));
  CHECK(typed_relations(alone) == 0);
}

TEST_CASE("en lists: an item's apposition and an article-led descriptor are skipped") {
  const auto g = build("Anthropic released Claude, a chat model, and the coding tool Codex.");
  CHECK(has(g, "Anthropic", "develops", "Claude"));
  CHECK(has(g, "Anthropic", "develops", "Codex"));
}

TEST_CASE("en lists trap: a comma clause is no list of rivals") {
  const auto g = build("Anthropic's rivals include Orbitfield, founded by former Google engineer Maya Lind.");
  CHECK(has(g, "Anthropic", "competesWith", "Orbitfield"));
  CHECK_FALSE(has(g, "Anthropic", "competesWith", "Google"));
}

TEST_CASE("en: a product named after its maker, where a product is expected") {
  const auto g = build("Microsoft launched Microsoft Loop for teams.");
  CHECK(type_of(g, "Microsoft Loop") == "Product");
  CHECK(has(g, "Microsoft", "develops", "Microsoft Loop"));
  const auto lab = build("Microsoft launched Microsoft Quantum Labs in Delft.");
  CHECK(type_of(lab, "Microsoft Quantum Labs") == "Organization");
}

TEST_CASE("coreference: 'the company' is the organisation the recent sentences start with") {
  const auto g = build(
      "Anthropic was founded in 2021. Greg Brockman once worked at Intel. "
      "The company released Claude in March.");
  CHECK(has(g, "Anthropic", "develops", "Claude"));
  CHECK_FALSE(has(g, "Intel", "develops", "Claude"));
  const auto zh = build("Anthropic成立于2021年，创始团队来自斯坦福大学。该公司推出了Claude。");
  CHECK(has(zh, "Anthropic", "develops", "Claude"));
  CHECK_FALSE(has(zh, "Stanford University", "develops", "Claude"));
}

TEST_CASE("en: president copula, investor lists and a unit of a known organisation") {
  const auto g = build(
      "Maya Lind, formerly a banker, became the president of Orbitfield. "
      "Intel and Google Ventures invested in Orbitfield. The British startup Orbitfield grew fast.");
  CHECK(has(g, "Maya Lind", "leaderOf", "Orbitfield"));
  CHECK(has(g, "Intel", "investsIn", "Orbitfield"));
  CHECK(has(g, "Google Ventures", "investsIn", "Orbitfield"));
  CHECK_FALSE(has(g, "Google", "investsIn", "Orbitfield"));
  CHECK_FALSE(entity(g, "British"));
}

TEST_CASE("zh: a Han name at the end of a role phrase stops before the word after it") {
  const auto g = build("谷歌的首席执行官郑小禾毕业于斯坦福大学。云杉资本合伙人鲁明认为估值偏高。");
  CHECK(type_of(g, "郑小禾") == "Person");
  CHECK(has(g, "郑小禾", "studiesAt", "Stanford University"));
  CHECK(type_of(g, "鲁明") == "Person");
  CHECK_FALSE(entity(g, "鲁明认"));
  CHECK(has(g, "鲁明", "worksFor", "云杉资本"));
}

TEST_CASE("zh: an investor that led a round named earlier in the sentence") {
  const auto g = build("Anthropic完成了新一轮融资，由谷歌和微软领投。");
  CHECK(has(g, "Google", "investsIn", "Anthropic"));
  CHECK(has(g, "Microsoft", "investsIn", "Anthropic"));
}

TEST_CASE("en lists trap: a clause after an apposition continues no list") {
  const auto g = build("Orbitfield, a Delft startup founded by former Intel engineer Maya Lind, launched Tern, a search tool built on Claude.");
  CHECK(has(g, "Maya Lind", "founderOf", "Orbitfield"));
  CHECK_FALSE(has(g, "Claude", "founderOf", "Orbitfield"));
  CHECK_FALSE(has(g, "Maya Lind", "founderOf", "Intel"));
}

TEST_CASE("zh: a clause-bound gap does not carry a founding into the next clause") {
  const auto g = build("云杉科技由郑小禾创办，她曾任谷歌副总裁。郑小禾后来又创办了北岸资本。");
  CHECK(has(g, "郑小禾", "founderOf", "云杉科技"));
  CHECK_FALSE(has(g, "郑小禾", "founderOf", "Google"));
  CHECK(has(g, "郑小禾", "founderOf", "北岸资本"));
}

TEST_CASE("zh: audience members introduce themselves, their companies and products named with 叫") {
  const auto g = build(
      "提问者1：我是林栩，在做一家叫Farrowly的公司，做养殖场的健康监测。\n主持人：下一位。\n"
      "提问者2：我是周凡，去年出来创办了麦穗数科，做农村信贷。我和同学在做一个合同审查工具，叫ClauseKit。\n"
      "提问者3：我是苏禾，在斯坦福大学读计算机硕士，同时在一家叫青苗智农的初创公司实习。\n主持人：好。");
  CHECK(has(g, "林栩", "founderOf", "Farrowly"));
  CHECK(has(g, "周凡", "founderOf", "麦穗数科"));
  CHECK(has(g, "周凡", "develops", "ClauseKit"));
  CHECK(has(g, "苏禾", "studiesAt", "Stanford University"));
  CHECK(has(g, "苏禾", "worksFor", "青苗智农"));
  // Each numbered label opens its own turn: 我 is never the previous speaker.
  CHECK_FALSE(has(g, "林栩", "founderOf", "麦穗数科"));
  CHECK_FALSE(has(g, "周凡", "studiesAt", "Stanford University"));
}
