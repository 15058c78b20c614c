#include "relation_pass.hpp"

#include <algorithm>
#include <unordered_map>

#include "char_class.hpp"
#include "infobox_names.hpp"
#include "original_text.hpp"

namespace kg::extract {
namespace {

constexpr std::size_t kMaxCooccurring = 12;  // entities per sentence paired for relatedTo
constexpr std::uint64_t kCutContext = 60;     // code points quoted either side in a cut piece
constexpr double kPronounFactor = 0.9;       // confidence kept through a resolved pronoun
constexpr double kTopicFactor = 0.85;        // kept when a clause borrowed the sentence's subject
constexpr double kCooccurrenceConfidence = 0.5;
constexpr double kComposedConfidence = 0.7;
constexpr double kAdjacentConfidence = 0.7;  // an organisation written right before a product
constexpr std::uint32_t kTopicWindow = 3;    // sentences "the company" may reach back
// The document's main organisation, for "this company" with no organisation nearby: named
// at least this often, and this many times as often as any other organisation.
constexpr std::uint32_t kSalientMentions = 3;
constexpr std::uint32_t kSalientLead = 2;
// How far into its sentence (bytes) the subject that a clause-initial 其 stands for may start.
constexpr std::uint32_t kSubjectReach = 30;

class RelationPass {
 public:
  RelationPass(DocumentState& state, std::string_view original, DocumentResult& result)
      : s_(state), k_(state.k), original_(original, state.doc.norm.replaced_bytes == 0), result_(result) {
    for (const auto& e : result.entities) entity_types_.push_back(type_index(e.type));
    salient_org_ = main_organization();
    for (const Sentence& s : state.sentences) has_speakers_ = has_speakers_ || s.speaker_end > s.speaker_begin;
    for (const NameSpan& span : infobox_name_spans(state.doc.norm.text, k_.rules))
      if (page_subject_ = entity_at(span.begin); page_subject_ != kNone) break;
  }

  void run() {
    s_.for_each_match(
        false, [&](std::uint32_t si, std::uint32_t first, std::uint32_t last) { before(si, first, last); },
        [&](std::uint32_t si, const Pattern& p, const PatternMatch& match) { apply(si, p, match); },
        [&](std::uint32_t si, std::uint32_t first, std::uint32_t last) { after(si, first, last); });
  }

 private:
  std::uint32_t type_index(const std::string& name) const {
    const auto& types = k_.ontology.types();
    for (std::size_t i = 0; i < types.size(); ++i)
      if (types[i].name == name) return static_cast<std::uint32_t>(i);
    return kNone;
  }

  bool is_person(std::uint32_t entity) const { return entity != kNone && entity_types_[entity] == k_.person; }

  // --- pronouns ---
  void before(std::uint32_t si, std::uint32_t first, std::uint32_t last) {
    const Sentence& s = s_.sentences[si];
    current_sentence_ = si;
    emitted_.clear();
    pairings_.clear();
    sentence_relations_ = result_.relations.size();
    if (si == 0 || s.turn != s_.sentences[si - 1].turn) {
      self_ = kNone;
      speaker_ = kNone;
      recent_.clear();
      if (s.speaker_end > s.speaker_begin)
        for (auto m = s_.first_at_or_after(s.speaker_begin); m != s_.mentions.end() && m->end <= s.speaker_end; ++m)
          if (is_person(m->entity)) speaker_ = m->entity;
    }
    while (next_intro_ < s_.intros.size() && s_.intros[next_intro_].sentence < si) ++next_intro_;
    // Only persons of this and the previous sentence are candidates for he/she.
    std::erase_if(recent_, [&](const auto& r) { return r.second + 1 < si; });
    if (topic_org_ != kNone && topic_sentence_ + kTopicWindow < si) topic_org_ = kNone;
    sentence_topic_ = kNone;
    for (std::uint32_t i = first; i < last && sentence_topic_ == kNone; ++i)
      if (s_.mentions[i].kind != MentionKind::Pronoun && s_.mentions[i].entity != kNone) sentence_topic_ = i;
    for (std::uint32_t i = first; i < last; ++i) {
      Mention& m = s_.mentions[i];
      for (std::size_t n = next_intro_; n < s_.intros.size() && s_.intros[n].sentence == si; ++n)
        if (s_.intros[n].begin <= m.begin) self_ = entity_at(s_.intros[n].begin);
      if (m.kind != MentionKind::Pronoun) {
        if (is_person(m.entity)) recent_.emplace_back(m.entity, si);
        continue;
      }
      m.entity = resolve(m, first, i);
      m.type = m.entity == kNone ? kNone : entity_types_[m.entity];
    }
    if (sentence_topic_ != kNone && is_organization(s_.mentions[sentence_topic_].entity)) {
      topic_org_ = s_.mentions[sentence_topic_].entity;
      topic_sentence_ = si;
    }
  }

