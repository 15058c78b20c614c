// Names glossed in the other script in parentheses right after a name: "目川科技（Seemount）",
// "邵清禾 (Shao Qinghe)", "Moonshot AI（月之暗面）". The glossed form is a name of the same
// entity; resolution joins the two.
#pragma once

#include <cstdint>
#include <vector>

#include "document_state.hpp"

namespace kg::extract {

// Where the gloss of a name ending at `end` lies: [begin, end) of the text inside the
// parentheses, or {kNone, kNone} when no parenthesis follows.
struct GlossSpan {
  std::uint32_t begin = kNone, end = kNone;
};
GlossSpan gloss_after(std::string_view norm, std::uint32_t end);

// New mentions for the glosses of the typed mentions of `state` and of `found` (discovered
// in this round) that are no mention yet: the name in the other script, with the type of
// the name it glosses.
std::vector<Mention> gloss_mentions(DocumentState& state, const std::vector<Mention>& found);

}  // namespace kg::extract
