// What the stages of one document's extraction share: the text in its forms, sentences,
// mentions (sorted by position, never overlapping), and the cue occurrences found by the
// rule automaton. Each stage (mention_stages, discovery, relation_pass) reads and extends it.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "document_text.hpp"
#include "knowledge.hpp"
#include "mention.hpp"
#include "name_table.hpp"
#include "pattern_matcher.hpp"
#include "sentences.hpp"

namespace kg::extract {

struct CueHit {
  std::uint32_t begin, end, cue;
};

// A self-introduction: from this span on, "I" in the turn is the person named there.
struct Intro {
  std::uint32_t sentence, begin, end;
};

// The lone family names add_family_name_mentions last searched for (fold key, full name),
// the full names' NameTable ids, and where they occur in the text (value: index into
// names), before the mention checks; and the key-text positions where a family name may
// start, found the first time.
struct FamilyNameScan {
  std::vector<std::pair<std::string, std::string>> names;
  std::vector<std::uint32_t> ids;
  std::vector<CueHit> hits;
  std::vector<CueHit> full_names;  // a family name after a capitalised word, begin at that word
  std::vector<std::uint32_t> starts;
  bool have_starts = false;
  // family_name_key of each NameTable name, worked out once (a deque: stable references).
  std::deque<std::string> name_keys;
  const std::string& family_key(const NameTable& table, std::uint32_t name) {
    while (name_keys.size() <= name)
      name_keys.push_back(family_name_key(table.name(static_cast<std::uint32_t>(name_keys.size()))));
    return name_keys[name];
  }
};

struct DocumentState {
  DocumentState(const Knowledge& knowledge, std::string_view text);

  const Knowledge& k;
  DocumentText doc;
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;
  NameTable names;  // of the discovered mentions
  std::unordered_map<std::uint32_t, std::uint32_t> entry_entities;  // lexicon entry -> entity, by resolution
  std::vector<CueHit> triggers, negations, pronouns;  // each sorted by begin
  std::vector<LiteralFilter::Occurrence> literals;     // of the patterns' required literals, by end
  std::vector<Intro> intros;                          // in sentence order
  FamilyNameScan family_names;  // reused while the set of family names stays the same
  const bool tracing_rules;     // KG_TRACE_RULES is set

  bool overlaps_mention(std::uint32_t begin, std::uint32_t end) const;
  // Whether a mention covers exactly [begin, end).
  bool mention_spans(std::uint32_t begin, std::uint32_t end) const;
  std::vector<Mention>::const_iterator first_at_or_after(std::uint32_t pos) const;
  // The mentions inside a sentence, as an index range [first, last).
  std::pair<std::uint32_t, std::uint32_t> mention_range(const Sentence& s) const;
  // Adds mentions; where they overlap existing ones the longest wins.
  void add_mentions(std::vector<Mention> added);
  // The subjects clauses of this sentence without one may take (see Topics).
  // While discovering, pronouns are not resolved yet: a first- or third-person one that opens
  // the sentence ("2020年我回国，和A、B一起创办了X") stands for its person, so that the clause's
  // other slots still capture their names.
  Topics sentence_topics(const Sentence& s, std::uint32_t first, std::uint32_t last, bool discovering = false) const;
  bool reported_speaker(const Mention& m) const;
  bool vocative(std::uint32_t mention, std::uint32_t last) const;
  // With KG_TRACE_RULES set in the environment, every pattern match is printed to stderr
  // (pass, rule id, the text each slot bound): how a pattern writer sees what fired.
  void trace_match(bool discovering, const Pattern& pattern, const PatternMatch& match) const;

  // Calls, for every sentence in order: before(si, first, last); then on_match(si,
  // pattern, match) for each pattern anchored on a trigger in it (the discovering pass
  // runs only patterns that capture names or introduce speakers, and lets "new" slots
  // capture; the other pass runs only patterns with relations); then after(si, first, last).
  // A pattern is tried only where the literal filter lets it.
  template <typename Before, typename OnMatch, typename After>
  void for_each_match(bool discovering, Before&& before, OnMatch&& on_match, After&& after) {
    std::size_t t = 0, o = 0;
    std::uint32_t first = 0;  // sentences and mentions are in order: their ranges only move on
    LiteralFilter::Present present;
    Topics previous;
    for (std::uint32_t si = 0; si < sentences.size(); ++si) {
      const Sentence& s = sentences[si];
      while (t < triggers.size() && triggers[t].begin < s.begin) ++t;
      while (o < literals.size() && literals[o].end <= s.begin) ++o;
      for (; o < literals.size() && literals[o].end <= s.end; ++o)
        if (literals[o].begin >= s.begin) present.add(literals[o]);
      while (first < mentions.size() && mentions[first].begin < s.begin) ++first;
      std::uint32_t last = first;  // as mention_range(s) gives them
      while (last < mentions.size() && mentions[last].end <= s.end) ++last;
      before(si, first, last);
      if (si > 0 && sentences[si - 1].turn != s.turn) previous = Topics{};
      const Topics own = sentence_topics(s, first, last, discovering);
      const MatchScope scope{doc, s, mentions, first, last, discovering, k.rules, own, previous};
      previous = own;
      // A guest's "我们" stands for the company in its own sentence; in the next, "we" is as
      // often everyone ("我们会发现...").
      if (previous.organization != kNone &&
          mentions[previous.organization].reference == Reference::SpeakerOrganization)
        previous.organization = kNone;
      for (std::size_t h = t; h < triggers.size() && triggers[h].begin < s.end; ++h) {
        if (triggers[h].end > s.end) continue;
        const std::uint32_t pattern = k.rules.cue(triggers[h].cue).pattern;
        const Pattern& p = k.rules.patterns()[pattern];
        if (discovering ? (!p.discovers && p.introduces < 0) : !p.yields_relations()) continue;
        if (!k.literals.may_match(pattern, present, triggers[h].begin, triggers[h].end)) continue;
        if (auto match = match_at(scope, p, triggers[h].begin, triggers[h].end)) {
          if (tracing_rules) trace_match(discovering, p, *match);
          on_match(si, p, *match);
        }
      }
      present.clear();
      after(si, first, last);
    }
  }
};

}  // namespace kg::extract