  static bool leads(const std::string& predicate) {
    return predicate == "founderOf" || predicate == "ceoOf" || predicate == "leaderOf";
  }

  // Whether the current sentence is where `person` introduced themselves ("我是Leo，在SBG..."),
  // under the name they give or as the turn's speaker ("林子昂：我是Leo").
  bool introduces(std::uint32_t person) const {
    bool introduction = false;
    for (std::size_t n = next_intro_; n < s_.intros.size() && s_.intros[n].sentence == current_sentence_; ++n) {
      if (entity_at(s_.intros[n].begin) == person) return true;
      introduction = true;
    }
    return introduction && person == speaker_;
  }

  bool is_organization(std::uint32_t entity) const {
    return entity != kNone && entity_types_[entity] == k_.organization;
  }

  // The organisation a profile or a company story is about, or kNone when none stands out.
  std::uint32_t main_organization() const {
    std::unordered_map<std::uint32_t, std::uint32_t> named;
    // An interviewer's label ("机器之心：") names who asks, not what the document is about.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> labels;
    for (const Sentence& s : s_.sentences)
      if (s.speaker_end > s.speaker_begin) labels.emplace_back(s.speaker_begin, s.speaker_end);
    std::size_t label = 0;
    for (const Mention& m : s_.mentions) {
      while (label < labels.size() && labels[label].second <= m.begin) ++label;
      const bool in_label = label < labels.size() && labels[label].first <= m.begin;
      if (!in_label && m.kind != MentionKind::Pronoun && is_organization(m.entity)) ++named[m.entity];
    }
    std::uint32_t best = kNone, best_count = 0, runner_up = 0;
    for (const auto& [entity, count] : named)
      if (count > best_count || (count == best_count && entity < best)) {
        runner_up = std::max(runner_up, best_count);
        best = entity;
        best_count = count;
      } else {
        runner_up = std::max(runner_up, count);
      }
    return best_count >= kSalientMentions && best_count >= kSalientLead * runner_up ? best : kNone;
  }

  // "The company" is the organisation a sentence starts with: this one's when it comes
  // before the phrase, else the latest such sentence's within kTopicWindow.
  std::uint32_t topic_organization(std::uint32_t index) const {
    if (sentence_topic_ != kNone && sentence_topic_ < index && is_organization(s_.mentions[sentence_topic_].entity))
      return s_.mentions[sentence_topic_].entity;
    return topic_org_;
  }

  std::uint32_t entity_at(std::uint32_t begin) const {
    for (auto m = s_.first_at_or_after(begin); m != s_.mentions.end() && m->begin == begin; ++m)
      if (m->kind != MentionKind::Pronoun) return m->entity;
    return kNone;
  }

  // "目川获得了小米的投资，其产品...": 其 opening a later clause stands for the subject the
  // sentence opened with, a person or organisation named before its first comma, not for the
  // nearest name.
  std::uint32_t clause_initial_subject(const Mention& m, std::uint32_t first) const {
    const std::string_view norm = s_.doc.norm.text;
    const char32_t before = cp_before(norm, m.begin);
    if (before != ',' && before != ';') return kNone;  // NFKC: full-width ，； are ASCII here
    if (sentence_topic_ == kNone || sentence_topic_ < first) return kNone;
    const Mention& subject = s_.mentions[sentence_topic_];
    if (subject.begin >= m.begin || !(is_person(subject.entity) || is_organization(subject.entity))) return kNone;
    const Sentence& sentence = s_.sentences[current_sentence_];
    if (subject.begin > sentence.begin + kSubjectReach) return kNone;
    for (std::uint32_t at = sentence.begin; at < subject.begin;) {
      const char32_t cp = cp_at(norm, at);
      if (cp == ',' || cp == ';') return kNone;
      at += static_cast<std::uint32_t>(cp_length(norm, at));
    }
    return subject.entity;
  }

