// Rules written from the misses of articles kg had not seen (session 2): funding rounds,
// venture arms, "led by" / "released by" / "bought ... by" appositions, degrees, places in
// appositions, short forms of organisation names; Chinese founding lists after 成立于,
// acquisitions of a described company, 来自 X, product teams, quoted products, customer
// lists, follow-on investors, and rumours that yield no relation. Sentences written for
// these tests.
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using namespace kg;
using namespace kg::test;

TEST_CASE("en: a funding round led by one investor with participation from another") {
  const auto g = build(
      "Corvane Labs, a startup that builds warehouse robots, said it had raised $9 million in a seed round "
      "led by Intel, with participation from Databricks.");
  CHECK(has(g, "Intel", "investsIn", "Corvane Labs"));
  CHECK(has(g, "Databricks", "investsIn", "Corvane Labs"));
}

TEST_CASE("en: investors taking part, and a fund that has also backed others") {
  const auto g = build(
      "Corvane Labs, a startup in Oakland, said Intel had led a new investment in the company, with Databricks "
      "also taking part. Intel, which has also backed Tessellate and Quorra, declined to comment.");
  CHECK(has(g, "Intel", "investsIn", "Corvane Labs"));
  CHECK(has(g, "Databricks", "investsIn", "Corvane Labs"));
  CHECK(has(g, "Intel", "investsIn", "Tessellate"));
  CHECK(has(g, "Intel", "investsIn", "Quorra"));
}

TEST_CASE("en: the short form of a discovered organisation joins it") {
  const auto g = build(
      "Corvane Labs, a startup that builds warehouse robots, hired ten people. Corvane now sells to Amazon.");
  REQUIRE(entity(g, "Corvane Labs"));
  REQUIRE(entity(g, "Corvane"));
  CHECK(*entity(g, "Corvane") == *entity(g, "Corvane Labs"));
}

TEST_CASE("en trap: a short form shared by two discovered organisations joins neither") {
  const auto g = build(
      "Corvane Labs, a startup that builds robots, met Corvane Capital, a firm that invests in them. "
      "Corvane was mentioned twice.");
  REQUIRE(entity(g, "Corvane Labs"));
  REQUIRE(entity(g, "Corvane Capital"));
  CHECK(*entity(g, "Corvane Labs") != *entity(g, "Corvane Capital"));
  const auto short_form = entity(g, "Corvane");
  CHECK((!short_form || (*short_form != *entity(g, "Corvane Labs") && *short_form != *entity(g, "Corvane Capital"))));
}

TEST_CASE("en: venture arms, labs led by a person, models released by a company, companies bought by another") {
  const auto g = build(
      "Bramble Capital, the venture arm of the retailer Amazon, wrote the first cheque, and Sprout Fund, "
      "Intel's venture capital arm, the second. "
      "Quorra, the speech startup led by Mirela Dobos, was its first investment. "
      "Lumen, the speech model released by Anthropic in May, was tested too. "
      "Tessellate, which was bought last year by Microsoft, did not take part.");
  CHECK(has(g, "Bramble Capital", "partOf", "Amazon"));
  CHECK(has(g, "Sprout Fund", "partOf", "Intel"));
  CHECK(has(g, "Mirela Dobos", "leaderOf", "Quorra"));
  CHECK(has(g, "Anthropic", "develops", "Lumen"));
  CHECK(has(g, "Microsoft", "acquired", "Tessellate"));
}

TEST_CASE("en: a degree from a university, years spent at a company, the place where someone studied") {
  const auto g = build(
      "Mirela Dobos, an engineer who holds a PhD from Stanford University, runs the team. "
      "Dobos had spent eight years designing chips at Intel. "
      "She still teaches at Stanford University, where Dobos studied control theory.");
  CHECK(has(g, "Mirela Dobos", "studiesAt", "Stanford University"));
  CHECK(has(g, "Mirela Dobos", "worksFor", "Intel"));
}

TEST_CASE("en: places in appositions, staff in a list of cities, whose chief executive, joined from") {
  const auto g = build(
      "Quorra, the San Francisco speech startup, has 30 staff in San Francisco and Mercury. "
      "The deal was led by the San Francisco fund Larkspur Ventures. "
      "Tessellate, whose chief executive Lena Okafor founded it in 2019, grew fast. "
      "Hal Verity, who joined Quorra from Google in March, leads research.");
  CHECK(has(g, "Quorra", "locatedIn", "San Francisco"));
  CHECK(has(g, "Quorra", "locatedIn", "Mercury"));
  CHECK(has(g, "Larkspur Ventures", "locatedIn", "San Francisco"));
  CHECK(has(g, "Lena Okafor", "ceoOf", "Tessellate"));
  CHECK(has(g, "Hal Verity", "worksFor", "Quorra"));
  CHECK(has(g, "Hal Verity", "worksFor", "Google"));
}

