#include "standalone_names.hpp"

#include <algorithm>
#include <map>

#include "aho_corasick.hpp"
#include "char_class.hpp"
#include "lexicon.hpp"
#include "mention_stages.hpp"
#include "name_discovery.hpp"

namespace kg::extract {
namespace {

constexpr double kShapeConfidence = 0.7;   // a name typed by its shape alone
constexpr std::size_t kMaxPersonTokens = 3;  // "Helena Margarethe Voss"
constexpr std::size_t kMinHanOccurrences = 2;
constexpr std::size_t kMaxHanOrgChars = 8;  // four of the name and a suffix of up to four
constexpr std::uint32_t kMaxRegisteredStemBytes = 10 * 3;  // 景德镇景和陶瓷文化 before 有限公司
constexpr std::uint32_t kLongestLegalFormBytes = 6 * 3;    // 有限责任公司

struct Span {
  std::uint32_t begin, end;
};

std::vector<Span> tokens_of(std::string_view s, std::uint32_t begin, std::uint32_t end) {
  std::vector<Span> tokens;
  std::uint32_t start = begin;
  for (std::uint32_t i = begin; i <= end; ++i)
    if (i == end || s[i] == ' ') {
      if (i > start) tokens.push_back(Span{start, i});
      start = i + 1;
    }
  return tokens;
}

// A word written like a name: a capital, then lower-case letters (hyphens and
// apostrophes inside: "O'Neil", "Jean-Luc"); not an acronym, not a number.
bool name_like(std::string_view word) {
  if (word.empty() || !is_upper(cp_at(word, 0))) return false;
  bool lower = false;
  for (std::size_t pos = cp_length(word, 0); pos < word.size();) {
    const char32_t cp = text::decode_next(word, pos);
    if (is_lower(cp)) lower = true;
    else if (!(is_upper(cp) || cp == '-' || cp == '\'')) return false;
  }
  return lower;
}

// Where a set of strings occurs in the text, found in one pass (an automaton over all of
// them) rather than one search of the whole document per string.
class Occurrences {
 public:
  std::uint32_t add(std::string_view what) {
    const auto [it, fresh] = ids_.try_emplace(std::string(what), static_cast<std::uint32_t>(ids_.size()));
    if (fresh) automaton_.add(it->first, it->second);
    return it->second;
  }
  // Positions of each added string; `whole_words` keeps only Latin-bounded ones.
  std::vector<std::vector<Span>> find(std::string_view text, bool whole_words) {
    std::vector<std::vector<Span>> at(ids_.size());
    if (ids_.empty()) return at;
    automaton_.build();
    automaton_.scan(text, [&](std::size_t end, const AhoCorasick::Hit& hit) {
      const auto e = static_cast<std::uint32_t>(end);
      const auto b = e - hit.length;
      if (!whole_words || latin_boundaries_ok(text, b, e, false)) at[hit.value].push_back(Span{b, e});
    });
    return at;
  }

 private:
  std::map<std::string, std::uint32_t> ids_;
  AhoCorasick automaton_;
};

class LatinRuns {
 public:
  LatinRuns(DocumentState& state, std::vector<Mention>& out)
      : state_(state), rules_(state.k.rules), s_(state.doc.norm.text), out_(out) {}

  void scan(const Sentence& sentence) {
    std::uint32_t pos = sentence.begin;
    while (pos < sentence.end) {
      const char32_t cp = cp_at(s_, pos);
      if (is_upper(cp) && !is_latin_word(cp_before(s_, pos))) {
        const std::uint32_t end = capture_latin_forward(s_, pos, sentence.end, rules_);
        if (end > pos && take(pos, end, sentence.end)) {
          pos = end;
          continue;
        }
      }
      // On to the next word: a rejected run may still hold a name after its first word.
      // Each character is decoded once, its length coming with it.
      std::size_t next = pos;
      while (pos < sentence.end && is_latin_word(text::decode_next(s_, next))) pos = static_cast<std::uint32_t>(next);
      if (pos < sentence.end) pos = static_cast<std::uint32_t>(next);
    }
  }

 private:
  std::string_view word(const Span& t) const { return s_.substr(t.begin, t.end - t.begin); }

