#include "discovery.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "aho_corasick.hpp"
#include "char_class.hpp"
#include "gloss_names.hpp"
#include "infobox_names.hpp"
#include "lexicon.hpp"
#include "mention_stages.hpp"
#include "name_discovery.hpp"
#include "type_votes.hpp"

namespace kg::extract {
namespace {

// Two rounds, so that a name found in the first ("名为凌川智算的公司") anchors patterns
// that capture more names in the second ("凌川智算...CEO是陈默言").
constexpr int kRounds = 2;
constexpr double kRepeatFactor = 0.9;  // confidence of a discovered name's other occurrences
constexpr std::size_t kMinLatinStem = 4;     // "Halyard" stands for Halyard Labs; "Ai" for nothing
constexpr std::size_t kMinHanStemBytes = 6;  // two Han characters: 栈桥 for 栈桥智能

// A slot of several types (Product|Organization) types a new name after the known items
// of its list: 方所 among 西西弗书店 and 言几又 is a company; alone, it takes the first type.
std::uint32_t list_item_type(const DocumentState& state, const Pattern& p, const PatternMatch& match,
                             std::uint32_t slot) {
  const auto& types = p.slots[slot].types;
  if (types.size() > 1)
    for (const auto& other : match.bindings)
      if (other.slot == slot && other.mention != kNone &&
          state.mentions[other.mention].kind != MentionKind::Pronoun &&
          std::find(types.begin(), types.end(), state.mentions[other.mention].type) != types.end())
        return state.mentions[other.mention].type;
  return types.front();
}

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
          m.type = list_item_type(state, p, match, b.slot);
          m.confidence = p.confidence;
          found.push_back(m);
        }
      },
      nothing);
  return found;
}

// Captures of one span by several patterns take the type with the most support, and that
// support as their confidence: where the name's occurrences vote on its type, a span that
// two patterns read as an organisation outweighs one a single title read as a person.
void vote_types(std::vector<Mention>& found) {
  std::unordered_map<std::uint64_t, std::uint32_t> span_index;
  std::vector<TypeVotes> votes;
  std::vector<std::uint32_t> span_of(found.size());
  for (std::size_t i = 0; i < found.size(); ++i) {
    const std::uint64_t span = (std::uint64_t{found[i].begin} << 32) | found[i].end;
    const auto [it, fresh] = span_index.try_emplace(span, static_cast<std::uint32_t>(votes.size()));
    if (fresh) votes.emplace_back();
    span_of[i] = it->second;
    votes[it->second].add(found[i].type, found[i].confidence);
  }
  for (std::size_t i = 0; i < found.size(); ++i) {
    found[i].type = votes[span_of[i]].best();
    found[i].confidence = std::min(1.0, votes[span_of[i]].best_support());
  }
}

// The short forms of discovered organisation names: the name without its closing suffix
// ("Halyard" for Halyard Labs, "栈桥" for 栈桥智能), as news text writes it after the first
// mention; and of products named after their maker, the name without it ("Ledger" for
// Tallyroot Ledger, when Tallyroot is an organisation of the document). Empty when there is
// none or the short form is itself a known or ordinary word. Each name's is worked out
// once per document.
class ShortForms {
 public:
  explicit ShortForms(const DocumentState& state) : state_(state) {}

  // The short form's fold key of m's name, or empty.
  const std::string& of(const Mention& m) {
    static const std::string none;
    if (m.type != state_.k.organization && m.type != state_.k.product) return none;
    const auto [it, fresh] = stems_.try_emplace(m.name);
    if (fresh) {
      const std::string& name = state_.names.name(m.name);
      it->second = m.type == state_.k.product ? product_stem(name) : compute(name);
    }
    return it->second;
  }

  // Works out in one scan of the text whether the Han stems of the organisation names
  // discovered in these mentions are written alone: asked one by one, each stem would be a
  // search of the whole document.
  void prepare(const std::vector<Mention>& a, const std::vector<Mention>& b) {
    std::vector<std::string> stems;
    const auto collect = [&](const std::vector<Mention>& mentions) {
      for (const Mention& m : mentions) {
        if (m.kind != MentionKind::Discovered || m.type != state_.k.organization || stems_.count(m.name)) continue;
        std::string stem = han_stem(state_.names.name(m.name));
        if (stem.size() >= kMinHanStemBytes && !alone_.count(stem)) stems.push_back(std::move(stem));
      }
    };
    collect(a);
    collect(b);
    look_up(stems);
  }