TEST_CASE("en trap: a rumoured acquisition yields no relation") {
  const auto g = build("Corvane Labs, a startup in Oakland, was rumored to have been acquired by Apple.");
  CHECK_FALSE(has(g, "Apple", "acquired", "Corvane Labs"));
}

TEST_CASE("zh: founders listed after 成立于, one written without a space, and 来自 X") {
  const auto g = build("青岚数据成立于2021年，由许清禾、潘越和DavidKoh三人共同创立。潘越则来自微软，负责工程。");
  CHECK(has(g, "许清禾", "founderOf", "青岚数据"));
  CHECK(has(g, "潘越", "founderOf", "青岚数据"));
  CHECK(has(g, "David Koh", "founderOf", "青岚数据"));
  CHECK(has(g, "潘越", "worksFor", "Microsoft"));
}

TEST_CASE("zh: an acquired company named after its description, at the clause end") {
  const auto g = build("谷歌收购了旧金山的一家语音初创公司声纹科技。");
  CHECK(type_of(g, "声纹科技") == "Organization");
  CHECK(has(g, "Google", "acquired", "声纹科技"));
  CHECK(has(g, "声纹科技", "locatedIn", "San Francisco"));
  CHECK_FALSE(entity(g, "语音初创"));
}

TEST_CASE("zh trap: the clause before 总部位于 does not locate its subject") {
  const auto g = build("据谷歌透露，总部位于旧金山的数据创业公司青岚科技正在招人。");
  CHECK(has(g, "青岚科技", "locatedIn", "San Francisco"));
  CHECK_FALSE(has(g, "Google", "locatedIn", "San Francisco"));
}

TEST_CASE("zh: a quoted product, its customers, a product team, and a merged product") {
  const auto g = build(
      "青岚数据成立于2021年，由许清禾创立。青岚数据的核心产品是一款名为“石臼”的数据清洗智能体。目前已有几十家企业在使用石臼，其中包括谷歌和微软。"
      "许清禾曾是谷歌Gemini团队的研究员。青岚数据的另一款产品“杵”已经并入石臼。");
  CHECK(type_of(g, "石臼") == "Product");
  CHECK(has(g, "青岚数据", "develops", "石臼"));
  CHECK(has(g, "Google", "uses", "石臼"));
  CHECK(has(g, "Microsoft", "uses", "石臼"));
  CHECK(has(g, "Google", "develops", "Gemini"));
}

TEST_CASE("zh: 将 A 视为 B 的竞争对手, and 与 X 在...方面有合作") {
  const auto g = build("业内将Claude视为ChatGPT在企业市场的主要竞争对手。OpenAI还与微软在云计算方面有合作。");
  CHECK(has(g, "Claude", "competesWith", "ChatGPT"));
  CHECK(has(g, "OpenAI", "partnerOf", "Microsoft"));
}

TEST_CASE("zh: follow-on investors, a fund founded by a former investor, a name with 一") {
  const auto g = build(
      "青岚数据成立于2021年，由许清禾创立。青岚数据完成了A轮融资，由微软领投，老股东远帆资本跟投。"
      "远帆资本是一家早期基金，由前谷歌投资人孟晓川于2018年创立。罗一舟加盟青岚数据，担任首席科学家。");
  CHECK(has(g, "Microsoft", "investsIn", "青岚数据"));
  CHECK(has(g, "远帆资本", "investsIn", "青岚数据"));
  CHECK(has(g, "孟晓川", "founderOf", "远帆资本"));
  CHECK(has(g, "孟晓川", "worksFor", "Google"));
  CHECK(has(g, "罗一舟", "worksFor", "青岚数据"));
}

TEST_CASE("zh trap: reported and rumoured acquisitions yield no relation") {
  const auto g = build("青岚数据成立于2021年，由许清禾创立。有媒体报道称微软将收购青岚数据。市场曾传出苹果有意收购青岚数据的消息。");
  CHECK_FALSE(has(g, "Microsoft", "acquired", "青岚数据"));
  CHECK_FALSE(has(g, "Apple", "acquired", "青岚数据"));
}

TEST_CASE("en: a rival in an apposition, a graduate, a startup founded by, a team led, a board joined") {
  const auto g = build(
      "Brightloop, a Berlin payments startup founded in 2020 by Lena Okafor and Hal Verity, is growing. "
      "Quorra, a San Francisco rival to Brightloop, raised $5 million from Intel. "
      "Okafor, a Stanford graduate, now leads Quorra's research team. "
      "Mirela Dobos, a partner at Intel, will join Quorra's board.");
  CHECK(has(g, "Lena Okafor", "founderOf", "Brightloop"));
  CHECK(has(g, "Hal Verity", "founderOf", "Brightloop"));
  CHECK(has(g, "Quorra", "competesWith", "Brightloop"));
  CHECK(has(g, "Intel", "investsIn", "Quorra"));
  CHECK(has(g, "Lena Okafor", "studiesAt", "Stanford University"));
  CHECK(has(g, "Lena Okafor", "worksFor", "Quorra"));
  CHECK(has(g, "Mirela Dobos", "worksFor", "Intel"));
  CHECK(has(g, "Mirela Dobos", "memberOf", "Quorra"));
}

