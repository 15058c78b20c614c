// "topic" slots: a clause without a subject of its own shares the sentence's (or the
// previous sentence's) person or clause-initial organisation; and the traps: a word after
// a name stays in that name's clause, Han verbs made nouns (开发者) trigger nothing, a
// place before a more specific one stands for it. Sentences written for these tests.
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using namespace kg;
using namespace kg::test;

TEST_CASE("zh: clauses after the subject share it") {
  const auto g = build("2011年，奥特曼回到旧金山，加入了谷歌，随后毕业于斯坦福大学。");
  CHECK(has(g, "Sam Altman", "worksFor", "Google"));
  CHECK(has(g, "Sam Altman", "studiesAt", "Stanford University"));
  const auto r = relation(g, "Sam Altman", "worksFor", "Google");
  REQUIRE(r);
  CHECK(r->confidence() < 0.8);  // borrowed subjects cost confidence
}

TEST_CASE("en: a coordinated clause shares the sentence's subject") {
  const auto g = build(
      "Altman studied computer science at Stanford University, dropped out in 2005, and later joined Y Combinator.");
  CHECK(has(g, "Sam Altman", "studiesAt", "Stanford University"));
  CHECK(has(g, "Sam Altman", "worksFor", "Y Combinator"));
}

TEST_CASE("zh: a sentence without a subject takes the previous one's") {
  const auto g = build("奥特曼考入斯坦福大学；次年加入谷歌。");
  CHECK(has(g, "Sam Altman", "worksFor", "Google"));
}

TEST_CASE("trap: a word after a name belongs to that name's clause") {
  const auto g = build("Paul Graham co-founded Y Combinator, and Altman later joined OpenAI.");
  CHECK(has(g, "Sam Altman", "worksFor", "OpenAI"));
  CHECK_FALSE(has(g, "Paul Graham", "worksFor", "OpenAI"));
}

TEST_CASE("trap: a Han verb made a noun triggers nothing") {
  const auto g = build("OpenAI的发布会录像会同步上传到网上，开发者则在X上讨论新功能。");
  CHECK_FALSE(has(g, "OpenAI", "develops", "X"));
}

TEST_CASE("zh: a country right before a city stands for the city") {
  const auto g = build("谷歌在旧金山和美国旧金山都设有研发中心。");
  CHECK(has(g, "Google", "locatedIn", "San Francisco"));
  CHECK(typed_relations(g) == 1);
}

TEST_CASE("trap: an object pronoun is no clause's subject") {
  // "me" is the speaker, but the relative clause belongs to the person listed after it.
  const auto g = build(
      "I'm Maren Okafor, a partner at Index Ventures. With me is Dario Amodei, a founder of Anthropic, who "
      "spent five years at Google before that.");
  CHECK(has(g, "Dario Amodei", "worksFor", "Google"));
  CHECK_FALSE(has(g, "Maren Okafor", "worksFor", "Google"));
}

TEST_CASE("zh: 这家公司 far from any organisation stands for the one the article is about") {
  const auto g = build(
      "栖岸科技成立于2020年。栖岸科技做的是工业质检。栖岸科技去年拿到了融资。"
      "这只机械臂很轻。它动作很快。站在一旁的韩思远，正是这家公司的创始人兼CEO。韩思远表示，订单很多。");
  CHECK(has(g, "韩思远", "founderOf", "栖岸科技"));
  CHECK(has(g, "韩思远", "ceoOf", "栖岸科技"));
}

TEST_CASE("trap: no main organisation when two are named as often") {
  const auto g = build(
      "OpenAI发布了新模型。Anthropic也发布了新模型。OpenAI和Anthropic竞争激烈，OpenAI和Anthropic都在招人。"
      "展台人很多。这只机械臂很轻。它动作很快。站在一旁的韩思远，正是这家公司的创始人兼CEO。韩思远表示，订单很多。");
  CHECK(entity(g, "韩思远"));
  CHECK_FALSE(has(g, "韩思远", "founderOf", "OpenAI"));
  CHECK_FALSE(has(g, "韩思远", "founderOf", "Anthropic"));
}

TEST_CASE("en: after 'and', the name before was the object of the clause before, not the new clause's subject") {
  const auto g = build("Anthropic, which was founded by Dario Amodei, develops Claude and competes with OpenAI.");
  CHECK(has(g, "Anthropic", "competesWith", "OpenAI"));
  CHECK_FALSE(has(g, "Claude", "competesWith", "OpenAI"));
}

TEST_CASE("zh: after 还, the name before is the new clause's subject; partnerships signed") {
  const auto g = build("OpenAI先后获得了谷歌和微软的投资，其中微软还在2023年与OpenAI签订了长期供货协议。");
  CHECK(has(g, "Microsoft", "partnerOf", "OpenAI"));
}

TEST_CASE("en: an epithet ('the chipmaker') stands for the latest organisation named before it") {
  const auto g = build(
      "Anthropic will also work with Intel to tune future models for the chipmaker's Codex systems. Intel said "
      "it would invest in OpenAI. The chipmaker also announced a partnership with Apple.");
  CHECK(has(g, "Intel", "develops", "Codex"));
  CHECK_FALSE(has(g, "Anthropic", "develops", "Codex"));
  CHECK(has(g, "Intel", "partnerOf", "Apple"));
}

