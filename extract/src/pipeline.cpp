#include "pipeline.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "char_class.hpp"
#include "document_text.hpp"
#include "name_discovery.hpp"
#include "original_text.hpp"
#include "pattern_matcher.hpp"
#include "resolution.hpp"
#include "sentences.hpp"

namespace kg::extract {
namespace {

constexpr std::size_t kMaxCooccurring = 12;  // entities per sentence paired for relatedTo
constexpr double kPronounFactor = 0.9;       // confidence kept through a resolved pronoun
constexpr int kDiscoveryRounds = 2;

struct CueHit {
  std::uint32_t begin, end, cue;
};

struct Intro {
  std::uint32_t sentence, begin, end;
};

class Pipeline {
 public:
  Pipeline(const Knowledge& k, std::string_view name, std::string_view text)
      : k_(k), doc_(text), original_(text) {
    result_.name = std::string(name);
  }

  DocumentResult run() {
    const std::string_view norm = doc_.norm.text;
    result_.code_points = doc_.norm.origin.back();
    result_.replaced_bytes = doc_.norm.replaced_bytes;
    sentences_ = split_sentences(norm, k_.rules.abbreviations());
    result_.sentences = sentences_.size();

    k_.lexicon.find(doc_, mentions_);
    compose();
    scan_cues();
    add_speakers();
    add_pronouns();
    discover();
    add_surnames();
    result_.entities = resolve_entities(doc_, mentions_, k_);
    for (const auto& e : result_.entities) entity_types_.push_back(type_index(e.type));
    for (const auto& m : mentions_)
      if (m.kind != MentionKind::Pronoun) ++result_.mentions;
    for (const auto& m : mentions_)
      if (m.kind == MentionKind::Lexicon && m.entity != kNone) entry_entity_.emplace(m.lexicon_entry, m.entity);
    relate();
    return std::move(result_);
  }

 private:
  std::uint32_t type_index(const std::string& name) const {
    const auto& types = k_.ontology.types();
    for (std::size_t i = 0; i < types.size(); ++i)
      if (types[i].name == name) return static_cast<std::uint32_t>(i);
    return kNone;
  }

  // "CodexCLI": a known product and a suffix become one product, part of the head.
  void compose() {
    auto composed = compose_products(doc_, mentions_, k_.entry_names, k_.product, k_.rules);
    if (composed.empty()) return;
    std::vector<Mention> next;
    for (auto& c : composed) {
      c.mention.head_entry = c.head_entry;
      next.push_back(std::move(c.mention));
    }
    for (auto& m : mentions_) next.push_back(std::move(m));
    keep_longest(next);
    mentions_ = std::move(next);
  }

  void scan_cues() {
    const std::string_view norm = doc_.norm.text;
    k_.rules.cue_automaton().scan(doc_.lower, [&](std::size_t end, const AhoCorasick::Hit& hit) {
      const auto e = static_cast<std::uint32_t>(end);
      const auto b = e - hit.length;
      const Cue& cue = k_.rules.cue(hit.value);
      if (!latin_boundaries_ok(norm, b, e, cue.kind != Cue::Kind::Trigger)) return;
      switch (cue.kind) {
        case Cue::Kind::Trigger: triggers_.push_back(CueHit{b, e, hit.value}); break;
        case Cue::Kind::Negation: negations_.push_back(CueHit{b, e, hit.value}); break;
        case Cue::Kind::Pronoun: pronouns_.push_back(CueHit{b, e, hit.value}); break;
      }
    });
    auto by_begin = [](const CueHit& a, const CueHit& b) { return a.begin < b.begin; };
    std::stable_sort(triggers_.begin(), triggers_.end(), by_begin);
    std::stable_sort(negations_.begin(), negations_.end(), by_begin);
  }

  // A speaker label that is a Latin name and no known entity names a person.
  void add_speakers() {
    const std::string_view norm = doc_.norm.text;
    std::set<std::pair<std::uint32_t, std::uint32_t>> labels;
    for (const auto& s : sentences_)
      if (s.speaker_end > s.speaker_begin) labels.emplace(s.speaker_begin, s.speaker_end);
    std::vector<Mention> added;
    for (const auto& [b, e] : labels) {
      const bool known = overlaps_mention(b, e);
      const std::string_view label = norm.substr(b, e - b);
      if (known || !plausible_name(label, k_.rules) ||
          !(capture_latin_forward(norm, b, e, k_.rules) == e || han_person_name(label)))
        continue;
      Mention m;
      m.begin = b;
      m.end = e;
      m.kind = MentionKind::Discovered;
      m.type = k_.person;
      m.name = display_name(label, true);
      m.confidence = 0.7;
      added.push_back(std::move(m));
    }
    merge_mentions(std::move(added));
  }