TEST_CASE("en: based in after a comma or an apposition; trap: the organisation inside the apposition") {
  const auto g = build(
      "Anthropic, based in San Francisco, hired Lena Okafor. "
      "Databricks, which was started by engineers who left Google, is based in Mercury.");
  CHECK(has(g, "Anthropic", "locatedIn", "San Francisco"));
  CHECK(has(g, "Databricks", "locatedIn", "Mercury"));
  CHECK_FALSE(has(g, "Google", "locatedIn", "Mercury"));
}

TEST_CASE("zh: study and work in later clauses, a degree abroad, investors discovered from 跟投") {
  const auto g = build(
      "青岚数据成立于2021年，由许清禾和潘越创立。潘越是公司的CTO，本科就读于斯坦福大学，此前在谷歌负责搜索广告。"
      "许清禾毕业于北岸学院，后赴斯坦福大学攻读博士学位。许清禾目前负责青岚数据的海外业务。"
      "本轮融资由微软领投，远帆资本和谷歌跟投。");
  CHECK(has(g, "潘越", "studiesAt", "Stanford University"));
  CHECK(has(g, "潘越", "worksFor", "Google"));
  CHECK(has(g, "许清禾", "studiesAt", "Stanford University"));
  CHECK(has(g, "许清禾", "worksFor", "青岚数据"));
  CHECK(type_of(g, "远帆资本") == "Organization");
}

TEST_CASE("zh trap: a list item with an owner of its own is not credited to the first item's maker") {
  const auto g = build("OpenAI推出的Codex、Anthropic的Claude都在快速迭代。");
  CHECK(has(g, "OpenAI", "develops", "Codex"));
  CHECK(has(g, "Anthropic", "develops", "Claude"));
  CHECK_FALSE(has(g, "OpenAI", "develops", "Claude"));
}

TEST_CASE("zh: a product launched after a long description of its kind, a unit 旗下 a group") {
  const auto g = build(
      "青岚数据成立于2021年，由许清禾创立。今年6月，青岚数据又发布了面向海外开发者的命令行工具RiceCLI。"
      "谷歌旗下的远帆资本也参与了讨论。");
  CHECK(type_of(g, "RiceCLI") == "Product");
  CHECK(has(g, "青岚数据", "develops", "RiceCLI"));
  CHECK(has(g, "远帆资本", "partOf", "Google"));
}

TEST_CASE("zh trap: 旗下 between a group and a product gives no partOf") {
  const auto g = build("谷歌旗下的Gemini正在快速迭代。");
  CHECK(has(g, "Google", "develops", "Gemini"));
  CHECK_FALSE(has(g, "Gemini", "partOf", "Google"));
}

TEST_CASE("zh: 创始人是 a list, and the clause topic develops what a later clause launches") {
  const auto g = build("青岚科技的创始人是许清禾和DavidKoh。Anthropic由两位前OpenAI研究员创立，开发了Claude。");
  CHECK(has(g, "许清禾", "founderOf", "青岚科技"));
  CHECK(has(g, "David Koh", "founderOf", "青岚科技"));
  CHECK(has(g, "Anthropic", "develops", "Claude"));
  CHECK_FALSE(has(g, "OpenAI", "develops", "Claude"));
}

TEST_CASE("zh trap: 开发者 is no launch") {
  const auto g = build("OpenAI的发布会录像会上传到网上，开发者则在ChatGPT上讨论新功能。");
  CHECK_FALSE(has(g, "OpenAI", "develops", "ChatGPT"));
}

TEST_CASE("en: a founder after a comma, software called X") {
  const auto g = build(
      "Quorra Labs, a speech startup, sells to banks. Quorra's founder, Lena Okafor, is a former Intel engineer. "
      "Its software, called Murmur, transcribes calls.");
  CHECK(has(g, "Lena Okafor", "founderOf", "Quorra Labs"));
  CHECK(type_of(g, "Murmur") == "Product");
}

TEST_CASE("en: which is backed by a list with a unit named after its parent, a future CTO, rivals found") {
  const auto g = build(
      "Orrery Energy, a company that sells batteries, hired Lena Okafor, a former executive at Halden. "
      "Orrery, which is backed by Halden Ventures and the Dutch fund Rubicon Capital, competes with Brightwater. "
      "Okafor will become Orrery's chief technology officer. Its product, GridLoom, is used by the Swedish utility Norrkraft.");
  CHECK(has(g, "Halden Ventures", "investsIn", "Orrery Energy"));
  CHECK(has(g, "Rubicon Capital", "investsIn", "Orrery Energy"));
  CHECK_FALSE(has(g, "Halden", "investsIn", "Orrery Energy"));
  CHECK(has(g, "Orrery Energy", "competesWith", "Brightwater"));
  CHECK(type_of(g, "Brightwater") == "Organization");
  CHECK(has(g, "Lena Okafor", "ctoOf", "Orrery Energy"));
  CHECK(type_of(g, "GridLoom") == "Product");
  CHECK(type_of(g, "Norrkraft") == "Organization");
}

