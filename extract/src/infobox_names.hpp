// An encyclopedia page's infobox names its subject in several lines ("中文名：恒锦织造集团有限公司",
// "外文名：Hengjin Textile Group Co., Ltd.", "简称：星穹、星穹遥感"), under the page's title line.
// All of them name one entity, the page's subject.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "document_state.hpp"

namespace kg::extract {

struct NameSpan {
  std::uint32_t begin = 0, end = 0;  // normalised-text bytes
};

// The names of the page's subject, in text order: the title line (the document's first
// line, when it is short and no sentence) and the values of the lines whose key is an
// infobox_name_keys word, split at 、 and ;. Empty when the document has no such line.
std::vector<NameSpan> infobox_name_spans(std::string_view norm, const RuleSet& rules);

// Whether a mention [begin, end) names all of `span`: it starts there and leaves at most a
// short Latin tail (", Ltd.").
bool names_whole(std::string_view norm, NameSpan span, std::uint32_t begin, std::uint32_t end);

// Mentions for the names of the subject that no mention of `state` or `found` covers yet,
// with the type of the first one that is a typed mention already.
std::vector<Mention> infobox_name_mentions(DocumentState& state, const std::vector<Mention>& found);

}  // namespace kg::extract
