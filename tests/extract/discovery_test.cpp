// Entities the lexicon lacks, found from context; and what must not become an entity.
#include <doctest/doctest.h>

#include <algorithm>

#include "extract_fixture.hpp"

using namespace kg;
using namespace kg::test;

namespace {
bool has_alias(const KnowledgeGraph& g, std::string_view name, const std::string& alias) {
  const auto v = g.find(name);
  if (!v) return false;
  const auto& aliases = g.entity(*v).aliases;
  return std::find(aliases.begin(), aliases.end(), alias) != aliases.end();
}
}  // namespace

TEST_CASE("a glued name may end with a two-letter family name") {
  const auto g = build("我们还有一位联合创始人叫OscarLi，之前在Google工作。");
  CHECK(type_of(g, "Oscar Li") == "Person");
  CHECK(has(g, "Oscar Li", "worksFor", "Google"));
}

TEST_CASE("glued Latin names inside Chinese are split and keep their written form") {
  const auto g = build("我叫KeithCurry，刚毕业。");
  REQUIRE(entity(g, "Keith Curry"));
  CHECK(g.entity(*entity(g, "Keith Curry")).name == "Keith Curry");
  CHECK(has_alias(g, "Keith Curry", "KeithCurry"));
  CHECK(type_of(g, "Keith Curry") == "Person");
}

TEST_CASE("a known product with a suffix is a new product, part of the known one") {
  const auto g = build("OpenAI发布了Codex的两个新工具：CodexCLI和CodexSDK。");
  CHECK(type_of(g, "Codex CLI") == "Product");
  CHECK(type_of(g, "Codex SDK") == "Product");
  CHECK(has(g, "Codex CLI", "partOf", "Codex"));
  CHECK(has_alias(g, "Codex CLI", "CodexCLI"));
}

TEST_CASE("organisations, products and people from role and naming patterns") {
  const auto g = build("我在一家名为Tidepool的公司工作。另一位网友Zorblax表示反对。一位叫Quick-Fox42网友说。我是Nimbus公司的CTO。");
  CHECK(type_of(g, "Tidepool") == "Organization");
  CHECK(type_of(g, "Zorblax") == "Person");
  CHECK(type_of(g, "Quick-Fox42") == "Person");
  CHECK(type_of(g, "Nimbus") == "Organization");
}

TEST_CASE("Han names come from bylines and self-introductions, with a family name") {
  const auto g = build("作者|陈明远\n文|科技观察组\n林小雨：\n大家好，我是林小雨，来自旧金山。\n");
  CHECK(type_of(g, "陈明远") == "Person");
  CHECK(type_of(g, "林小雨") == "Person");
  CHECK_FALSE(entity(g, "科技观察组"));
}

TEST_CASE("junk never becomes an entity") {
  const auto g = build("我是AI。我是2024。访问https://example.com了解。I'm Happy to be here. 我是X。我是一名独立开发者。");
  CHECK(g.entity_count() == 1);  // only X, from the lexicon
  CHECK(type_of(g, "X") == "Product");
}

TEST_CASE("titles in 《》 are works and quoted English names are products") {
  const auto g = build("欢迎收听《硅基对话》。Brightloop launched an app called \"Lumen\" last week.");
  CHECK(type_of(g, "硅基对话") == "Work");
  CHECK(type_of(g, "Lumen") == "Product");
}

TEST_CASE("role patterns name organisations even without a person") {
  const auto g = build("Tidewell的CTO发言了。He is the CEO of Brightloop. Quorra's founder declined to comment.");
  CHECK(type_of(g, "Tidewell") == "Organization");
  CHECK(type_of(g, "Brightloop") == "Organization");
  CHECK(type_of(g, "Quorra") == "Organization");
}

TEST_CASE("en: the subject of an encyclopedia's opening sentence, and an organisation founded by people") {
  const auto g = build(
      "Larchwood Dynamics is a Dutch robotics company headquartered in Utrecht. Larchwood was founded in 2019 "
      "by Maartje Visser and Sunil Rao.");
  CHECK(type_of(g, "Larchwood Dynamics") == "Organization");
  CHECK(has(g, "Maartje Visser", "founderOf", "Larchwood Dynamics"));
  CHECK(has(g, "Sunil Rao", "founderOf", "Larchwood Dynamics"));
}

