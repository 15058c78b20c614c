// Chinese relation patterns, on sentences written for these tests.
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using namespace kg;
using namespace kg::test;

TEST_CASE("zh apposition: organisation, title, person; evidence points into the original text") {
  const std::string text = "2025年3月，ＯｐｅｎＡＩ首席执行官山姆·奥特曼在旧金山发表演讲。";
  const auto g = build(text);
  const auto ceo = relation(g, "Sam Altman", "ceoOf", "OpenAI");
  REQUIRE(ceo);
  const EvidenceView ev = ceo->evidence.front();
  CHECK(ev.sentence == text);  // as written: full-width letters and comma kept
  CHECK(code_points(text, ev.begin, ev.end) == "ＯｐｅｎＡＩ首席执行官山姆·奥特曼");
  CHECK(ev.rule == "title.apposition");
  CHECK(ev.confidence > 0.5);
  CHECK(type_of(g, "Sam Altman") == "Person");
  CHECK(type_of(g, "OpenAI") == "Organization");
}

TEST_CASE("zh: a relation needs the ontology's domain and range") {
  const auto g = build("OpenAI首席执行官ChatGPT发布了新版本。");
  CHECK_FALSE(has(g, "ChatGPT", "ceoOf", "OpenAI"));
}

TEST_CASE("zh: 'I' in a speaker's turn is the speaker") {
  const auto g = build("SamAltman:\n在创办OpenAI之前，我曾经领导过YC。\n");
  const auto led = relation(g, "Sam Altman", "leaderOf", "Y Combinator");
  REQUIRE(led);
  CHECK(led->evidence.front().sentence == "在创办OpenAI之前，我曾经领导过YC。");
}

TEST_CASE("zh: a self-introduction makes 'I' that person for the rest of the turn") {
  const auto g = build("观众:\n你好Sam，我是LenaMarsh。我是一家名为Brightloop的公司的CTO。\nSamAltman:\n我是CEO。\n");
  CHECK(type_of(g, "Lena Marsh") == "Person");
  CHECK(type_of(g, "Brightloop") == "Organization");
  CHECK(has(g, "Lena Marsh", "ctoOf", "Brightloop"));
  CHECK_FALSE(has(g, "Sam Altman", "ctoOf", "Brightloop"));
}

TEST_CASE("zh: 来自X的Y, studies and lists") {
  const auto g = build("我是来自Driftwood的Omar。我叫MinaPark，是斯坦福大学计算机系的学生。PaulGraham和GregBrockman共同创办了Brightwave。");
  CHECK(has(g, "Omar", "worksFor", "Driftwood"));
  CHECK(has(g, "Mina Park", "studiesAt", "Stanford University"));
  CHECK(has(g, "Paul Graham", "founderOf", "Brightwave"));
  CHECK(has(g, "Greg Brockman", "founderOf", "Brightwave"));
}

TEST_CASE("zh: possessives, product use through a pronoun, platforms") {
  const auto g = build("Anthropic的Claude和谷歌的Gemini都在进步。奥特曼说，当他第一次使用Codex时非常紧张。我叫IvyChen，我正在OpenAI平台上构建Lumen。");
  CHECK(has(g, "Anthropic", "develops", "Claude"));
  CHECK(has(g, "Google", "develops", "Gemini"));
  CHECK(has(g, "Sam Altman", "uses", "Codex"));
  CHECK(has(g, "Ivy Chen", "develops", "Lumen"));
  CHECK(has(g, "Lumen", "builtOn", "OpenAI"));
  CHECK(type_of(g, "Lumen") == "Product");
}

TEST_CASE("zh: negation cancels the relation of its clause") {
  const auto g = build("奥特曼否认OpenAI收购了Brightwave。微软并未投资Anthropic。谷歌投资了Anthropic。");
  CHECK_FALSE(has(g, "OpenAI", "acquired", "Brightwave"));
  CHECK_FALSE(has(g, "Microsoft", "investsIn", "Anthropic"));
  CHECK(has(g, "Google", "investsIn", "Anthropic"));
}

TEST_CASE("zh: built on a platform, named after it") {
  const auto g = build("有开发者分享了基于Claude构建的应用CodeBuddy。");
  CHECK(type_of(g, "CodeBuddy") == "Product");
  CHECK(has(g, "CodeBuddy", "builtOn", "Claude"));
}

TEST_CASE("zh: former roles with a field before the title, investments in a described company, rivals described") {
  const auto g = build(
      "CTO沈霁曾任Microsoft研发总监。沈霁此前是谷歌的芯片设计负责人。"
      "Amazon本月领投了智能座舱公司澜途智驾的C轮融资。"
      "Anthropic在美国市场的主要对手是同样做大模型的OpenAI和Google。");
  CHECK(has(g, "沈霁", "worksFor", "Microsoft"));
  CHECK(has(g, "沈霁", "worksFor", "Google"));
  CHECK(has(g, "Amazon", "investsIn", "澜途智驾"));
  CHECK(has(g, "Anthropic", "competesWith", "OpenAI"));
  CHECK(has(g, "Anthropic", "competesWith", "Google"));
}

TEST_CASE("zh: what an organisation open-sourced or launched is its own, for the slot that takes it") {
  const auto g = build("Codex的理解模块基于Google开源的Gemini微调而来。");
  CHECK(has(g, "Codex", "builtOn", "Gemini"));
  CHECK_FALSE(has(g, "Codex", "builtOn", "Google"));
}

