#include "discovery.hpp"

#include <algorithm>
#include <map>
#include <unordered_set>

#include "lexicon.hpp"
#include "mention_stages.hpp"
#include "name_discovery.hpp"

namespace kg::extract {
namespace {

// Two rounds, so that a name found in the first ("名为凌川智算的公司") anchors patterns
// that capture more names in the second ("凌川智算...CEO是陈默言").
constexpr int kRounds = 2;
constexpr double kRepeatFactor = 0.9;  // confidence of a discovered name's other occurrences

std::vector<Mention> capture_round(DocumentState& state) {
  std::vector<Mention> found;
  const auto nothing = [](std::uint32_t, std::uint32_t, std::uint32_t) {};
  state.for_each_match(
      true, nothing,
      [&](std::uint32_t si, const Pattern& p, const PatternMatch& match) {
        for (const auto& b : match.bindings) {
          if (static_cast<std::int32_t>(b.slot) == p.introduces) state.intros.push_back(Intro{si, b.begin, b.end});
          if (b.mention != kNone) continue;
          Mention m;
          m.begin = b.begin;
          m.end = b.end;
          m.kind = MentionKind::Discovered;
          m.type = p.slots[b.slot].types.front();
          m.confidence = p.confidence;
          found.push_back(std::move(m));
        }
      },
      nothing);
  return found;
}

// Captures of one span by several patterns take the type with the most support.
void vote_types(std::vector<Mention>& found) {
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::map<std::uint32_t, double>> votes;
  for (const auto& m : found) votes[{m.begin, m.end}][m.type] += m.confidence;
  for (auto& m : found) {
    const auto& v = votes[{m.begin, m.end}];
    m.type = std::max_element(v.begin(), v.end(), [](const auto& a, const auto& b) {
               return a.second < b.second;
             })->first;
  }
}

// Adds the other occurrences of the discovered names, where no mention stands.
void add_repeats(const DocumentState& state, std::vector<Mention>& found) {
  AhoCorasick names;
  std::vector<const Mention*> by_value;
  std::unordered_set<std::string> seen;
  for (const auto& m : found) {
    const std::string key = fold_key(state.doc.slice(m.begin, m.end));
    if (seen.insert(key).second) {
      names.add(key, static_cast<std::uint32_t>(by_value.size()));
      by_value.push_back(&m);
    }
  }
  names.build();
  std::vector<Mention> repeats;
  const std::string_view norm = state.doc.norm.text;
  names.scan(state.doc.key, [&](std::size_t end, const AhoCorasick::Hit& hit) {
    const std::uint32_t b = state.doc.key_to_norm[end - hit.length];
    const std::uint32_t e = state.doc.key_to_norm[end - 1] + 1;
    if (!latin_boundaries_ok(norm, b, e, false) || state.overlaps_mention(b, e)) return;
    Mention m = *by_value[hit.value];
    m.begin = b;
    m.end = e;
    m.confidence *= kRepeatFactor;
    repeats.push_back(std::move(m));
  });
  for (auto& m : repeats) found.push_back(std::move(m));
  keep_longest(found);
}

}  // namespace

void discover_names(DocumentState& state) {
  for (int round = 0; round < kRounds; ++round) {
    // Lone family names of the persons known so far ("Guo" for Lucy Guo) anchor patterns too.
    add_family_name_mentions(state);
    state.intros.clear();
    std::vector<Mention> found = capture_round(state);
    if (found.empty()) break;
    vote_types(found);
    for (auto& m : found) m.name = display_name(state.doc.slice(m.begin, m.end), m.type == state.k.person);
    keep_longest(found);
    add_repeats(state, found);
    state.add_mentions(std::move(found));
  }
  add_family_name_mentions(state);
}

}  // namespace kg::extract
