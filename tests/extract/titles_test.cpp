// {titles}: a chain of job titles yields one relation per title; titles come from the
// data file, and a chain is read across 兼, 、 and "and". Sentences written for these tests.
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using namespace kg;
using namespace kg::test;

TEST_CASE("zh: a chain of titles before a name gives each title's relation") {
  const auto g = build("OpenAI创始人、董事长兼首席执行官山姆·奥特曼表示，新模型将在下月发布。");
  CHECK(has(g, "Sam Altman", "founderOf", "OpenAI"));
  CHECK(has(g, "Sam Altman", "leaderOf", "OpenAI"));
  CHECK(has(g, "Sam Altman", "ceoOf", "OpenAI"));
  const auto r = relation(g, "Sam Altman", "ceoOf", "OpenAI");
  REQUIRE(r);
  CHECK(r->evidence.front().rule == "title.apposition");
}

TEST_CASE("en: co-founder and CEO, after a copula and in a possessive apposition") {
  const auto g = build(
      "Raman is the co-founder and CEO of Brightloop. Tomás Ortega, Brightloop's CTO, built the first version.");
  CHECK(has(g, "Raman", "founderOf", "Brightloop"));
  CHECK(has(g, "Raman", "ceoOf", "Brightloop"));
  CHECK(has(g, "Tomás Ortega", "ctoOf", "Brightloop"));
  CHECK_FALSE(has(g, "Tomás Ortega", "ceoOf", "Brightloop"));
}

TEST_CASE("en: a title before a name, and a partner of a fund") {
  const auto g = build("Anthropic chief executive Dario Amodei met Intel partner Julia Brandt in San Francisco.");
  CHECK(has(g, "Dario Amodei", "ceoOf", "Anthropic"));
  CHECK(has(g, "Julia Brandt", "worksFor", "Intel"));
}

TEST_CASE("zh: a title alone discovers the person it names") {
  const auto g = build("CEO陈叙白毕业于斯坦福大学，此前在谷歌工作。");
  CHECK(type_of(g, "陈叙白") == "Person");
  CHECK(has(g, "陈叙白", "studiesAt", "Stanford University"));
}

TEST_CASE("traps: an organisation after a title is no person, a denied title is no relation") {
  const auto g = build("Anthropic partner Google invested again. 谷歌否认奥特曼是其董事长。");
  CHECK(typed_relations(g) == 0);
  CHECK_FALSE(has(g, "Google", "worksFor", "Anthropic"));
  CHECK_FALSE(has(g, "Sam Altman", "leaderOf", "Google"));
}

TEST_CASE("en: a title of a field at an organisation, a correspondent at a newspaper") {
  const auto g = build(
      "Our moderator was Dana Whitfield, a senior technology correspondent at Bloomberg. Lucía Paredes, vice "
      "president of engineering at Intel, and Omar Haddad, head of research at Databricks, joined her.");
  CHECK(has(g, "Dana Whitfield", "worksFor", "Bloomberg"));
  CHECK(has(g, "Lucía Paredes", "worksFor", "Intel"));
  CHECK(has(g, "Omar Haddad", "leaderOf", "Databricks"));
}

TEST_CASE("en: a former title at several organisations before a name") {
  const auto g = build("Databricks, the startup co-founded by former Google and Apple engineer Chris Lattner, grew.");
  CHECK(has(g, "Chris Lattner", "worksFor", "Google"));
  CHECK(has(g, "Chris Lattner", "worksFor", "Apple"));
  CHECK(has(g, "Chris Lattner", "founderOf", "Databricks"));
}