TEST_CASE("zh: a company's city before its description, quoted or after a deal verb; a parent company") {
  const auto g = build(
      "旧金山跨境电商建站平台渡码科技完成融资。Google在去年收购了旧金山的3D相机公司「镜衡光电」。"
      "Amazon收购了旧金山开源数据工具公司流砂科技。Databricks母公司Intel表示。");
  CHECK(has(g, "渡码科技", "locatedIn", "San Francisco"));
  CHECK(has(g, "Databricks", "partOf", "Intel"));
  CHECK(has(g, "镜衡光电", "locatedIn", "San Francisco"));
  CHECK(has(g, "流砂科技", "locatedIn", "San Francisco"));
  CHECK(has(g, "Amazon", "acquired", "流砂科技"));
}

TEST_CASE("zh: 其 opening a later clause stands for the sentence's subject, not the nearest name") {
  const auto g = build("Anthropic今年初获得了Google的战略投资，其产品“Sonnet Air”接入了Amazon的服务。");
  CHECK(has(g, "Anthropic", "develops", "Sonnet Air"));
  CHECK_FALSE(has(g, "Google", "develops", "Sonnet Air"));
}

TEST_CASE("zh: co-authors, where a person lives, partners listed and joint products, uses told passively or by habit") {
  const auto g = build(
      "Paul Graham与樊启明合著《实时数仓》。Paul Graham已婚，现居旧金山。"
      "Google推出车载模型，首批合作方包括Apple和Amazon。Intel与Microsoft合作打造的Codex很受欢迎。"
      "“Claude”被Databricks用在部分产品上。Sam Altman每天都用ChatGPT。");
  CHECK(has(g, "Paul Graham", "authorOf", "实时数仓"));
  CHECK(has(g, "樊启明", "authorOf", "实时数仓"));
  CHECK(has(g, "Paul Graham", "locatedIn", "San Francisco"));
  CHECK(has(g, "Google", "partnerOf", "Apple"));
  CHECK(has(g, "Google", "partnerOf", "Amazon"));
  CHECK(has(g, "Intel", "partnerOf", "Microsoft"));
  CHECK(has(g, "Intel", "develops", "Codex"));
  CHECK(has(g, "Microsoft", "develops", "Codex"));
  CHECK(has(g, "Databricks", "uses", "Claude"));
  CHECK(has(g, "Sam Altman", "uses", "ChatGPT"));
}

TEST_CASE("zh: work in a team of a company, a core product named after the clauses of a profile") {
  const auto g = build(
      "Greg Brockman毕业以后在Microsoft的Azure团队做了四年编译器工作。"
      "Anthropic成立于2021年，总部位于旧金山，种子轮由Google领投，核心产品Claude。");
  CHECK(has(g, "Greg Brockman", "worksFor", "Microsoft"));
  CHECK(has(g, "Anthropic", "develops", "Claude"));
  CHECK_FALSE(has(g, "Google", "develops", "Claude"));
}

TEST_CASE("zh: a launch of a described vehicle or device, a product built by two makers, a title before 的 and a name") {
  const auto g = build(
      "Apple则计划推出不带方向盘和踏板的专用车型Cybercab。Codex由Intel与Microsoft联合打造。"
      "出任Google首席执行官的KevinZhang表示。");
  CHECK(has(g, "Apple", "develops", "Cybercab"));
  CHECK(has(g, "Intel", "develops", "Codex"));
  CHECK(has(g, "Microsoft", "develops", "Codex"));
  CHECK(has(g, "Intel", "partnerOf", "Microsoft"));
  CHECK(has(g, "Kevin Zhang", "ceoOf", "Google"));
}

TEST_CASE("zh trap: a title, a comma and another person's clause are no apposition") {
  const auto g = build("目前Sam Altman担任OpenAI CEO，Greg Brockman担任CTO。");
  CHECK(has(g, "Sam Altman", "ceoOf", "OpenAI"));
  CHECK_FALSE(has(g, "Greg Brockman", "ceoOf", "OpenAI"));
}

TEST_CASE("zh: an organisation, a title and a person in a list of investors name the person") {
  const auto g = build("Anthropic此前已完成两轮融资，投资方包括微软、Amazon以及Google创始人Paul Graham的个人投资。");
  CHECK(has(g, "Microsoft", "investsIn", "Anthropic"));
  CHECK(has(g, "Amazon", "investsIn", "Anthropic"));
  CHECK(has(g, "Paul Graham", "investsIn", "Anthropic"));
  CHECK_FALSE(has(g, "Google", "investsIn", "Anthropic"));
}

TEST_CASE("trap: in a title pattern, a second titled person keeps their own organisation") {
  const auto g = build("He spoke alongside Anthropic CEO Greg Brockman and Intel founder Paul Graham.");
  CHECK(has(g, "Greg Brockman", "ceoOf", "Anthropic"));
  CHECK_FALSE(has(g, "Paul Graham", "ceoOf", "Anthropic"));
}

TEST_CASE("zh: becoming a subsidiary, a rival introduced with 其实是, going back home to found a company") {
  const auto g = build(
      "交易完成后，Databricks将成为Intel的控股子公司。Anthropic最直接的竞品其实是谷歌的Gemini。"
      "Paul Graham在2019年回到家乡旧金山创业。");
  CHECK(has(g, "Databricks", "partOf", "Intel"));
  CHECK(has(g, "Anthropic", "competesWith", "Gemini"));
  CHECK(has(g, "Paul Graham", "locatedIn", "San Francisco"));
}

TEST_CASE("zh: companies named with industry suffixes such as 航空 and 重工") {
  const auto g = build("翎川航空成立于2021年，创始人钟翊。翎川航空完成了B轮融资。鹏城重工成立于2020年。鹏城重工完成了融资。");
  CHECK(type_of(g, "翎川航空") == "Organization");
  CHECK(has(g, "钟翊", "founderOf", "翎川航空"));
  CHECK(type_of(g, "鹏城重工") == "Organization");
}