TEST_CASE("en trap: a person described as a founder is no organisation") {
  const auto g = build("Maartje Visser is a Dutch robotics company founder in Utrecht.");
  CHECK(type_of(g, "Maartje Visser") != "Organization");
}

TEST_CASE("an unknown name owned by a known organisation is its product, with its version") {
  const auto g = build("Amazon的Astro 02已经进厂。Intel's LPU is fast. 谷歌的Veltrix也上线了。");
  CHECK(type_of(g, "Astro 02") == "Product");
  CHECK(has(g, "Amazon", "develops", "Astro 02"));
  CHECK(has(g, "Intel", "develops", "LPU"));
  CHECK(has(g, "Google", "develops", "Veltrix"));
}

TEST_CASE("trap: what an organisation owns is not always a product") {
  const auto g = build("Google's Winter program ended. Intel's Oryon-based chips sold. Stanford's Machine Learning "
                       "Department hired Choi Min-jae, a Samsung-backed analyst. Microsoft's Board met.");
  CHECK_FALSE(entity(g, "Winter"));
  CHECK_FALSE(entity(g, "Oryon-based"));
  CHECK_FALSE(entity(g, "Board"));
  CHECK(type_of(g, "Machine Learning Department") != "Product");
  CHECK(type_of(g, "Choi Min-jae") == "Person");
  CHECK_FALSE(entity(g, "Samsung-backed"));
}

TEST_CASE("lower-case particles inside a person's name (van, de, von der)") {
  const auto g = build(
      "Pieter van Amstel, co-founder and chief technology officer of Databricks, met Ana de Souza, CEO of Anthropic.");
  CHECK(type_of(g, "Pieter van Amstel") == "Person");
  CHECK(has(g, "Pieter van Amstel", "ctoOf", "Databricks"));
  CHECK(has(g, "Ana de Souza", "ceoOf", "Anthropic"));
  CHECK_FALSE(entity(g, "Amstel"));
}

TEST_CASE("a Han company's short form is a name only where the text writes it alone") {
  // 栈桥 stands alone (栈桥的, 栈桥表示): it is 栈桥智能. 跨境 is only ever inside other words.
  const auto g = build("栈桥智能成立于2022年。栈桥智能完成了融资。栈桥的团队很小，栈桥表示会扩招。"
                       "奥特曼曾在2015年创办跨境物流平台货栈通。跨境支付的竞争很激烈，跨境收单也是。");
  const auto zq = entity(g, "栈桥智能");
  REQUIRE(zq);
  CHECK(g.entity(*zq).mentions >= 4);
  const auto kj = entity(g, "跨境物流");
  REQUIRE(kj);
  CHECK(g.entity(*kj).mentions == 1);
}

TEST_CASE("zh traps: a unit opens with no clause word; 任 ends a name taken back to the clause start") {
  const auto g = build("岑牧原此前曾在微软下属研究院从事设计工作。祁望舒任首席执行官，鲍景行任总裁。");
  CHECK_FALSE(entity(g, "微软下属研究院"));
  CHECK_FALSE(entity(g, "鲍景行任"));
}

TEST_CASE("a product named after its maker goes by the rest of its name, capitalised only") {
  const auto g = build("OpenAI released OpenAI Ledger in 2017. ChatGPT is a tool built on top of Ledger. "
                       "Microsoft uses Ledger data. Every firm keeps a ledger.");
  const auto v = entity(g, "OpenAI Ledger");
  REQUIRE(v);
  CHECK(g.entity(*v).mentions == 3);  // not the lower-case "ledger"
  CHECK(has(g, "ChatGPT", "builtOn", "OpenAI Ledger"));
  // "Ledger" is only an alias of the product: no entity of its own.
  CHECK(g.entity(*entity(g, "Ledger")).name == "OpenAI Ledger");
}

TEST_CASE("a quoted name before a title is an organisation, whatever kind word came before it; repeats cast no type vote") {
  const auto g = build("本期嘉宾是音乐人服务平台「和弦坊」的创始人鲁一帆。和弦坊在成都。和弦坊有二十名员工。");
  CHECK(type_of(g, "和弦坊") == "Organization");
  CHECK(has(g, "鲁一帆", "founderOf", "和弦坊"));
}

