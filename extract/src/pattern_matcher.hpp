// Matches one pattern around one occurrence of its trigger inside a sentence: elements
// before the trigger are matched leftwards from it, the others rightwards, backtracking
// over gaps and optional literals. Slots bind mentions; "new" slots may capture names.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "document_text.hpp"
#include "mention.hpp"
#include "pattern.hpp"
#include "rule_set.hpp"
#include "sentences.hpp"

namespace kg::extract {

struct Binding {
  std::uint32_t slot = 0;
  std::uint32_t begin = 0, end = 0;  // normalised-text bytes
  std::uint32_t mention = kNone;     // index into the mention list; kNone for a capture
};

struct PatternMatch {
  std::uint32_t begin = 0, end = 0;  // the matched phrase
  std::uint32_t trigger = 0;         // where its trigger begins: negation is read in that clause
  std::vector<Binding> bindings;
  std::vector<std::uint32_t> title_predicates;  // {titles}: one predicate per title, in text order
  bool through_topic = false;                   // a "topic" slot took the sentence's subject
};

// Mentions a clause without a subject of its own may take as one ("topic" slots): the
// sentence's first person and its first organisation that starts a clause. kNone when none.
struct Topics {
  std::uint32_t person = kNone, organization = kNone;  // indexes into the mention list
};

struct MatchScope {
  const DocumentText& doc;
  const Sentence& sentence;
  const std::vector<Mention>& mentions;  // sorted by begin, non-overlapping
  std::uint32_t first = 0, last = 0;     // the sentence's mentions: [first, last)
  bool capture = false;                  // may "new" slots capture unseen names?
  const RuleSet& rules;
  Topics topics = {};   // this sentence's
  Topics carried = {};  // the previous sentence's, in the same turn
};

// The first match of `pattern` anchored on the trigger occurrence [trigger_begin,
// trigger_end), or nothing.
std::optional<PatternMatch> match_at(const MatchScope& scope, const Pattern& pattern,
                                     std::uint32_t trigger_begin, std::uint32_t trigger_end);

}  // namespace kg::extract
