#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "document_text.hpp"
#include "sentences.hpp"

using namespace kg::extract;

namespace {

const std::unordered_set<std::string> kAbbreviations{"mr", "dr", "inc", "u.s", "e.g"};

std::vector<std::string> split(const std::string& text) {
  const DocumentText doc(text);
  std::vector<std::string> out;
  for (const auto& s : split_sentences(doc.norm.text, kAbbreviations)) out.emplace_back(doc.slice(s.begin, s.end));
  return out;
}

}  // namespace

TEST_CASE("Chinese sentences end at 。！？； and keep their closing quotes") {
  CHECK(split("他说：“好。”然后走了！真的？是的；结束") ==
        std::vector<std::string>{"他说:“好。”", "然后走了!", "真的?", "是的;", "结束"});
  CHECK(split("第一行\n第二行") == std::vector<std::string>{"第一行", "第二行"});
}

TEST_CASE("English sentences keep abbreviations, initials, decimals and versions whole") {
  CHECK(split("Mr. Smith met Dr. Jones at Acme Inc. in the U.S. yesterday. It went well.") ==
        std::vector<std::string>{"Mr. Smith met Dr. Jones at Acme Inc. in the U.S. yesterday.", "It went well."});
  CHECK(split("J. K. Rowling wrote it. GPT-5.2 costs 4.5 dollars. Done!") ==
        std::vector<std::string>{"J. K. Rowling wrote it.", "GPT-5.2 costs 4.5 dollars.", "Done!"});
}

TEST_CASE("speaker lines open turns and are not part of the sentences") {
  const DocumentText doc("SamAltman:\n我管理过YC。\n观众：\n我是George。\nQ: Who are you?\n我的猜测是：不会。");
  const auto sentences = split_sentences(doc.norm.text, kAbbreviations);
  REQUIRE(sentences.size() == 4);
  CHECK(doc.slice(sentences[0].speaker_begin, sentences[0].speaker_end) == "SamAltman");
  CHECK(doc.slice(sentences[1].speaker_begin, sentences[1].speaker_end) == "观众");
  CHECK(doc.slice(sentences[2].begin, sentences[2].end) == "Who are you?");
  CHECK(doc.slice(sentences[2].speaker_begin, sentences[2].speaker_end) == "Q");
  // A Chinese clause before a colon is not a speaker: the Q turn goes on.
  CHECK(doc.slice(sentences[3].begin, sentences[3].end) == "我的猜测是:不会。");
  CHECK(sentences[3].turn == sentences[2].turn);
  CHECK(sentences[0].turn != sentences[1].turn);
}

TEST_CASE("a Han label that starts two lines is a speaker, with the answer on the same line") {
  const DocumentText doc("机器之心：国内的对手呢？\n顾临川：扣子做得很好。\n原因：成本。\n机器之心：好的。");
  const auto sentences = split_sentences(doc.norm.text, kAbbreviations);
  REQUIRE(sentences.size() == 4);
  CHECK(doc.slice(sentences[0].begin, sentences[0].end) == "国内的对手呢?");
  CHECK(doc.slice(sentences[0].speaker_begin, sentences[0].speaker_end) == "机器之心");
  // 顾临川 and 原因 start one line each: no speakers, the text keeps its colon.
  CHECK(doc.slice(sentences[1].begin, sentences[1].end) == "顾临川:扣子做得很好。");
  CHECK(doc.slice(sentences[2].begin, sentences[2].end) == "原因:成本。");
  CHECK(doc.slice(sentences[3].speaker_begin, sentences[3].speaker_end) == "机器之心");
  CHECK(sentences[3].turn != sentences[0].turn);
}

TEST_CASE("numbered Han labels (提问者1, 提问者2) are one speaker label, each opening a turn") {
  const DocumentText doc("提问者1：我是林栩，做农业无人机。\n嘉宾：好问题。\n提问者2：我叫周凡。");
  const auto sentences = split_sentences(doc.norm.text, kAbbreviations);
  REQUIRE(sentences.size() == 3);
  CHECK(doc.slice(sentences[0].begin, sentences[0].end) == "我是林栩,做农业无人机。");
  CHECK(doc.slice(sentences[0].speaker_begin, sentences[0].speaker_end) == "提问者1");
  // 嘉宾 starts one line only: text. 提问者2 shares 提问者1's label and opens a new turn.
  CHECK(doc.slice(sentences[1].begin, sentences[1].end) == "嘉宾:好问题。");
  CHECK(doc.slice(sentences[2].speaker_begin, sentences[2].speaker_end) == "提问者2");
  CHECK(sentences[2].turn != sentences[0].turn);
}

TEST_CASE("text without punctuation is cut into bounded sentences") {
  const std::string text(10000, 'a');
  const DocumentText doc(text);
  const auto sentences = split_sentences(doc.norm.text, kAbbreviations);
  CHECK(sentences.size() >= 5);
  for (const auto& s : sentences) CHECK(s.end - s.begin <= kMaxSentenceBytes);
  CHECK(sentences.back().end == text.size());
  // Every piece but the last was cut for length; punctuation or a line end is no cut.
  for (std::size_t i = 0; i + 1 < sentences.size(); ++i) CHECK(sentences[i].cut);
  CHECK_FALSE(sentences.back().cut);
  for (const auto& s : split_sentences(DocumentText("Short. Sentences!\nHere").norm.text, kAbbreviations))
    CHECK_FALSE(s.cut);
}

TEST_CASE("one capitalised word before a colon is a speaker only when it opens two lines or more") {
  const DocumentText doc("Founded: 2017\nProducts: Sentry, Lens\nEthan: 我是EthanLin。\nMia: 对。\nEthan: 好的。\nMia: 嗯。");
  const auto sentences = split_sentences(doc.norm.text, kAbbreviations);
  std::vector<std::string> labels;
  for (const auto& s : sentences) labels.emplace_back(doc.slice(s.speaker_begin, s.speaker_end));
  // Infobox keys are no speakers; "Ethan" and "Mia" each open two lines.
  CHECK(labels == std::vector<std::string>{"", "", "Ethan", "Mia", "Ethan", "Mia"});
}

TEST_CASE("the semicolons of an infobox value part its items, not its sentences") {
  CHECK(split("Key people: Dana Reyes (CEO); Omar Lee (CTO)\n主要人物：林岚（CEO）；周远（CTO）") ==
        std::vector<std::string>{"Key people: Dana Reyes (CEO); Omar Lee (CTO)", "主要人物:林岚(CEO);周远(CTO)"});
  // A value that holds sentences is split as prose; so is a line with no key.
  CHECK(split("Note: it grew. It sold; it hired.\nIt sold; it hired") ==
        std::vector<std::string>{"Note: it grew.", "It sold;", "it hired.", "It sold;", "it hired"});
}