TEST_CASE("zh trap: talks and unconfirmed news yield no investment") {
  const auto g = build("青岚科技今年完成了融资。有消息称微软正在洽谈投资青岚科技。");
  CHECK_FALSE(has(g, "Microsoft", "investsIn", "青岚科技"));
}

TEST_CASE("zh: a city before a described company, a system launched, a module built on a model, 早年在") {
  const auto g = build(
      "旧金山数据创业公司青穗科技今日宣布完成融资。今年9月，青穗又推出了数据操作系统RiceOS。"
      "RiceOS的检索模块基于Gemini开发。青穗科技的联合创始人许清禾是德国人，早年在谷歌工作。");
  CHECK(has(g, "青穗科技", "locatedIn", "San Francisco"));
  CHECK(has(g, "青穗科技", "develops", "RiceOS"));
  CHECK(has(g, "RiceOS", "builtOn", "Gemini"));
  CHECK(has(g, "许清禾", "worksFor", "Google"));
}

TEST_CASE("zh trap: a city inside a clause that does not start with it locates nothing") {
  const auto g = build("谷歌今天说，旧金山的公司都在招人。");
  CHECK_FALSE(has(g, "Google", "locatedIn", "San Francisco"));
}

TEST_CASE("en: a university named with 'of' and a known place is one organisation; trap: no head word") {
  const auto g = build(
      "Freja Lindqvist, who graduated from the Technical University of Mercury, left. "
      "Hal Verity, who studied at Quorra Labs of San Francisco, stayed.");
  CHECK(has(g, "Freja Lindqvist", "studiesAt", "Technical University of Mercury"));
  CHECK_FALSE(entity(g, "Technical University"));
  CHECK_FALSE(entity(g, "Quorra Labs of San Francisco"));
}

TEST_CASE("en: agreements and deals between organisations; trap: a deal only talked about") {
  const auto g = build(
      "Anthropic signed a multi-year cloud agreement with Google. Microsoft's $650 million licensing deal with "
      "Inflection AI drew scrutiny. Apple denied that it had signed a deal with Intel.");
  CHECK(has(g, "Anthropic", "partnerOf", "Google"));
  CHECK(has(g, "Microsoft", "partnerOf", "Inflection AI"));
  CHECK_FALSE(has(g, "Apple", "partnerOf", "Intel"));
}

TEST_CASE("en: a title before a name; a vice-president after a possessive") {
  const auto g = build(
      "The lab is run alongside former GitHub CEO Nat Friedman. Priya Raman, Intel's executive vice-president, "
      "spoke first.");
  CHECK(has(g, "Nat Friedman", "ceoOf", "GitHub"));
  CHECK(has(g, "Priya Raman", "worksFor", "Intel"));
}

TEST_CASE("en: an encyclopedia's opening sentence and history section") {
  const auto g = build(
      "Larchwood Dynamics is a Dutch industrial robotics research laboratory headquartered in San Francisco, "
      "United States. In 2022 Larchwood raised a seed round of $18 million led by Intel. Quorra Labs, the research "
      "institute founded by Paul Graham, hosts its team. Anthropic entered a research partnership with Stanford "
      "University. Anthropic's first publicly released model, Claude, followed. Priya Raman had previously been a "
      "research scientist at Google.");
  CHECK(has(g, "Larchwood Dynamics", "locatedIn", "San Francisco"));
  CHECK(has(g, "Larchwood Dynamics", "locatedIn", "United States"));
  CHECK(has(g, "Intel", "investsIn", "Larchwood Dynamics"));
  CHECK(has(g, "Paul Graham", "founderOf", "Quorra Labs"));
  CHECK(has(g, "Anthropic", "partnerOf", "Stanford University"));
  CHECK(has(g, "Anthropic", "develops", "Claude"));
  CHECK(has(g, "Priya Raman", "worksFor", "Google"));
}

TEST_CASE("en: an acquisition agreed, a subsidiary to be, shareholders, rounds led, products called, sites in places") {
  const auto g = build(
      "DENVER — Veridian Compute, the Denver-based operator of GPU data centers, said on Tuesday it had agreed to "
      "acquire Quillmark. Quillmark will operate as a wholly owned subsidiary of Veridian. Intel itself is a "
      "Quillmark shareholder. Databricks, which led Quillmark's Series A, also invested. Quillmark's main product, "
      "a scheduler called Tessel, is popular. Veridian operates data centers in San Francisco and Mercury.");
  CHECK(has(g, "Veridian Compute", "acquired", "Quillmark"));
  CHECK(has(g, "Quillmark", "partOf", "Veridian Compute"));  // the short form joins the full name
  CHECK(has(g, "Intel", "investsIn", "Quillmark"));
  CHECK(has(g, "Databricks", "investsIn", "Quillmark"));
  CHECK(has(g, "Quillmark", "develops", "Tessel"));
  CHECK(has(g, "Veridian Compute", "locatedIn", "San Francisco"));
}