  bool born_follows(std::uint32_t end, std::uint32_t limit) const {
    const std::string_view rest = s_.substr(end, std::min<std::uint32_t>(limit - end, 7));
    return rest == " (born" || rest.starts_with(" (born ");
  }

  // "Kestrel Systems" is an organisation, unless its stem also stands alone in the
  // document ("executive at Equinor" besides "Equinor Ventures"): the stem may then be
  // the parent or a short form, which the patterns around it tell apart. Decided in
  // finish(), once every such name of the document is known.
  struct Suffixed {
    Span whole;
    std::uint32_t whole_id, stem_id;
    bool legal_form, place_stem;
  };
  void note_suffixed(const std::vector<Span>& tokens) {
    const Span whole{tokens.front().begin, tokens.back().end};
    const std::string_view stem = s_.substr(whole.begin, tokens[tokens.size() - 2].end - whole.begin);
    suffixed_.push_back(Suffixed{whole, occurrences_.add(s_.substr(whole.begin, whole.end - whole.begin)),
                                 occurrences_.add(stem), rules_.is_legal_form_suffix(fold_key(word(tokens.back()))),
                                 known_place(stem)});
  }

  bool after_capitalised_word(std::uint32_t begin) const {
    const std::uint32_t start = capitalised_word_before(s_, begin);
    return start != kNone && !rules_.is_stopword(fold_key(s_.substr(start, begin - 1 - start)));  // "The University of ..."
  }

  bool known_place(std::string_view name) const {
    const std::uint32_t entry = state_.k.lexicon.find_key(fold_key(name));
    return entry != kNone && state_.k.lexicon.entries()[entry].type == state_.k.place;
  }

  // "DavidLiu", "JasonXu" in Chinese text: one glued token that splits into a first name
  // and one or two more capitalised parts.
  bool glued_person(const Span& token) const {
    const std::string display = display_name(word(token), true);
    const auto space = display.find(' ');
    return space != std::string::npos && rules_.is_given_name(fold_key(std::string_view(display).substr(0, space)));
  }

  std::uint32_t type_of(const std::vector<Span>& tokens, std::uint32_t end, std::uint32_t limit) const {
    if (tokens.size() == 1) return glued_person(tokens.front()) ? state_.k.person : kNone;
    if (tokens.size() < 2) return kNone;
    if (rules_.is_name_suffix(fold_key(word(tokens.back())))) {
      // "Brewing Co" is no name: a stem of suffix words alone names nothing.
      const bool all_suffixes = std::all_of(tokens.begin(), tokens.end(), [&](const Span& t) { return rules_.is_name_suffix(fold_key(word(t))); });
      return all_suffixes ? kNone : state_.k.organization;
    }
    if (tokens.size() > kMaxPersonTokens) return kNone;
    for (const auto& t : tokens)
      if (!name_like(word(t))) return kNone;
    const bool first_name = rules_.is_given_name(fold_key(word(tokens.front())));
    const bool family_name = tokens.size() == 2 && rules_.is_latin_surname(fold_key(word(tokens.back())));
    return (first_name || family_name || born_follows(end, limit)) ? state_.k.person : kNone;
  }

  // "Ningxia University", "Sierra Nevada Brewing Co": known places inside a name that ends
  // with an organisation suffix are part of it.
  bool holds_only_places(std::uint32_t begin, std::uint32_t end) const {
    for (auto m = state_.first_at_or_after(begin); m != state_.mentions.end() && m->begin < end; ++m)
      if (m->kind != MentionKind::Lexicon || m->type != state_.k.place || m->end > end) return false;
    // A mention starting before the run and reaching into it is no place of its own.
    return !(begin > 0 && state_.overlaps_mention(begin - 1, begin));
  }