  std::uint32_t resolve(const Mention& m, std::uint32_t first, std::uint32_t index) const {
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
        if (const std::uint32_t subject = clause_initial_subject(m, first); subject != kNone) return subject;
        for (std::uint32_t i = index; i-- > first;) {
          const Mention& prior = s_.mentions[i];
          if (prior.kind == MentionKind::Pronoun || prior.entity == kNone) continue;
          if (is_person(prior.entity) || entity_types_[prior.entity] == k_.organization) return prior.entity;
        }
        return kNone;
      case Reference::Organization: {
        // "The chipmaker Intel": an epithet right before a name describes it, standing for nothing.
        if (m.epithet && index + 1 < s_.mentions.size() && s_.mentions[index + 1].kind != MentionKind::Pronoun &&
            s_.mentions[index + 1].begin <= m.end + 1)
          return kNone;
        if (m.epithet)
          for (std::uint32_t i = index; i-- > first;) {
            const Mention& prior = s_.mentions[i];
            if (prior.kind != MentionKind::Pronoun && is_organization(prior.entity)) return prior.entity;
          }
        // A bare "公司" in a company's story is that company, whatever was named just before.
        if (m.subject_case && m.salient && salient_org_ != kNone) return salient_org_;
        const std::uint32_t topic = topic_organization(index);
        return topic == kNone && m.salient ? salient_org_ : topic;
      }
      case Reference::SpeakerOrganization: {
        // "我们" of a guest who said "我是X，Y的创始人": Y; of one who introduced themselves as
        // working at Y ("我是Leo，在SBG负责数据分析"): Y too; of anyone else, no one.
        const std::uint32_t person = self_ != kNone ? self_ : speaker_;
        // A company's own post or release, with no speakers: "our Series A, led by ...".
        if (person == kNone) return has_speakers_ ? kNone : salient_org_;
        if (const auto led = led_by_.find(person); led != led_by_.end()) return led->second;
        const auto works = introduced_at_.find(person);
        return works == introduced_at_.end() ? kNone : works->second;
      }
      case Reference::None:
        return kNone;
    }
    return kNone;
  }

  // --- relations ---
  // A negation cue cancels a match when it stands in the clause of the match's subject,
  // from that clause's start on, or inside the match; not before a relative clause that
  // holds the trigger ("does not end its ties with Amazon, which has invested in it"). A
  // phrase-scoped pattern is cancelled only from inside its match.
  bool negated(const Sentence& s, const Pattern& p, const PatternMatch& match) const {
    const std::string_view norm = s_.doc.norm.text;
    std::uint32_t clause = p.phrase_negation ? match.begin : std::max(match.trigger, match.begin);
    while (!p.phrase_negation && clause > s.begin) {
      const char32_t cp = cp_before(norm, clause);
      if (cp == ',' || cp == ';' || cp == ':' || cp == 0x3002)
        if (clause <= match.begin || starts_relative_clause(clause)) break;
      clause = static_cast<std::uint32_t>(prev_start(norm, clause));
    }
    const auto by_begin = [](const CueHit& h, std::uint32_t pos) { return h.begin < pos; };
    const auto n = std::lower_bound(s_.negations.begin(), s_.negations.end(), clause, by_begin);
    if (n != s_.negations.end() && n->begin < match.end) return true;
    // A hedge earlier in the sentence ("此前有媒体报道称，腾讯将领投...") doubts the match too.
    for (auto h = std::lower_bound(s_.negations.begin(), s_.negations.end(), s.begin, by_begin);
         h != s_.negations.end() && h->begin < clause; ++h)
      if (k_.rules.cue(h->cue).hedge && !p.phrase_negation) return true;
    return false;
  }

  bool starts_relative_clause(std::uint32_t pos) const {
    std::string_view rest = std::string_view(s_.doc.lower).substr(pos);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    for (const auto& word : k_.rules.relative_pronouns())
      if (rest.starts_with(word) && (rest.size() == word.size() || !is_latin_word(cp_at(rest, word.size()))))
        return true;
    return false;
  }

  std::uint32_t add_quote(std::string text) {
    result_.quotes.push_back(std::move(text));
    return static_cast<std::uint32_t>(result_.quotes.size() - 1);
  }

