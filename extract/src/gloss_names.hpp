// Names glossed in the other script in parentheses right after a name: "目川科技（Seemount）",
// "邵清禾 (Shao Qinghe)", "Moonshot AI（月之暗面）". The glossed form is a name of the same
// entity; resolution joins the two.
#pragma once

#include <cstdint>
#include <vector>

#include "document_state.hpp"

namespace kg::extract {

// Where the gloss of a name ending at `end` lies: [begin, end) of the text inside the
// parentheses, or {kNone, kNone} when no parenthesis follows. A legal form before the
// parenthesis ("Quillmark Security, Inc. (...)") is passed over; after an alias cue
// ("(often shortened to Quillmark)", "（以下简称“澜庭集团”）") the gloss is the name after the cue,
// without quotes, and `cued` is set. A cue after a comma inside ("（StarBlazeGaming，简称SBG）")
// ends the gloss and gives a second name of the entity, [alias_begin, alias_end).
struct GlossSpan {
  std::uint32_t begin = kNone, end = kNone;
  bool cued = false;
  std::uint32_t alias_begin = kNone, alias_end = kNone;
};
GlossSpan gloss_after(std::string_view norm, std::uint32_t end, const RuleSet& rules);

// New mentions for the glosses of the typed mentions of `state` and of `found` (discovered
// in this round) that are no mention yet: the name in the other script, with the type of
// the name it glosses.
std::vector<Mention> gloss_mentions(DocumentState& state, const std::vector<Mention>& found);

// Pairs that neither the lexicon nor a pattern knows, found from their shape alone: a Han
// company name (a han_org_suffixes word at its end) glossed by a Latin name, "云琢智能 (Yunzhuo
// AI)", or a Han person name (a family name and one or two characters) glossed by two
// capitalised words, "邵清禾 (Shao Qinghe)". Both become mentions of one type.
std::vector<Mention> glossed_pairs(DocumentState& state);

}  // namespace kg::extract