  // A Han label such as 林悦: a family name and one or two more characters.
  bool han_person_name(std::string_view label) const {
    std::vector<std::size_t> starts;
    for (std::size_t pos = 0; pos < label.size();) {
      starts.push_back(pos);
      const char32_t cp = text::decode_next(label, pos);
      if (!text::is_han(cp) || k_.rules.is_han_name_break(cp)) return false;
    }
    if (starts.size() < 2 || starts.size() > 4) return false;
    const bool single = k_.rules.is_han_surname(label.substr(0, starts[1]));
    const bool compound = starts.size() >= 3 && k_.rules.is_han_surname(label.substr(0, starts[2]));
    return (single && starts.size() <= 3) || compound;
  }

  void merge_mentions(std::vector<Mention> added) {
    if (added.empty()) return;
    for (auto& m : mentions_) added.push_back(std::move(m));
    // Existing mentions come last but win ties in length only by position; a new
    // mention never overlaps an existing one, by construction of the captures.
    keep_longest(added);
    mentions_ = std::move(added);
  }

  std::pair<std::uint32_t, std::uint32_t> mention_range(const Sentence& s) const {
    const auto first = std::lower_bound(mentions_.begin(), mentions_.end(), s.begin,
                                        [](const Mention& m, std::uint32_t pos) { return m.begin < pos; });
    auto last = first;
    while (last != mentions_.end() && last->end <= s.end) ++last;
    return {static_cast<std::uint32_t>(first - mentions_.begin()),
            static_cast<std::uint32_t>(last - mentions_.begin())};
  }

  template <typename OnMatch>
  void for_each_match(bool discovering, OnMatch&& on_match) {
    std::size_t t = 0;
    for (std::uint32_t si = 0; si < sentences_.size(); ++si) {
      const Sentence& s = sentences_[si];
      while (t < triggers_.size() && triggers_[t].begin < s.begin) ++t;
      const auto [first, last] = mention_range(s);
      before_sentence(si, first, last, discovering);
      const MatchScope scope{doc_, s, mentions_, first, last, discovering, k_.rules};
      for (std::size_t h = t; h < triggers_.size() && triggers_[h].begin < s.end; ++h) {
        if (triggers_[h].end > s.end) continue;
        const Pattern& p = k_.rules.patterns()[k_.rules.cue(triggers_[h].cue).pattern];
        if (discovering && !p.discovers && p.introduces < 0) continue;
        if (!discovering && p.relations.empty()) continue;
        if (auto match = match_at(scope, p, triggers_[h].begin, triggers_[h].end))
          on_match(si, p, *match);
      }
      if (!discovering) after_sentence(si, first, last);
    }
  }

  // Pass A: names captured by "new" slots, and who introduces themselves where.
  // Two rounds, so that a name found in the first ("名为凌川智算的公司") anchors patterns
  // that capture more names in the second ("凌川智算...CEO是陈默言").
  void discover() {
    for (int round = 0; round < kDiscoveryRounds; ++round) {
      intros_.clear();
      std::vector<Mention> found = discover_round();
      if (found.empty()) break;
      vote_types(found);
      for (auto& m : found) m.name = display_name(doc_.slice(m.begin, m.end), m.type == k_.person);
      keep_longest(found);
      rescan(found);
      merge_mentions(std::move(found));
    }
  }

  std::vector<Mention> discover_round() {
    std::vector<Mention> found;
    for_each_match(true, [&](std::uint32_t si, const Pattern& p, const PatternMatch& match) {
      for (const auto& b : match.bindings) {
        if (static_cast<std::int32_t>(b.slot) == p.introduces) intros_.push_back(Intro{si, b.begin, b.end});
        if (b.mention != kNone) continue;
        Mention m;
        m.begin = b.begin;
        m.end = b.end;
        m.kind = MentionKind::Discovered;
        m.type = p.slots[b.slot].types.front();
        m.confidence = p.confidence;
        found.push_back(std::move(m));
      }
    });
    return found;
  }

  // Captures of one span by several patterns take the type with the most support.
  static void vote_types(std::vector<Mention>& found) {
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::map<std::uint32_t, double>> votes;
    for (const auto& m : found) votes[{m.begin, m.end}][m.type] += m.confidence;
    for (auto& m : found) {
      const auto& v = votes[{m.begin, m.end}];
      m.type = std::max_element(v.begin(), v.end(), [](const auto& a, const auto& b) {
                 return a.second < b.second;
               })->first;
    }
  }

