// ChunkReader: pieces join back into the input, stay near the target size, end where a
// paragraph or sentence ends when they can, and never split a UTF-8 sequence.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "kg/extract/chunk_reader.hpp"

namespace {

std::vector<std::string> pieces(const std::string& text, std::size_t target) {
  std::istringstream in(text);
  kg::extract::ChunkReader reader(in, "test.txt", target);
  std::vector<std::string> out;
  for (std::string piece; reader.next(piece);) out.push_back(piece);
  return out;
}

std::string joined(const std::vector<std::string>& parts) {
  std::string all;
  for (const auto& p : parts) all += p;
  return all;
}

bool valid_utf8_boundaries(const std::string& piece) {
  if (piece.empty()) return true;
  const auto first = static_cast<unsigned char>(piece.front());
  if ((first & 0xC0) == 0x80) return false;  // starts inside a character
  // The last character must be complete: find its lead byte and check its length.
  std::size_t lead = piece.size() - 1;
  while (lead > 0 && (static_cast<unsigned char>(piece[lead]) & 0xC0) == 0x80) --lead;
  const auto c = static_cast<unsigned char>(piece[lead]);
  const std::size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  return piece.size() - lead == length;
}

}  // namespace

TEST_CASE("a short text is one piece, an empty one none") {
  CHECK(pieces("OpenAI makes ChatGPT.", 1024) == std::vector<std::string>{"OpenAI makes ChatGPT."});
  CHECK(pieces("", 1024).empty());
}

TEST_CASE("pieces end after a paragraph break when the piece has one") {
  const std::string text = "First paragraph, quite long here.\n\nSecond one follows and goes on for a while.";
  const auto parts = pieces(text, 48);
  REQUIRE(parts.size() == 2);
  CHECK(parts[0] == "First paragraph, quite long here.\n\n");
  CHECK(joined(parts) == text);
}

TEST_CASE("one long line is cut after sentence ends, Chinese or English") {
  std::string text;
  for (int i = 0; i < 200; ++i) text += i % 2 ? "OpenAI released a model. " : "谷歌发布了新模型。";
  const auto parts = pieces(text, 256);
  CHECK(parts.size() > 10);
  CHECK(joined(parts) == text);
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    const auto& p = parts[i];
    CHECK(p.size() <= 256 + 3);
    const bool english = p.size() >= 2 && p.compare(p.size() - 2, 2, ". ") == 0;
    const bool chinese = p.size() >= 3 && p.compare(p.size() - 3, 3, "。") == 0;
    CHECK((english || chinese));
  }
}

TEST_CASE("text without any break is cut on character boundaries") {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += i % 3 ? "汉" : "a😀";  // 1-, 3- and 4-byte characters
  for (const std::size_t target : {16, 17, 18, 19, 100, 1001}) {
    const auto parts = pieces(text, target);
    CHECK(joined(parts) == text);
    for (const auto& p : parts) {
      CHECK(p.size() <= target + 3);
      CHECK(valid_utf8_boundaries(p));
    }
  }
}