TEST_CASE("zh: a Han name without a company suffix, from the clause start to a leading title") {
  const auto g = build(
      "2023年，青木帮创始人、董事长兼CEO周怀远宣布转型。拾光联合创始人、CTO蒋默表示同意。跃行的另一位联合创始人何雨桐没有出席。");
  CHECK(type_of(g, "青木帮") == "Organization");
  CHECK(has(g, "周怀远", "founderOf", "青木帮"));
  CHECK(has(g, "周怀远", "ceoOf", "青木帮"));
  CHECK(has(g, "蒋默", "ctoOf", "拾光"));
  // A chain cut at 、, a longer title the run ends inside, a particle: none is a name.
  CHECK_FALSE(entity(g, "董事长兼"));
  CHECK_FALSE(entity(g, "拾光联合"));
  CHECK_FALSE(entity(g, "跃行的另一位"));
}

TEST_CASE("an infobox line is about the page's main organisation, and about no one on a page without one") {
  const auto g = build(
      "Anthropic\n创始人：岑牧原、邰思衡\n首席执行官：岑牧原\n主要产品：星穹一号、GeoLoom SDK\n下属机构：天枢测控\n总部地点：旧金山\n\n"
      "Anthropic是一家公司。Anthropic成立于2017年。Anthropic发布了卫星。");
  CHECK(has(g, "岑牧原", "founderOf", "Anthropic"));
  CHECK(has(g, "邰思衡", "founderOf", "Anthropic"));
  CHECK(has(g, "岑牧原", "ceoOf", "Anthropic"));
  CHECK(has(g, "Anthropic", "develops", "星穹一号"));
  CHECK(has(g, "Anthropic", "develops", "GeoLoom SDK"));
  CHECK(has(g, "天枢测控", "partOf", "Anthropic"));
  CHECK(has(g, "Anthropic", "locatedIn", "San Francisco"));
  // Two organisations named as often: the page is about neither.
  const auto none = build("创始人：岑牧原、邰思衡\n\nAnthropic和OpenAI都是公司。Anthropic和OpenAI都成立了。Anthropic和OpenAI都很大。");
  CHECK_FALSE(has(none, "岑牧原", "founderOf", "Anthropic"));
  CHECK_FALSE(has(none, "岑牧原", "founderOf", "OpenAI"));
}

TEST_CASE("an infobox's name lines all name the page's subject, and its lines speak of a person's page too") {
  const auto org = build(
      "岚舟物流\n\n基本信息\n中文名：浙江岚舟冷链物流有限公司\n外文名：Lanzhou Cold Chain Logistics Co., Ltd.\n简称：岚舟、岚舟物流\n"
      "创始人：钱慕白\n\n浙江岚舟冷链物流有限公司成立于2012年。岚舟物流在杭州设有仓库。");
  REQUIRE(entity(org, "岚舟物流"));
  REQUIRE(entity(org, "浙江岚舟冷链物流有限公司"));
  REQUIRE(entity(org, "Lanzhou Cold Chain Logistics Co., Ltd."));
  CHECK(*entity(org, "浙江岚舟冷链物流有限公司") == *entity(org, "岚舟物流"));
  CHECK(*entity(org, "Lanzhou Cold Chain Logistics Co., Ltd.") == *entity(org, "岚舟物流"));
  CHECK(has(org, "钱慕白", "founderOf", "岚舟物流"));
  // A known place at the start of the company's name gives way to the name (北京 in 北京...公司).
  const auto place = build("中文名：北京砚田影业有限公司\n外文名：Yantian Pictures\n\nYantian Pictures成立于2010年。");
  REQUIRE(entity(place, "北京砚田影业有限公司"));
  CHECK(*entity(place, "北京砚田影业有限公司") == *entity(place, "Yantian Pictures"));
  const auto person = build(
      "闻溪桥\n\n中文名：闻溪桥\n外文名：Wen Xiqiao\n毕业院校：斯坦福大学、麻省理工学院\n主要成就：创立澄川储能\n\n"
      "闻溪桥是一位企业家。闻溪桥出生于长沙。");
  REQUIRE(entity(person, "Wen Xiqiao"));
  CHECK(*entity(person, "Wen Xiqiao") == *entity(person, "闻溪桥"));
  CHECK(type_of(person, "闻溪桥") == "Person");
  CHECK(has(person, "闻溪桥", "studiesAt", "Stanford University"));
  CHECK(has(person, "闻溪桥", "studiesAt", "Massachusetts Institute of Technology"));
  CHECK(has(person, "闻溪桥", "founderOf", "澄川储能"));
  // No name line: a short first line is a headline, not a page's subject.
  const auto news = build("钱慕白\n\n毕业院校：斯坦福大学\n\n钱慕白是一位企业家。");
  CHECK_FALSE(has(news, "钱慕白", "studiesAt", "Stanford University"));
}