  // Other occurrences of the discovered names, anywhere in the document.
  void rescan(std::vector<Mention>& found) {
    if (found.empty()) return;
    AhoCorasick names;
    std::vector<const Mention*> by_value;
    std::unordered_set<std::string> seen;
    for (const auto& m : found)
      if (seen.insert(fold_key(doc_.slice(m.begin, m.end))).second) {
        names.add(fold_key(doc_.slice(m.begin, m.end)), static_cast<std::uint32_t>(by_value.size()));
        by_value.push_back(&m);
      }
    names.build();
    std::vector<Mention> more;
    const std::string_view norm = doc_.norm.text;
    names.scan(doc_.key, [&](std::size_t end, const AhoCorasick::Hit& hit) {
      const std::uint32_t b = doc_.key_to_norm[end - hit.length];
      const std::uint32_t e = doc_.key_to_norm[end - 1] + 1;
      if (!latin_boundaries_ok(norm, b, e, false)) return;
      Mention m = *by_value[hit.value];
      m.begin = b;
      m.end = e;
      m.confidence *= 0.9;
      more.push_back(std::move(m));
    });
    for (auto& m : found) more.push_back(std::move(m));
    for (const auto& m : mentions_) {
      Mention blocker;  // existing mentions keep their spans
      blocker.begin = m.begin;
      blocker.end = m.end;
      blocker.kind = MentionKind::Pronoun;
      more.push_back(blocker);
    }
    // Longest first; the blockers then occupy known spans and are dropped again.
    keep_longest(more);
    found.clear();
    for (auto& m : more)
      if (m.kind == MentionKind::Discovered) found.push_back(std::move(m));
  }

  bool overlaps_mention(std::uint32_t begin, std::uint32_t end) const {
    auto it = std::lower_bound(mentions_.begin(), mentions_.end(), end,
                               [](const Mention& m, std::uint32_t pos) { return m.begin < pos; });
    return it != mentions_.begin() && std::prev(it)->end > begin;
  }

  // A lone family name ("Mensch") stands for the only person of the document whose full
  // name ends with it.
  void add_surnames() {
    const std::string_view norm = doc_.norm.text;
    std::map<std::string, std::set<std::string>> full_names;  // surname key -> full names
    for (const auto& m : mentions_) {
      if (m.kind == MentionKind::Pronoun || m.type != k_.person) continue;
      const std::string& full = m.kind == MentionKind::Lexicon ? k_.entry_names[m.lexicon_entry] : m.name;
      const auto space = full.rfind(' ');
      if (space == std::string::npos || full.size() - space < 4 || !is_upper(cp_at(full, space + 1))) continue;
      full_names[fold_key(full.substr(space + 1))].insert(full);
    }
    AhoCorasick surnames;
    std::vector<std::string> names;
    for (const auto& [key, fulls] : full_names)
      if (fulls.size() == 1) {
        surnames.add(key, static_cast<std::uint32_t>(names.size()));
        names.push_back(*fulls.begin());
      }
    if (names.empty()) return;
    surnames.build();
    std::vector<Mention> found;
    surnames.scan(doc_.key, [&](std::size_t end, const AhoCorasick::Hit& hit) {
      const std::uint32_t b = doc_.key_to_norm[end - hit.length];
      const std::uint32_t e = doc_.key_to_norm[end - 1] + 1;
      if (!is_upper(cp_at(norm, b)) || !latin_boundaries_ok(norm, b, e, true) || overlaps_mention(b, e)) return;
      Mention m;
      m.begin = b;
      m.end = e;
      m.kind = MentionKind::Discovered;
      m.type = k_.person;
      m.name = names[hit.value];
      m.confidence = 0.8;
      m.surname = true;
      found.push_back(std::move(m));
    });
    merge_mentions(std::move(found));
  }

  // Names win over pronouns inside them (其 in 土耳其); among pronouns the longest wins
  // (我们 over 我), and pronouns that refer to no one are dropped.
  void add_pronouns() {
    for (const auto& hit : pronouns_) {
      Mention m;
      m.begin = hit.begin;
      m.end = hit.end;
      m.kind = MentionKind::Pronoun;
      m.reference = k_.rules.cue(hit.cue).reference;
      m.type = kNone;
      mentions_.push_back(std::move(m));
    }
    keep_longest(mentions_);
    std::erase_if(mentions_, [](const Mention& m) {
      return m.kind == MentionKind::Pronoun && m.reference == Reference::None;
    });
  }

