// One compiled pattern (syntax in docs/patterns.md): a sequence of literals, typed slots,
// gaps and anchors. Relations name the slots that fill their subject and object.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "kg/ontology/ontology.hpp"
#include "literal_index.hpp"

namespace kg::extract {

enum class ElementKind : std::uint8_t {
  Literal,      // text, or (a|b|c) alternatives; optional when followed by '?'
  Slot,         // {name:Type|Type flags}
  Gap,          // {*N}: up to N code points of anything; {~N}: within the clause
  Gloss,        // {gloss}: an optional parenthesised aside "(...)"
  Appos,        // {appos}: an optional comma-enclosed apposition ", a graduate of X,"
  ClauseEnd,    // {end}: clause punctuation or the end of the sentence follows
  ClauseStart,  // {start}: the sentence starts or clause punctuation precedes
  LineEnd,      // {eol}: nothing but closing punctuation until the end of the sentence
  Titles,       // {titles}: job titles joined by 兼, 、, "and" (founder and CEO); always the trigger
};

struct Element {
  ElementKind kind = ElementKind::Literal;
  std::vector<std::string> alternatives;  // Literal: folded (NFKC, ASCII lower case)
  bool optional = false;                  // Literal
  // Literal: the bytes where an alternative may start and where one may end; elsewhere
  // none matches, and the matcher does not try them.
  ByteSet first_bytes, last_bytes;
  std::uint32_t slot = 0;                 // Slot: index into Pattern::slots
  std::uint32_t max_gap = 0;              // Gap: code points
  bool in_clause = false;                 // Gap: {~N} never crosses clause punctuation
  bool plain = false;                     // Gap: {-N} neither, nor any name (plain words only)
};

struct Slot {
  std::string name;
  std::vector<std::uint32_t> types;  // ontology type indexes
  bool discovers = false;            // "new": may capture a name the lexicon lacks
  bool list = false;                 // "list": a coordination "A, B and C" of mentions
  bool topic = false;                // "topic": a clause without a subject takes the sentence's
  bool all = false;                  // "all": every mention of the type to the sentence's end
  // "main": reads no text and stands for the document's main organisation (an infobox line
  // "创始人：A、B" is about the page's company); the pattern gives nothing when there is none.
  bool main = false;
};

struct RelationSpec {
  std::uint32_t predicate = 0;  // ontology predicate index
  std::uint32_t subject = 0, object = 0;  // slot indexes
};

struct Pattern {
  std::string id;
  std::string source;  // as written in the file
  std::vector<Element> elements;
  std::vector<Slot> slots;
  std::vector<RelationSpec> relations;
  double confidence = 0.8;
  std::uint32_t trigger = 0;               // element index of the anchoring literal
  std::int32_t introduces = -1;            // slot naming the speaker of "I" in this turn
  bool discovers = false;                  // has a "new" slot
  // "negation": "phrase": the relation is presupposed by a noun phrase ("字节跳动的豆包",
  // "OpenAI CEO Sam Altman"), so only a cue inside the match cancels it, not one before it
  // in the clause ("而不是字节跳动的豆包" still says 豆包 is ByteDance's).
  bool phrase_negation = false;
  // "pairwise": true: two lists of as many items pair up in order ("A和B分别推出了X和Y", "A
  // and B released X and Y respectively"): A with X, B with Y; lists of unequal length give nothing.
  bool pairwise = false;
  // {titles}: each title matched yields its predicate from this subject slot to this
  // object slot ("百度创始人、董事长兼首席执行官李彦宏": founderOf, leaderOf, ceoOf).
  std::int32_t titles_subject = -1, titles_object = -1;

  bool has_titles() const { return titles_subject >= 0; }
  bool yields_relations() const { return !relations.empty() || has_titles(); }
};

// Thrown by compile_pattern; `offset` is the code point of the pattern text at fault.
struct PatternSyntaxError : std::runtime_error {
  PatternSyntaxError(std::size_t at, const std::string& what)
      : std::runtime_error(what), offset(at) {}
  std::size_t offset;
};

// Parses the pattern text into elements and slots; picks the trigger (the longest
// required literal). Throws PatternSyntaxError.
void compile_pattern(std::string_view source, const Ontology& ontology, Pattern& out);

std::uint32_t slot_index(const Pattern& p, std::string_view name);  // or UINT32_MAX

}  // namespace kg::extract
