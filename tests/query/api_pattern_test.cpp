#include <doctest/doctest.h>

#include "kg/query/pattern.hpp"
#include "kg/query/query_error.hpp"

using namespace kg::query;

namespace {
// The byte offset and problem of the error parsing `text` raises.
std::pair<std::size_t, std::string> error_of(std::string_view text) {
  try {
    parse_pattern(text);
  } catch (const QueryError& e) {
    return {e.offset(), e.problem()};
  }
  return {std::string::npos, "no error"};
}
}  // namespace

TEST_CASE("patterns: variables, bare and quoted names, separators, the type keyword") {
  const Pattern p = parse_pattern("?p founderOf ?o . \"Sam Altman\" leaderOf 'Y Combinator' . ?x a Person .");
  REQUIRE(p.triples.size() == 3);
  CHECK(p.triples[0].subject.is_variable());
  CHECK(p.triples[0].subject.text == "p");
  CHECK(p.triples[0].predicate.text == "founderOf");
  CHECK(p.triples[1].subject.text == "Sam Altman");
  CHECK(p.triples[1].subject.quoted);
  CHECK(p.triples[1].subject.offset == 18);
  CHECK(p.triples[1].object.text == "Y Combinator");
  CHECK_FALSE(p.triples[1].is_type_constraint());
  CHECK(p.triples[2].is_type_constraint());

  const Pattern chinese = parse_pattern("奥特曼\u3000ceoOf\t?组织");  // ideographic space, tab, CJK variable
  REQUIRE(chinese.triples.size() == 1);
  CHECK(chinese.triples[0].subject.text == "奥特曼");
  CHECK(chinese.triples[0].object.text == "组织");

  // A dot inside a name is part of it; only a lone "." separates.
  CHECK(parse_pattern("OpenAI develops GPT-5.2").triples[0].object.text == "GPT-5.2");
}

TEST_CASE("syntax errors point at the offending byte") {
  CHECK(error_of("") == std::pair<std::size_t, std::string>{0, "empty pattern: expected a triple such as '?x ceoOf OpenAI'"});
  CHECK(error_of("?x ceoOf") == std::pair<std::size_t, std::string>{8, "incomplete triple pattern: expected an object"});
  CHECK(error_of("?x ceoOf OpenAI Inc") == std::pair<std::size_t, std::string>{16, "expected ' . ' between triple patterns (a triple has three terms; quote names with spaces)"});
  CHECK(error_of("?x . ceoOf OpenAI").first == 3);
  CHECK(error_of("?x ceoOf \"Open AI").first == 9);
  CHECK(error_of("?x ceoOf \"Open AI\"x").first == 18);
  CHECK(error_of("? ceoOf OpenAI").first == 0);
  CHECK(error_of("?x- ceoOf OpenAI").first == 2);
  CHECK(error_of("?x ceoOf OpenAI . . ?y a Person").first == 18);
  CHECK(error_of("\xff\xfe ceoOf").first == 8);  // invalid bytes are just characters
}

TEST_CASE("the caret sits under the error, wide characters counting two columns") {
  const QueryError ascii("?x ceoOf OpenAI Inc", 16, "expected ' . '");
  CHECK(ascii.column() == 17);
  CHECK(std::string(ascii.what()) == "expected ' . ' at column 17");
  CHECK(ascii.caret_display() == "  ?x ceoOf OpenAI Inc\n                  ^");

  const QueryError wide("奥特曼 ceoOf", 10, "x");  // after three 3-byte characters and a space
  CHECK(wide.column() == 5);
  CHECK(wide.caret_display(0) == "奥特曼 ceoOf\n       ^");

  const QueryError control("a\tb\x01", 4, "x");
  CHECK(control.caret_display(0) == "a b\xEF\xBF\xBD\n    ^");
}

TEST_CASE("a pattern of more than kMaxTriplePatterns triples is refused at the first one too many") {
  std::string text;
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i <= kMaxTriplePatterns; ++i) {
    if (i) text += " . ";
    starts.push_back(text.size());
    text += "?x" + std::to_string(i) + " ceoOf ?y";
  }
  const auto [offset, message] = error_of(text);
  CHECK(offset == starts.back());
  CHECK(message == "too many triple patterns (at most " + std::to_string(kMaxTriplePatterns) + ")");
  text.resize(starts.back() - 3);  // exactly kMaxTriplePatterns triples parse
  CHECK(parse_pattern(text).triples.size() == kMaxTriplePatterns);
}