  // --- pass B ---
  void before_sentence(std::uint32_t si, std::uint32_t first, std::uint32_t last, bool discovering) {
    if (discovering) return;
    const Sentence& s = sentences_[si];
    if (si == 0 || s.turn != sentences_[si - 1].turn) {
      self_ = kNone;
      speaker_ = kNone;
      recent_.clear();
      if (s.speaker_end > s.speaker_begin)
        for (auto m = first_at_or_after(s.speaker_begin); m != mentions_.end() && m->end <= s.speaker_end; ++m)
          if (m->entity != kNone && entity_types_[m->entity] == k_.person) speaker_ = m->entity;
    }
    while (next_intro_ < intros_.size() && intros_[next_intro_].sentence < si) ++next_intro_;
    // Forget persons older than the previous sentence.
    std::erase_if(recent_, [&](const auto& r) { return r.second + 1 < si; });
    for (std::uint32_t i = first; i < last; ++i) {
      Mention& m = mentions_[i];
      for (std::size_t k = next_intro_; k < intros_.size() && intros_[k].sentence == si; ++k)
        if (intros_[k].begin <= m.begin) self_ = entity_at(intros_[k].begin);
      if (m.kind != MentionKind::Pronoun) {
        if (m.entity != kNone && entity_types_[m.entity] == k_.person) recent_.emplace_back(m.entity, si);
        continue;
      }
      m.entity = resolve_pronoun(m, first, i);
      m.type = m.entity == kNone ? kNone : entity_types_[m.entity];
    }
  }

  std::vector<Mention>::const_iterator first_at_or_after(std::uint32_t pos) const {
    return std::lower_bound(mentions_.begin(), mentions_.end(), pos,
                            [](const Mention& m, std::uint32_t p) { return m.begin < p; });
  }

  std::uint32_t entity_at(std::uint32_t begin) const {
    for (auto m = first_at_or_after(begin); m != mentions_.end() && m->begin == begin; ++m)
      if (m->kind != MentionKind::Pronoun) return m->entity;
    return kNone;
  }

  std::uint32_t resolve_pronoun(const Mention& m, std::uint32_t first, std::uint32_t index) const {
    switch (m.reference) {
      case Reference::Self:
        return self_ != kNone ? self_ : speaker_;
      case Reference::Person: {
        std::uint32_t only = kNone;
        for (const auto& [entity, sentence] : recent_) {
          if (only != kNone && only != entity) return kNone;  // ambiguous
          only = entity;
        }
        return only;
      }
      case Reference::Nearest:
        for (std::uint32_t i = index; i-- > first;) {
          const Mention& prior = mentions_[i];
          if (prior.kind == MentionKind::Pronoun || prior.entity == kNone) continue;
          const auto t = entity_types_[prior.entity];
          if (t == k_.person || t == k_.organization) return prior.entity;
        }
        return kNone;
      case Reference::None:
        return kNone;
    }
    return kNone;
  }

  bool negated(const Sentence& s, const PatternMatch& match) const {
    const std::string_view norm = doc_.norm.text;
    std::uint32_t clause = match.begin;
    while (clause > s.begin) {
      const char32_t cp = cp_before(norm, clause);
      if (cp == ',' || cp == ';' || cp == ':' || cp == 0x3002) break;
      clause = static_cast<std::uint32_t>(prev_start(norm, clause));
    }
    const auto n = std::lower_bound(negations_.begin(), negations_.end(), clause,
                                    [](const CueHit& h, std::uint32_t pos) { return h.begin < pos; });
    return n != negations_.end() && n->begin < match.end;
  }

  // The sentence as the user wrote it; sentences are asked for in document order.
  const std::string& sentence_text(const Sentence& s) {
    if (cached_sentence_ != &s) {
      cached_text_ = original_.between(doc_.norm.origin[s.begin], doc_.norm.origin[s.end]);
      cached_sentence_ = &s;
    }
    return cached_text_;
  }

  Evidence evidence(const Sentence& s, std::uint32_t begin, std::uint32_t end, const std::string& rule,
                    double confidence) {
    Evidence ev;
    ev.begin = doc_.norm.origin[begin];
    ev.end = doc_.norm.origin[end];
    ev.sentence = sentence_text(s);
    ev.rule = rule;
    ev.confidence = confidence;
    return ev;
  }