  // The sentence as the user wrote it, quoted once for all its relations. A piece cut for
  // length is no sentence: quoting all of it (2 KB) with every relation found in it would
  // make the graph grow with the input; the span and some context do. Sentences are asked
  // for in document order.
  std::uint32_t quote(const Sentence& s, std::uint32_t begin, std::uint32_t end) {
    const auto& origin = s_.doc.norm.origin;
    if (!s.cut) {
      if (quoted_sentence_ != &s) {
        quoted_index_ = add_quote(original_.between(origin[s.begin], origin[s.end]));
        quoted_sentence_ = &s;
      }
      return quoted_index_;
    }
    if (cut_sentence_ != &s) {
      cut_text_ = original_.between(origin[s.begin], origin[s.end]);
      cut_sentence_ = &s;
    }
    const std::uint64_t from = origin[begin] - origin[s.begin];
    const std::uint64_t to = origin[end] - origin[s.begin];
    OriginalText piece(cut_text_, true);  // made valid above
    return add_quote(piece.between(from > kCutContext ? from - kCutContext : 0, to + kCutContext));
  }

  FoundEvidence evidence(const Sentence& s, std::uint32_t begin, std::uint32_t end, std::string_view rule,
                         double confidence) {
    FoundEvidence ev;
    ev.begin = s_.doc.norm.origin[begin];
    ev.end = s_.doc.norm.origin[end];
    ev.quote = quote(s, begin, end);
    ev.rule = rule;
    ev.confidence = confidence;
    return ev;
  }

  void apply(std::uint32_t si, const Pattern& p, const PatternMatch& match) {
    const Sentence& s = s_.sentences[si];
    if (negated(s, p, match)) return;
    for (const auto& spec : p.relations) emit_all(s, p, spec.predicate, spec.subject, spec.object, match);
    if (p.has_titles()) {
      const bool unit = titled_in_unit(p, match);
      for (const auto predicate : match.title_predicates)
        emit_all(s, p, unit ? as_member(predicate) : predicate, static_cast<std::uint32_t>(p.titles_subject),
                 static_cast<std::uint32_t>(p.titles_object), match);
    }
  }

  // "吉利汽车信息安全部负责人赵明远": words between the organisation and the titles (other than
  // title_gap_fillers: 的, 公司, 前, 's) name a unit of it, which the person heads; of the
  // organisation itself they are a member of staff.
  bool titled_in_unit(const Pattern& p, const PatternMatch& match) const {
    const std::string_view norm = s_.doc.norm.text;
    for (const auto& b : match.bindings) {
      if (b.slot != static_cast<std::uint32_t>(p.titles_object) || b.mention == kNone || b.end > match.trigger) continue;
      std::uint32_t at = b.end;
      while (at < match.trigger) {
        if (norm[at] == ' ') {
          ++at;
          continue;
        }
        bool filler = false;
        for (const auto& word : k_.rules.title_gap_fillers())
          if (at + word.size() <= match.trigger && s_.doc.lower.compare(at, word.size(), word) == 0) {
            at += static_cast<std::uint32_t>(word.size());
            filler = true;
            break;
          }
        if (!filler) {
          // Only a name of words stands there: "的公司，创始人兼CEO是" or "Meta, chief executive" is none,
          // nor is "joined Aurelian in 2017 as chief technology officer", whose words are in lower case.
          for (std::uint32_t q = at; q < match.trigger; q += static_cast<std::uint32_t>(cp_length(norm, q))) {
            const char32_t cp = cp_at(norm, q);
            if (!(text::is_han(cp) || is_latin_word(cp) || cp == ' ' || cp == '-')) return false;
            if (is_lower(cp) && (q == at || norm[q - 1] == ' ')) {
              std::uint32_t word_end = q;
              while (word_end < match.trigger && is_latin_word(cp_at(norm, word_end))) ++word_end;
              if (word_end - q <= 3) return false;  // as, in, at, of: a clause, not a unit's name
            }
          }
          return true;
        }
      }
      return false;
    }
    return false;
  }

  // A leading office (ceoOf, ctoOf, leaderOf) held in a unit: worksFor the organisation.
  std::uint32_t as_member(std::uint32_t predicate) const {
    const auto& name = k_.ontology.predicates()[predicate].name;
    if (name != "ceoOf" && name != "ctoOf" && name != "leaderOf") return predicate;
    const auto& predicates = k_.ontology.predicates();
    for (std::uint32_t i = 0; i < predicates.size(); ++i)
      if (predicates[i].name == "worksFor") return i;
    return predicate;
  }

