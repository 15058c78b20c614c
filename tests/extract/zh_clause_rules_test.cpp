// Chinese rules of this session: founding together (与X共同创立), funding rounds told by
// their investors (完成由A领投、B跟投的融资, X的天使轮是Y投的), shareholders, products
// listed after 旗下产品包括 (an "all" slot) and in quotes, building on a base model, living in
// a city, studying and working at; and the traps: a title is no name (工程师 is no 程师), a
// reporting outlet (36氪获悉) and a vocative (Sam，我...) are no subjects. Sentences
// written for these tests.
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using namespace kg;
using namespace kg::test;

TEST_CASE("zh: founding together with a former colleague") {
  const auto g = build("2016年，奥特曼从谷歌离职，与前微软同事宋以宁共同创立星澈科技。");
  CHECK(has(g, "Sam Altman", "founderOf", "星澈科技"));
  CHECK(has(g, "宋以宁", "founderOf", "星澈科技"));
  CHECK(has(g, "宋以宁", "worksFor", "Microsoft"));
}

TEST_CASE("zh: a round led by one investor and followed by another") {
  // A Han company named twice, once before a company's verb, is found by its shape.
  const auto g = build("星澈科技成立于2016年。2021年，星澈科技完成由谷歌领投、微软跟投的15亿元C轮融资。");
  CHECK(has(g, "Google", "investsIn", "星澈科技"));
  CHECK(has(g, "Microsoft", "investsIn", "星澈科技"));
}

TEST_CASE("zh: who invested in the angel round, and the shareholders") {
  const auto g = build(
      "砚池科技成立于2023年。砚池科技的天使轮是谷歌投的，今年又拿了一轮，由微软领投。Amazon和Intel均是砚池科技的股东。");
  CHECK(has(g, "Google", "investsIn", "砚池科技"));
  CHECK(has(g, "Microsoft", "investsIn", "砚池科技"));
  CHECK_FALSE(has(g, "Microsoft", "investsIn", "Google"));
  CHECK(has(g, "Amazon", "investsIn", "砚池科技"));
  CHECK(has(g, "Intel", "investsIn", "砚池科技"));
}

TEST_CASE("zh: every product after 旗下产品包括, quoted names with punctuation, works in title marks") {
  const auto g = build(
      "星澈科技成立于2016年。星澈科技专注于计算机视觉，旗下产品包括质检平台“澈视”、仓储机器人“星驰”系列以及视觉大模型StarVL。"
      "奥特曼出版了个人著作《看见之后：机器视觉的二十年》。");
  CHECK(has(g, "星澈科技", "develops", "澈视"));
  CHECK(has(g, "星澈科技", "develops", "星驰"));
  CHECK(has(g, "星澈科技", "develops", "StarVL"));
  CHECK(has(g, "Sam Altman", "authorOf", "看见之后：机器视觉的二十年"));
}

TEST_CASE("zh: built on a base model, living in a city, studying and working") {
  const auto g = build(
      "Codex在GPT-5的基础上进行了后训练。奥特曼现与家人定居旧金山。我本科在斯坦福大学读软件工程，毕业后进了谷歌。");
  CHECK(has(g, "Codex", "builtOn", "GPT-5"));
  CHECK(has(g, "Sam Altman", "locatedIn", "San Francisco"));
}

TEST_CASE("zh traps: a title is no name, an outlet and a vocative are no subjects") {
  const auto g = build(
      "黄仁勋1993年与两位工程师一起创办了英伟达。星澈科技成立于2016年。36氪获悉，星澈科技完成C轮融资，由谷歌领投。"
      "Sam，我叫KeithCurry，刚从斯坦福大学毕业。");
  CHECK_FALSE(entity(g, "程师"));
  CHECK_FALSE(has(g, "Google", "investsIn", "36氪"));
  CHECK(has(g, "Google", "investsIn", "星澈科技"));
  CHECK_FALSE(has(g, "Sam Altman", "studiesAt", "Stanford University"));
  CHECK(has(g, "Keith Curry", "studiesAt", "Stanford University"));
}