TEST_CASE("an organisation after a short description of its kind opens its clause") {
  const auto g = build(
      "OpenAI发布了新模型。手机厂商微软则宣布，将在下半年推出Codex。Anthropic grew. The chipmaker Intel grew fast "
      "and plans to release Gemini.");
  CHECK(has(g, "Microsoft", "develops", "Codex"));
  CHECK_FALSE(has(g, "OpenAI", "develops", "Codex"));
  CHECK(has(g, "Intel", "develops", "Gemini"));
  CHECK_FALSE(has(g, "Anthropic", "develops", "Gemini"));
}

TEST_CASE("zh: a bare 公司 opening a clause is the article's main organisation, even right after another") {
  const auto g = build(
      "星河科技成立于2020年。星河科技做的是工业质检。星河科技去年完成了A轮融资。"
      "创始人此前在Microsoft工作。公司已获得Google和Amazon的投资。2023年，公司在旧金山设有办公室。");
  CHECK(has(g, "Google", "investsIn", "星河科技"));
  CHECK(has(g, "Amazon", "investsIn", "星河科技"));
  CHECK(has(g, "星河科技", "locatedIn", "San Francisco"));
  CHECK_FALSE(has(g, "Google", "investsIn", "Microsoft"));
}

TEST_CASE("trap: 公司 inside a word or after a name stands for nothing") {
  const auto g = build("星河科技成立于2020年。星河科技做的是工业质检。星河科技去年完成了A轮融资。"
                       "Microsoft子公司获得了Google的投资。一家名为Brightloop的公司获得了Amazon的投资。");
  CHECK_FALSE(has(g, "Google", "investsIn", "星河科技"));
  CHECK_FALSE(has(g, "Amazon", "investsIn", "星河科技"));
}

TEST_CASE("en: 'the company' in a profile is the organisation it profiles, even after another one opened a sentence") {
  const auto g = build(
      "Anthropic was founded in 2021. Anthropic builds Claude. Anthropic raised money from Amazon. "
      "Google invested too. Around the same time, the company opened a second office in San Francisco.");
  CHECK(has(g, "Anthropic", "locatedIn", "San Francisco"));
  CHECK_FALSE(has(g, "Google", "locatedIn", "San Francisco"));
}

TEST_CASE("zh: an interviewer's label is not the organisation an interview is about") {
  const auto g = build(
      "近日，谷歌采访了Anthropic的顾临川。Anthropic成立于2021年。Anthropic去年完成了融资。\n"
      "谷歌：你好。\n顾临川：你好。\n谷歌：为什么创业？\n顾临川：想做点事。\n谷歌：产品是什么？\n"
      "顾临川：公司的核心产品叫Claude。\n谷歌：客户呢？\n顾临川：很多。\n谷歌：谢谢。\n");
  CHECK(has(g, "Anthropic", "develops", "Claude"));
  CHECK_FALSE(has(g, "Google", "develops", "Claude"));
}

TEST_CASE("a guest's 我们 / we is the organisation the guest founded or leads, and no one else's") {
  const auto zh = build("主持人：欢迎。\n\n许牧野：大家好，我是许牧野，暖爪科技的创始人。去年我们完成了A轮，经纬创投领投，峰瑞资本跟投。"
                        "罗晴是我们的CTO。我们不跟新瑞鹏竞争。\n\n主持人：我们今天就聊到这里，谢谢白鹭资本的支持。");
  CHECK(has(zh, "许牧野", "founderOf", "暖爪科技"));
  CHECK(has(zh, "峰瑞资本", "investsIn", "暖爪科技"));
  CHECK(has(zh, "罗晴", "ctoOf", "暖爪科技"));
  CHECK_FALSE(has(zh, "暖爪科技", "competesWith", "新瑞鹏"));
  const auto en = build("HOST: Welcome.\n\nMAYA OKONKWO: I'm Maya Okonkwo, the founder of Quarrystone. "
                        "Last year we launched Tidewright, and our CTO Raj Patel built it on Llama 3, and we use Whisper.");
  CHECK(has(en, "Maya Okonkwo", "founderOf", "Quarrystone"));
  CHECK(has(en, "Raj Patel", "ctoOf", "Quarrystone"));
  CHECK_FALSE(has(en, "Tidewright", "builtOn", "Quarrystone"));
}

TEST_CASE("a guest's 我们 makes products named with 叫 and signs with partners") {
  const auto g = build("Ken：欢迎。\n\n韩潇：大家好，我是韩潇，星焰科技的CEO。\n\nKen：好的。\n\n"
                       "韩潇：我们自己做了一套数据平台叫BlazeScope。我们跟谷歌签了独家协议。\n\nKen：好。\n");
  CHECK(has(g, "星焰科技", "develops", "BlazeScope"));
  CHECK(has(g, "星焰科技", "partnerOf", "Google"));
  CHECK_FALSE(has(g, "Ken", "worksFor", "星焰科技"));
}

TEST_CASE("zh: the 我们 of a guest who introduced themselves as working at a company is that company, under either of their names") {
  const auto g = build(
      "主持人：欢迎两位。\n林子昂：大家好，我是Leo，中文名林子昂，在Databricks负责数据分析这块。\n"
      "主持人：你们怎么做数据？\n林子昂：可以这么说。我们自己做了一套数据平台叫BlazeScope。\n");
  CHECK(has(g, "Databricks", "develops", "BlazeScope"));
}