TEST_CASE("zh: 公司 after a verb of office is the document's main company") {
  const auto g = build("山隐互动成立于2019年。山隐互动获得了融资。山隐互动表示很高兴。唐砚表示，山隐互动在招人。唐砚出任公司CTO。");
  CHECK(has(g, "唐砚", "ctoOf", "山隐互动"));
}

TEST_CASE("zh: a title taken on joining, and a team list of one person and one title a line") {
  const auto g = build("芷言生物成立于2015年。芷言生物表示很高兴。芷言生物是一家公司。2020年，韩哲表示看好。"
                       "2020年，韩哲加盟芷言生物，出任首席执行官。\n\n管理团队\n唐思敏：首席财务官\n许若兰：首席科学官\n");
  CHECK(has(g, "韩哲", "ceoOf", "芷言生物"));
  CHECK(has(g, "唐思敏", "worksFor", "芷言生物"));
  CHECK(has(g, "许若兰", "worksFor", "芷言生物"));
}

TEST_CASE("en: everyday job titles at an organisation are work there") {
  const auto g = build("Noa Levi was a product manager at Databricks. Later, Tom Reyes was a data scientist at Intel.");
  CHECK(has(g, "Noa Levi", "worksFor", "Databricks"));
  CHECK(has(g, "Tom Reyes", "worksFor", "Intel"));
}

TEST_CASE("a leading title held in a unit named between the organisation and the title is staff of the organisation") {
  const auto g = build("腾讯信息安全部负责人赵明远表示效果很好。谷歌公司CEO韩叙白表示同意。");
  CHECK(has(g, "赵明远", "worksFor", "Tencent"));
  CHECK_FALSE(has(g, "赵明远", "leaderOf", "Tencent"));
  // 公司 names no unit.
  CHECK(has(g, "韩叙白", "ceoOf", "Google"));
}

TEST_CASE("en titles at an organisation written with its article") {
  const auto g = build("Brindle was founded by Noa Katz, a former researcher at the Massachusetts Institute of Technology.\n"
                       "Ana Ruiz was a senior engineer at the Massachusetts Institute of Technology.");
  CHECK(has(g, "Noa Katz", "worksFor", "Massachusetts Institute of Technology"));
  CHECK(has(g, "Ana Ruiz", "worksFor", "Massachusetts Institute of Technology"));
}

TEST_CASE("en titles: joined as, the company's first chief executive; board seats and described partners") {
  const auto g = build("Aurelian is a fusion company. Aurelian builds magnets in Boston.\n"
                       "Elena Varga served as the company's first chief executive until 2021.\n"
                       "Thomas Okafor joined Aurelian in 2017 as chief technology officer.\n"
                       "In 2024 Aurelian signed a power purchase agreement with the utility Eversource Energy.\n"
                       "Daniel Moreau also joined Aurelian's board of directors.");
  CHECK(has(g, "Elena Varga", "ceoOf", "Aurelian"));
  CHECK(has(g, "Thomas Okafor", "ctoOf", "Aurelian"));
  CHECK(has(g, "Aurelian", "partnerOf", "Eversource Energy"));
  CHECK(has(g, "Daniel Moreau", "memberOf", "Aurelian"));
}