TEST_CASE("zh traps: 为 never stands inside a name a clause opens with; 带着 follows a name") {
  const auto g = build("本期嘉宾为途盾科技创始人兼CEO陈嘉树。途盾科技成立于2019年。这部分是我们CTO黎昊带着团队做的，黎昊以前在微软工作。");
  CHECK_FALSE(entity(g, "嘉宾为途盾科技"));
  CHECK(has(g, "陈嘉树", "ceoOf", "途盾科技"));
  CHECK_FALSE(entity(g, "黎昊带"));
}

TEST_CASE("zh: a profile's opening names the organisation and titles in a clause of their own; names right after the pattern's verb") {
  const auto g = build(
      "祁雁南，1968年出生于湖南益阳，口腔正畸专家，澄白口腔医疗集团创始人、董事长。1986年，祁雁南考入华西医科大学口腔医学系。"
      "1991年毕业后，祁雁南进入湘雅医院口腔科工作。随后澄白口腔进入武汉市场。");
  CHECK(has(g, "祁雁南", "founderOf", "澄白口腔医疗"));
  CHECK(has(g, "祁雁南", "studiesAt", "华西医科大学"));
  CHECK(has(g, "祁雁南", "worksFor", "湘雅医院"));
}

TEST_CASE("zh trap: a title in parentheses after a second guest is not the first guest's") {
  const auto g = build("嘉宾：何嘉树（Databricks联合创始人兼CEO）、林晓舟（Databricks联合创始人兼CTO）。何嘉树表示同意，林晓舟表示反对。");
  CHECK_FALSE(has(g, "何嘉树", "ctoOf", "Databricks"));
}

TEST_CASE("zh: straight quotes around products work as Chinese ones; a name a clause opens with, founded in a year, is an organisation") {
  const auto g = build("云翼检修成立于2018年，总部位于旧金山。云翼检修的核心产品是孔探影像分析系统\"鹰瞳\"和维修工卡管理平台\"航修通\"。");
  CHECK(type_of(g, "云翼检修") == "Organization");
  CHECK(has(g, "云翼检修", "develops", "鹰瞳"));
  CHECK(has(g, "云翼检修", "develops", "航修通"));
}

TEST_CASE("zh trap: a generic noun founded in a year is no organisation") {
  const auto g = build("俱乐部成立于1995年。乐团成立于2001年。");
  CHECK_FALSE(entity(g, "俱乐部"));
  CHECK_FALSE(entity(g, "乐团"));
}

TEST_CASE("zh: partners signed in a list, a supplier of, rivals compared, shareholders following a round") {
  const auto g = build("云翼科技已与腾讯、海航技术签约。云翼科技同年成为微软的战略供应商之一。业内通常将云翼科技与谷歌、晶苑国际相比较。"
                       "本轮由谷歌领投，云翼科技的老股东深创投、元禾原点跟投。");
  CHECK(has(g, "云翼科技", "partnerOf", "Tencent"));
  CHECK(has(g, "云翼科技", "partnerOf", "海航技术"));
  CHECK(has(g, "云翼科技", "partnerOf", "Microsoft"));
  CHECK(has(g, "云翼科技", "competesWith", "晶苑国际"));
  CHECK(has(g, "深创投", "investsIn", "云翼科技"));
  CHECK(has(g, "元禾原点", "investsIn", "云翼科技"));
}

TEST_CASE("zh trap: quantities and generic nouns in a list of partners are no names") {
  const auto g = build("华为数字能源与多家车企和运营商达成合作。");
  CHECK_FALSE(entity(g, "多家车企"));
  CHECK_FALSE(entity(g, "运营商"));
}

TEST_CASE("zh: an interview's company: where it is based, its customers, rounds without a subject, products it made and named") {
  const auto g = build(
      "途盾科技是一家总部位于旧金山的旅行保险科技公司。途盾科技在国内的客户主要是腾讯和谷歌。途盾科技成立于2019年。"
      "A轮由微软领投。ShieldAPI是途盾科技自己从零开发的。今年途盾科技会推出一款酒店退订险，名字叫“订无忧”。");
  CHECK(has(g, "途盾科技", "locatedIn", "San Francisco"));
  CHECK_FALSE(entity(g, "旅行保险科技"));
  CHECK_FALSE(entity(g, "旅行保险"));
  CHECK(has(g, "途盾科技", "partnerOf", "Tencent"));
  CHECK(has(g, "Microsoft", "investsIn", "途盾科技"));
  CHECK(has(g, "途盾科技", "develops", "ShieldAPI"));
  CHECK(has(g, "途盾科技", "develops", "订无忧"));
}