TEST_CASE("zh: a title held by a person told with 由...担任") {
  const auto g = build("OpenAI的首席技术官由孟思雯担任。");
  CHECK(has(g, "孟思雯", "ctoOf", "OpenAI"));
}

TEST_CASE("zh: a subsidiary set up, rivals in a field, a base set up in a city") {
  const auto g = build(
      "Google当天发布内部邮件，宣布成立全资子公司京穹智能科技有限公司。Amazon与Microsoft在即时配送领域正面交锋。"
      "Apple总部设在旧金山，并将在Mercury设立研发和测试基地。");
  const bool set_up = has(g, "京穹智能科技有限公司", "partOf", "Google") || has(g, "京穹智能", "partOf", "Google");
  CHECK(set_up);
  CHECK(has(g, "Amazon", "competesWith", "Microsoft"));
  CHECK(has(g, "Apple", "locatedIn", "Mercury"));
}

TEST_CASE("zh: rivals that form a competition, a subsidiary introduced with 作为") {
  const auto g = build("微软与谷歌、OpenAI形成了直接竞争。作为谷歌的子公司，Anthropic也能够共享算力。Apple与Amazon没有形成竞争。");
  CHECK(has(g, "Microsoft", "competesWith", "Google"));
  CHECK(has(g, "Microsoft", "competesWith", "OpenAI"));
  CHECK(has(g, "Anthropic", "partOf", "Google"));
  CHECK_FALSE(has(g, "Apple", "competesWith", "Amazon"));
}

TEST_CASE("zh: a reporter of an outlet, companies listed before their kind; a byline names no role at the story's company") {
  const auto g = build(
      "Reuters记者李明报道。国内方面，幂律智能、法大大等公司都推出了合同产品。本报讯（记者 陶然）OpenAI宣布收购一家公司。");
  CHECK(has(g, "李明", "worksFor", "Reuters"));
  CHECK(type_of(g, "幂律智能") == "Organization");
  CHECK(type_of(g, "法大大") == "Organization");
  CHECK_FALSE(entity(g, "李明报"));
  CHECK_FALSE(has(g, "陶然", "worksFor", "OpenAI"));
}

TEST_CASE("zh: a known name ending in a verb before 了 is the shorter name investing; the longer one stays a name") {
  const auto invested = build("据悉，腾讯投资了数据库公司星环科技。");
  CHECK(has(invested, "Tencent", "investsIn", "星环科技"));
  CHECK_FALSE(entity(invested, "Tencent Investment"));
  const auto fund = build("星环科技获得了腾讯投资的战略投资。");
  CHECK(entity(fund, "Tencent Investment"));
  CHECK_FALSE(entity(fund, "Tencent"));
}

TEST_CASE("zh: founders listed with a former organisation and title each; a name before 共同 ends there") {
  const auto g = build("星环科技成立于2021年，由前谷歌工程师张明远、前微软算法专家李书豪和斯坦福大学副教授王清共同创立。"
                       "星环科技总部位于杭州。");
  for (const char* founder : {"张明远", "李书豪", "王清"}) CHECK_MESSAGE(has(g, founder, "founderOf", "星环科技"), founder);
  CHECK(has(g, "张明远", "worksFor", "Google"));
  CHECK(has(g, "李书豪", "worksFor", "Microsoft"));
  CHECK_FALSE(entity(g, "王清共"));
  // Backwards from the verb, a titled item may come second as well as first.
  const auto second = build("星环科技成立于2021年，总部位于杭州。公司由张明远和前谷歌工程师李书豪共同创立。张明远说星环科技很好。");
  CHECK(has(second, "张明远", "founderOf", "星环科技"));
  CHECK(has(second, "李书豪", "founderOf", "星环科技"));
}

TEST_CASE("zh: an investor introduced by its role (跟投方X) is its sentence's subject") {
  const auto g = build("星环科技近日完成融资，本轮由红杉中国领投，鹿鸣资本跟投。星环科技创始人沈书砚表示很高兴。\n"
                       "跟投方鹿鸣资本是一家总部位于上海的早期基金，由前微软研究员何砚秋于2019年创立，此前投资过多家公司。");
  CHECK(has(g, "何砚秋", "founderOf", "鹿鸣资本"));
  CHECK_FALSE(has(g, "何砚秋", "founderOf", "星环科技"));
}

TEST_CASE("zh: a product right before the verb is its clause's subject, so the clause borrows no organisation") {
  const auto g = build("微软则主要将ChatGPT用于数学解题。对于许可协议，OpenAI表示，Codex采用Claude协议，允许商用。");
  CHECK_FALSE(has(g, "Microsoft", "uses", "Claude"));
  CHECK_FALSE(has(g, "OpenAI", "uses", "Claude"));
}

TEST_CASE("zh: a list slot gives back an item that is the pattern's own word; a pronoun subject lets co-founders be found") {
  // 与 may join a list, but here it joins the founders: the list of one is the pattern's match.
  const auto g = build("奥特曼与李明共同创办了OpenAI。");
  CHECK(has(g, "Sam Altman", "founderOf", "OpenAI"));
  CHECK(has(g, "李明", "founderOf", "OpenAI"));
  const auto turn = build("主持人：请介绍一下自己。\n钟以澄：我是衡原的创始人钟以澄。2020年我回国，和吕秋衡、苗听澜一起创办了衡原。衡原现在很好。\n"
                          "主持人：好的。\n钟以澄：是的。");
  CHECK(has(turn, "钟以澄", "founderOf", "衡原"));
  CHECK(has(turn, "吕秋衡", "founderOf", "衡原"));
  CHECK(has(turn, "苗听澜", "founderOf", "衡原"));
}