  // What a "main" slot stands for: the subject of an infobox's page when its type fits the
  // slot, else the document's main organisation when the slot takes one.
  std::uint32_t main_entity(const Slot& slot) const {
    const auto fits = [&](std::uint32_t entity) {
      return entity != kNone && std::find(slot.types.begin(), slot.types.end(), entity_types_[entity]) != slot.types.end();
    };
    if (fits(page_subject_)) return page_subject_;
    return fits(salient_org_) ? salient_org_ : kNone;
  }

  // One relation for every pair of items bound to the two slots (lists give several).
  void emit_all(const Sentence& s, const Pattern& p, std::uint32_t predicate_index, std::uint32_t subject,
                std::uint32_t object, const PatternMatch& match) {
    const Predicate& predicate = k_.ontology.predicates()[predicate_index];
    // A "main" slot is bound to no text: it stands for main_entity, passed on as no mention
    // (nullptr).
    const std::uint32_t main_subject = p.slots[subject].main ? main_entity(p.slots[subject]) : kNone;
    const std::uint32_t main_object = p.slots[object].main ? main_entity(p.slots[object]) : kNone;
    if ((p.slots[subject].main && main_subject == kNone) || (p.slots[object].main && main_object == kNone)) return;
    auto each = [&](std::uint32_t slot, auto&& f) {
      if (p.slots[slot].main) return f(nullptr);
      for (const auto& b : match.bindings)
        if (b.slot == slot && b.mention != kNone) f(&s_.mentions[b.mention]);
    };
    if (p.pairwise) {
      std::vector<const Mention*> subjects, objects;
      each(subject, [&](const Mention* m) { subjects.push_back(m); });
      each(object, [&](const Mention* m) { objects.push_back(m); });
      if (subjects.size() != objects.size() || std::find(subjects.begin(), subjects.end(), nullptr) != subjects.end() ||
          std::find(objects.begin(), objects.end(), nullptr) != objects.end())
        return;
      const auto in_text_order = [](const Mention* a, const Mention* b) { return a->begin < b->begin; };
      std::sort(subjects.begin(), subjects.end(), in_text_order);
      std::sort(objects.begin(), objects.end(), in_text_order);
      Pairing pairing{&predicate.name, {}};
      for (std::size_t i = 0; i < subjects.size(); ++i) {
        pairing.pairs.emplace_back(subjects[i]->entity, objects[i]->entity);
        emit(s, p, predicate, subjects[i]->entity, objects[i]->entity, subjects[i], objects[i], match);
      }
      pairings_.push_back(std::move(pairing));
      return;
    }
    each(subject, [&](const Mention* sm) {
      each(object, [&](const Mention* om) {
        emit(s, p, predicate, sm ? sm->entity : main_subject, om ? om->entity : main_object, sm, om, match);
      });
    });
  }

  // sm or om is nullptr for a "main" slot.
  void emit(const Sentence& s, const Pattern& p, const Predicate& predicate, std::uint32_t subject,
            std::uint32_t object, const Mention* sm, const Mention* om, const PatternMatch& match) {
    if (subject == kNone || object == kNone || subject == object) return;
    if (!Ontology::admits(predicate, k_.type_name(entity_types_[subject]), k_.type_name(entity_types_[object])))
      return;
    double confidence = p.confidence;
    if ((sm && sm->kind == MentionKind::Pronoun) || (om && om->kind == MentionKind::Pronoun)) confidence *= kPronounFactor;
    if (match.through_topic) confidence *= kTopicFactor;
    if (confidence < k_.options.min_confidence) return;
    add(subject, predicate, object, evidence(s, match.begin, match.end, p.id, confidence));
    // Studying at 浙江大学竺可桢学院 is studying at 浙江大学.
    // Being in 深圳南山区 is being in 深圳.
    if (const std::uint32_t parent = om ? (om->type == k_.place ? city_of_district(*om) : head_entity(*om)) : kNone;
        predicate.lifts_to_parent && parent != kNone && parent != subject)
      add(subject, predicate, parent, evidence(s, match.begin, match.end, p.id, confidence * kPronounFactor));
  }