TEST_CASE("zh: trade suffixes name companies (塞上牧业, 慢岛书房, 蜀光文化基金), generic funds do not; where stores open, units that carry on, partners after their kind") {
  const auto g = build(
      "塞上牧业成立于2008年。慢岛书房成立于2015年，慢岛书房在旧金山开出了三家门店。枕石书屋成立于1998年。"
      "如今枕石书屋作为慢岛书房的旧书部继续营业。慢岛书房与互联网公司腾讯保持着长期合作。蜀光文化基金成立于2012年。"
      "某量化基金也有兴趣。许晴曾是谷歌的文学编辑。");
  CHECK(type_of(g, "塞上牧业") == "Organization");
  CHECK(has(g, "慢岛书房", "locatedIn", "San Francisco"));
  CHECK(has(g, "枕石书屋", "partOf", "慢岛书房"));
  CHECK(has(g, "慢岛书房", "partnerOf", "Tencent"));
  CHECK(type_of(g, "蜀光文化基金") == "Organization");
  CHECK_FALSE(entity(g, "量化基金"));
}

TEST_CASE("zh trap: a name never ends with the verb after it (湘江资本领投)") {
  const auto g = build("2017年，澄白口腔完成由湘江资本领投、麓山健康基金跟投的1.5亿元融资。澄白口腔成立于2010年。");
  CHECK_FALSE(entity(g, "湘江资本领投"));
  CHECK(has(g, "麓山健康基金", "investsIn", "澄白口腔"));
}

TEST_CASE("zh: clubs and orchestras are companies' kin (俱乐部, 乐团), a kind and a place before a new name, products under their owner with their kind") {
  const auto g = build(
      "海湾俱乐部宣布与英国足球数据公司StatsBomb签署三年合作协议。海湾俱乐部成立于2012年。"
      "海湾俱乐部的球探部门将使用旧金山初创公司绿茵科技开发的系统。谷歌旗下的视频分析软件Sportscode也很常见。");
  CHECK(type_of(g, "海湾俱乐部") == "Organization");
  CHECK(has(g, "海湾俱乐部", "partnerOf", "StatsBomb"));
  CHECK(has(g, "绿茵科技", "locatedIn", "San Francisco"));
  CHECK(has(g, "Google", "develops", "Sportscode"));
}

TEST_CASE("zh: a place and an institution word are an organisation; a newspaper's dateline names its reporter; an organisation under another; cooperation with a place's company") {
  const auto g = build("旧金山日报讯（记者 徐静怡 通讯员 顾晨）嘉源水务成立于2002年。嘉源水务是旧金山市国资委下属的国有独资企业。"
                       "嘉源水务与美国微软在污水处理领域的合作仍在继续。本报讯（记者 陶然）今天天气好。");
  CHECK(has(g, "徐静怡", "worksFor", "旧金山日报"));
  CHECK(has(g, "嘉源水务", "partOf", "旧金山市国资委"));
  CHECK(has(g, "嘉源水务", "partnerOf", "Microsoft"));
  CHECK_FALSE(entity(g, "本报"));
}

TEST_CASE("zh: names defined as a kind of product or company, and a product first made by a new company") {
  const auto g = build("FeatherDB 是一个分布式数据库。FeatherDB 最初由织云数据开发，并于 2021 年开源。FeatherVec 是一个构建在 FeatherDB 之上的向量检索插件。"
                       "CoverGenius是一家澳大利亚公司。跟投方鹿鸣资本是一家上海的基金。");
  CHECK(type_of(g, "FeatherVec") == "Product");
  CHECK(has(g, "织云数据", "develops", "FeatherDB"));
  CHECK(has(g, "FeatherVec", "builtOn", "FeatherDB"));
  CHECK(type_of(g, "CoverGenius") == "Organization");
  CHECK_FALSE(entity(g, "跟投方鹿鸣资本"));
}