TEST_CASE("zh: study without a verb, a described acquisition, a passive acquisition of the sentence's subject") {
  const auto g = build("主持人：你好。\n钟以澄：我是钟以澄。我本科在斯坦福大学化学系，后来去麻省理工学院读计算化学的博士。\n主持人：好的。\n"
                       "微软早在2018年就收购了共享单车企业摩拜。Anthropic成立于旧金山，2018年被谷歌全资收购。");
  CHECK(has(g, "钟以澄", "studiesAt", "Stanford University"));
  CHECK(has(g, "钟以澄", "studiesAt", "Massachusetts Institute of Technology"));
  CHECK(has(g, "Microsoft", "acquired", "摩拜"));
  CHECK(has(g, "Google", "acquired", "Anthropic"));
}

TEST_CASE("zh: a company with a suffix before any title, a three-character stem, 总监 titles, a glued Latin unit") {
  const auto g = build("光曜证券分析师尹泊舟表示，行业很热。恒川新能源副总裁邵景明在现场表示。"
                       "安途保由前微软产品总监郁闻笙创立。团队还包括前谷歌AI Lab研究员郭嘉树，他也在谷歌工作过。");
  CHECK(has(g, "尹泊舟", "worksFor", "光曜证券"));
  CHECK(has(g, "邵景明", "worksFor", "恒川新能源"));
  CHECK_FALSE(entity(g, "川新能源"));
  CHECK(has(g, "郁闻笙", "worksFor", "Microsoft"));
  CHECK(has(g, "郭嘉树", "worksFor", "谷歌AI Lab"));
  CHECK(has(g, "谷歌AI Lab", "partOf", "Google"));
}

TEST_CASE("zh: 完成了对X的收购, X是Y旗下...的子公司, places before companies, a role after a founding, a degree after 的") {
  const auto g = build("微软2022年完成了对Nuance的收购。Anthropic是谷歌旗下专注AI的子公司。总部在旧金山的Abridge也推出了产品。"
                       "此外，美国的瑞澜医院也在试用。她和HannaVoss一起创办了Wardlight，RaviKestrel担任CTO。MiaChen是斯坦福大学医学院的MD。");
  CHECK(has(g, "Microsoft", "acquired", "Nuance"));
  CHECK(has(g, "Anthropic", "partOf", "Google"));
  CHECK(has(g, "Abridge", "locatedIn", "San Francisco"));
  CHECK(has(g, "瑞澜医院", "locatedIn", "United States"));
  CHECK(has(g, "Ravi Kestrel", "ctoOf", "Wardlight"));
  CHECK(has(g, "Mia Chen", "studiesAt", "Stanford University"));
  CHECK_FALSE(entity(g, "MD"));
}

TEST_CASE("zh trap: a company's name does not start inside the word before it") {
  const auto g = build("总部设在旧金山的创业公司栖木科技推出了产品。");
  CHECK(has(g, "栖木科技", "locatedIn", "San Francisco"));
  CHECK_FALSE(entity(g, "司栖木科技"));
}

TEST_CASE("zh: founders with a field before their title or a descriptor; this round's investors; a described investee") {
  const auto g = build("星环科技成立于2019年。星环科技由前微软国际业务负责人祁望舒与连续创业者鲍景行共同创立。星环科技很好。");
  CHECK(has(g, "祁望舒", "founderOf", "星环科技"));
  CHECK(has(g, "鲍景行", "founderOf", "星环科技"));
  // The head of a unit (国际业务) is staff of the organisation.
  CHECK(has(g, "祁望舒", "worksFor", "Microsoft"));
  CHECK_FALSE(has(g, "鲍景行", "worksFor", "Microsoft"));  // described on his own, he shares no title
  const auto round = build("36氪获悉，星环科技近日宣布完成B轮融资。本轮由远澈资本领投，老股东启明创投、蓝驰创投跟投。"
                           "远澈资本此前还投资过供应链金融平台栈桥数科。星环科技表示很高兴。");
  CHECK(has(round, "远澈资本", "investsIn", "星环科技"));
  CHECK(has(round, "启明创投", "investsIn", "星环科技"));
  CHECK(has(round, "蓝驰创投", "investsIn", "星环科技"));
  CHECK(has(round, "远澈资本", "investsIn", "栈桥数科"));
}

TEST_CASE("zh trap: a kind before a quoted name describes it (法律科技公司「衡律智能」)") {
  const auto g = build("36氪获悉，法律科技公司「衡律智能」近日完成融资。衡律智能表示很高兴。");
  CHECK_FALSE(entity(g, "法律科技"));
}

TEST_CASE("zh: a quoted name after its kind is an organisation, and the topic of its sentence despite the quote") {
  const auto g = build("36氪获悉，新茶饮连锁品牌「青岚茶事」近日完成B轮融资。本轮由远澈资本领投，老股东启明创投跟投。");
  CHECK(entity(g, "青岚茶事"));
  CHECK(has(g, "远澈资本", "investsIn", "青岚茶事"));
  CHECK(has(g, "启明创投", "investsIn", "青岚茶事"));
  CHECK_FALSE(has(g, "远澈资本", "investsIn", "36氪"));
}

TEST_CASE("zh: a plain-word gap crosses a place but no other name") {
  const auto g = build("2022年，微软收购了位于旧金山的地面站运营商天枢测控。谷歌投资了OpenAI旗下的平台星穹数据。");
  CHECK(has(g, "Microsoft", "acquired", "天枢测控"));
  CHECK_FALSE(has(g, "Google", "investsIn", "星穹数据"));
}