TEST_CASE("en trap: talks about an acquisition and a headline's first word") {
  const auto g = build(
      "Inside Quillmark, the startup that wants to schedule every GPU\n\nVeridian Compute said it was in talks to "
      "acquire Quillmark.");
  CHECK_FALSE(entity(g, "Inside Quillmark"));
  CHECK_FALSE(has(g, "Veridian Compute", "acquired", "Quillmark"));
}

TEST_CASE("zh: a title before a name starting with 方, leaving a company, rounds got and led, a degree taken at") {
  const auto g = build(
      "另一位联合创始人是前微软算法专家方以宁。2023年夏天，韩思远从谷歌离职。韩思远表示，团队很小。"
      "栖岸科技成立于2020年。栖岸科技先后拿到了谷歌的天使轮投资和微软领投的A轮融资。OpenAI提出的Codex很受欢迎。"
      "韩思远之后在斯坦福大学拿到了计算机博士学位。");
  CHECK(has(g, "方以宁", "worksFor", "Microsoft"));
  CHECK(has(g, "韩思远", "worksFor", "Google"));
  CHECK(has(g, "Google", "investsIn", "栖岸科技"));
  CHECK(has(g, "Microsoft", "investsIn", "栖岸科技"));
  CHECK(has(g, "OpenAI", "develops", "Codex"));
  CHECK(has(g, "韩思远", "studiesAt", "Stanford University"));
}

TEST_CASE("zh trap: a verb trigger before 方 is still a compound noun") {
  const auto g = build("谷歌是这次收购的投资方，微软是开发方。");
  CHECK_FALSE(has(g, "Google", "investsIn", "Microsoft"));
  CHECK(typed_relations(g) == 0);
}

TEST_CASE("zh: a captured name stops before a verb only people do") {
  const auto g = build("项目由曾在谷歌工作十余年的工程师韦东带队。");
  CHECK(entity(g, "韦东"));
  CHECK_FALSE(entity(g, "韦东带"));
}

TEST_CASE("zh: a rival in one respect, an acquisition told in the passive with an adverb; trap: a professor is no student") {
  const auto g = build("OpenAI在模型层面的直接对手是美国的Anthropic。Databricks已经被微软收购了四年。斯坦福大学教授李明远提出了新方法。");
  CHECK(has(g, "OpenAI", "competesWith", "Anthropic"));
  CHECK(has(g, "Microsoft", "acquired", "Databricks"));
  CHECK_FALSE(has(g, "李明远", "studiesAt", "Stanford University"));
  CHECK(has(g, "李明远", "worksFor", "Stanford University"));
}

TEST_CASE("en: a product named before its kind, with 'its' for the maker") {
  const auto g = build("Databricks, which has been moving into agents with its Mosaic product, is growing.");
  CHECK(type_of(g, "Mosaic") == "Product");
  CHECK(has(g, "Databricks", "develops", "Mosaic"));
}

TEST_CASE("en: a partnership announced after an adverb") {
  const auto g = build("Intel also announced a partnership with Anthropic.");
  CHECK(has(g, "Intel", "partnerOf", "Anthropic"));
}

TEST_CASE("en: a magazine profile's phrasings: books, offices, students, owners, labs, with X as CEO") {
  const auto g = build(
      "In 2019 Maya Ratnam published \"The Legible Machine\" with Intel. Maya Ratnam's office at Stanford "
      "University is small. Owen Castellanos, one of her first doctoral students at Stanford, joined her. "
      "Databricks, which by then had been owned by Microsoft for five years, hired him. Google's Anthropic lab "
      "grew. In 2023 Ratnam founded Tessellate Labs, with Castellanos as chief executive. Codex 3.0, OpenAI's "
      "coding agent, is built on GPT-5 and Claude. OpenAI Launches ChatGPT. The team was founded by former "
      "Apple engineers Mara Quint and Leo Stavros.");
  CHECK(type_of(g, "The Legible Machine") == "Work");
  CHECK(has(g, "Maya Ratnam", "authorOf", "The Legible Machine"));
  CHECK(has(g, "Intel", "publisherOf", "The Legible Machine"));
  CHECK(has(g, "Maya Ratnam", "worksFor", "Stanford University"));
  CHECK(has(g, "Owen Castellanos", "studiesAt", "Stanford University"));
  CHECK(has(g, "Databricks", "partOf", "Microsoft"));
  CHECK(has(g, "Anthropic", "partOf", "Google"));
  CHECK(has(g, "Owen Castellanos", "ceoOf", "Tessellate Labs"));
  CHECK(has(g, "OpenAI", "develops", "Codex 3.0"));
  CHECK(has(g, "Codex 3.0", "builtOn", "GPT-5"));
  CHECK(has(g, "Codex 3.0", "builtOn", "Claude"));
  CHECK(has(g, "OpenAI", "develops", "ChatGPT"));
  CHECK(has(g, "Mara Quint", "worksFor", "Apple"));
  CHECK(has(g, "Leo Stavros", "worksFor", "Apple"));
}