  void add(std::uint32_t subject, const Predicate& predicate, std::uint32_t object, const FoundEvidence& ev) {
    // Several patterns may state the same fact in one sentence: the first one speaks.
    for (const auto& e : emitted_)
      if (e.subject == subject && e.object == object && *e.predicate == predicate.name) return;
    emitted_.push_back(Emitted{subject, &predicate.name, object});
    // The first organisation a person is found to found or lead is the one their "we" means.
    if (is_person(subject) && is_organization(object) && leads(predicate.name)) led_by_.try_emplace(subject, object);
    // The speaker of a turn who introduces themselves by another name ("林子昂：我是Leo") is the
    // same person: their "我们" is the same company.
    if (is_person(subject) && is_organization(object) && predicate.name == "worksFor" && introduces(subject)) {
      introduced_at_.try_emplace(subject, object);
      if (speaker_ != kNone) introduced_at_.try_emplace(speaker_, object);
      if (self_ != kNone) introduced_at_.try_emplace(self_, object);
    }
    FoundRelation r;
    r.subject = subject;
    r.object = object;
    r.predicate = predicate.name;
    r.symmetric = predicate.symmetric;
    r.evidence = ev;
    result_.relations.push_back(r);
  }

  void after(std::uint32_t si, std::uint32_t first, std::uint32_t last) {
    const Sentence& s = s_.sentences[si];
    drop_crossed_pairs();
    for (std::uint32_t i = first; i < last; ++i) {
      if (s_.mentions[i].head_entry != kNone) relate_composed(s, s_.mentions[i]);
      if (i + 1 < last) relate_adjacent(s, s_.mentions[i], s_.mentions[i + 1]);
    }
    // A piece of text cut for length is not a sentence: its co-occurrences say little and,
    // each quoting 2 KB, would make the graph grow with the input.
    if (k_.options.cooccurrence && !s.cut) pair_cooccurring(s, first, last);
  }

  // "华为昇腾", "Amazon Alexa": an organisation written right before a product (glued, or
  // one space apart in Latin script) is its maker.
  void relate_adjacent(const Sentence& s, const Mention& org, const Mention& product) {
    if (org.kind == MentionKind::Pronoun || product.kind == MentionKind::Pronoun) return;
    if (!is_organization(org.entity) || product.entity == kNone || entity_types_[product.entity] != k_.product) return;
    const std::string_view norm = s_.doc.norm.text;
    const bool glued = product.begin == org.end;
    const bool spaced = product.begin == org.end + 1 && norm[org.end] == ' ' && is_latin_word(cp_before(norm, org.end)) &&
                        is_upper(cp_at(norm, product.begin));
    if (!glued && !spaced) return;
    const Predicate* develops = k_.ontology.predicate("develops");
    if (!develops || kAdjacentConfidence < k_.options.min_confidence) return;
    add(org.entity, *develops, product.entity, evidence(s, org.begin, product.end, "develops.adjacent", kAdjacentConfidence));
  }

  // The document entity of a composed name's head ("Codex" of "Codex CLI"), or kNone.
  // The place written right before a district (深圳南山区, 杭州市余杭区, 上海嘉定): the city it
  // lies in; kNone when `m` is no district or no place comes right before it.
  std::uint32_t city_of_district(const Mention& m) const {
    if (m.kind == MentionKind::Pronoun || &m == s_.mentions.data()) return kNone;
    const std::string_view surface = std::string_view(s_.doc.norm.text).substr(m.begin, m.end - m.begin);
    const bool district = m.kind == MentionKind::Lexicon
                              ? m.lexicon_entry != kNone && (k_.entry_names[m.lexicon_entry].ends_with(" District") ||
                                                             k_.entry_names[m.lexicon_entry].ends_with(" County"))
                              : surface.ends_with("区") || surface.ends_with("县");
    if (!district) return kNone;
    const Mention& before = *(&m - 1);
    if (before.type != k_.place || before.entity == kNone || before.entity == m.entity) return kNone;
    const std::string_view gap = std::string_view(s_.doc.norm.text).substr(before.end, m.begin - std::min(m.begin, before.end));
    return before.end <= m.begin && (gap.empty() || gap == "市") ? before.entity : kNone;
  }

  std::uint32_t head_entity(const Mention& m) const {
    if (m.head_entry == kNone) return kNone;
    const auto it = s_.entry_entities.find(m.head_entry);
    return it == s_.entry_entities.end() ? kNone : it->second;
  }