  bool take(std::uint32_t begin, std::uint32_t end, std::uint32_t limit) {
    if (!plausible_name(s_.substr(begin, end - begin), rules_)) return false;
    const bool overlaps = state_.overlaps_mention(begin, end);
    if (overlaps && !holds_only_places(begin, end)) return false;
    const auto tokens = tokens_of(s_, begin, end);
    // "University of Tasmania", "Bank of Valletta": a name head, "of" and a name.
    // Not when "and" and a capital follow: the name may go on ("Museum of Old and New Art").
    // Nor inside a longer capitalised run ("Technical University of X"): patterns read those.
    if (tokens.size() >= 3 && word(tokens[1]) == "of" && rules_.is_of_name_head(fold_key(word(tokens.front()))) &&
        !after_capitalised_word(begin)) {
      const std::string_view rest = s_.substr(end, std::min<std::size_t>(6, s_.size() - end));
      if (rest.size() == 6 && rest.starts_with(" and ") && is_upper(cp_at(rest, 5))) return false;
      add(begin, end, state_.k.organization);
      return true;
    }
    const std::uint32_t type = type_of(tokens, end, limit);
    if (type == kNone || (overlaps && type != state_.k.organization)) return false;
    if (type == state_.k.organization) note_suffixed(tokens);
    else add(begin, end, type);
    return true;
  }

  void add(std::uint32_t begin, std::uint32_t end, std::uint32_t type) {
    Mention m;
    m.begin = begin;
    m.end = end;
    m.kind = MentionKind::Discovered;
    m.type = type;
    m.name = state_.names.intern(display_name(s_.substr(begin, end - begin), type == state_.k.person));
    m.confidence = kShapeConfidence;
    out_.push_back(m);
  }

 public:
  void finish() {
    const auto at = occurrences_.find(s_, true);
    // A legal form ("Karoo Ridge Resources", "Hollow Pine Brewing Co") closes the stem's own
    // name, so the stem written alone is its short form, not another organisation.
    // So does a known place ("Ningxia" of Ningxia University): written alone, it is the place.
    for (const Suffixed& s : suffixed_)
      if (s.legal_form || s.place_stem || at[s.stem_id].size() == at[s.whole_id].size())
        add(s.whole.begin, s.whole.end, state_.k.organization);
  }

 private:
  DocumentState& state_;
  const RuleSet& rules_;
  std::string_view s_;
  std::vector<Mention>& out_;
  Occurrences occurrences_;
  std::vector<Suffixed> suffixed_;
};

// Han names a document repeats: a person (a family name and one or two characters) or an
// organisation (two to four characters and an organisation suffix: 星澈科技), seen at a
// clause start right before a verb of its kind and found at least twice.
class HanNames {
 public:
  enum class Kind { Person, Organization };

  HanNames(DocumentState& state, std::vector<Mention>& out, Kind kind)
      : state_(state), rules_(state.k.rules), s_(state.doc.norm.text), out_(out), kind_(kind) {}

  // Both kinds look at the same places: one walk over the sentence serves them.
  template <typename OnStart>
  static void for_each_clause_start(std::string_view norm, const Sentence& sentence, OnStart&& on_start) {
    bool clause_start = true;
    for (std::size_t pos = sentence.begin; pos < sentence.end;) {
      const auto at = static_cast<std::uint32_t>(pos);
      const char32_t cp = text::decode_next(norm, pos);
      if (clause_start && text::is_han(cp)) on_start(at);
      if (!text::is_space(cp)) clause_start = is_clause_punct(cp) || cp == 0x300C || cp == 0x300D;
    }
  }

  // At a Han character that starts a clause: a name of this kind may start there.
  void note_candidate(std::uint32_t pos) {
    // "景和陶瓷股份有限公司是...": a registered name with its legal form is a company's by its shape.
    // After "芯岭（上海）" the rest of a registered name is no name of its own.
    if (kind_ == Kind::Organization && cp_before(s_, pos) != ')')
      if (const std::uint32_t end = registered_name_end(state_, pos);
          end != kNone && end - pos <= kMaxRegisteredStemBytes + kLongestLegalFormBytes &&
          !state_.overlaps_mention(pos, end)) {
        ++verbs_[std::string(s_.substr(pos, end - pos))];
        return;
      }
    const std::uint32_t end = kind_ == Kind::Person ? person_end(pos) : organization_end(pos);
    if (end == kNone || state_.overlaps_mention(pos, end)) return;
    const bool verb = kind_ == Kind::Person ? rules_.han_person_verb_at(s_, end) : rules_.han_organization_verb_at(s_, end);
    if (!verb) return;
    const std::string name(s_.substr(pos, end - pos));
    const std::string key = fold_key(name);
    if (rules_.is_stopword(key) || state_.k.lexicon.find_key(key) != kNone) return;
    ++verbs_[name];
  }

