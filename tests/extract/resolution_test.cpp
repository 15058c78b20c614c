// Resolution: forms of one entity merge, with a note; different entities never do.
#include <doctest/doctest.h>

#include <algorithm>

#include "extract_fixture.hpp"

using namespace kg;
using namespace kg::test;

namespace {
bool noted(const Entity& e, const std::string& word) {
  return std::any_of(e.merges.begin(), e.merges.end(),
                     [&](const std::string& m) { return m.find(word) != std::string::npos; });
}
}  // namespace

TEST_CASE("aliases across scripts and spellings are one entity, and the merge is noted") {
  const auto g = build("Sam Altman spoke. SamAltman点头。奥特曼说。Altman left.");
  const auto all = g.find_all("Sam Altman");
  REQUIRE(all.size() == 1);
  const Entity& sam = g.entity(all.front());
  CHECK(sam.mentions == 4);
  for (const char* form : {"SamAltman", "奥特曼", "Altman"})
    CHECK_MESSAGE(std::find(sam.aliases.begin(), sam.aliases.end(), form) != sam.aliases.end(), form);
  CHECK(noted(sam, "奥特曼"));
}

TEST_CASE("a lone family name joins the only full name of the document") {
  const auto g = build("Priya Raman founded Brightloop in 2024. Raman said the company will grow.");
  const auto v = g.find("Priya Raman");
  REQUIRE(v);
  const Entity& priya = g.entity(*v);
  CHECK(std::find(priya.aliases.begin(), priya.aliases.end(), "Raman") != priya.aliases.end());
  CHECK(noted(priya, "family name"));
  CHECK(g.find_all("Raman").size() == 1);
}

TEST_CASE("a family name shared by two people stays unresolved") {
  const auto g = build("Ann Lee founded Brightloop. Bo Lee founded Tidepool. Lee said no.");
  CHECK(g.find_all("Lee").empty());
}

TEST_CASE("two lexicon entities never merge, and documents build one graph") {
  KnowledgeGraph g;
  test_extractor().add_document(g, "a", "OpenAI和Anthropic都在旧金山。");
  test_extractor().add_document(g, "b", "OpenAI released ChatGPT.");
  CHECK(g.documents().size() == 2);
  CHECK(g.find_all("OpenAI").size() == 1);
  CHECK(g.entity(*g.find("OpenAI")).mentions == 2);
  CHECK(g.find("OpenAI") != g.find("Anthropic"));
  const auto develops = relation(g, "OpenAI", "develops", "ChatGPT");
  REQUIRE(develops);
  CHECK(develops->evidence.front().document == 1);
}

TEST_CASE("a name without its middle name joins the full one, and the family name follows") {
  const auto g = build(
      "Ingrid Vandersloot\n\nIngrid Margarethe Vandersloot (born 1981) is a computer scientist. "
      "Vandersloot studied at Stanford University.");
  REQUIRE(entity(g, "Ingrid Vandersloot"));
  REQUIRE(entity(g, "Ingrid Margarethe Vandersloot"));
  CHECK(*entity(g, "Ingrid Vandersloot") == *entity(g, "Ingrid Margarethe Vandersloot"));
  CHECK(has(g, "Ingrid Margarethe Vandersloot", "studiesAt", "Stanford University"));
}

TEST_CASE("a lone first name joins the only person it starts") {
  const auto g = build("MAYA OKONKWO: Raj Patel and I started Quarrystone. Raj uses Claude every day.");
  CHECK(has(g, "Raj Patel", "uses", "Claude"));
}

TEST_CASE("a name glossed in the other script in parentheses is the same entity") {
  const auto g = build(
      "旧金山眼镜初创公司目川科技（Seemount）完成融资。Seemount的CEO是张三。"
      "San Francisco's 云琢智能 (Yunzhuo AI) grew. Yunzhuo AI co-founder and CEO 邵清禾 (Shao Qinghe) moved.");
  REQUIRE(entity(g, "目川科技"));
  CHECK(g.find("Seemount") == g.find("目川科技"));
  CHECK(has(g, "张三", "ceoOf", "目川科技"));
  REQUIRE(entity(g, "邵清禾"));
  CHECK(g.find("Shao Qinghe") == g.find("邵清禾"));
}

TEST_CASE("trap: two lexicon entities glossed one after the other stay apart") {
  const auto g = build("谷歌（Microsoft）是一个笔误。");
  REQUIRE(entity(g, "Google"));
  REQUIRE(entity(g, "Microsoft"));
  CHECK(g.find("Google") != g.find("Microsoft"));
}

TEST_CASE("a Han company or person name glossed in Latin letters is found from the pair's shape alone") {
  const auto g = build(
      "San Francisco's 云琢智能 (Yunzhuo AI) grew. Yunzhuo AI co-founder and CEO 邵清禾 (Shao Qinghe) "
      "used to lead the NLP team at Google. 据报道，深圳家用机器人公司澜屿机器人（IsleWave Robotics）完成融资。");
  CHECK(type_of(g, "云琢智能") == "Organization");
  CHECK(g.find("Yunzhuo AI") == g.find("云琢智能"));
  CHECK(has(g, "邵清禾", "ceoOf", "云琢智能"));
  CHECK(type_of(g, "澜屿机器人") == "Organization");
  CHECK_FALSE(entity(g, "人公司澜屿机器人"));
}

TEST_CASE("trap: a generic Han phrase glossed in English is no company") {
  const auto g = build("我们做的是市场自动化(GTMAutomation)。");
  CHECK_FALSE(entity(g, "市场自动化"));
}

TEST_CASE("a Han given name written alone stands for the only person with that full name, and the merge is noted") {
  const auto g = build("2020年，奥特曼和吕秋衡、苗听澜一起创办了衡原。秋衡是CTO，他之前在微软工作。听澜说，衡原的秋衡计划很好。");
  const auto lv = g.find("吕秋衡");
  REQUIRE(lv);
  CHECK(noted(g.entity(*lv), "given name"));
  CHECK(has(g, "吕秋衡", "worksFor", "Microsoft"));
  // Inside other Han words (衡原的秋衡计划 ... a plan named after no one) it is no mention:
  // 的 before it is a particle, but 计划 after it is a noun.
  CHECK(g.entity(*lv).mentions == 2);
  // Two people who share a given name: it stands for neither.
  const auto shared = build("李秋衡和王秋衡一起创办了衡原。秋衡说很好。");
  for (const char* name : {"李秋衡", "王秋衡"})
    if (const auto v = shared.find(name)) CHECK(shared.entity(*v).mentions == 1);
}