  // "Codex CLI" is part of "Codex", "Meta Superintelligence Labs" of "Meta", when both are
  // entities of the document.
  void relate_composed(const Sentence& s, const Mention& m) {
    const Predicate* part_of = k_.ontology.predicate("partOf");
    const std::uint32_t head = head_entity(m);
    if (!part_of || m.entity == kNone || head == kNone || head == m.entity) return;
    if (kComposedConfidence < k_.options.min_confidence) return;
    const char* rule = m.type == k_.organization ? "organization.extension" : "product.suffix";
    add(m.entity, *part_of, head, evidence(s, m.begin, m.end, rule, kComposedConfidence));
  }

  void pair_cooccurring(const Sentence& s, std::uint32_t first, std::uint32_t last) {
    std::vector<std::uint32_t> seen;
    for (std::uint32_t i = first; i < last && seen.size() < kMaxCooccurring; ++i) {
      const Mention& m = s_.mentions[i];
      if (m.kind == MentionKind::Pronoun || m.entity == kNone) continue;
      if (std::find(seen.begin(), seen.end(), m.entity) == seen.end()) seen.push_back(m.entity);
    }
    if (seen.size() < 2) return;
    // Not a cut piece: one evidence, the whole sentence, for every pair.
    const FoundEvidence ev = evidence(s, s.begin, s.end, "cooccurrence", kCooccurrenceConfidence);
    for (std::size_t a = 0; a < seen.size(); ++a)
      for (std::size_t b = a + 1; b < seen.size(); ++b) {
        FoundRelation r;
        r.subject = seen[a];
        r.object = seen[b];
        r.predicate = "relatedTo";
        r.symmetric = true;
        r.evidence = ev;
        result_.cooccurrences.push_back(r);
      }
  }

  DocumentState& s_;
  const Knowledge& k_;
  OriginalText original_;
  DocumentResult& result_;
  std::vector<std::uint32_t> entity_types_;
  std::size_t next_intro_ = 0;
  std::uint32_t self_ = kNone, speaker_ = kNone;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> recent_;  // person entity, sentence
  std::uint32_t salient_org_ = kNone;  // "the company" beyond kTopicWindow
  std::uint32_t page_subject_ = kNone; // what an infobox's page is about
  bool has_speakers_ = false;          // some line opens with a speaker's label
  std::unordered_map<std::uint32_t, std::uint32_t> led_by_;  // person -> organisation founded or led
  // person -> organisation they said they work at in the sentence introducing themselves
  std::unordered_map<std::uint32_t, std::uint32_t> introduced_at_;
  std::uint32_t topic_org_ = kNone, topic_sentence_ = 0;  // latest sentence-initial organisation
  std::uint32_t sentence_topic_ = kNone;                  // first named mention of this sentence
  std::uint32_t current_sentence_ = 0;
  const Sentence* quoted_sentence_ = nullptr;  // whose quote is quotes[quoted_index_]
  std::uint32_t quoted_index_ = 0;
  const Sentence* cut_sentence_ = nullptr;  // whose text cut_text_ holds
  std::string cut_text_;
  // The relations added for the current sentence (a handful).
  // "A和B分别推出了X和Y": other patterns of the sentence that pair A with Y or B with X are wrong.
  void drop_crossed_pairs() {
    if (pairings_.empty()) return;
    const auto crossed = [&](const FoundRelation& r) {
      for (const Pairing& pairing : pairings_) {
        if (r.predicate != *pairing.predicate) continue;
        bool subject_in = false, object_in = false;
        for (const auto& [a, b] : pairing.pairs) {
          if (a == r.subject && b == r.object) return false;
          subject_in = subject_in || a == r.subject;
          object_in = object_in || b == r.object;
        }
        if (subject_in && object_in) return true;
      }
      return false;
    };
    const auto from = result_.relations.begin() + static_cast<std::ptrdiff_t>(sentence_relations_);
    result_.relations.erase(std::remove_if(from, result_.relations.end(), crossed), result_.relations.end());
  }

  struct Pairing {
    const std::string* predicate;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;  // (subject, object) entities
  };
  std::vector<Pairing> pairings_;       // of the current sentence's pairwise patterns
  std::size_t sentence_relations_ = 0;  // relations found before the current sentence

  struct Emitted {
    std::uint32_t subject;
    const std::string* predicate;
    std::uint32_t object;
  };
  std::vector<Emitted> emitted_;
};

}  // namespace

void relate(DocumentState& state, std::string_view original, DocumentResult& result) {
  RelationPass(state, original, result).run();
}

}  // namespace kg::extract
