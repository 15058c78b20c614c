#include <doctest/doctest.h>

#include "kg/text/normalize.hpp"
#include "kg/text/source_error.hpp"
#include "kg/text/utf8.hpp"

using namespace kg;

TEST_CASE("invalid UTF-8 is replaced and counted, never thrown") {
  std::size_t replaced = 0;
  const std::string fixed = text::to_valid_utf8("a\xFF" "b\xE4\xB8", &replaced);
  CHECK(replaced == 3);
  CHECK(fixed == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(text::is_valid_utf8(fixed));
  CHECK_FALSE(text::is_valid_utf8("\xC0\xAF"));  // overlong '/'
  CHECK_FALSE(text::is_valid_utf8("\xED\xA0\x80"));  // surrogate
}

TEST_CASE("NFKC maps full-width forms and keeps offsets into the original") {
  // "ＯｐｅｎＡＩ，奥特曼" : full-width Latin and comma become ASCII.
  const std::string original = "\xEF\xBC\xAF\xEF\xBD\x90\xEF\xBD\x85\xEF\xBD\x8E\xEF\xBC\xA1\xEF\xBC\xA9\xEF\xBC\x8C奥特曼";
  const auto n = text::normalize_nfkc(original);
  CHECK(n.text == "OpenAI,奥特曼");
  REQUIRE(n.origin.size() == n.text.size() + 1);
  CHECK(n.original_offset(0) == 0);
  CHECK(n.original_offset(6) == 6);       // ','
  CHECK(n.original_offset(7) == 7);       // '奥' starts at code point 7
  CHECK(n.original_offset(n.text.size()) == 10);
}

TEST_CASE("NFKC offsets count invalid bytes as one code point each") {
  const auto n = text::normalize_nfkc("x\xFFy", 100);
  CHECK(n.replaced_bytes == 1);
  CHECK(n.original_offset(n.text.size() - 1) == 102);  // 'y'
  CHECK(n.origin.back() == 103);
}

TEST_CASE("name keys match across spacing, case and punctuation") {
  CHECK(text::name_key("Sam Altman") == text::name_key("SamAltman"));
  CHECK(text::name_key("sam-altman") == text::name_key("SAM ALTMAN"));
  CHECK(text::name_key("山姆·奥特曼") == text::name_key("山姆奥特曼"));
  CHECK(text::name_key("ＧＰＴ－５") == text::name_key("GPT5"));
  CHECK(text::name_key("Claude") != text::name_key("Claudette"));
}

TEST_CASE("marks are stripped from Latin letters, other text is left alone") {
  CHECK(text::strip_marks("Élodie Łukasz Ayşe") == "Elodie Łukasz Ayse");  // Ł has no combining mark
  CHECK(text::strip_marks("奥特曼 Sam") == "奥特曼 Sam");
  CHECK(text::strip_marks("Zoë") == "Zoe");
}

TEST_CASE("positions are 1-based lines and code-point columns") {
  const auto p = position_of("ab\n奥特曼x", 3 + 6);
  CHECK(p.line == 2);
  CHECK(p.column == 3);
  const SourceError e(ErrorKind::Data, "f.json", p, "bad");
  CHECK(std::string(e.what()) == "f.json:2:3: bad");
}
