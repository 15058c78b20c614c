#include "kg/query/pattern.hpp"

#include <vector>

#include "kg/query/query_error.hpp"
#include "kg/text/utf8.hpp"

namespace kg::query {
namespace {

bool is_variable_char(char32_t cp) { return cp == '_' || text::is_letter_or_digit(cp); }

// Reads the terms of a pattern one at a time; a lone "." comes back as a separator.
class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  struct Token {
    enum class Kind { End, Separator, Term };
    Kind kind;
    Term term;
    std::size_t offset;
  };

  Token next() {
    skip_space();
    const std::size_t start = pos_;
    if (pos_ >= text_.size()) return {Token::Kind::End, {}, start};
    const char32_t first = peek();
    if (first == '"' || first == '\'') return quoted(start, first);
    if (first == '?') return variable(start);
    std::size_t end = pos_;
    while (end < text_.size()) {
      std::size_t after = end;
      const char32_t cp = text::decode_next(text_, after);
      if (text::is_space(cp) || cp == '"' || cp == '\'') break;
      end = after;
    }
    const std::string_view word = text_.substr(start, end - start);
    pos_ = end;
    if (word == ".") return {Token::Kind::Separator, {}, start};
    return {Token::Kind::Term, Term{Term::Kind::Name, std::string(word), start, false}, start};
  }

 private:
  char32_t peek() const {
    std::size_t at = pos_;
    return text::decode_next(text_, at);
  }

  void skip_space() {
    while (pos_ < text_.size()) {
      std::size_t after = pos_;
      if (!text::is_space(text::decode_next(text_, after))) return;
      pos_ = after;
    }
  }

  Token quoted(std::size_t start, char32_t quote) {
    const std::size_t close = text_.find(static_cast<char>(quote), start + 1);
    if (close == std::string_view::npos)
      throw QueryError(std::string(text_), start, "unterminated quoted name");
    if (close == start + 1) throw QueryError(std::string(text_), start, "empty quoted name");
    pos_ = close + 1;
    if (pos_ < text_.size()) {
      std::size_t after = pos_;
      const char32_t cp = text::decode_next(text_, after);
      if (!text::is_space(cp))
        throw QueryError(std::string(text_), pos_, "expected a space after the quoted name");
    }
    return {Token::Kind::Term,
            Term{Term::Kind::Name, std::string(text_.substr(start + 1, close - start - 1)), start, true},
            start};
  }

  Token variable(std::size_t start) {
    std::size_t end = start + 1;
    while (end < text_.size()) {
      std::size_t after = end;
      if (!is_variable_char(text::decode_next(text_, after))) break;
      end = after;
    }
    if (end == start + 1)
      throw QueryError(std::string(text_), start, "expected a variable name after '?'");
    if (end < text_.size()) {
      std::size_t after = end;
      if (!text::is_space(text::decode_next(text_, after)))
        throw QueryError(std::string(text_), end,
                         "a variable name has only letters, digits and '_'");
    }
    pos_ = end;
    return {Token::Kind::Term, Term{Term::Kind::Variable, std::string(text_.substr(start + 1, end - start - 1)), start, false},
            start};
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

const char* role_name(std::size_t index) {
  static const char* const roles[] = {"a subject", "a predicate", "an object"};
  return roles[index];
}

}  // namespace

Pattern parse_pattern(std::string_view text) {
  Pattern pattern;
  pattern.text = std::string(text);
  const auto fail = [&](std::size_t offset, const std::string& problem) {
    throw QueryError(pattern.text, offset, problem);
  };
  using Kind = Lexer::Token::Kind;
  std::vector<Lexer::Token> tokens;
  Lexer lexer(text);
  do tokens.push_back(lexer.next());
  while (tokens.back().kind != Kind::End);

  std::size_t at = 0;
  for (;;) {
    Term terms[3];
    for (std::size_t i = 0; i < 3; ++i, ++at) {
      const auto& token = tokens[at];
      if (token.kind == Kind::End) {
        if (i == 0 && pattern.triples.empty())
          fail(token.offset, "empty pattern: expected a triple such as '?x ceoOf OpenAI'");
        fail(token.offset, std::string("incomplete triple pattern: expected ") + role_name(i));
      }
      if (token.kind == Kind::Separator)
        fail(token.offset, std::string("expected ") + role_name(i) + ", found ' . '");
      terms[i] = token.term;
    }
    if (pattern.triples.size() == kMaxTriplePatterns)
      fail(terms[0].offset, "too many triple patterns (at most " + std::to_string(kMaxTriplePatterns) + ")");
    pattern.triples.push_back(TriplePattern{terms[0], terms[1], terms[2]});
    const auto& after = tokens[at];
    if (after.kind == Kind::End) break;
    if (after.kind == Kind::Term)
      fail(after.offset,
           "expected ' . ' between triple patterns (a triple has three terms; quote names with spaces)");
    ++at;
    if (tokens[at].kind == Kind::End) break;  // a final " ." is allowed
  }
  return pattern;
}

}  // namespace kg::query