  // "Quillmark is a security company ... Quillmark Labs, its research arm": a capitalised
  // Latin stem written alone before its full name first appears names something of its own
  // (often the parent), so it is no short form of the full name. Of `full_of` (stem key ->
  // the full name's key), the stems written alone first; each pair is looked up once per
  // document, the new ones of a round in one scan of the text.
  std::vector<std::string> written_first(const std::map<std::string, std::string>& full_of) {
    std::vector<const std::pair<const std::string, std::string>*> fresh;
    for (const auto& entry : full_of)
      if (!first_.count(entry)) fresh.push_back(&entry);
    scan_written_first(fresh);
    std::vector<std::string> out;
    for (const auto& entry : full_of)
      if (first_.at(entry)) out.push_back(entry.first);
    return out;
  }

  // The organisations named so far, which products may be named after: the document's
  // mentions and those of a discovery round, before its short forms are worked out.
  void note_organizations(const std::vector<Mention>& mentions) {
    for (const Mention& m : mentions)
      if (m.kind != MentionKind::Pronoun && m.type == state_.k.organization)
        organization_keys_.insert(fold_key(state_.doc.slice(m.begin, m.end)));
  }

 private:
  // "Tallyroot Ledger" -> "ledger": one capitalised word of four letters or more after the
  // name of an organisation of the document.
  std::string product_stem(const std::string& name) {
    const auto space = name.find(' ');
    if (space == std::string::npos || name.find(' ', space + 1) != std::string::npos) return {};
    const std::string rest = name.substr(space + 1);
    if (rest.size() < kMinLatinStem || !is_upper(cp_at(rest, 0))) return {};
    if (!organization_named(fold_key(std::string_view(name).substr(0, space)))) return {};
    std::string key = fold_key(rest);
    if (state_.k.rules.is_stopword(key) || state_.k.rules.is_name_suffix(key) || state_.k.lexicon.find_key(key) != kNone)
      return {};
    return key;
  }

  bool organization_named(const std::string& key) const { return organization_keys_.count(key) > 0; }

  std::string compute(const std::string& name) {
    const RuleSet& rules = state_.k.rules;
    std::string stem;
    if (name.find(' ') != std::string::npos) {
      // "Karoo Ridge Resources" -> "Karoo Ridge", "Hollow Pine Brewing Co." -> "Hollow Pine":
      // the closing suffix words go, one or two of them.
      stem = name;
      for (int words = 0; words < 2; ++words) {
        const auto space = stem.rfind(' ');
        if (space == std::string::npos || !rules.is_name_suffix(fold_key(stem.substr(space + 1)))) break;
        stem.resize(space);
      }
      if (stem.size() == name.size() || stem.size() < kMinLatinStem) return {};
    } else {
      stem = han_stem(name);
      if (stem.size() < kMinHanStemBytes || !written_alone(stem)) return {};
    }
    std::string key = fold_key(stem);
    if (rules.is_stopword(key) || state_.k.lexicon.find_key(key) != kNone) return {};
    return key;
  }

  // 栈桥智能 -> 栈桥: the name without its organisation suffix, or empty.
  std::string han_stem(const std::string& name) const {
    // "景和陶瓷股份有限公司" is written 景和陶瓷 after its first mention.
    for (const auto& form : state_.k.rules.han_legal_forms())
      if (name.size() > form.size() && name.ends_with(form)) return name.substr(0, name.size() - form.size());
    for (const auto& suffix : state_.k.rules.han_org_suffixes())
      if (name.size() > suffix.size() && name.ends_with(suffix)) return name.substr(0, name.size() - suffix.size());
    return {};
  }

  // A Han stem stands for its company only where the text also writes it alone ("栈桥的团队",
  // "澜付表示", "澜付首席技术官"), not only inside other words: 跨境 of 跨境物流 is found in 跨境支付
  // and 跨境收单, and is no name there.
  bool written_alone(const std::string& stem) {
    if (!alone_.count(stem)) look_up({stem});
    return alone_.at(stem);
  }