TEST_CASE("zh: a byline's outlet and a reporting outlet are no subject of the story; a long kind before a quoted name opens the clause; founders counted as 三人") {
  const auto g = build("来源|潮汐财经\n\n潮汐财经获悉，氢燃料电池动力系统企业「氢屿科技」近日完成5亿元B轮融资，由谷歌领投，苹果跟投。"
                       "氢屿科技成立于2019年，由陈泊远、周楷文和林絮三人联合创立。");
  CHECK(has(g, "Google", "investsIn", "氢屿科技"));
  CHECK_FALSE(has(g, "Google", "investsIn", "潮汐财经"));
  CHECK_FALSE(entity(g, "林絮三"));
}

TEST_CASE("zh: a list item's organisation before its colon is the subject of the line") {
  const auto g = build("几家老牌出海公司：\n• 腾讯：由林见深于1998年在深圳创立。\n• 谷歌：创始人兼CEO韩叙白把门店开到了伦敦。\n");
  CHECK(has(g, "林见深", "founderOf", "Tencent"));
  CHECK(has(g, "韩叙白", "ceoOf", "Google"));
  CHECK_FALSE(has(g, "韩叙白", "ceoOf", "Tencent"));
}

TEST_CASE("zh: a person set off before an organisation's title and a second office after 兼") {
  const auto g = build("凌川冷链成立于2009年。宋哲，凌川冷链首席技术官兼冰点科技总经理，毕业于浙江大学。");
  CHECK(has(g, "宋哲", "ctoOf", "凌川冷链"));
  CHECK(has(g, "宋哲", "leaderOf", "冰点科技"));
  CHECK(has(g, "宋哲", "studiesAt", "Zhejiang University"));
}

TEST_CASE("zh: units, registered names and business lines of known names") {
  // A title and a person's verb are no part of a unit's name.
  const auto unit = build("浙江大学教授沈立衡担任实验室主任。");
  CHECK(has(unit, "沈立衡", "worksFor", "Zhejiang University"));
  CHECK_FALSE(entity(unit, "浙江大学教授沈立衡担任实验室"));
  // Nor is a company's verb: the centre is built with the university, not inside it.
  const auto joint = build("青岚体育与浙江大学共建青训研究中心。");
  CHECK_FALSE(entity(joint, "浙江大学共建青训研究中心"));
  CHECK(entity(joint, "Zhejiang University"));
  // A registered name opens with its place; a kind word before it describes it.
  const auto registered = build("凌川冷链成立于2009年。2021年，凌川冷链收购了武汉江城冷藏运输有限公司。"
                                "园区由武汉本地物流企业归雁运输有限公司投资建设。");
  CHECK(has(registered, "凌川冷链", "acquired", "武汉江城冷藏运输有限公司"));
  CHECK_FALSE(entity(registered, "武汉本地物流企业归雁运输有限公司"));
  // A business line after a known name, in a list.
  const auto rivals = build("凌川冷链成立于2009年。凌川冷链的主要竞争对手包括顺丰冷运和荣庆物流等企业。");
  CHECK(has(rivals, "凌川冷链", "competesWith", "顺丰冷运"));
  CHECK(has(rivals, "顺丰冷运", "partOf", "SF Express"));
  CHECK(has(rivals, "凌川冷链", "competesWith", "荣庆物流"));
}

TEST_CASE("zh: a registered name with its legal form opens a page; its stem is its short form; districts after a city") {
  const auto g = build("景和陶瓷\n\n景和陶瓷股份有限公司是中国一家陶瓷企业，总部位于武汉市昌江区。"
                       "2011年，景和陶瓷在武汉设立研发中心。");
  REQUIRE(entity(g, "景和陶瓷股份有限公司"));
  CHECK(type_of(g, "景和陶瓷股份有限公司") == "Organization");
  CHECK(entity(g, "景和陶瓷") == entity(g, "景和陶瓷股份有限公司"));
  CHECK(has(g, "景和陶瓷股份有限公司", "locatedIn", "昌江区"));
  CHECK(has(g, "景和陶瓷股份有限公司", "locatedIn", "Wuhan"));
  // Kinds of area are no district; nor is the rest of a registered name after its place.
  const auto zones = build("青柚科技总部位于武汉高新区。青柚科技在武汉设立区域总部。芯岭在武汉设立全资子公司芯岭（武汉）智能科技有限公司。");
  CHECK_FALSE(entity(zones, "高新区"));
  CHECK_FALSE(entity(zones, "设立区"));
  CHECK_FALSE(entity(zones, "智能科技有限公司"));
}