TEST_CASE("zh: company stems of four characters bounded by their clause; a name does not take 多 of 多次") {
  const auto g = build("高工产业研究院分析师卜晴认为，价格战开始了。总部位于常州的星星充电隶属于万帮数字能源。"
                       "OpenAI创始人、董事长兼CEO李斌多次公开表示，换电是长期战略。");
  CHECK(has(g, "卜晴", "worksFor", "高工产业研究院"));
  CHECK_FALSE(entity(g, "产业研究院"));
  CHECK_FALSE(entity(g, "数字能源"));
  CHECK(has(g, "李斌", "ceoOf", "OpenAI"));
  CHECK_FALSE(entity(g, "李斌多"));
}

TEST_CASE("zh: graduates of two schools; this round's followers; investors that bought in later") {
  const auto g = build("奥特曼毕业于斯坦福大学和麻省理工学院。36氪获悉，星环科技近日完成B轮融资。本轮由青岚资本领投，红杉资本、蓝驰创投跟投。"
                       "星环科技表示很高兴。星环科技成立于2018年，此后国投资本、曜驰资本等先后入股。");
  CHECK(has(g, "Sam Altman", "studiesAt", "Stanford University"));
  CHECK(has(g, "Sam Altman", "studiesAt", "Massachusetts Institute of Technology"));
  CHECK(has(g, "红杉资本", "investsIn", "星环科技"));
  CHECK(has(g, "蓝驰创投", "investsIn", "星环科技"));
  CHECK(has(g, "曜驰资本", "investsIn", "星环科技"));
}

TEST_CASE("zh: investors without a company suffix open their clause or follow 由; 集团 alone names no company") {
  const auto g = build("澜庭集团成立于2014年。澜庭集团是一家家电企业。澜庭集团已于今年5月完成了新一轮融资，由白鹭和云帆领投，国投创合跟投。"
                       "各事业群直接向集团董事长兼CEO方卫东汇报。原集团总裁李沐阳将转任集团首席战略官。");
  CHECK(has(g, "白鹭", "investsIn", "澜庭集团"));
  CHECK(has(g, "云帆", "investsIn", "澜庭集团"));
  CHECK(has(g, "国投创合", "investsIn", "澜庭集团"));
  CHECK_FALSE(entity(g, "白鹭和云帆"));
  CHECK_FALSE(entity(g, "直接向集团"));
  CHECK_FALSE(entity(g, "原集团"));
  CHECK_FALSE(entity(g, "转任集团"));
  CHECK_FALSE(entity(g, "战略官"));
}

TEST_CASE("zh trap: a clause-start run holds no list descriptor and no 由 (老股东北辰资本, 本轮由远澈资本)") {
  const auto g = build("砚池科技完成A轮融资。本轮由远澈资本领投，老股东北辰资本跟投。砚池科技表示。");
  CHECK(has(g, "远澈资本", "investsIn", "砚池科技"));
  CHECK(has(g, "北辰资本", "investsIn", "砚池科技"));
  CHECK_FALSE(entity(g, "本轮由远澈资本"));
  CHECK_FALSE(entity(g, "老股东北辰资本"));
}

TEST_CASE("zh: directors, screenwriters and novelists are authors; distributors and producers publish") {
  const auto g = build("青蚨动画成立于2011年。2016年，青蚨动画出品的首部原创动画电影《云上镖局》上映，由罗川执导。2021年，由新人导演唐小满执导的《长夜灯》上映。"
                       "《墨鲤》（2021年）：导演俞白，编剧俞白、周楠。改编自作家沈听澜的小说《鲤归》。"
                       "《云上镖局》由橙子影业发行；《长夜灯》则由母公司星河影业与光线影业联合发行。"
                       "海外发行方面，《墨鲤》的北美发行由美国独立发行公司Lantern Pictures负责。韩潇说，《逆风局》是导演苏晚拍的。");
  CHECK(has(g, "罗川", "authorOf", "云上镖局"));
  CHECK(has(g, "唐小满", "authorOf", "长夜灯"));
  CHECK(has(g, "俞白", "authorOf", "墨鲤"));
  CHECK(has(g, "周楠", "authorOf", "墨鲤"));
  CHECK(has(g, "沈听澜", "authorOf", "鲤归"));
  CHECK(has(g, "青蚨动画", "publisherOf", "云上镖局"));
  CHECK(has(g, "星河影业", "publisherOf", "长夜灯"));
  CHECK(has(g, "光线影业", "publisherOf", "长夜灯"));
  CHECK(has(g, "Lantern Pictures", "publisherOf", "墨鲤"));
  CHECK_FALSE(entity(g, "苏晚拍"));
}

TEST_CASE("zh: founders listed with 分别是; a unit led by someone; a new university after 就读于; work in an unnamed unit") {
  const auto g = build("山野科技成立于2019年。星河科技成立于2010年。山野科技表示很高兴。山野科技的三位联合创始人分别是林知夏、周屹和沈嘉禾。"
                       "沈嘉禾本科就读于江南大学食品科学与工程专业，曾在星河科技的饮品研发中心任职。"
                       "研发机构“山野茶研所”由沈嘉禾带领。格物实验室由复旦大学教授邵岚牵头创办。");
  CHECK(has(g, "林知夏", "founderOf", "山野科技"));
  CHECK(has(g, "沈嘉禾", "founderOf", "山野科技"));
  CHECK(has(g, "沈嘉禾", "studiesAt", "江南大学"));
  CHECK(has(g, "沈嘉禾", "worksFor", "星河科技"));
  CHECK(has(g, "沈嘉禾", "leaderOf", "山野茶研所"));
  CHECK_FALSE(has(g, "邵岚", "leaderOf", "格物实验室"));
}