TEST_CASE("a Latin stem written alone before its full name is an entity of its own, not the full name's short form") {
  const auto g = build("Brambleton is a security company based in Denver. Brambleton acquired Tallis Cloud in 2022. "
                       "Brambleton Labs, the company's research division, publishes reports. "
                       "Quarrin Labs was founded by Ada Voss. Quarrin later opened an office in Oslo.");
  CHECK(entity(g, "Brambleton"));
  CHECK(entity(g, "Brambleton Labs"));
  CHECK_FALSE(has(g, "Brambleton Labs", "acquired", "Tallis Cloud"));
  // Written after its full name, a stem is the short form: both find one entity.
  REQUIRE(entity(g, "Quarrin"));
  REQUIRE(entity(g, "Quarrin Labs"));
  CHECK(*entity(g, "Quarrin") == *entity(g, "Quarrin Labs"));
  CHECK(*entity(g, "Brambleton") != *entity(g, "Brambleton Labs"));
}

TEST_CASE("a name given another in parentheses after an alias cue is one entity: (often shortened to X), （以下简称“X”）") {
  const auto en = build("Brindlecrest Security, Inc. (often shortened to Brindlecrest) is a cybersecurity company. "
                        "Before founding Brindlecrest, Ada Voss was a product manager at Check Point. Brindlecrest acquired Tallis Labs.");
  REQUIRE(entity(en, "Brindlecrest"));
  CHECK(type_of(en, "Brindlecrest") == "Organization");
  CHECK(*entity(en, "Brindlecrest") == *entity(en, "Brindlecrest Security"));
  CHECK(has(en, "Brindlecrest Security", "acquired", "Tallis Labs"));
  const auto zh = build("智能家电企业澜庭智能科技集团（以下简称“澜庭集团”）日前发出内部邮件。澜庭集团成立于2014年。");
  REQUIRE(entity(zh, "澜庭集团"));
  REQUIRE(entity(zh, "澜庭智能科技集团"));
  CHECK(*entity(zh, "澜庭集团") == *entity(zh, "澜庭智能科技集团"));
  CHECK_FALSE(entity(zh, "智能科技"));
}

TEST_CASE("a gloss may give a second name after a comma and an alias cue: （StarBlazeGaming，简称SBG）") {
  const auto g = build("本期嘉宾：星焰电竞（StarBlazeGaming，简称SBG）CEO韩潇。星焰电竞成立于2018年。SBG是2018年成立的。");
  REQUIRE(entity(g, "星焰电竞"));
  REQUIRE(entity(g, "SBG"));
  REQUIRE(entity(g, "StarBlazeGaming"));
  CHECK(*entity(g, "SBG") == *entity(g, "星焰电竞"));
  CHECK(*entity(g, "StarBlazeGaming") == *entity(g, "星焰电竞"));
  CHECK(has(g, "韩潇", "ceoOf", "星焰电竞"));
}

TEST_CASE("a registered name and an English name in one parenthesis: （全称：X，英文名：Y）") {
  const auto g = build("岚舟物流（全称：浙江岚舟冷链物流有限公司，英文名：Lanzhou Logistics）是一家冷链企业。"
                       "芷言（简称“芷言生物”，英文名ZhiyanBio）成立于2015年。");
  REQUIRE(entity(g, "岚舟物流"));
  REQUIRE(entity(g, "浙江岚舟冷链物流有限公司"));
  REQUIRE(entity(g, "Lanzhou Logistics"));
  CHECK(*entity(g, "浙江岚舟冷链物流有限公司") == *entity(g, "岚舟物流"));
  CHECK(*entity(g, "Lanzhou Logistics") == *entity(g, "岚舟物流"));
  REQUIRE(entity(g, "ZhiyanBio"));
  CHECK_FALSE(entity(g, "芷言生物”，英文名ZhiyanBio"));
}

TEST_CASE("en: two patterns reading a name as an organisation outvote one title reading it as a person") {
  const auto g = build(
      "Karoo Ridge said it had agreed to buy copper developer Andes Cobre. "
      "Andes Cobre was founded in 2016 by geologist Matias Echeverria.");
  CHECK(type_of(g, "Andes Cobre") == "Organization");
  CHECK(has(g, "Matias Echeverria", "founderOf", "Andes Cobre"));
}