  // Notes in alone_ whether each of `stems` is written alone somewhere in the text.
  void look_up(const std::vector<std::string>& stems) {
    AhoCorasick automaton;
    std::vector<bool*> alone;  // by automaton value; unordered_map values stay put
    for (const std::string& stem : stems)
      if (const auto [it, fresh] = alone_.try_emplace(stem, false); fresh) {
        automaton.add(stem, static_cast<std::uint32_t>(alone.size()));
        alone.push_back(&it->second);
      }
    if (alone.empty()) return;
    automaton.build();
    const std::string_view norm = state_.doc.norm.text;
    automaton.scan(norm, [&](std::size_t end, const AhoCorasick::Hit& hit) {
      if (!*alone[hit.value]) *alone[hit.value] = alone_at(norm, end);
    });
  }

  // Whether an occurrence of a stem ending at `after` is written alone: what follows is no
  // Han character, or one that ends a name (a break, a follower, a verb, a title).
  bool alone_at(std::string_view norm, std::size_t after) const {
    if (after >= norm.size()) return true;
    const RuleSet& rules = state_.k.rules;
    const char32_t next = cp_at(norm, after);
    return !text::is_han(next) || rules.is_han_name_break(next) || rules.han_name_follower_at(norm, after) ||
           rules.han_organization_verb_at(norm, after) || rules.han_person_verb_at(norm, after) ||
           title_at(norm, after);
  }

  bool title_at(std::string_view norm, std::size_t pos) const {
    for (const auto& title : state_.k.rules.titles())
      if (norm.compare(pos, title.form.size(), title.form) == 0) return true;
    return false;
  }

  // Notes in first_ whether each stem of `pairs` is written alone before its full name.
  void scan_written_first(const std::vector<const std::pair<const std::string, std::string>*>& pairs) {
    if (pairs.empty()) return;
    AhoCorasick automaton;
    std::vector<bool*> first;  // by automaton value; map values stay put
    for (const auto* pair : pairs) {
      automaton.add(pair->first, static_cast<std::uint32_t>(first.size()));
      first.push_back(&first_.try_emplace(*pair, false).first->second);
    }
    automaton.build();
    const DocumentText& doc = state_.doc;
    std::vector<char> decided(pairs.size(), 0);
    automaton.scan(doc.key, [&](std::size_t end, const AhoCorasick::Hit& hit) {
      if (decided[hit.value]) return;
      const std::string& full = pairs[hit.value]->second;
      const std::size_t at = end - hit.length;
      if (doc.key.compare(at, full.size(), full) == 0) {
        decided[hit.value] = 1;  // the full name comes first
        return;
      }
      const std::uint32_t b = doc.key_to_norm[at];
      const std::uint32_t e = doc.key_to_norm[end - 1] + 1;
      if (latin_boundaries_ok(doc.norm.text, b, e, false) && is_upper(cp_at(doc.norm.text, b))) {
        decided[hit.value] = 1;
        *first[hit.value] = true;
      }
    });
  }

  const DocumentState& state_;
  std::unordered_map<std::uint32_t, std::string> stems_;  // name id -> short form key (node-stable)
  std::unordered_set<std::string> organization_keys_;      // of the organisations the text names
  std::unordered_map<std::string, bool> alone_;            // Han stem -> written alone somewhere
  std::map<std::pair<std::string, std::string>, bool> first_;  // (Latin stem, full name) -> stem first
};