TEST_CASE("en: organisations with their cities, offices elsewhere, people at organisations") {
  const auto g = build(
      "She joined Anthropic in San Francisco, which was growing fast. Intel is headquartered in Mercury, with "
      "engineering offices in San Francisco and United States. Researchers such as Greg Brockman at OpenAI, "
      "and others, agreed.");
  CHECK(has(g, "Anthropic", "locatedIn", "San Francisco"));
  CHECK(has(g, "Intel", "locatedIn", "San Francisco"));
  CHECK(has(g, "Greg Brockman", "worksFor", "OpenAI"));
}

TEST_CASE("en trap: products used by researchers are no people") {
  const auto g = build("Codex has been used by researchers at Stanford University and at OpenAI.");
  CHECK(type_of(g, "Codex") == "Product");
  CHECK_FALSE(has(g, "Codex", "worksFor", "Stanford University"));
}

TEST_CASE("zh: classmates, leading a company, products calling models, joint productions, founding places, former titles") {
  const auto g = build(
      "韩思远是我在斯坦福大学的同学。另一位是她在斯坦福大学的同门师兄周启航。韩思远表示同意。"
      "韩思远带着OpenAI把价格打了下来。Codex底层同时调用了GPT-5和Claude。本期节目由微软与谷歌联合出品。"
      "OpenAI出品的播客《第一性对话》很受欢迎。栖岸科技是2024年初在旧金山成立的。栖岸科技推出了质检模型。"
      "曾任OpenAI CTO的罗思远也来了。");
  CHECK(has(g, "韩思远", "studiesAt", "Stanford University"));
  CHECK(has(g, "周启航", "studiesAt", "Stanford University"));
  CHECK(has(g, "韩思远", "leaderOf", "OpenAI"));
  CHECK(has(g, "Codex", "builtOn", "GPT-5"));
  CHECK(has(g, "Codex", "builtOn", "Claude"));
  CHECK(has(g, "Microsoft", "partnerOf", "Google"));
  CHECK(has(g, "OpenAI", "publisherOf", "第一性对话"));
  CHECK(has(g, "栖岸科技", "locatedIn", "San Francisco"));
  CHECK(has(g, "罗思远", "ctoOf", "OpenAI"));
}

TEST_CASE("zh traps: a byline reporter works for no company named after it; a rumour; 调用的 is no calling") {
  const auto g = build(
      "本报讯（记者 陶然）OpenAI今天发布了新模型。有传言说微软要收购OpenAI。Codex家族包括供开发者调用的GPT-5。");
  CHECK(entity(g, "陶然"));
  CHECK_FALSE(has(g, "陶然", "worksFor", "OpenAI"));
  CHECK_FALSE(has(g, "Microsoft", "acquired", "OpenAI"));
  CHECK_FALSE(has(g, "Codex", "builtOn", "GPT-5"));
}

TEST_CASE("zh and en: rivals listed after 与X竞争的有, self-developed frameworks, investors including, whose products, a group run at") {
  const auto g = build(
      "与OpenAI直接竞争的有Anthropic、谷歌和微软。OpenAI自研了编译器与推理框架HengFlow。"
      "Databricks has raised about $140 million from investors including Intel, Apple and Amazon. "
      "Apple, whose Codex graphics processors are everywhere, agreed. Priya Raman, who previously ran an "
      "advanced-packaging research group at the Stanford University, spoke.");
  CHECK(has(g, "OpenAI", "competesWith", "Anthropic"));
  CHECK(has(g, "OpenAI", "competesWith", "Google"));
  CHECK(has(g, "OpenAI", "competesWith", "Microsoft"));
  CHECK(has(g, "OpenAI", "develops", "HengFlow"));
  CHECK(has(g, "Intel", "investsIn", "Databricks"));
  CHECK(has(g, "Amazon", "investsIn", "Databricks"));
  CHECK(has(g, "Apple", "develops", "Codex"));
  CHECK(has(g, "Priya Raman", "worksFor", "Stanford University"));
}

TEST_CASE("zh: founders before 创办的, acquisitions told with 对X的收购, models tuned on others, companies of a city") {
  const auto g = build(
      "国内有罗思远创办的Anthropic。微软完成了对OpenAI的收购。Codex最早基于OpenAI的GPT-5微调。"
      "他加入了旧金山的Databricks。OpenAI去年推出的Claude很受欢迎。");
  CHECK(has(g, "罗思远", "founderOf", "Anthropic"));
  CHECK(has(g, "Microsoft", "acquired", "OpenAI"));
  CHECK(has(g, "Codex", "builtOn", "GPT-5"));
  CHECK(has(g, "Databricks", "locatedIn", "San Francisco"));
  CHECK(has(g, "OpenAI", "develops", "Claude"));
}