TEST_CASE("en: a first name before a known family name is another person; the lone family name is the one named first") {
  const auto g = build(
      "On Tuesday, Maren Holloway opened a new taproom. \"It is slow work,\" says Holloway. "
      "Holloway studied at Stanford. Caleb Holloway, her brother, joined Google in 2014.");
  CHECK(type_of(g, "Maren Holloway") == "Person");
  CHECK(has(g, "Maren Holloway", "studiesAt", "Stanford University"));
  CHECK(has(g, "Caleb Holloway", "worksFor", "Google"));
  CHECK_FALSE(has(g, "Caleb Holloway", "studiesAt", "Stanford University"));
}

TEST_CASE("en: a name ending with trade words is an organisation whose short form drops them") {
  const auto g = build(
      "Karoo Ridge Resources, the Perth-based miner, said so. Karoo Ridge has since grown. "
      "Hollow Pine is small. Maren Holloway founded Hollow Pine Brewing Co. in 2014. She worked at Sierra Nevada Brewing Co. "
      "for three years.");
  CHECK(type_of(g, "Karoo Ridge Resources") == "Organization");
  CHECK(has_alias(g, "Karoo Ridge Resources", "Karoo Ridge"));
  CHECK(type_of(g, "Hollow Pine Brewing Co") == "Organization");
  CHECK(has_alias(g, "Hollow Pine Brewing Co", "Hollow Pine"));
  CHECK_FALSE(entity(g, "Brewing Co"));
}

TEST_CASE("en: a known place at the start or end of a longer capitalised name is part of that name, not a place") {
  const auto g = build(
      "Intel said it had agreed to acquire copper developer Andes Cobre. Andes Cobre was founded in 2016 "
      "by Matias Echeverria. The Andes Mayor spoke in the Andes.");
  CHECK(has(g, "Intel", "acquired", "Andes Cobre"));
  CHECK(has(g, "Matias Echeverria", "founderOf", "Andes Cobre"));
  CHECK(type_of(g, "Andes") == "Place");
}

TEST_CASE("zh: a two-character name before a word that surely follows names is not a longer name") {
  const auto g = build("电商事业群总裁林可此次与郑雪松一同进入委员会。数智方舟创始人陈川随后加入星桥云。基础设施部仍由副总裁孙曼管理。");
  CHECK(entity(g, "林可"));
  CHECK(entity(g, "陈川"));
  CHECK(entity(g, "孙曼"));
  CHECK_FALSE(entity(g, "林可此"));
  CHECK_FALSE(entity(g, "陈川随"));
  CHECK_FALSE(entity(g, "孙曼管"));
}

TEST_CASE("zh: a particle such as 位 before a company's stem is no part of its name") {
  const auto g = build("“每一副都失败过。”这位镜界科技的创始人兼CEO说。镜界科技成立于2019年。");
  CHECK(entity(g, "镜界科技"));
  CHECK_FALSE(entity(g, "位镜界科技"));
}

TEST_CASE("en: a role's label in a transcript names no one; a guest's 'a company called X' is theirs") {
  const auto g = build("MODERATOR: Welcome everyone.\nLUIS PEREIRA: Thanks. I'm Luis Pereira. I started a company called Parla "
                       "in Lisbon two years ago with my co-founder, Ines Carvalho.\nMODERATOR: Great.\n");
  CHECK_FALSE(entity(g, "MODERATOR"));
  CHECK(has(g, "Ines Carvalho", "founderOf", "Parla"));
  REQUIRE(entity(g, "Luis Pereira"));
  CHECK(has(g, "Luis Pereira", "founderOf", "Parla"));
}

TEST_CASE("an apposition whose company word owns what follows says nothing of the name's type") {
  CHECK(type_of(build("Brindle Notes, the company's blog, is written by Ana Ruiz."), "Brindle Notes") != "Organization");
  CHECK(type_of(build("Quillfeather Labs, a startup based in Lyon, hired Ana Ruiz."), "Quillfeather Labs") == "Organization");
}