  void relate() {
    for_each_match(false, [&](std::uint32_t si, const Pattern& p, const PatternMatch& match) {
      const Sentence& s = sentences_[si];
      if (negated(s, match)) return;
      for (const auto& spec : p.relations) {
        const Predicate& predicate = k_.ontology.predicates()[spec.predicate];
        for (const auto& sb : match.bindings) {
          if (sb.slot != spec.subject) continue;
          for (const auto& ob : match.bindings) {
            if (ob.slot != spec.object) continue;
            emit(s, p, predicate, sb, ob, match);
          }
        }
      }
    });
  }

  void emit(const Sentence& s, const Pattern& p, const Predicate& predicate, const Binding& sb,
            const Binding& ob, const PatternMatch& match) {
    if (sb.mention == kNone || ob.mention == kNone) return;
    const Mention& sm = mentions_[sb.mention];
    const Mention& om = mentions_[ob.mention];
    if (sm.entity == kNone || om.entity == kNone || sm.entity == om.entity) return;
    if (!Ontology::admits(predicate, k_.type_name(entity_types_[sm.entity]),
                          k_.type_name(entity_types_[om.entity])))
      return;
    double confidence = p.confidence;
    if (sm.kind == MentionKind::Pronoun || om.kind == MentionKind::Pronoun) confidence *= kPronounFactor;
    if (confidence < k_.options.min_confidence) return;
    const auto key = std::make_tuple(sm.entity, predicate.name, om.entity, s.begin);
    if (!emitted_.insert(key).second) return;
    FoundRelation r;
    r.subject = sm.entity;
    r.object = om.entity;
    r.predicate = predicate.name;
    r.symmetric = predicate.symmetric;
    r.evidence = evidence(s, match.begin, match.end, p.id, confidence);
    result_.relations.push_back(std::move(r));
  }

  void after_sentence(std::uint32_t si, std::uint32_t first, std::uint32_t last) {
    for (std::uint32_t i = first; i < last; ++i)
      if (mentions_[i].head_entry != kNone) relate_composed(sentences_[si], mentions_[i]);
    if (!k_.options.cooccurrence) return;
    std::vector<std::uint32_t> seen;
    for (std::uint32_t i = first; i < last && seen.size() < kMaxCooccurring; ++i) {
      const Mention& m = mentions_[i];
      if (m.kind == MentionKind::Pronoun || m.entity == kNone) continue;
      if (std::find(seen.begin(), seen.end(), m.entity) == seen.end()) seen.push_back(m.entity);
    }
    const Sentence& s = sentences_[si];
    for (std::size_t a = 0; a < seen.size(); ++a)
      for (std::size_t b = a + 1; b < seen.size(); ++b) {
        FoundRelation r;
        r.subject = seen[a];
        r.object = seen[b];
        r.predicate = "relatedTo";
        r.symmetric = true;
        r.evidence = evidence(s, s.begin, s.end, "cooccurrence", 0.5);
        result_.cooccurrences.push_back(std::move(r));
      }
  }

  // "Codex CLI" is part of "Codex" when both are entities of the document.
  void relate_composed(const Sentence& s, const Mention& m) {
    const Predicate* part_of = k_.ontology.predicate("partOf");
    const auto head = entry_entity_.find(m.head_entry);
    if (!part_of || m.entity == kNone || head == entry_entity_.end() || head->second == m.entity) return;
    if (!emitted_.insert(std::make_tuple(m.entity, part_of->name, head->second, s.begin)).second) return;
    FoundRelation r;
    r.subject = m.entity;
    r.object = head->second;
    r.predicate = part_of->name;
    r.evidence = evidence(s, m.begin, m.end, "product.suffix", 0.7);
    result_.relations.push_back(std::move(r));
  }

  const Knowledge& k_;
  DocumentText doc_;
  OriginalText original_;
  DocumentResult result_;
  std::vector<Sentence> sentences_;
  std::vector<Mention> mentions_;
  std::vector<CueHit> triggers_, negations_, pronouns_;
  std::vector<Intro> intros_;  // in sentence order
  std::size_t next_intro_ = 0;
  const Sentence* cached_sentence_ = nullptr;
  std::string cached_text_;
  std::unordered_map<std::uint32_t, std::uint32_t> entry_entity_;  // lexicon entry -> entity
  std::vector<std::uint32_t> entity_types_;
  std::uint32_t self_ = kNone, speaker_ = kNone;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> recent_;  // person entity, sentence
  std::set<std::tuple<std::uint32_t, std::string, std::uint32_t, std::uint32_t>> emitted_;
};

}  // namespace

DocumentResult run_pipeline(const Knowledge& knowledge, std::string_view name, std::string_view text) {
  return Pipeline(knowledge, name, text).run();
}

}  // namespace kg::extract