TEST_CASE("zh trap: a denied acquisition told with 对X的收购") {
  const auto g = build("微软否认完成了对OpenAI的收购。");
  CHECK_FALSE(has(g, "Microsoft", "acquired", "OpenAI"));
}

TEST_CASE("uses and places: models trained on chips, products used before, facilities in cities, founded in a city, local firms") {
  const auto g = build(
      "Anthropic trains many of its largest models on Amazon's Codex chips. Databricks, which has used Claude "
      "to process contracts, grew. Intel's data centers in San Francisco and Mercury are full. "
      "2020年，她在旧金山创办了栖岸科技。栖岸科技推出了质检模型。旧金山本地的云服务商栖岸科技很小。");
  CHECK(has(g, "Anthropic", "uses", "Codex"));
  CHECK(has(g, "Databricks", "uses", "Claude"));
  CHECK(has(g, "Intel", "locatedIn", "San Francisco"));
  CHECK(has(g, "Intel", "locatedIn", "Mercury"));
  CHECK(has(g, "栖岸科技", "locatedIn", "San Francisco"));
}

TEST_CASE("trap: a product that runs on a cloud gives its user no use of the cloud") {
  const auto g = build("Its product, Codex, is used by Intel and runs on Microsoft's Claude.");
  CHECK_FALSE(has(g, "Intel", "uses", "Claude"));
}

TEST_CASE("zh: a product built on another's API or open model") {
  const auto g = build("Codex的文章拆分和摘要调用的是OpenAI的API。ChatGPT基于Anthropic的开源模型微调而来。");
  CHECK(has(g, "Codex", "builtOn", "OpenAI"));
  CHECK(has(g, "ChatGPT", "builtOn", "Anthropic"));
}

TEST_CASE("zh trap: founding a company in a city locates that company, not the sentence's topic") {
  const auto g = build("微软完成了对OpenAI的收购。一年后，他从微软离职，在旧金山创办了栖岸科技。栖岸科技推出了质检模型。");
  CHECK(has(g, "栖岸科技", "locatedIn", "San Francisco"));
  CHECK_FALSE(has(g, "Microsoft", "locatedIn", "San Francisco"));
}

TEST_CASE("en: an executive reshuffle's phrasings") {
  const auto g = build(
      "Priya Raman, the OpenAI co-founder who became chief executive of Anthropic, spoke. Mara Quint, a 20-year "
      "Microsoft veteran, was promoted. Quint studied at Stanford before joining Microsoft from Intel in 2005. "
      "Leo Stavros, who spent 11 years at Amazon, will join Apple next month. Databricks, the chip designer "
      "Google acquired in 2015, grew. Microsoft's relationship with OpenAI, in which it has invested more than "
      "$13bn, changed. Microsoft is also a large customer of Anthropic's Claude and relies on Intel to make "
      "chips. OpenAI has recently signed compute agreements with Amazon and Apple.");
  CHECK(has(g, "Priya Raman", "founderOf", "OpenAI"));
  CHECK(has(g, "Mara Quint", "worksFor", "Microsoft"));
  CHECK(has(g, "Mara Quint", "worksFor", "Intel"));
  CHECK(has(g, "Leo Stavros", "worksFor", "Apple"));
  CHECK(has(g, "Google", "acquired", "Databricks"));
  CHECK(has(g, "Microsoft", "investsIn", "OpenAI"));
  CHECK(has(g, "Microsoft", "uses", "Claude"));
  CHECK(has(g, "Microsoft", "partnerOf", "Intel"));
  CHECK(has(g, "OpenAI", "partnerOf", "Amazon"));
  CHECK(has(g, "OpenAI", "partnerOf", "Apple"));
}

TEST_CASE("zh: a company led by a person before 的, investors listed after 投资方包括") {
  const auto g = build("罗思远带领的OpenAI发布了新模型。栖岸科技推出了质检模型。栖岸科技成立于2020年，此前已完成两轮融资，投资方包括微软、谷歌和英特尔。");
  CHECK(has(g, "罗思远", "leaderOf", "OpenAI"));
  CHECK(has(g, "Microsoft", "investsIn", "栖岸科技"));
  CHECK(has(g, "Google", "investsIn", "栖岸科技"));
}

TEST_CASE("zh: a relative clause before a name tells where that person worked; trap: no name from inside a title") {
  const auto g = build("以及曾在微软任职的产品负责人范小禾。曾在谷歌工作十余年的工程师韦东带队。");
  CHECK(has(g, "范小禾", "worksFor", "Microsoft"));
  CHECK(has(g, "韦东", "worksFor", "Google"));
  CHECK_FALSE(entity(g, "程师韦"));
}

