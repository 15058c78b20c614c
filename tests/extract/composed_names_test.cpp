// Names composed from a known one: model versions the lexicon lacks (Qwen2.5, 文心大模型5.0,
// GLM-4.6), Han units of a known organisation (阿里云视觉智能实验室) that are part of it and
// lift studiesAt / worksFor to it; and the traps: quantities and years are no versions.
// Sentences written for these tests.
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using namespace kg;
using namespace kg::test;

TEST_CASE("a known product and a version are a new product") {
  const auto g = build("OpenAI released GPT-5.7 today. Claude 4.5 Turbo followed.");
  CHECK(type_of(g, "GPT-5.7") == "Product");
  CHECK(type_of(g, "Claude 4.5 Turbo") == "Product");
  CHECK(has(g, "OpenAI", "develops", "GPT-5.7"));
}

TEST_CASE("a model-shaped name with a dotted version is a product") {
  const auto g = build("智谱发布了GLM-4.6模型。");
  CHECK(type_of(g, "GLM-4.6") == "Product");
}

TEST_CASE("model codes are products; a version may end with one letter") {
  const auto g = build("微软L20和H100供不应求。Apple的MI300系列很强。Codex 4o出货了，GPT-5.2x的水平。");
  CHECK(type_of(g, "L20") == "Product");
  CHECK(type_of(g, "H100") == "Product");
  CHECK(has(g, "Microsoft", "develops", "L20"));
  CHECK(has(g, "Apple", "develops", "MI300"));
  CHECK(type_of(g, "Codex 4o") == "Product");
  CHECK_FALSE(entity(g, "GPT-5.2x"));  // after a dotted version a letter is a multiplier
}

TEST_CASE("a version continued after a known one, a parameter count, capitals before a number") {
  const auto g = build("Apple's GPT-5.2.1 70B is big. Codex MX325X is fast. GPT-5 100M users.");
  CHECK(type_of(g, "GPT-5.2.1 70B") == "Product");
  CHECK(has(g, "Apple", "develops", "GPT-5.2.1 70B"));
  CHECK(type_of(g, "Codex MX325X") == "Product");
  CHECK_FALSE(entity(g, "GPT-5 100M"));  // millions are users more often than parameters
}

TEST_CASE("zh: a Han name with a version after a product kind word is a product; trap: quantities") {
  const auto g = build("OpenAI推出新一代基座模型星衍-3，以及轻量版本星衍-3 Mini。芯片公司2023年很多，机器人公司10亿融资。");
  CHECK(type_of(g, "星衍-3") == "Product");
  CHECK(type_of(g, "星衍-3 Mini") == "Product");
  CHECK(has(g, "OpenAI", "develops", "星衍-3"));
  CHECK_FALSE(entity(g, "公司2023"));
  CHECK_FALSE(entity(g, "公司10"));
}

TEST_CASE("traps: summits, grades and words with digits are no model codes") {
  const auto g = build("G20峰会上，K12教育和ISO27001认证都被提到。COVID19 and MP3 players.");
  CHECK_FALSE(entity(g, "G20"));
  CHECK_FALSE(entity(g, "K12"));
  CHECK_FALSE(entity(g, "ISO27001"));
  CHECK_FALSE(entity(g, "COVID19"));
  CHECK_FALSE(entity(g, "MP3"));
}

TEST_CASE("traps: quantities and years after a product are no versions") {
  const auto g = build("ChatGPT 2025 was a good year. Claude 2亿用户. Gemini 100 times.");
  CHECK_FALSE(entity(g, "ChatGPT 2025"));
  CHECK_FALSE(entity(g, "Claude 2"));
  CHECK_FALSE(entity(g, "Gemini 100"));
}

TEST_CASE("zh: a unit named after a known organisation is part of it") {
  const auto g = build("2019年，奥特曼毕业于斯坦福大学计算机学院，随后加入谷歌视觉智能实验室。");
  CHECK(type_of(g, "斯坦福大学计算机学院") == "Organization");
  CHECK(has(g, "斯坦福大学计算机学院", "partOf", "Stanford University"));
  CHECK(has(g, "谷歌视觉智能实验室", "partOf", "Google"));
  CHECK(has(g, "Sam Altman", "studiesAt", "斯坦福大学计算机学院"));
  CHECK(has(g, "Sam Altman", "studiesAt", "Stanford University"));  // lifted to the parent
  CHECK(has(g, "Sam Altman", "worksFor", "Google"));
}

TEST_CASE("zh: a unit's name may hold Latin letters and digits") {
  const auto g = build("他后来去了微软2012实验室，又加入了谷歌Brain Team实验室。");
  CHECK(has(g, "微软2012实验室", "partOf", "Microsoft"));
  CHECK(has(g, "谷歌Brain Team实验室", "partOf", "Google"));
}

TEST_CASE("an organisation written right before a product is its maker") {
  const auto g = build("开发者可以用谷歌Gemini写代码。Most teams still use Microsoft Codex for that.");
  CHECK(has(g, "Google", "develops", "Gemini"));
  CHECK(has(g, "Microsoft", "develops", "Codex"));
  const auto apart = build("Microsoft, Codex and Gemini were mentioned.");
  CHECK_FALSE(has(apart, "Microsoft", "develops", "Codex"));
}

TEST_CASE("a known product and another capitalised word name a model of the family, with its version") {
  const auto g = build("DuneCLI默认调用的是Anthropic的ClaudeSonnet。Google released Gemini Robotics 1.5 today.");
  CHECK(type_of(g, "Claude Sonnet") == "Product");
  CHECK(has(g, "Anthropic", "develops", "Claude Sonnet"));
  CHECK(has(g, "Google", "develops", "Gemini Robotics 1.5"));
  CHECK_FALSE(has(g, "Gemini Robotics 1.5", "partOf", "Gemini"));
}

TEST_CASE("trap: a known product before a stopword or another known name composes nothing") {
  const auto g = build("We used ChatGPT Every day. Claude Google and Apple were all there.");
  CHECK_FALSE(entity(g, "ChatGPT Every"));
  CHECK_FALSE(entity(g, "Claude Google"));
  CHECK(type_of(g, "ChatGPT") == "Product");
}

TEST_CASE("a model's variant word after its version goes with the name (Qwen2.5-Coder), and so does a count after it") {
  const auto g = build("ShaderScout是基于GPT-5.2-Coder微调的。They also tried GPT-5.2-Coder-7B.");
  CHECK(type_of(g, "GPT-5.2-Coder") == "Product");
  CHECK_FALSE(entity(g, "GPT-5.2"));
}