// Short forms that stand for exactly one discovered organisation: key -> its full name's id.
std::map<std::string, std::uint32_t> short_forms(const DocumentState& state, ShortForms& stems,
                                                 const std::vector<Mention>& found) {
  std::map<std::string, std::uint32_t> full;
  std::unordered_set<std::string> ambiguous;
  // Only the first mention of an organisation's name can change anything: the rest repeat
  // its comparison.
  std::unordered_set<std::uint32_t> noted;
  auto note = [&](const Mention& m) {
    if (m.kind != MentionKind::Discovered || (m.type != state.k.organization && m.type != state.k.product) ||
        !noted.insert(m.name).second)
      return;
    const std::string& key = stems.of(m);
    if (key.empty()) return;
    if (auto [it, fresh] = full.try_emplace(key, m.name); !fresh && state.names.key(it->second) != state.names.key(m.name))
      ambiguous.insert(key);
  };
  for (const auto& m : state.mentions) note(m);
  for (const auto& m : found) note(m);
  for (const auto& key : ambiguous) full.erase(key);
  std::map<std::string, std::string> latin;
  // A legal form closes the stem's own name: its stem written first is still its short form.
  const auto legal_form = [&](const std::string& name) {
    const auto space = name.rfind(' ');
    return space != std::string::npos && state.k.rules.is_legal_form_suffix(fold_key(std::string_view(name).substr(space + 1)));
  };
  for (const auto& [key, name] : full)
    if (const std::string& full_key = state.names.key(name);
        is_latin_word(cp_at(key, 0)) && full_key.starts_with(key) && !legal_form(state.names.name(name)))
      latin.emplace(key, full_key);
  for (const auto& key : stems.written_first(latin)) full.erase(key);
  return full;
}

// A name captured alone that is the short form of a discovered organisation takes the full
// name, so that both resolve to one entity.
void join_short_forms(const NameTable& names, const std::map<std::string, std::uint32_t>& full,
                      std::vector<Mention>& found) {
  for (auto& m : found)
    if (const auto it = full.find(names.key(m.name)); it != full.end()) m.name = it->second;
}

// Where a capitalised name suffix ("Ventures", "Labs") right after an organisation's Latin
// name at `end` ends; kNone when none follows.
std::uint32_t suffixed_name_end(const DocumentState& state, const Mention& m, std::uint32_t end) {
  const std::string_view norm = state.doc.norm.text;
  if (m.type != state.k.organization || end + 1 >= norm.size() || norm[end] != ' ' ||
      !text::is_latin_letter(cp_before(norm, end)) || !is_upper(cp_at(norm, end + 1)))
    return kNone;
  std::uint32_t word_end = end + 1;
  while (word_end < norm.size() && is_latin_word(cp_at(norm, word_end))) ++word_end;
  // "Driftless Labs' co-founder", "Walden Catalyst Ventures's": the possessive is no part of it.
  if (norm.compare(word_end - std::min<std::uint32_t>(word_end, 2), 2, "'s") == 0) word_end -= 2;
  while (word_end > end + 1 && norm[word_end - 1] == '\'') --word_end;
  return state.k.rules.is_name_suffix(fold_key(norm.substr(end + 1, word_end - end - 1))) ? word_end : kNone;
}