TEST_CASE("founded-by fronting a sentence, investors in an apposition, partners and parents told with 是") {
  const auto g = build(
      "Founded in 2022 by Priya Raman and Tomasz Wierzbicki, Databricks sells software. Intel and Amazon, both "
      "existing Databricks investors, joined. OpenAI的另一位重要合作伙伴是微软。Anthropic是谷歌旗下的人工智能公司。"
      "OpenAI此前与谷歌达成协议。");
  CHECK(has(g, "Priya Raman", "founderOf", "Databricks"));
  CHECK(has(g, "Tomasz Wierzbicki", "founderOf", "Databricks"));
  CHECK(has(g, "Intel", "investsIn", "Databricks"));
  CHECK(has(g, "Amazon", "investsIn", "Databricks"));
  CHECK(has(g, "OpenAI", "partnerOf", "Microsoft"));
  CHECK(has(g, "Anthropic", "partOf", "Google"));
  CHECK(has(g, "OpenAI", "partnerOf", "Google"));
}

TEST_CASE("infobox: English keys of two words are no speakers; each person with a title in parentheses") {
  const auto g = build("Brindlecrest\n\nBrindlecrest is a security company. Brindlecrest employs 900 people. Brindlecrest is based in Denver.\n\n"
                       "Founders: Ada Ben-Ari, Tom Reyes\nKey people: Ada Ben-Ari (CEO), Tom Reyes (CTO)\n"
                       "Products: Vault Scan, Brindle Scan\n");
  CHECK(has(g, "Ada Ben-Ari", "founderOf", "Brindlecrest"));
  CHECK(has(g, "Tom Reyes", "founderOf", "Brindlecrest"));
  CHECK(has(g, "Ada Ben-Ari", "ceoOf", "Brindlecrest"));
  CHECK(has(g, "Tom Reyes", "ctoOf", "Brindlecrest"));
  CHECK(has(g, "Brindlecrest", "develops", "Vault Scan"));
  CHECK(has(g, "Brindlecrest", "develops", "Brindle Scan"));
  CHECK_FALSE(entity(g, "Products"));
  CHECK_FALSE(entity(g, "Key people"));
}

TEST_CASE("zh: a known two-character name followed by a character that goes on with a name is a longer name") {
  const auto longer = build("雨燕科技CTO雷军浩表示，公司将扩招。");
  CHECK_FALSE(entity(longer, "Lei Jun"));
  CHECK(has(longer, "雷军浩", "ctoOf", "雨燕科技"));
  // A following word, a particle or a trigger ends the known name.
  const auto known = build("雷军表示很满意。雷军的团队很大。雷军创办了小米。");
  // The longer name would end inside a word (影响): the known one stands.
  CHECK(entity(build("他说自己受谷歌创始人雷军影响很深。"), "Lei Jun"));
  REQUIRE(entity(known, "Lei Jun"));
  CHECK(has(known, "Lei Jun", "founderOf", "小米"));
}

TEST_CASE("zh: a known product written as its maker's name and a model code is the maker's and the product's") {
  const auto g = build("他在东航负责空客A320机队的维修。腾讯视频上线了新剧。");
  REQUIRE(entity(g, "Airbus"));
  REQUIRE(entity(g, "Airbus A320"));
  CHECK(has(g, "Airbus", "develops", "Airbus A320"));
  // A brand that opens with its owner's name stays one name.
  REQUIRE(entity(g, "Tencent Video"));
  CHECK_FALSE(entity(g, "Tencent"));
}

TEST_CASE("zh: a known name inside a book's title is part of the title") {
  const auto g = build("2020年，林见深出版个人著作《谷歌之后：机器视觉的二十年》。林见深毕业于斯坦福大学。");
  CHECK(has(g, "林见深", "authorOf", "谷歌之后:机器视觉的二十年"));
  CHECK_FALSE(entity(g, "Google"));
}

TEST_CASE("zh: a business word right after a known organisation, ending a name, is a unit of it") {
  const auto g = build("腾讯医疗发布了新的问诊平台。");
  REQUIRE(entity(g, "腾讯医疗"));
  CHECK(has(g, "腾讯医疗", "partOf", "Tencent"));
  // The word goes on into another one: no unit.
  const auto longer = build("腾讯医疗器械部门发布了新的问诊平台。");
  CHECK_FALSE(entity(longer, "腾讯医疗"));
}

TEST_CASE("zh: a known organisation's stem written alone is its short form, but not inside another name") {
  const auto g = build("极飞科技是一家农业无人机公司。腾讯投资了一家公司。极飞由彭斌于2007年创办。");
  CHECK(has(g, "彭斌", "founderOf", "XAG"));
  CHECK_FALSE(has(g, "彭斌", "founderOf", "Tencent"));
  const auto inside = build("本轮由启明创投领投。枢衡机器人CEO邓启明表示，资金将用于量产。");
  CHECK(has(inside, "邓启明", "ceoOf", "枢衡机器人"));
}