TEST_CASE("zh: what a product runs on is built on; a customer deploys it; tools of a team; 开源的X is not X's release") {
  const auto g = build("暖爪科技成立于2019年。暖爪科技表示很高兴。我们的系统“暖爪云诊”跑在谷歌上。DuneCloud部署在Amazon上。"
                       "暖爪科技团队内部沟通用ChatGPT。暖爪科技的制作流程以Maya和Houdini为主要工具。"
                       "暖爪科技表示，LanOS基于开源的OpenHarmony开发。");
  CHECK(has(g, "暖爪云诊", "builtOn", "Google"));
  CHECK(has(g, "DuneCloud", "builtOn", "Amazon"));
  CHECK_FALSE(has(g, "Amazon", "uses", "DuneCloud"));
  CHECK(has(g, "暖爪科技", "uses", "ChatGPT"));
  CHECK(has(g, "暖爪科技", "uses", "Maya"));
  CHECK(has(g, "暖爪科技", "uses", "Houdini"));
  CHECK(has(g, "LanOS", "builtOn", "OpenHarmony"));
  CHECK_FALSE(has(g, "暖爪科技", "develops", "OpenHarmony"));
}

TEST_CASE("zh: 跟 joins partners; an acquired company after its place and 的, with or without its kind") {
  const auto g = build("星焰科技成立于2018年。星焰科技跟谷歌签了合作协议。星焰科技在2023年收购了旧金山的极光潮汐（AuroraTide）。"
                       "山隐互动收购了旧金山的动作捕捉工作室帧语科技。");
  CHECK(has(g, "星焰科技", "partnerOf", "Google"));
  CHECK(has(g, "星焰科技", "acquired", "极光潮汐"));
  CHECK(has(g, "极光潮汐", "locatedIn", "San Francisco"));
  CHECK(has(g, "山隐互动", "acquired", "帧语科技"));
  CHECK_FALSE(entity(g, "作室帧语科技"));
}

TEST_CASE("zh: a local company of a place, described by more kinds (发行商, 团队, 本地企业), is located there; a subsidiary set up there is not the parent's place") {
  const auto g = build("澜庭与旧金山本地企业曦禾微电子合作。旧金山的末端执行器团队柔指机器人表示。"
                       "澜付科技成立于2019年。澜付科技将在年内于旧金山设立全资子公司澜付美国。");
  CHECK(has(g, "曦禾微电子", "locatedIn", "San Francisco"));
  CHECK(has(g, "柔指机器人", "locatedIn", "San Francisco"));
  CHECK_FALSE(has(g, "澜付科技", "locatedIn", "San Francisco"));
}

TEST_CASE("zh: built on a base described before it or quoted, and on a system the product runs on") {
  const auto g = build("Codex基于公司自研的法律大模型“衡律LM”构建。ChatGPT基于谷歌的Gemini多模态模型微调而来。"
                       "Claude的运动控制则运行在公司自研的实时操作系统「稼穑OS」之上。RidgeSDK基于开源深度学习编译框架TVM构建。");
  CHECK(has(g, "Codex", "builtOn", "衡律LM"));
  CHECK(has(g, "ChatGPT", "builtOn", "Gemini"));
  CHECK(has(g, "Claude", "builtOn", "稼穑OS"));
  CHECK_FALSE(entity(g, "开源深度学"));
}

TEST_CASE("zh: rivals named before 都是X的直接竞争对手, and a product benchmarked against another (对标)") {
  const auto g = build("谷歌、微软和腾讯都是OpenAI在大模型领域的直接竞争对手。Gemini直接对标ChatGPT。");
  CHECK(has(g, "OpenAI", "competesWith", "Google"));
  CHECK(has(g, "OpenAI", "competesWith", "Microsoft"));
  CHECK(has(g, "Gemini", "competesWith", "ChatGPT"));
}

TEST_CASE("zh: a parent company, a unit that belongs to another, rivals the lexicon lacks, founders together somewhere") {
  const auto g = build("PeakVolt的母公司是深圳的澄海能源。澄海能源发布了新品。\n"
                       "归雁书局隶属于广西青禾出版社，其编辑常来门店。\n"
                       "Voltra是一家储能公司。PeakVolt和Jackery是Voltra最直接的对手。\n"
                       "韩叙白是Voltra的CEO。他和前谷歌产品总监林见深一起在深圳创立了Voltra。");
  CHECK(has(g, "PeakVolt", "partOf", "澄海能源"));
  CHECK(has(g, "归雁书局", "partOf", "广西青禾出版社"));
  CHECK(has(g, "Voltra", "competesWith", "PeakVolt"));
  CHECK(has(g, "Voltra", "competesWith", "Jackery"));
  CHECK(has(g, "韩叙白", "founderOf", "Voltra"));
  CHECK(has(g, "林见深", "founderOf", "Voltra"));
}

TEST_CASE("zh and en: two lists paired in order by 分别 / respectively, and no crossed pairs") {
  const auto zh = build("谷歌和微软也分别推出了Falcon Insight和Cortex XSIAM。");
  CHECK(has(zh, "Google", "develops", "Falcon Insight"));
  CHECK(has(zh, "Microsoft", "develops", "Cortex XSIAM"));
  CHECK_FALSE(has(zh, "Microsoft", "develops", "Falcon Insight"));
  CHECK_FALSE(has(zh, "Google", "develops", "Cortex XSIAM"));
  const auto en = build("Google and Microsoft launched Falcon Insight and Cortex XSIAM, respectively.");
  CHECK(has(en, "Google", "develops", "Falcon Insight"));
  CHECK(has(en, "Microsoft", "develops", "Cortex XSIAM"));
  CHECK_FALSE(has(en, "Microsoft", "develops", "Falcon Insight"));
}

