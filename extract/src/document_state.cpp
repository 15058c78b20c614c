#include "document_state.hpp"

#include <algorithm>

#include "lexicon.hpp"

namespace kg::extract {

DocumentState::DocumentState(const Knowledge& knowledge, std::string_view text)
    : k(knowledge), doc(text), sentences(split_sentences(doc.norm.text, knowledge.rules.abbreviations())) {}

std::vector<Mention>::const_iterator DocumentState::first_at_or_after(std::uint32_t pos) const {
  return std::lower_bound(mentions.begin(), mentions.end(), pos,
                          [](const Mention& m, std::uint32_t p) { return m.begin < p; });
}

bool DocumentState::overlaps_mention(std::uint32_t begin, std::uint32_t end) const {
  // Mentions do not overlap, so the last one starting before `end` reaches furthest.
  const auto it = first_at_or_after(end);
  return it != mentions.begin() && std::prev(it)->end > begin;
}

std::pair<std::uint32_t, std::uint32_t> DocumentState::mention_range(const Sentence& s) const {
  const auto first = first_at_or_after(s.begin);
  auto last = first;
  while (last != mentions.end() && last->end <= s.end) ++last;
  return {static_cast<std::uint32_t>(first - mentions.begin()),
          static_cast<std::uint32_t>(last - mentions.begin())};
}

void DocumentState::add_mentions(std::vector<Mention> added) {
  if (added.empty()) return;
  for (auto& m : mentions) added.push_back(std::move(m));
  keep_longest(added);
  mentions = std::move(added);
}

}  // namespace kg::extract
