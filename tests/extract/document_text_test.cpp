// DocumentText's folded forms and fold_key against a code point by code point reference.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "document_text.hpp"
#include "kg/text/utf8.hpp"

using namespace kg;
using namespace kg::extract;

namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// The key of valid UTF-8 `folded`: every code point decoded, separators dropped; with the
// byte of `folded` each key byte came from.
std::pair<std::string, std::vector<std::uint32_t>> reference_key(const std::string& folded) {
  std::pair<std::string, std::vector<std::uint32_t>> out;
  for (std::size_t pos = 0; pos < folded.size();) {
    const std::size_t start = pos;
    if (is_key_separator(text::decode_next(folded, pos))) continue;
    for (std::size_t b = start; b < pos; ++b) {
      out.first.push_back(folded[b]);
      out.second.push_back(static_cast<std::uint32_t>(b));
    }
  }
  return out;
}

std::string random_text(std::mt19937& rng) {
  static const std::vector<std::string> pieces = {
      "Sam", " ", "Altman", "-", "_", ".", "\t", "\n", "奥特曼", "·", "\xE3\x83\xBB", "\xE2\x80\xA2", "\xC2\xA0",
      "\xE3\x80\x80", "\xE2\x80\x83", "\xE2\x80\xA8", "\xC2\x85", "\xE1\x9A\x80", "，", "。", "Ｏｐｅｎ", "é", "É",
      "\xFF", "\xF0\x9F\x98\x80", "\xE2\x80\x9C", "\xE3\x80\x81"};
  std::string s;
  const int n = std::uniform_int_distribution<int>(0, 10)(rng);
  for (int i = 0; i < n; ++i) s += pieces[std::uniform_int_distribution<std::size_t>(0, pieces.size() - 1)(rng)];
  return s;
}

}  // namespace

TEST_CASE("the key text and its map equal the code point by code point reference") {
  std::mt19937 rng(3);
  for (int i = 0; i < 5000; ++i) {
    const std::string original = random_text(rng);
    const DocumentText doc(original);
    std::string lowered = doc.norm.text;
    for (char& c : lowered) c = lower(c);
    REQUIRE(doc.lower == lowered);
    const auto [key, map] = reference_key(lowered);
    REQUIRE(doc.key == key);
    REQUIRE(doc.key_to_norm == map);
    REQUIRE(fold_key(original) == reference_key(fold_literal(original)).first);
  }
}

TEST_CASE("fold keys drop spacing, case and middle dots") {
  CHECK(fold_key("Sam Altman") == "samaltman");
  CHECK(fold_key("Paul-Graham_x.y") == "paulgrahamxy");
  CHECK(fold_key("山姆·奥特曼") == "山姆奥特曼");
  CHECK(fold_key("ＧＰＴ－５") == "gpt5");
  CHECK(fold_key("a\xE3\x80\x80" "b") == "ab");
}

TEST_CASE("key_position finds the first key byte at or after a normalised byte") {
  const DocumentText doc("Sam Altman -- 奥特曼 · X. " "\xE3\x80\x80" "end");
  std::mt19937 rng(21);
  for (int i = 0; i < 2000; ++i) {
    const auto pos = std::uniform_int_distribution<std::uint32_t>(0, doc.size())(rng);
    const auto want = static_cast<std::uint32_t>(
        std::lower_bound(doc.key_to_norm.begin(), doc.key_to_norm.end(), pos) - doc.key_to_norm.begin());
    const auto from = std::uniform_int_distribution<std::uint32_t>(0, want)(rng);
    REQUIRE(doc.key_position(pos, from) == want);
    REQUIRE(doc.key_position(pos) == want);
  }
  CHECK(doc.key_position(doc.size()) == doc.key.size());
}