TEST_CASE("zh: a product made by, coming from, driven by or resting on another") {
  const auto g = build("ChatGPT来自OpenAI。ChatGPT的底层是OpenAI的GPT-5。Codex是微软推出的编程工具。"
                       "Claude的智能摘要由谷歌自研的Gemini驱动。");
  CHECK(has(g, "OpenAI", "develops", "ChatGPT"));
  CHECK(has(g, "ChatGPT", "builtOn", "GPT-5"));
  CHECK(has(g, "Microsoft", "develops", "Codex"));
  CHECK(has(g, "Claude", "builtOn", "Gemini"));
}

TEST_CASE("zh: a product under its maker, made jointly, released by a company this month; a centre set up in a city") {
  const auto g = build("Codex是微软旗下的AI编程平台。Gemini则由谷歌与斯坦福大学联合研发。象帧科技成立于2023年。"
                       "Claude是象帧科技本月发布的第二代视频生成模型。象帧科技今年在旧金山湾区设立了研发中心。");
  CHECK(has(g, "Microsoft", "develops", "Codex"));
  CHECK(has(g, "Google", "develops", "Gemini"));
  CHECK(has(g, "Stanford University", "develops", "Gemini"));
  CHECK(has(g, "象帧科技", "develops", "Claude"));
  CHECK_FALSE(entity(g, "本月"));
  CHECK(has(g, "象帧科技", "locatedIn", "San Francisco"));
}

TEST_CASE("zh: a glossary's product line, rivals still, what stands behind a product, a headquarters also somewhere") {
  const auto g = build("Coze——谷歌推出的智能体搭建平台。\n谷歌说ChatGPT仍然是Claude最直接的对手。Anthropic推出了Claude。"
                       "Claude背后是谷歌自研的Gemini模型。Claude的配音用的是GPT-5。和谷歌一样，OpenAI的总部也在旧金山。"
                       "毛球星球成立于2019年。苏婉清，宠物食品品牌毛球星球创始人兼CEO。");
  CHECK(has(g, "Google", "develops", "Coze"));
  CHECK(has(g, "Claude", "competesWith", "ChatGPT"));
  CHECK(has(g, "Claude", "builtOn", "Gemini"));
  CHECK(has(g, "Claude", "builtOn", "GPT-5"));
  CHECK(has(g, "OpenAI", "locatedIn", "San Francisco"));
  CHECK(has(g, "苏婉清", "ceoOf", "毛球星球"));
}

TEST_CASE("zh: a company introduced by name (一家叫X的创业公司) is the topic of its clauses, and makes the product") {
  const auto g = build("腾讯做社交二十多年。云笺是苏州一家叫墨言智能的创业公司做的,创始人韩笑是前腾讯的产品总监。");
  CHECK(has(g, "墨言智能", "develops", "云笺"));
  CHECK(type_of(g, "云笺") == "Product");
  CHECK(has(g, "韩笑", "founderOf", "墨言智能"));
  CHECK_FALSE(has(g, "韩笑", "founderOf", "Tencent"));  // the previous sentence's subject is not borrowed
  CHECK(has(g, "韩笑", "worksFor", "Tencent"));
}

TEST_CASE("zh: a former-title prefix before a company at a clause start is no part of its name (原青岚云总裁)") {
  const auto g = build("原青岚云总裁周牧将转任集团战略部负责人。");
  CHECK(has(g, "周牧", "leaderOf", "青岚云"));
  CHECK_FALSE(entity(g, "原青岚云"));
}

TEST_CASE("zh: an editor's journal, poached by a company, degrees at, graduates listed, shops opened in cities, tools used") {
  const auto g = build("我是郑海川，澜岸智维创始人。何嘉是我们的CTO。罗晴是澜岸智维的CTO。"
                       "罗晴则在行业期刊《风能》担任编委。郑海川后来被腾讯挖过去，担任运维经理。"
                       "郑海川本科和硕士都在浙江大学。郑海川和何嘉都是斯坦福大学计算机系毕业的。"
                       "澜岸智维在武汉和旧金山一共开了23家门店。澜岸智维团队内部沟通用Claude。双方在武汉设立了合资公司。");
  CHECK(has(g, "罗晴", "editorOf", "风能"));
  CHECK(type_of(g, "风能") == "Work");
  CHECK(has(g, "郑海川", "worksFor", "Tencent"));
  CHECK(has(g, "郑海川", "studiesAt", "Zhejiang University"));
  CHECK(has(g, "何嘉", "studiesAt", "Stanford University"));
  CHECK(has(g, "郑海川", "studiesAt", "Stanford University"));
  CHECK(has(g, "澜岸智维", "locatedIn", "San Francisco"));
  CHECK(has(g, "澜岸智维", "uses", "Claude"));
}

TEST_CASE("zh units an organisation is reorganised into, with long unit names") {
  const auto g = build("青岚电器集团宣布调整组织架构。集团旗下业务重组为厨卫电器事业群、智能家居平台事业群和海外事业群三大板块。");
  CHECK(has(g, "厨卫电器事业群", "partOf", "青岚电器集团"));
  CHECK(has(g, "智能家居平台事业群", "partOf", "青岚电器集团"));
  CHECK(has(g, "海外事业群", "partOf", "青岚电器集团"));
  // Six characters before a company's suffix make no name.
  CHECK_FALSE(entity(build("青岚电器集团收购了南方智能家居平台科技。"), "南方智能家居平台科技"));
}

TEST_CASE("zh list items the lexicon lacks: whole short runs beside a known name, typed like it") {
  const auto g = build("青柚物流成立于2015年。青柚物流的竞争对手包括德邦、顺丰和京运达。");
  CHECK(has(g, "青柚物流", "competesWith", "德邦"));
  CHECK(has(g, "青柚物流", "competesWith", "SF Express"));
  CHECK(has(g, "青柚物流", "competesWith", "京运达"));
  CHECK(type_of(g, "德邦") == "Organization");
  // Beside no known name, bare runs are activities, not names.
  const auto lines = build("星穹科技成立于2010年。星穹科技的业务分为卫星制造、数据服务和行业应用三部分。"
                           "星穹科技的竞争对手包括国内厂商、顺丰。");
  CHECK_FALSE(entity(lines, "数据服务"));
  CHECK_FALSE(entity(lines, "国内厂商"));
}