  // Names seen before a verb of their kind, with every occurrence of them in the document.
  void finish() {
    Occurrences occurrences;
    for (const auto& [name, verbs] : verbs_) occurrences.add(name);
    const auto found = occurrences.find(s_, false);
    for (const auto& [name, verbs] : verbs_) {
      const std::vector<Span>& at = found[occurrences.add(name)];
      if (at.size() < (kind_ == Kind::Person ? kMinHanOccurrences : 1)) continue;
      for (const Span& span : at) {
        if (state_.overlaps_mention(span.begin, span.end)) continue;
        Mention m;
        m.begin = span.begin;
        m.end = span.end;
        m.kind = MentionKind::Discovered;
        m.type = kind_ == Kind::Person ? state_.k.person : state_.k.organization;
        m.name = state_.names.intern(name);
        m.confidence = kShapeConfidence;
        out_.push_back(m);
      }
    }
  }

 private:
  // Ends of the Han characters from `pos` (no particle among them), at most `limit`.
  std::size_t han_run(std::uint32_t pos, std::uint32_t* ends, std::size_t limit) const {
    std::size_t chars = 0;
    for (std::uint32_t at = pos; chars < limit && at < s_.size();) {
      const char32_t cp = cp_at(s_, at);
      if (!text::is_han(cp) || rules_.is_han_name_break(cp)) break;
      at += static_cast<std::uint32_t>(cp_length(s_, at));
      ends[chars++] = at;
    }
    return chars;
  }

  // The end of the Han person name starting at `pos` (a family name, then one or two
  // characters; the second not when it starts a word that follows names: 王元近日), or kNone.
  std::uint32_t person_end(std::uint32_t pos) const {
    std::uint32_t ends[4];
    const std::size_t chars = han_run(pos, ends, 4);
    if (chars < 2) return kNone;
    const bool compound = chars >= 3 && rules_.is_han_surname(s_.substr(pos, ends[1] - pos));
    if (!compound && !rules_.is_han_surname(s_.substr(pos, ends[0] - pos))) return kNone;
    const std::size_t family = compound ? 2 : 1;
    if (chars >= family + 2 && !rules_.han_name_follower_at(s_, ends[family]) &&
        !rules_.han_person_verb_at(s_, ends[family]))
      return ends[family + 1];
    return chars >= family + 1 ? ends[family] : kNone;
  }

  // The end of a Han organisation name starting at `pos`: two to four characters and an
  // organisation suffix (星澈科技, 枢衡智能), or kNone.
  std::uint32_t organization_end(std::uint32_t pos) const {
    std::uint32_t ends[kMaxHanOrgChars];
    const std::size_t chars = han_run(pos, ends, kMaxHanOrgChars);
    for (std::size_t stem = 2; stem <= 4 && stem < chars; ++stem)
      for (const auto& suffix : rules_.han_org_suffixes())
        if (s_.compare(ends[stem - 1], suffix.size(), suffix) == 0) return ends[stem - 1] + static_cast<std::uint32_t>(suffix.size());
    return kNone;
  }

  DocumentState& state_;
  const RuleSet& rules_;
  std::string_view s_;
  std::vector<Mention>& out_;
  Kind kind_;
  std::map<std::string, std::uint32_t> verbs_;  // name -> clause starts before a verb of its kind
};

}  // namespace

void add_standalone_names(DocumentState& state) {
  std::vector<Mention> found;
  LatinRuns latin(state, found);
  HanNames persons(state, found, HanNames::Kind::Person);
  HanNames organizations(state, found, HanNames::Kind::Organization);
  for (const Sentence& s : state.sentences) {
    latin.scan(s);
    HanNames::for_each_clause_start(state.doc.norm.text, s, [&](std::uint32_t pos) {
      persons.note_candidate(pos);
      organizations.note_candidate(pos);
    });
  }
  latin.finish();
  persons.finish();
  organizations.finish();
  if (!found.empty()) state.add_mentions(std::move(found));
}

}  // namespace kg::extract
