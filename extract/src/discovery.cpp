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
constexpr std::size_t kMinLatinStem = 4;     // "Halyard" stands for Halyard Labs; "Ai" for nothing
constexpr std::size_t kMinHanStemBytes = 6;  // two Han characters: 栈桥 for 栈桥智能

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

// The short form of a discovered organisation name: the name without its closing suffix
// ("Halyard" for Halyard Labs, "栈桥" for 栈桥智能), as news text writes it after the first
// mention; empty when there is none or the short form is itself a known or ordinary word.
std::string short_form(const DocumentState& state, const Mention& m) {
  if (m.type != state.k.organization) return {};
  const RuleSet& rules = state.k.rules;
  std::string stem;
  if (const auto space = m.name.rfind(' '); space != std::string::npos) {
    if (m.name.find(' ') != space || !rules.is_name_suffix(fold_key(m.name.substr(space + 1)))) return {};
    stem = m.name.substr(0, space);
    if (stem.size() < kMinLatinStem) return {};
  } else {
    for (const auto& suffix : rules.han_org_suffixes())
      if (m.name.size() > suffix.size() && m.name.ends_with(suffix)) {
        stem = m.name.substr(0, m.name.size() - suffix.size());
        break;
      }
    if (stem.size() < kMinHanStemBytes) return {};
  }
  const std::string key = fold_key(stem);
  if (rules.is_stopword(key) || state.k.lexicon.find_key(key) != kNone) return {};
  return key;
}

// Short forms that stand for exactly one discovered organisation: key -> its full name.
std::map<std::string, std::string> short_forms(const DocumentState& state, const std::vector<Mention>& found) {
  std::map<std::string, std::string> full;
  std::unordered_set<std::string> ambiguous;
  auto note = [&](const Mention& m) {
    if (m.kind != MentionKind::Discovered) return;
    const std::string key = short_form(state, m);
    if (key.empty()) return;
    if (auto [it, fresh] = full.try_emplace(key, m.name); !fresh && fold_key(it->second) != fold_key(m.name))
      ambiguous.insert(key);
  };
  for (const auto& m : state.mentions) note(m);
  for (const auto& m : found) note(m);
  for (const auto& key : ambiguous) full.erase(key);
  return full;
}

// A name captured alone that is the short form of a discovered organisation takes the full
// name, so that both resolve to one entity.
void join_short_forms(const std::map<std::string, std::string>& full, std::vector<Mention>& found) {
  for (auto& m : found)
    if (const auto it = full.find(fold_key(m.name)); it != full.end()) m.name = it->second;
}

// Adds the other occurrences of the discovered names (and of their short forms), where no
// mention stands.
void add_repeats(const DocumentState& state, std::vector<Mention>& found,
                 const std::map<std::string, std::string>& full) {
  AhoCorasick names;
  std::vector<const Mention*> by_value;
  std::unordered_set<std::string> seen;
  for (const auto& m : found) {
    const std::string key = fold_key(state.doc.slice(m.begin, m.end));
    if (seen.insert(key).second) {
      names.add(key, static_cast<std::uint32_t>(by_value.size()));
      by_value.push_back(&m);
    }
    const std::string stem = short_form(state, m);
    if (!stem.empty() && full.count(stem) && seen.insert(stem).second) {
      names.add(stem, static_cast<std::uint32_t>(by_value.size()));
      by_value.push_back(&m);
    }
  }
  // Names found by their shape (standalone_names) are mentions already; their short forms
  // ("枢衡" for 枢衡智能) are found here like those of captured names.
  for (const auto& m : state.mentions) {
    if (m.kind != MentionKind::Discovered) continue;
    const std::string stem = short_form(state, m);
    if (!stem.empty() && full.count(stem) && seen.insert(stem).second) {
      names.add(stem, static_cast<std::uint32_t>(by_value.size()));
      by_value.push_back(&m);
    }
  }
  if (by_value.empty()) return;
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
    if (found.empty() && round > 0) break;
    vote_types(found);
    for (auto& m : found) m.name = display_name(state.doc.slice(m.begin, m.end), m.type == state.k.person);
    keep_longest(found);
    const auto full = short_forms(state, found);
    join_short_forms(full, found);
    add_repeats(state, found, full);
    state.add_mentions(std::move(found));
  }
  add_family_name_mentions(state);
}

}  // namespace kg::extract