TEST_CASE("zh rivals competed with in a list, and a list of rivals described by their kind") {
  const auto with = build("青柚科技发布了视频模型Lumo。Lumo要和Claude、Gemini以及Codex正面竞争。");
  CHECK(has(with, "Lumo", "competesWith", "Claude"));
  CHECK(has(with, "Lumo", "competesWith", "Codex"));
  const auto kind = build("塞北牧业成立于2010年。塞北牧业与现代牧业、优然牧业等规模化牧场企业存在竞争。");
  CHECK(has(kind, "塞北牧业", "competesWith", "现代牧业"));
  CHECK(has(kind, "塞北牧业", "competesWith", "优然牧业"));
}

TEST_CASE("zh product lists: quoted items, and later items carrying their own kind") {
  const auto quoted = build("冰点科技成立于2015年。冰点科技推出了产品“甲乙”、“丙丁”和“戊己”。");
  CHECK(has(quoted, "冰点科技", "develops", "丙丁"));
  CHECK(has(quoted, "冰点科技", "develops", "戊己"));
  const auto kinds = build("冰点科技成立于2015年。冰点科技研发了仓储管理系统“凌川云仓”以及全程温控平台“冷眼”。"
                           "极飞科技还推出了农业无人车R150和遥感无人机M500。");
  CHECK(has(kinds, "冰点科技", "develops", "冷眼"));
  CHECK(has(kinds, "XAG", "develops", "M500"));
  CHECK_FALSE(entity(kinds, "全程温控平台"));
}

TEST_CASE("zh products an organisation has under it, each with its kind and quotes") {
  const auto g = build("星桥成立于2010年。星桥旗下的在线办公软件“星桥文档”和电商导购助手“小桥”用户很多。"
                       "益康堂成立于2001年。益康堂旗下拥有互联网医院平台“益康云诊”。");
  CHECK(has(g, "星桥", "develops", "星桥文档"));
  CHECK(has(g, "星桥", "develops", "小桥"));
  CHECK(has(g, "益康堂", "develops", "益康云诊"));
}

TEST_CASE("zh: located in a district written after its city is located in the city too") {
  const auto g = build("青柚物流成立于2015年，总部位于武汉武昌区。蓝川科技成立于2016年，总部位于武汉武昌。"
                       "白塔科技总部位于武昌区，在旧金山设有办公室。");
  CHECK(has(g, "青柚物流", "locatedIn", "Wuchang District"));
  CHECK(has(g, "青柚物流", "locatedIn", "Wuhan"));
  CHECK(has(g, "蓝川科技", "locatedIn", "Wuhan"));
  // A province and level words before the city: the district and its city.
  const auto levels = build("赤松纺织成立于2001年，总部位于美国武汉市武昌区。");
  CHECK(has(levels, "赤松纺织", "locatedIn", "Wuchang District"));
  CHECK(has(levels, "赤松纺织", "locatedIn", "Wuhan"));
  CHECK_FALSE(has(levels, "赤松纺织", "locatedIn", "United States"));
  // A district alone says nothing of a city the text does not name there.
  CHECK(has(g, "白塔科技", "locatedIn", "Wuchang District"));
  CHECK_FALSE(has(g, "白塔科技", "locatedIn", "Wuhan"));
}

TEST_CASE("zh places of local organisations and residents, and investors ending their names") {
  const auto g = build("武汉本地的蜀光文化基金参与了本轮融资。武汉本地能源国企江海能源集团入股。"
                       "武汉的天使投资人周牧投了这家公司。青柚科技CEO宋岚目前常驻旧金山。");
  CHECK(has(g, "蜀光文化基金", "locatedIn", "Wuhan"));
  CHECK(has(g, "江海能源", "locatedIn", "Wuhan"));
  CHECK(entity(g, "周牧"));
  CHECK_FALSE(entity(g, "周牧投"));
  CHECK(has(g, "宋岚", "locatedIn", "San Francisco"));
}

TEST_CASE("zh founders with their occupation and kinship before their names; 傅 is a family name") {
  const auto g = build("青柚科技成立于2001年。公司由工艺师傅秉文与其妻子许兰芝于1996年创办。傅秉文早年毕业于浙江大学。");
  CHECK(has(g, "傅秉文", "founderOf", "青柚科技"));
  CHECK(has(g, "许兰芝", "founderOf", "青柚科技"));
  CHECK(has(g, "傅秉文", "studiesAt", "Zhejiang University"));
  CHECK_FALSE(entity(g, "工艺师傅秉文"));
}

TEST_CASE("zh Latin names right after what made them, products of an organisation, earlier employers the lexicon lacks") {
  const auto g = build("声浪互动成立于2019年。MicMoon是声浪互动的产品。另一家武汉公司欢唱科技推出的StarVoice主打菲律宾市场。"
                       "声浪互动的版权负责人是DewiLestari。她此前在RumahNada做了五年版权经理。"
                       "本刊记者与公司创始人兼CEO何思远进行了一次长谈。");
  CHECK(has(g, "声浪互动", "develops", "MicMoon"));
  CHECK(has(g, "欢唱科技", "develops", "StarVoice"));
  CHECK(has(g, "Dewi Lestari", "worksFor", "RumahNada"));
  CHECK_FALSE(entity(g, "本刊记者与公司"));
}
