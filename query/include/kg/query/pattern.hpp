// The query language of `kg query`: one or more triple patterns separated by " . ",
// joined on shared variables.
//
//   ?who ceoOf OpenAI                   subject, predicate, object
//   ?p founderOf ?o . ?x leaderOf ?o    two patterns joined on ?o
//   ?x a Person . ?x studiesAt ?u       "a" constrains a type
//   "Sam Altman" ?rel 'Y Combinator'    quote names that contain spaces
//
// A term is a ?variable (letters, digits, '_'), a quoted "..." or '...' string, or a run
// of other non-space characters. A lone "." separates patterns; a final one is allowed.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kg::query {

struct Term {
  enum class Kind { Variable, Name };
  Kind kind = Kind::Name;
  std::string text;        // variable name without '?', or the name without quotes
  std::size_t offset = 0;  // byte offset of the term in the pattern text
  bool quoted = false;

  bool is_variable() const { return kind == Kind::Variable; }
};

struct TriplePattern {
  Term subject;
  Term predicate;
  Term object;
  // True for "?x a Type": the object is a type name (or a variable bound to one).
  bool is_type_constraint() const { return !predicate.is_variable() && !predicate.quoted && predicate.text == "a"; }
};

struct Pattern {
  std::string text;                    // the pattern as given
  std::vector<TriplePattern> triples;  // in the order written
};

// The most triple patterns one query may join; the join's cost can grow with each.
inline constexpr std::size_t kMaxTriplePatterns = 32;

// Parses `text`; throws QueryError at the offending position for a syntax error
// (empty pattern, unterminated quote, "?" without a name, a triple of the wrong length,
// a stray or missing " . ", more than kMaxTriplePatterns triples). Never fails on bytes
// that are not UTF-8 otherwise.
Pattern parse_pattern(std::string_view text);

}  // namespace kg::query