// Adds the other occurrences of the discovered names (and of their short forms), where no
// mention stands. `spelled[i]` is the name found[i] had before joining short forms: its key
// is the key of found[i]'s text (display names only add blanks).
void add_repeats(DocumentState& state, ShortForms& stems, std::vector<Mention>& found,
                 const std::map<std::string, std::uint32_t>& full, const std::vector<std::uint32_t>& spelled) {
  AhoCorasick names;
  std::vector<const Mention*> by_value;
  std::vector<char> short_form;               // by_value[i] is found through its short form
  std::unordered_set<std::string_view> seen;  // views of NameTable keys and ShortForms stems
  for (std::size_t i = 0; i < found.size(); ++i) {
    const Mention& m = found[i];
    const std::string& key = state.names.key(spelled[i]);
    if (seen.insert(key).second) {
      names.add(key, static_cast<std::uint32_t>(by_value.size()));
      by_value.push_back(&m);
      short_form.push_back(0);
    }
    const std::string& stem = stems.of(m);
    if (!stem.empty() && full.count(stem) && seen.insert(stem).second) {
      names.add(stem, static_cast<std::uint32_t>(by_value.size()));
      by_value.push_back(&m);
      short_form.push_back(1);
    }
  }
  // Names found by their shape (standalone_names) are mentions already; their short forms
  // ("枢衡" for 枢衡智能) are found here like those of captured names.
  for (const auto& m : state.mentions) {
    if (m.kind != MentionKind::Discovered) continue;
    const std::string& stem = stems.of(m);
    if (!stem.empty() && full.count(stem) && seen.insert(stem).second) {
      names.add(stem, static_cast<std::uint32_t>(by_value.size()));
      by_value.push_back(&m);
      short_form.push_back(1);
    }
  }
  if (by_value.empty()) return;
  names.build();
  // A repeat of exactly a found span is the later of two equal candidates of keep_longest,
  // never kept, and left out at once. Found spans do not overlap (keep_longest made them)
  // and hits come in order of their ends: one pointer walks the spans along.
  std::size_t next_found = 0;
  const auto is_found_span = [&](std::uint32_t b, std::uint32_t e) {
    while (next_found < found.size() && found[next_found].end < e) ++next_found;
    return next_found < found.size() && found[next_found].end == e && found[next_found].begin == b;
  };
  std::vector<Mention> repeats;
  const DocumentText& doc = state.doc;
  const std::string_view norm = doc.norm.text;
  // A repeat overlapping a mention is never taken, so only the key text between mentions
  // is searched, each stretch afresh; hits still come in order of their ends.
  std::uint32_t gap_begin = 0;
  const auto search = [&](std::uint32_t gap_end) {
    if (gap_end <= gap_begin) return;
    names.scan(std::string_view(doc.key).substr(gap_begin, gap_end - gap_begin),
               [&](std::size_t end_in_gap, const AhoCorasick::Hit& hit) {
                 const std::size_t end = gap_begin + end_in_gap;
                 const std::uint32_t b = doc.key_to_norm[end - hit.length];
                 const std::uint32_t e = doc.key_to_norm[end - 1] + 1;
                 if (!latin_boundaries_ok(norm, b, e, false) || is_found_span(b, e)) return;
                 // A Latin short form is a name only capitalised ("Ledger", not "a carbon ledger").
                 if (short_form[hit.value] && is_lower(cp_at(norm, b))) return;
                 Mention m = *by_value[hit.value];
                 m.begin = b;
                 m.end = e;
                 m.confidence *= kRepeatFactor;
                 m.repeat = true;
                 // "Walden Catalyst Ventures" beside a found "Walden Catalyst": a name suffix
                 // after the name makes another organisation's name, as "Salesforce Ventures"
                 // is Salesforce's fund; cut short, it would leave "Ventures" in a list alone.
                 if (const std::uint32_t longer = suffixed_name_end(state, m, e); longer != kNone) {
                   m.end = longer;
                   m.name = state.names.intern(display_name(state.doc.slice(b, longer), false));
                 }
                 repeats.push_back(m);
               });
  };
  for (const Mention& m : state.mentions) {
    const std::uint32_t gap_end = doc.key_position(m.begin, gap_begin);
    search(gap_end);
    gap_begin = std::max(gap_begin, doc.key_position(m.end, gap_end));
  }
  search(static_cast<std::uint32_t>(doc.key.size()));
  found.insert(found.end(), repeats.begin(), repeats.end());
  keep_longest(found);
}

}  // namespace

void discover_names(DocumentState& state) {
  state.add_mentions(glossed_pairs(state));
  ShortForms stems(state);
  for (int round = 0; round < kRounds; ++round) {
    // Lone family names of the persons known so far ("Guo" for Lucy Guo) anchor patterns too.
    add_family_name_mentions(state);
    state.intros.clear();
    std::vector<Mention> found = capture_round(state);
    if (found.empty() && round > 0) break;
    vote_types(found);
    for (auto& m : found)
      m.name = state.names.intern(display_name(state.doc.slice(m.begin, m.end), m.type == state.k.person));
    const auto glosses = gloss_mentions(state, found);
    found.insert(found.end(), glosses.begin(), glosses.end());
    const auto infobox_names = infobox_name_mentions(state, found);
    found.insert(found.end(), infobox_names.begin(), infobox_names.end());
    keep_longest(found);
    std::vector<std::uint32_t> spelled(found.size());
    for (std::size_t i = 0; i < found.size(); ++i) spelled[i] = found[i].name;
    stems.note_organizations(state.mentions);
    stems.note_organizations(found);
    stems.prepare(state.mentions, found);
    const auto full = short_forms(state, stems, found);
    join_short_forms(state.names, full, found);
    add_repeats(state, stems, found, full, spelled);
    state.add_mentions(std::move(found));
  }
  add_family_name_mentions(state);
}

}  // namespace kg::extract
