#include "pattern_matcher.hpp"

#include <algorithm>

#include <boost/container/small_vector.hpp>

#include "char_class.hpp"
#include "lexicon.hpp"
#include "name_discovery.hpp"

namespace kg::extract {
namespace {

constexpr std::size_t kMaxAppos = 120;  // bytes of a skipped apposition
constexpr std::uint32_t kMaxParenthesis = 60;  // bytes of a parenthesis passed over after a name
constexpr int kHanOrgStem = 2;          // Han characters before an organisation suffix, usually
constexpr int kMaxHanOrgStem = 4;       // and at most
constexpr int kMaxHanUnitStem = 6;      // before a unit's suffix (事业群, 研究中心)
constexpr int kMaxHanKindDescription = 10;  // 全程温控平台 before a list's next product
constexpr int kMaxHanOccupation = 6;        // 陶瓷工艺师 before a person
constexpr int kMaxTitleField = 6;       // Han characters between an organisation and a title (国际业务)
constexpr int kMaxDescriptorWords = 4;  // lower-case words before a list item
constexpr std::size_t kMaxHanRunName = 7;  // Han characters of a name that runs to a clause's end
constexpr std::uint32_t kMaxQuotedName = 40;  // code points of a name in quotes or title marks

// Words that join the items of a list slot ("A, B and C", "A、B和C").
constexpr std::string_view kListSeparators[] = {", and", ",and", "and", ",", "、", "以及", "和", "与", "及", "&"};

bool is_ws(char c) { return c == ' ' || c == '\t'; }
bool han_item_separator(std::string_view sep) { return sep == "、" || sep == "和" || sep == "与" || sep == "及" || sep == "以及"; }

// The last blank-separated word of a captured name ("Department" of "Machine Learning Department").
std::string_view last_word(std::string_view words) {
  const auto space = words.rfind(' ');
  return space == std::string_view::npos ? words : words.substr(space + 1);
}

class Matcher {
 public:
  Matcher(const MatchScope& scope, const Pattern& pattern)
      : scope_(scope),
        p_(pattern),
        lower_(scope.doc.lower),
        norm_(scope.doc.norm.text),
        lo_(scope.sentence.begin),
        hi_(scope.sentence.end) {}

  std::optional<PatternMatch> run(std::uint32_t tb, std::uint32_t te) {
    if (titles_pattern() && !title_chain(tb, te)) return std::nullopt;
    trigger_end_ = te;
    result_.trigger = tb;
    if (!backward(static_cast<int>(p_.trigger) - 1, tb)) return std::nullopt;
    return result_;
  }

 private:
  // A pattern about titles ({titles} is always its trigger): its list items hold titles of their own.
  bool titles_pattern() const { return p_.elements[p_.trigger].kind == ElementKind::Titles; }

  // --- {titles}: the chain of titles around the trigger's hit, "创始人、董事长兼首席执行官" ---
  std::optional<std::uint32_t> title_fwd(std::uint32_t pos, std::uint32_t& end) const {
    for (const std::uint32_t t : scope_.rules.title_index().starting(byte_at(pos)))
      if (literal_fwd(pos, scope_.rules.titles()[t].form, end)) return scope_.rules.titles()[t].predicate;
    return std::nullopt;
  }
  std::optional<std::uint32_t> title_back(std::uint32_t pos, std::uint32_t& begin) const {
    for (const std::uint32_t t : scope_.rules.title_index().ending(byte_before(pos)))
      if (literal_back(pos, scope_.rules.titles()[t].form, begin)) return scope_.rules.titles()[t].predicate;
    return std::nullopt;
  }
  // Where a capitalised name starts after the longest title at `pos`, or kNone.
  std::uint32_t title_before_name(std::uint32_t pos) const {
    std::uint32_t longest = kNone;
    for (const std::uint32_t t : scope_.rules.title_index().starting(byte_at(pos))) {
      std::uint32_t end = 0;
      if (literal_fwd(pos, scope_.rules.titles()[t].form, end) && (longest == kNone || end > longest)) longest = end;
    }
    if (longest == kNone) return kNone;
    const std::uint32_t name = skip_fwd(longest);
    return name > longest && is_upper(cp_at(norm_, name)) ? name : kNone;
  }
  bool joiner_fwd(std::uint32_t pos, std::uint32_t& end) const {
    return any_fwd(scope_.rules.title_joiners(), scope_.rules.title_joiner_index(), pos, end);
  }
  bool joiner_back(std::uint32_t pos, std::uint32_t& begin) const {
    return any_back(scope_.rules.title_joiners(), scope_.rules.title_joiner_index(), pos, begin);
  }

  // Past the titles joined after one that ends at `end` ("、董事长兼首席执行官"): where the chain
  // ends; their predicates go to `predicates` when given.
  std::uint32_t more_titles_fwd(std::uint32_t end, std::vector<std::uint32_t>* predicates) const {
    for (std::uint32_t joint = 0, at = 0;; end = at) {
      if (!joiner_fwd(skip_fwd(end), joint)) return end;
      const auto title = title_fwd(skip_fwd(joint), at);
      if (!title) return end;
      if (predicates) predicates->push_back(*title);
    }
  }

  // Widens [begin, end), one title, to the whole chain and records its predicates.
  bool title_chain(std::uint32_t& begin, std::uint32_t& end) {
    std::uint32_t hit_end = 0;
    const auto hit = title_fwd(begin, hit_end);
    if (!hit || hit_end != end) return false;
    // "executive" inside "chief executive" is that title's, found from its own hit.
    for (const std::uint32_t t : scope_.rules.title_index().ending(byte_before(end))) {
      const std::string& form = scope_.rules.titles()[t].form;
      std::uint32_t longer = 0;
      if (form.size() > end - begin && literal_back(end, form, longer) && longer < begin) return false;
    }
    std::vector<std::uint32_t> before, after;
    for (std::uint32_t joint = 0, at = 0;; begin = at) {
      if (!joiner_back(skip_back(begin), joint)) break;
      const auto title = title_back(skip_back(joint), at);
      if (!title) break;
      before.push_back(*title);
    }
    end = more_titles_fwd(end, &after);
    result_.title_predicates.assign(before.rbegin(), before.rend());
    result_.title_predicates.push_back(*hit);
    result_.title_predicates.insert(result_.title_predicates.end(), after.begin(), after.end());
    return true;
  }

  std::uint32_t lo() const { return lo_; }
  std::uint32_t hi() const { return hi_; }

  std::uint32_t skip_fwd(std::uint32_t pos) const {
    while (pos < hi() && is_ws(lower_[pos])) ++pos;
    return pos;
  }
  std::uint32_t skip_back(std::uint32_t pos) const {
    while (pos > lo() && is_ws(lower_[pos - 1])) --pos;
    return pos;
  }

  // --- literals: ' ' in a literal matches one or more blanks ---
  bool literal_fwd(std::uint32_t pos, std::string_view lit, std::uint32_t& end) const {
    std::uint32_t j = pos;
    for (std::size_t i = 0; i < lit.size(); ++i) {
      if (lit[i] == ' ') {
        if (j >= hi() || !is_ws(lower_[j])) return false;
        while (j < hi() && is_ws(lower_[j])) ++j;
      } else {
        if (j >= hi() || lower_[j] != lit[i]) return false;
        ++j;
      }
    }
    end = j;
    return latin_boundaries_ok(norm_, pos, end, false);
  }
  bool literal_back(std::uint32_t pos, std::string_view lit, std::uint32_t& begin) const {
    std::uint32_t j = pos;
    for (std::size_t i = lit.size(); i-- > 0;) {
      if (lit[i] == ' ') {
        if (j <= lo() || !is_ws(lower_[j - 1])) return false;
        while (j > lo() && is_ws(lower_[j - 1])) --j;
      } else {
        if (j <= lo() || lower_[j - 1] != lit[i]) return false;
        --j;
      }
    }
    begin = j;
    return latin_boundaries_ok(norm_, begin, pos, false);
  }

  // The bytes LiteralIndex looks literals up by: where literal_fwd and literal_back compare first.
  int byte_at(std::uint32_t pos) const {
    return pos < hi() ? static_cast<unsigned char>(lower_[pos]) : kNoByte;
  }
  int byte_before(std::uint32_t pos) const {
    return pos > lo() ? static_cast<unsigned char>(lower_[pos - 1]) : kNoByte;
  }
  // Whether one of `words` matches at `pos` (forwards) or ends there (backwards); `end`
  // or `begin` as the first of them in list order leaves it.
  bool any_fwd(const std::vector<std::string>& words, const LiteralIndex& index, std::uint32_t pos,
               std::uint32_t& end) const {
    for (const std::uint32_t w : index.starting(byte_at(pos)))
      if (literal_fwd(pos, words[w], end)) return true;
    return false;
  }
  bool any_back(const std::vector<std::string>& words, const LiteralIndex& index, std::uint32_t pos,
                std::uint32_t& begin) const {
    for (const std::uint32_t w : index.ending(byte_before(pos)))
      if (literal_back(pos, words[w], begin)) return true;
    return false;
  }

  // --- mentions ---
  std::uint32_t mention_starting(std::uint32_t pos) const {
    for (std::uint32_t i = scope_.first; i < scope_.last; ++i) {
      if (scope_.mentions[i].begin == pos) return i;
      if (scope_.mentions[i].begin > pos) break;
    }
    return kNone;
  }
  std::uint32_t mention_ending(std::uint32_t pos) const {
    for (std::uint32_t i = scope_.first; i < scope_.last; ++i)
      if (scope_.mentions[i].end == pos) return i;
    return kNone;
  }
  bool mention_inside(std::uint32_t begin, std::uint32_t end) const {
    for (std::uint32_t i = scope_.first; i < scope_.last; ++i)
      if (scope_.mentions[i].begin < end && scope_.mentions[i].end > begin) return true;
    return false;
  }
  struct Candidate {
    std::uint32_t edge;     // end (forwards) or begin (backwards) of the item
    std::uint32_t mention;  // kNone for a captured name
  };
  // A slot has a few ways to start at one place; every try of every slot asks for them,
  // so they live on the stack rather than the heap.
  using Candidates = boost::container::small_vector<Candidate, 8>;

  // Where the " of " phrase of a captured name begins ("Technical University| of Denmark"),
  // else `end`: a known place may stand inside that phrase.
  std::uint32_t of_phrase_start(std::uint32_t begin, std::uint32_t end) const {
    const auto at = norm_.substr(begin, end - begin).find(" of ");
    return at == std::string_view::npos ? end : begin + static_cast<std::uint32_t>(at);
  }

  // Capitalised words right after the organisation mention m ("Mistral NeMo", "Equinor
  // Ventures"): their end, or kNone; `suffixed` tells whether the last one is a name suffix.
  std::uint32_t words_after_organization(std::uint32_t m, bool& suffixed) const {
    const Mention& org = scope_.mentions[m];
    if (org.type != scope_.rules.organization_type() || org.end + 1 >= hi() || norm_[org.end] != ' ') return kNone;
    const std::uint32_t start = org.end + 1;
    const std::uint32_t end = capture_latin_forward(norm_, start, hi(), scope_.rules);
    if (end == start || mention_inside(start, end)) return kNone;
    suffixed = scope_.rules.is_name_suffix(fold_key(last_word(norm_.substr(start, end - start))));
    return end;
  }

  // A new product's name captured as [begin, end): with its version ("Figure 02"), or
  // `begin` when its last word heads an institution's name ("Machine Learning Department").
  std::uint32_t new_product_end(std::uint32_t begin, std::uint32_t end) const {
    if (scope_.rules.is_of_name_head(fold_key(last_word(norm_.substr(begin, end - begin))))) return begin;
    return std::min(version_end(norm_, end, scope_.rules), hi());
  }

  // "Mistral NeMo", "Meta Quest": a known organisation followed by capitalised words (no
  // other mention, no organisation suffix) names a product where a product is expected.
  void product_named_after_maker(const Slot& slot, std::uint32_t m, Candidates& out) const {
    bool suffixed = false;
    const std::uint32_t end = product_slot(slot) ? words_after_organization(m, suffixed) : kNone;
    if (end != kNone && !suffixed) out.push_back(Candidate{end, kNone});
  }

  // "Equinor Ventures" after a discovered "Equinor": with a name suffix, the words name a
  // new organisation where an organisation may be discovered.
  void unit_named_after_parent(std::uint32_t m, Candidates& out) const {
    bool suffixed = false;
    const std::uint32_t end = words_after_organization(m, suffixed);
    if (end != kNone && suffixed) out.push_back(Candidate{end, kNone});
  }

  // "德国慕尼黑", "浙江省宁波市": a place written right before another stands for the second.
  std::uint32_t more_specific_place(std::uint32_t m) const {
    for (int hops = 0; hops < 3; ++hops) {
      const Mention& place = scope_.mentions[m];
      if (place.type == kNone || scope_.rules.place_type() != place.type) return m;
      // "浙江省宁波市北仑区": a level word (省, 市) may stand between the two.
      std::uint32_t at = place.end;
      for (const std::string_view level : {"省", "市"})
        if (norm_.compare(at, level.size(), level) == 0) at += static_cast<std::uint32_t>(level.size());
      const std::uint32_t next = mention_starting(at);
      if (next == kNone || scope_.mentions[next].type != place.type) return m;
      m = next;
    }
    return m;
  }

  // "Field Notes, the company's blog": a pattern's closing word that owns what follows is no
  // head of its own, so the pattern has not said what the name is.
  bool ends_before_possessive(std::uint32_t end) const {
    if (p_.elements.empty() || p_.elements.back().kind != ElementKind::Literal || end == 0 ||
        !text::is_latin_letter(cp_before(norm_, end)))
      return false;
    std::uint32_t after = 0;
    return (literal_fwd(end, "'s", after) || literal_fwd(end, "'", after)) && after < hi() &&
           is_ws(lower_[after]);
  }

  // "Saltmarsh's fraud team" where the pattern does not go on with the possessive itself:
  // the mention owns what the clause is about.
  bool owns_unnamed_thing(std::uint32_t m, std::uint32_t idx) const {
    const std::uint32_t end = scope_.mentions[m].end;
    // "heads its research group": a possessive pronoun before a noun.
    if (scope_.mentions[m].kind == MentionKind::Pronoun && scope_.mentions[m].reference == Reference::Nearest &&
        is_lower(cp_at(norm_, skip_fwd(end))) && norm_[end] == ' ')
      return true;
    std::uint32_t after = 0;
    if (!(literal_fwd(end, "'s", after) || literal_fwd(end, "'", after)) || !is_lower(cp_at(norm_, skip_fwd(after))))
      return false;
    if (idx + 1 < p_.elements.size() && p_.elements[idx + 1].kind == ElementKind::Literal)
      for (const auto& alternative : p_.elements[idx + 1].alternatives)
        if (alternative.front() == '\'') return false;
    return true;
  }

  // The mention right after a possessive marker at `pos` (的, 's, ', 开源的), or kNone.
  std::uint32_t possessed_after(std::uint32_t pos) const {
    for (std::string_view marker : scope_.rules.possessive_markers()) {
      std::uint32_t end = 0;
      if (!literal_fwd(pos, marker, end)) continue;
      const std::uint32_t m = mention_starting(skip_fwd(end));
      if (m != kNone && scope_.mentions[m].kind != MentionKind::Pronoun) return m;
    }
    return kNone;
  }

  // The person named right after organisation mention m and a chain of titles
  // ("美团创始人王兴", "OpenAI CEO Sam Altman"), or kNone.
  std::uint32_t title_holder_after(std::uint32_t m) const {
    if (scope_.mentions[m].type != scope_.rules.organization_type()) return kNone;
    std::uint32_t end = 0;
    // "蚂蚁集团国际业务负责人祁望舒": a few Han characters (a unit or field) may come before the title.
    std::uint32_t at = skip_fwd(scope_.mentions[m].end);
    for (int chars = 0; !title_fwd(at, end); ++chars) {
      const char32_t cp = cp_at(norm_, at);
      if (chars >= kMaxTitleField || at >= hi() || !text::is_han(cp) || scope_.rules.is_han_name_break(cp)) return kNone;
      at += static_cast<std::uint32_t>(cp_length(norm_, at));
    }
    const std::uint32_t person = mention_starting(skip_fwd(more_titles_fwd(end, nullptr)));
    return person != kNone && scope_.mentions[person].type == scope_.rules.person_type() ? person : kNone;
  }

  // The person of "前谷歌工程师张明远" when a former marker (former_prefixes) opens `pos`,
  // outside a pattern about titles; else kNone.
  std::uint32_t former_title_holder_at(std::uint32_t pos) const {
    if (titles_pattern()) return kNone;
    for (const auto& prefix : scope_.rules.former_prefixes()) {
      if (norm_.compare(pos, prefix.size(), prefix) != 0) continue;
      const std::uint32_t org = mention_starting(pos + static_cast<std::uint32_t>(prefix.size()));
      if (org != kNone) return title_holder_after(org);
    }
    return kNone;
  }

  // Where the item of person mention m starts when an organisation and a title stand
  // before it, after a former marker or not ("前谷歌工程师张明远", "美团创始人王兴"), outside a
  // pattern about titles; else kNone.
  std::uint32_t titled_item_begin(std::uint32_t m) const {
    if (titles_pattern() || scope_.mentions[m].type != scope_.rules.person_type())
      return kNone;
    std::uint32_t title_begin = 0;
    if (!title_back(skip_back(scope_.mentions[m].begin), title_begin)) return kNone;
    // A few Han characters of a unit or field may stand between the organisation and the title.
    std::uint32_t at = skip_back(title_begin);
    std::uint32_t org = mention_ending(at);
    for (int chars = 0; org == kNone && chars < kMaxTitleField && at > lo(); ++chars) {
      const char32_t cp = cp_before(norm_, at);
      if (!text::is_han(cp) || scope_.rules.is_han_name_break(cp)) break;
      at = static_cast<std::uint32_t>(prev_start(norm_, at));
      org = mention_ending(at);
    }
    if (org == kNone || scope_.mentions[org].type != scope_.rules.organization_type()) return kNone;
    const std::uint32_t begin = scope_.mentions[org].begin;
    for (const auto& prefix : scope_.rules.former_prefixes())
      if (begin >= lo() + prefix.size() && norm_.compare(begin - prefix.size(), prefix.size(), prefix) == 0)
        return begin - static_cast<std::uint32_t>(prefix.size());
    return begin;
  }

  bool type_fits(const Slot& slot, const Mention& m) const {
    // While discovering, pronouns are not resolved yet: they may stand for any person
    // (or organisation, for "its"/其).
    if (m.kind == MentionKind::Pronoun && scope_.capture) {
      for (auto t : slot.types)
        if ((t == scope_.rules.person_type() && m.reference != Reference::Organization &&
             m.reference != Reference::SpeakerOrganization) ||
            ((m.reference == Reference::Nearest || m.reference == Reference::Organization ||
              m.reference == Reference::SpeakerOrganization) &&
             t == scope_.rules.organization_type()))
          return true;
      return false;
    }
    if (m.type == kNone) return false;
    for (auto t : slot.types)
      if (t == m.type) return true;
    return false;
  }

  static bool slot_takes(const Slot& slot, std::uint32_t type) {
    return std::find(slot.types.begin(), slot.types.end(), type) != slot.types.end();
  }
  bool product_slot(const Slot& slot) const { return slot_takes(slot, scope_.rules.product_type()); }
  bool person_slot(const Slot& slot) const { return slot_takes(slot, scope_.rules.person_type()); }
  bool organization_slot(const Slot& slot) const { return slot_takes(slot, scope_.rules.organization_type()); }
  bool work_slot(const Slot& slot) const { return slot_takes(slot, scope_.rules.work_type()); }

  // "Counting the Invisible": a work's title goes on through lower-case small words
  // (title_small_words) between capitalised ones.
  std::uint32_t title_end(std::uint32_t end) const {
    for (bool more = true; more;) {
      more = false;
      for (const auto& word : scope_.rules.title_small_words()) {
        const std::uint32_t next = end + 1 + static_cast<std::uint32_t>(word.size()) + 1;
        if (next >= hi() || norm_[end] != ' ' || norm_.compare(end + 1, word.size(), word) != 0 ||
            norm_[next - 1] != ' ' || !is_upper(cp_at(norm_, next)))
          continue;
        const std::uint32_t after = capture_latin_forward(norm_, next, hi(), scope_.rules);
        if (after > next) {
          end = after;
          more = true;
          break;
        }
      }
    }
    return end;
  }

  // A Han organisation name made of a two-character name and a suffix (栖木科技, 北岸资本):
  // the suffix anchors it, so it needs no literal after it. [begin, end) or nothing.
  std::uint32_t han_org_suffix_at(std::uint32_t pos) const {
    for (const auto& suffix : scope_.rules.han_org_suffixes())
      if (norm_.substr(pos, suffix.size()) == suffix && pos + suffix.size() <= hi())
        return pos + static_cast<std::uint32_t>(suffix.size());
    return kNone;
  }
  std::uint32_t han_unit_suffix_at(std::uint32_t pos) const {
    for (const auto& suffix : scope_.rules.han_unit_suffixes())
      if (norm_.substr(pos, suffix.size()) == suffix && pos + suffix.size() <= hi())
        return pos + static_cast<std::uint32_t>(suffix.size());
    return kNone;
  }
  std::uint32_t han_org_suffix_before(std::uint32_t pos) const {
    for (const auto& suffix : scope_.rules.han_org_suffixes())
      if (pos >= lo() + suffix.size() && norm_.substr(pos - suffix.size(), suffix.size()) == suffix)
        return pos - static_cast<std::uint32_t>(suffix.size());
    return kNone;
  }
  // "法律科技公司「衡律智能」": a kind word (quoted_name_kinds) and an opening quote after `pos`
  // make what ends there a description of the quoted name, not a name.
  bool describes_quoted_name(std::uint32_t pos) const {
    for (std::string_view kind : scope_.rules.quoted_name_kinds())
      if (norm_.compare(pos, kind.size(), kind) == 0) {
        const char32_t next = cp_at(norm_, pos + static_cast<std::uint32_t>(kind.size()));
        return next == U'「' || next == U'“' || next == U'《' || next == U'『';
      }
    return false;
  }

  // Start of the Han name characters ending at `pos`, or kNone: two, or three or four when
  // they are all the clause holds there and open with no clause word (恒川新|能源副总裁,
  // 隶属于万帮数字|能源).
  std::uint32_t han_stem_before(std::uint32_t pos) const {
    std::uint32_t starts[kMaxHanOrgStem + 1];
    std::size_t chars = 0;
    for (std::uint32_t at = pos; chars <= kMaxHanOrgStem && at > lo();) {
      const char32_t cp = cp_before(norm_, at);
      // "这位镜界科技的创始人": 位 is no part of the stem.
      if (!text::is_han(cp) || scope_.rules.is_han_name_break(cp) || scope_.rules.is_han_run_break(cp)) break;
      at = static_cast<std::uint32_t>(prev_start(norm_, at));
      starts[chars++] = at;
    }
    if (chars < kHanOrgStem) return kNone;
    if (chars > kHanOrgStem && chars <= kMaxHanOrgStem) {
      const std::string_view run = std::string_view(norm_).substr(starts[chars - 1], pos - starts[chars - 1]);
      const auto& openers = scope_.rules.han_run_openers();
      if (std::none_of(openers.begin(), openers.end(), [&](const std::string& w) { return run.starts_with(w); }))
        return starts[chars - 1];
    }
    return starts[kHanOrgStem - 1];
  }
  // Forwards, the shortest stem of two to four characters that a suffix follows; more than
  // two only where no other Han character comes before (公司栖木科技 has none of 司栖木), or
  // where the pattern's own word ends there (考入华西医科大学).
  void han_org_fwd(std::uint32_t pos, bool after_literal, Candidates& out) const {
    const char32_t before = cp_before(norm_, pos);
    const bool open = pos > lo() && text::is_han(before) && !scope_.rules.is_han_name_break(before);
    // A unit's name says what it does at more length (智能家居平台事业群).
    const int longest = open && !after_literal ? kHanOrgStem : kMaxHanUnitStem;
    std::uint32_t at = pos;
    for (int chars = 0; chars < longest; ++chars) {
      const char32_t cp = cp_at(norm_, at);
      if (at >= hi() || !text::is_han(cp) || scope_.rules.is_han_name_break(cp)) return;
      at += static_cast<std::uint32_t>(cp_length(norm_, at));
      if (chars + 1 < kHanOrgStem) continue;
      if (chars + 1 > kMaxHanOrgStem) {
        if (const std::uint32_t end = han_unit_suffix_at(at); end != kNone) {
          if (!mention_inside(pos, end) && !describes_a_company(pos, end)) out.push_back(Candidate{end, kNone});
          return;
        }
        continue;
      }
      if (const std::uint32_t end = han_org_suffix_at(at); end != kNone) {
        if (!mention_inside(pos, end) && !describes_a_company(pos, end)) out.push_back(Candidate{end, kNone});
        return;
      }
    }
  }
  // "是一家总部位于深圳的旅行保险科技公司": after 一家 in its clause, words before 公司 describe
  // the company the clause is about; they name none.
  bool describes_a_company(std::uint32_t begin, std::uint32_t end) const {
    std::string_view rest = std::string_view(norm_).substr(end);
    if (const std::uint32_t suffix_end = han_org_suffix_at(end); suffix_end != kNone)
      rest = std::string_view(norm_).substr(suffix_end);  // 旅行保险 of 旅行保险科技公司
    if (!rest.starts_with("公司") && !rest.starts_with("企业")) return false;
    for (std::uint32_t at = begin; at > lo();) {
      const char32_t cp = cp_before(norm_, at);
      if (is_clause_punct(cp)) return false;
      at = static_cast<std::uint32_t>(prev_start(norm_, at));
      if (std::string_view(norm_).substr(at).starts_with("一家")) return true;
    }
    return false;
  }
  void han_org_back(std::uint32_t pos, Candidates& out) const {
    const std::uint32_t stem_end = han_org_suffix_before(pos);
    if (stem_end == kNone || describes_quoted_name(pos)) return;
    const std::uint32_t begin = han_stem_before(stem_end);
    if (begin != kNone && !mention_inside(begin, pos)) out.push_back(Candidate{begin, kNone});
  }

  // A Han person name ending at `pos` (由苏晚晴于...创办): a family name and one or two
  // characters, longest first.
  void han_person_back(std::uint32_t pos, Candidates& out) const {
    boost::container::small_vector<std::uint32_t, 4> starts;  // of the 1st, 2nd, ... character before pos
    for (std::uint32_t at = pos; at > lo() && starts.size() < 4;) {
      const char32_t cp = cp_before(norm_, at);
      if (!text::is_han(cp) || scope_.rules.is_han_name_break(cp)) break;
      at = static_cast<std::uint32_t>(prev_start(norm_, at));
      starts.push_back(at);
    }
    for (std::size_t chars = starts.size(); chars >= 2; --chars) {
      const std::uint32_t begin = starts[chars - 1];
      const std::uint32_t second = starts[chars - 2];
      const std::uint32_t third = chars >= 3 ? starts[chars - 3] : pos;
      const bool single = chars <= 3 && scope_.rules.is_han_surname(norm_.substr(begin, second - begin));
      const bool compound = chars >= 3 && scope_.rules.is_han_surname(norm_.substr(begin, third - begin));
      // "王清共|同创立": a last character that starts a word following names is not the name's.
      const bool cut_word = chars == (compound ? 4u : 3u) && (scope_.rules.han_name_follower_at(norm_, starts[0]) ||
                                                              scope_.rules.han_person_verb_at(norm_, starts[0]));
      if ((single || compound) && !cut_word && !mention_inside(begin, pos) && !ends_title(begin, pos))
        out.push_back(Candidate{begin, kNone});
    }
  }

  // "两位工程师": a Han span that is the end of a title (程师 of 工程师) names no one.
  bool ends_title(std::uint32_t begin, std::uint32_t end) const {
    for (const auto& title : scope_.rules.titles())
      if (title.form.size() > end - begin && end >= lo() + title.form.size() &&
          norm_.substr(end - title.form.size(), title.form.size()) == title.form)
        return true;
    return false;
  }

  // Whether what starts at `pos` surely follows a name: no Han character, or a word that
  // follows names or that a person or organisation does, a clause coordinator (随后) or a
  // title, not a mere particle.
  bool word_after_name(std::uint32_t pos) const {
    if (pos >= hi() || !text::is_han(cp_at(norm_, pos))) return true;
    const RuleSet& rules = scope_.rules;
    if (rules.han_name_follower_at(norm_, pos) || rules.han_person_verb_at(norm_, pos) ||
        rules.han_organization_verb_at(norm_, pos))
      return true;
    std::uint32_t end = 0;
    return (any_fwd(rules.clause_coordinators(), rules.clause_coordinator_index(), pos, end) && end > pos + 3) ||
           title_fwd(pos, end).has_value();
  }

  // Han names end where the pattern goes on: a person name is a family name and one or
  // two characters (longest first); other names run up to the next Han literal
  // (shortest first).
  void han_candidates(const Slot& slot, std::uint32_t idx, std::uint32_t pos,
                      Candidates& out) const {
    const bool last = idx + 1 >= p_.elements.size();
    // Particles (的, 是) end a person's name; other names end where the pattern goes on.
    const bool person = person_slot(slot);
    if (last && !person) return;
    boost::container::small_vector<std::uint32_t, 10> ends;  // after each Han character
    for (std::uint32_t at = pos; at < hi() && ends.size() < 10;) {
      const char32_t cp = cp_at(norm_, at);
      if (!text::is_han(cp) || (person && scope_.rules.is_han_name_break(cp))) break;
      at += static_cast<std::uint32_t>(cp_length(norm_, at));
      ends.push_back(at);
    }
    auto add = [&](std::size_t chars) {
      if (chars >= 2 && chars <= ends.size() && !mention_inside(pos, ends[chars - 1]))
        out.push_back(Candidate{ends[chars - 1], kNone});
    };
    if (person) {
      if (ends.size() < 2) return;
      std::size_t surname = 0;
      if (scope_.rules.is_han_surname(norm_.substr(pos, ends[1] - pos))) surname = 2;
      else if (scope_.rules.is_han_surname(norm_.substr(pos, ends[0] - pos))) surname = 1;
      if (surname == 0) return;
      for (std::size_t chars = surname + 2; chars > surname; --chars)
        // "张鹏毕业于", "韦东带队": a word that follows names (毕业, 表示) or that only a person
        // does is not the name's last character; "林可此次", "陈川随后加入": nor is one that
        // starts a word going on past it.
        if (chars == surname + 1 || (!scope_.rules.han_name_follower_at(norm_, ends[chars - 2]) &&
                                     !scope_.rules.han_person_verb_at(norm_, ends[chars - 2]) &&
                                     (chars > ends.size() || !word_after_name(ends[chars - 2]) ||
                                      word_after_name(ends[chars - 1]))))
          add(chars);
      return;
    }
    const Element& next = p_.elements[idx + 1];
    // At the clause's end (收购了一家初创公司云隙视觉。) the name is the whole Han run.
    if (next.kind == ElementKind::ClauseEnd || next.kind == ElementKind::LineEnd) {
      // "...公司做增长": a run that starts with a particle or verb (做, 是, 在) is no name.
      if (ends.size() < kMaxHanRunName && !scope_.rules.is_han_name_break(cp_at(norm_, pos))) add(ends.size());
      return;
    }
    // Bounded by a Han word (名为X的公司) or by punctuation (《X》), never by a letter.
    const bool bounded = next.kind == ElementKind::Literal &&
                         std::all_of(next.alternatives.begin(), next.alternatives.end(),
                                     [](const std::string& a) { return !is_latin_word(cp_at(a, 0)); });
    if (!bounded) return;
    for (std::size_t chars = 2; chars <= ends.size(); ++chars) add(chars);
  }

  // Ways a slot's item can start at pos, forwards: the mention there, or captured names.
  Candidates candidates_fwd(const Slot& slot, std::uint32_t idx, std::uint32_t pos) const {
    Candidates out;
    const std::uint32_t m = mention_starting(pos);
    if (m == kNone && person_slot(slot)) {
      // "由前谷歌工程师张明远、原微软研究员李书豪": a former organisation, a title and the person.
      const std::uint32_t holder = former_title_holder_at(pos);
      if (holder != kNone && type_fits(slot, scope_.mentions[holder]))
        out.push_back(Candidate{scope_.mentions[holder].end, holder});
      if (!out.empty()) return out;
    }
    if (m != kNone) {
      // "Equinor Ventures" after a discovered "Equinor": a unit named after its parent.
      if (slot.discovers && scope_.capture && organization_slot(slot)) unit_named_after_parent(m, out);
      if (!out.empty()) return out;
      // "字节跳动的豆包", "Anthropic's Claude": the thing possessed fills the slot when it fits.
      const std::uint32_t owned = possessed_after(scope_.mentions[m].end);
      // "投资方包括...美团创始人王兴": an organisation, a title and a person name the person,
      // except in a pattern about titles, where such an item holds a title of its own.
      const bool titled = titles_pattern();
      if (const std::uint32_t holder = owned == kNone && !titled && person_slot(slot) ? title_holder_after(m) : kNone;
          holder != kNone && type_fits(slot, scope_.mentions[holder])) {
        out.push_back(Candidate{scope_.mentions[holder].end, holder});
        return out;
      }
      if (owned != kNone && type_fits(slot, scope_.mentions[owned]))
        out.push_back(Candidate{scope_.mentions[owned].end, owned});
      else if (owned == kNone && !product_slot(slot) && owns_unnamed_thing(m, idx))
        return out;  // "leads Saltmarsh's fraud team": the object is the team, not Saltmarsh
      else if (type_fits(slot, scope_.mentions[m])) {
        const std::uint32_t chosen = more_specific_place(m);
        out.push_back(Candidate{scope_.mentions[chosen].end, chosen});
      }
      else if (slot.discovers && scope_.capture)
        product_named_after_maker(slot, m, out);
      return out;
    }
    if (!slot.discovers || !scope_.capture || pos >= hi()) return out;
    const bool line_rest = idx + 1 < p_.elements.size() &&
                           p_.elements[idx + 1].kind == ElementKind::LineEnd;
    const char32_t first = cp_at(norm_, pos);
    // 《看见之后：机器视觉的二十年》, “城市之眼”: a name in title marks or quotes runs to the closing mark.
    if (const std::uint32_t end = quoted_name_end(pos); end != kNone) {
      if (!mention_inside(pos, end) && plausible_name(norm_.substr(pos, end - pos), scope_.rules))
        out.push_back(Candidate{end, kNone});
      return out;
    }
    if (line_rest) {
      const std::uint32_t end = capture_line_rest(norm_, pos, hi());
      const bool han_person_ok = !text::is_han(first) || !person_slot(slot) ||
                                 scope_.rules.is_han_surname(norm_.substr(pos, cp_length(norm_, pos))) ||
                                 (end > pos + 6 && scope_.rules.is_han_surname(norm_.substr(pos, 6)));
      if (end > pos && han_person_ok && !mention_inside(pos, end)) out.push_back(Candidate{end, kNone});
    } else if (text::is_han(first)) {
      const bool after_literal = idx > 0 && p_.elements[idx - 1].kind == ElementKind::Literal &&
                                 !p_.elements[idx - 1].optional;
      if (organization_slot(slot)) han_org_fwd(pos, after_literal, out);
      han_candidates(slot, idx, pos, out);
      if (out.empty() && slot.list && (organization_slot(slot) || product_slot(slot)))
        if (const std::uint32_t end = han_list_run_end(pos, false);
            end != kNone && mention_starting(end + static_cast<std::uint32_t>(cp_length(norm_, end))) != kNone)
          out.push_back(Candidate{end, kNone});
    } else {
      std::uint32_t end = capture_latin_forward(norm_, pos, hi(), scope_.rules);
      if (end > pos && product_slot(slot)) end = new_product_end(pos, end);
      if (end > pos && work_slot(slot)) end = title_end(end);
      if (end > pos && !mention_inside(pos, of_phrase_start(pos, end))) out.push_back(Candidate{end, kNone});
    }
    const auto implausible = [&](const Candidate& c) {
      return !plausible_name(norm_.substr(pos, c.edge - pos), scope_.rules);
    };
    out.erase(std::remove_if(out.begin(), out.end(), implausible), out.end());
    return out;
  }

  // After an opening 《, “, 「 or ": where the name inside ends (before the closing mark), or
  // kNone. Punctuation may stand inside a title (《看见之后：机器视觉的二十年》).
  std::uint32_t quoted_name_end(std::uint32_t pos) const {
    const char32_t open = cp_before(norm_, pos);
    const char32_t close = open == U'《' ? U'》' : open == U'“' ? U'”' : open == U'「' ? U'」' : open == U'"' ? U'"' : 0;
    if (close == 0) return kNone;
    std::uint32_t at = pos;
    for (std::uint32_t chars = 0; at < hi() && chars <= kMaxQuotedName; ++chars) {
      const char32_t cp = cp_at(norm_, at);
      if (cp == close) {
        // English puts a comma inside the closing quote: "Circuits in the Dark," she said.
        const std::uint32_t end = at > pos && norm_[at - 1] == ',' ? at - 1 : at;
        return end > pos ? end : kNone;
      }
      if ((cp == open && open != close) || cp == U'。' || cp == '\n') return kNone;
      at += static_cast<std::uint32_t>(cp_length(norm_, at));
    }
    return kNone;
  }

  // Before a closing 」, ” or 》 at `pos`: where the name inside starts (after the opening
  // mark), or kNone.
  std::uint32_t quoted_name_begin(std::uint32_t pos) const {
    const char32_t close = cp_at(norm_, pos);
    const char32_t open = close == U'》' ? U'《' : close == U'”' ? U'“' : close == U'」' ? U'「' : 0;
    if (open == 0 || pos >= hi()) return kNone;
    std::uint32_t at = pos;
    for (std::uint32_t chars = 0; at > lo() && chars <= kMaxQuotedName; ++chars) {
      const char32_t cp = cp_before(norm_, at);
      if (cp == open) return at < pos ? at : kNone;
      if (cp == close || cp == U'。' || cp == '\n') return kNone;
      at = static_cast<std::uint32_t>(prev_start(norm_, at));
    }
    return kNone;
  }

  // The whole Han run before `pos`, back to the clause's start ({start}青岚数据成立于...),
  // when it is short enough to be a name.
  void han_run_back(std::uint32_t pos, Candidates& out) const {
    std::uint32_t at = pos;
    std::size_t chars = 0;
    while (at > lo() && text::is_han(cp_before(norm_, at)) && chars < kMaxHanRunName) {
      at = static_cast<std::uint32_t>(prev_start(norm_, at));
      ++chars;
    }
    const bool whole = at == lo() || !text::is_han(cp_before(norm_, at));
    // "原星桥云总裁何立帆": a former-title prefix opens the clause, not the name.
    for (const auto& prefix : scope_.rules.former_prefixes())
      if (std::string_view(norm_).substr(at, pos - at).starts_with(prefix) && chars >= 3 + (prefix.size() > 3)) {
        at += static_cast<std::uint32_t>(prefix.size());
        break;
      }
    if (chars >= 2 && whole && plausible_run(at, pos) && !mention_inside(at, pos)) out.push_back(Candidate{at, kNone});
  }

  // A Han run back to a clause start is a name unless it opens with a clause word (是禾穗科技,
  // 这家公司, 出任芯澜) or a list descriptor (老股东北辰资本), holds a particle (跃行的另一位, 第三位) or a
  // preposition that is also a clause word (本轮由远澈资本), or is cut from a title: a chain split
  // at 、 (创始人、董事长兼CEO gives 董事长兼) or a longer title it ends inside (拾音科技联合|创始人).
  bool plausible_run(std::uint32_t begin, std::uint32_t end) const {
    const std::string_view run = std::string_view(norm_).substr(begin, end - begin);
    for (const auto& opener : scope_.rules.han_run_openers())
      if (run.starts_with(opener)) return false;
    std::uint32_t descriptor_end = 0;
    if (any_fwd(scope_.rules.list_descriptors(), scope_.rules.list_descriptor_index(), begin, descriptor_end))
      return false;
    for (std::uint32_t at = begin; at < end; at += static_cast<std::uint32_t>(cp_length(norm_, at))) {
      const char32_t cp = cp_at(norm_, at);
      if (scope_.rules.is_han_run_break(cp)) return false;
      if (at > begin && scope_.rules.is_han_name_break(cp) && scope_.rules.is_han_run_opener(cp)) return false;
      std::uint32_t title_end = 0;
      if (title_fwd(at, title_end) && (at == begin || title_end > end)) return false;
    }
    return true;
  }

  // The Han characters before `pos` back to a particle or clause word (由|白鹭|领投, 和|云帆),
  // when they are short enough and plausible as a name: a name bounded on both sides by the
  // pattern.
  void han_run_to_break_back(std::uint32_t pos, Candidates& out) const {
    std::uint32_t at = pos;
    std::size_t chars = 0;
    while (at > lo() && chars < kMaxHanRunName) {
      const char32_t cp = cp_before(norm_, at);
      if (!text::is_han(cp) || scope_.rules.is_han_name_break(cp)) break;
      at = static_cast<std::uint32_t>(prev_start(norm_, at));
      ++chars;
    }
    const bool whole = at == lo() || !text::is_han(cp_before(norm_, at)) || scope_.rules.is_han_name_break(cp_before(norm_, at));
    if (chars >= 2 && chars < kMaxHanRunName && whole && !mention_inside(at, pos) &&
        plausible_name(norm_.substr(at, pos - at), scope_.rules))
      out.push_back(Candidate{at, kNone});
  }
  // Whether the element before a slot is a Han word that must stand right before it.
  bool han_literal_before(int idx) const {
    if (idx <= 0) return false;
    const Element& e = p_.elements[static_cast<std::size_t>(idx - 1)];
    return e.kind == ElementKind::Literal && !e.optional &&
           std::all_of(e.alternatives.begin(), e.alternatives.end(), [](const std::string& a) {
             return !a.empty() && text::is_han(cp_before(a, a.size()));
           });
  }

  Candidates candidates_back(const Slot& slot, int idx, std::uint32_t pos) const {
    Candidates out;
    const std::uint32_t m = mention_ending(pos);
    if (m != kNone) {
      if (type_fits(slot, scope_.mentions[m])) {
        // 美国旧金山: the item starts at the broader place but is the city.
        const std::uint32_t broader = mention_ending(scope_.mentions[m].begin);
        const bool within = broader != kNone && more_specific_place(broader) == m;
        out.push_back(Candidate{scope_.mentions[within ? broader : m].begin, m});
        // Failing that, the item takes in an organisation and a title before it (由前谷歌工程师张明远).
        if (const std::uint32_t titled = person_slot(slot) ? titled_item_begin(m) : kNone; titled != kNone)
          out.push_back(Candidate{titled, m});
      }
      return out;
    }
    if (!slot.discovers || !scope_.capture) return out;
    // 「和弦坊」的创始人: backwards too, a name in quotes runs back to the opening mark.
    if (const std::uint32_t begin = quoted_name_begin(pos); begin != kNone) {
      if (!mention_inside(begin, pos) && plausible_name(norm_.substr(begin, pos - begin), scope_.rules))
        out.push_back(Candidate{begin, kNone});
      return out;
    }
    if (text::is_han(cp_before(norm_, pos))) {
      if (idx > 0 && p_.elements[idx - 1].kind == ElementKind::ClauseStart && !person_slot(slot))
        han_run_back(pos, out);
      if (organization_slot(slot)) han_org_back(pos, out);
      if (person_slot(slot)) han_person_back(pos, out);
      if (out.empty() && !person_slot(slot) && han_literal_before(idx)) han_run_to_break_back(pos, out);
      const auto implausible = [&](const Candidate& c) {
        return !plausible_name(norm_.substr(c.edge, pos - c.edge), scope_.rules) ||
               (c.mention == kNone && organization_slot(slot) && describes_a_company(c.edge, pos));
      };
      out.erase(std::remove_if(out.begin(), out.end(), implausible), out.end());
      return out;
    }
    std::uint32_t begin = capture_latin_backward(norm_, pos, lo(), scope_.rules);
    // A work's title keeps its article: "with The Salt Road (2015)".
    if (begin < pos && work_slot(slot) && begin >= lo() + 4 && norm_.compare(begin - 4, 4, "The ") == 0 &&
        (begin - 4 == lo() || !is_latin_word(cp_before(norm_, begin - 4))))
      begin -= 4;
    if (begin < pos && !mention_inside(begin, pos) &&
        plausible_name(norm_.substr(begin, pos - begin), scope_.rules))
      out.push_back(Candidate{begin, kNone});
    return out;
  }

  // A list slot's items from `edge` on, as far as `extend` finds more; then the rest of the
  // pattern from the far end of the longest list first and, failing that, of shorter ones:
  // the last item may be the pattern's own word ("奥特曼与李明共同创办": 与 joins the founders).
  template <typename Extend, typename Rest>
  bool longest_list_first(bool list, std::uint32_t edge, Extend&& extend, Rest&& rest) {
    boost::container::small_vector<std::pair<std::size_t, std::uint32_t>, 4> ends{{bindings_.size(), edge}};
    while (list && extend(edge)) ends.emplace_back(bindings_.size(), edge);
    for (auto it = ends.rbegin(); it != ends.rend(); ++it) {
      bindings_.resize(it->first);
      if (rest(it->second)) return true;
    }
    return false;
  }

  bool slot_fwd(const Element& e, std::uint32_t idx, std::uint32_t pos) {
    const Slot& slot = p_.slots[e.slot];
    const std::uint32_t at = slot.list ? han_descriptor_fwd(skip_fwd(pos)) : skip_fwd(pos);
    const std::size_t mark = bindings_.size();
    if (slot.all) return all_fwd(e, idx, at);
    // "Lanternfish Games (commonly Lanternfish) is ...": what a name is given in parentheses
    // right after it may stand between it and the rest of the pattern.
    const auto rest = [&](std::uint32_t end) {
      if (forward(idx + 1, end)) return true;
      const std::uint32_t after = parenthesis_after(end);
      return after != kNone && forward(idx + 1, after);
    };
    for (const Candidate& c : candidates_fwd(slot, idx, at)) {
      bindings_.resize(mark);
      bindings_.push_back(Binding{e.slot, at, c.edge, c.mention});
      if (longest_list_first(
              slot.list, c.edge, [&](std::uint32_t& end) { return more_fwd(slot, e.slot, idx, end); }, rest))
        return true;
    }
    bindings_.resize(mark);
    return false;
  }

  // {x:Type all}: every mention of the type from `at` to the sentence's end ("旗下产品包括
  // 工业质检平台“澈视”、仓储机器人“星驰”系列以及视觉大模型StarVL"), at least one.
  bool all_fwd(const Element& e, std::uint32_t idx, std::uint32_t at) {
    const Slot& slot = p_.slots[e.slot];
    const std::size_t mark = bindings_.size();
    std::uint32_t end = at;
    for (std::uint32_t i = scope_.first; i < scope_.last; ++i) {
      const Mention& m = scope_.mentions[i];
      if (m.begin < at || !type_fits(slot, m)) continue;
      bindings_.push_back(Binding{e.slot, m.begin, m.end, i});
      end = m.end;
    }
    if (bindings_.size() > mark && forward(idx + 1, end)) return true;
    bindings_.resize(mark);
    return false;
  }

  // "竞争对手包括方所、西西弗书店和言几又": an organisation or product of a Han list that the
  // lexicon lacks and no suffix marks is the whole short run up to the next separator, beside
  // a known name (the next item for the first, an earlier one for the others). The first
  // item must end at 、; a later one may end at 和, 以及, 等 or the clause's end. A run
  // holding a particle or a verb, or ending with a kind word (国内厂商), is no name.
  std::uint32_t han_list_run_end(std::uint32_t pos, bool later_item) const {
    const RuleSet& rules = scope_.rules;
    std::uint32_t at = pos;
    int chars = 0;
    for (; at < hi(); ++chars) {
      const char32_t cp = cp_at(norm_, at);
      if (cp == U'、' || !text::is_han(cp)) break;
      if (later_item && chars >= kHanOrgStem &&
          (cp == U'和' || cp == U'等' || norm_.compare(at, std::string_view("以及").size(), "以及") == 0))
        break;
      if (chars > kMaxHanUnitStem || rules.is_han_name_break(cp) || rules.is_han_run_break(cp) ||
          rules.han_person_verb_at(norm_, at) || rules.han_organization_verb_at(norm_, at))
        return kNone;
      at += static_cast<std::uint32_t>(cp_length(norm_, at));
    }
    if (chars < kHanOrgStem) return kNone;
    const char32_t stop = cp_at(norm_, at);
    if (!later_item ? stop != U'、' : at < hi() && !text::is_han(stop) && !is_clause_punct(stop)) return kNone;
    const std::string_view run = norm_.substr(pos, at - pos);
    for (const auto* kinds : {&rules.organization_kinds(), &rules.han_product_kinds()})
      for (const auto& kind : *kinds)
        if (run.ends_with(kind)) return kNone;
    return mention_inside(pos, at) ? kNone : at;
  }

  // One more list item after `end` ("A, B and C"); moves `end` past it.
  bool more_fwd(const Slot& slot, std::uint32_t slot_index, std::uint32_t idx, std::uint32_t& end) {
    if (more_fwd_from(slot, slot_index, idx, end, false, end)) return true;
    // "推出了“甲乙”、“丙丁”": an item's closing quote is passed over.
    if (const char32_t close = cp_at(norm_, end);
        end < hi() && (close == U'”' || close == U'」' || close == U'》') &&
        more_fwd_from(slot, slot_index, idx, end + static_cast<std::uint32_t>(cp_length(norm_, end)), false, end))
      return true;
    // "Saltmarsh (2014) and The Hollow Crown (2018)": an item's parenthesis is passed over.
    if (const std::uint32_t after = parenthesis_after(end);
        after != kNone && more_fwd_from(slot, slot_index, idx, after, false, end))
      return true;
    // "Mixtral, a mixture-of-experts model, and ...": an item's apposition is skipped
    // before the closing "and".
    const std::uint32_t after = appos_fwd(end);
    return after != kNone && more_fwd_from(slot, slot_index, idx, after - 1, true, end);
  }

  // Lower-case words after an article that describe the next item ("the chat assistant
  // Le Chat"), skipped; `at` itself when there is no article.
  std::uint32_t skip_descriptor(std::uint32_t at) const {
    std::uint32_t pos = at;
    for (std::string_view article : {"the ", "a ", "an "})
      if (lower_.substr(at, article.size()) == article) pos = skip_fwd(at + static_cast<std::uint32_t>(article.size()));
    if (pos == at) {
      // Without an article, only a listed descriptor: "and existing investor Accel".
      std::uint32_t end = 0;
      return any_fwd(scope_.rules.list_descriptors(), scope_.rules.list_descriptor_index(), at, end) ? skip_fwd(end)
                                                                                                      : at;
    }
    for (int words = 0; words < kMaxDescriptorWords && pos < hi() && descriptor_word(pos); ++words) {
      while (pos < hi() && (is_latin_word(cp_at(norm_, pos)) || norm_[pos] == '-'))
        pos += static_cast<std::uint32_t>(cp_length(norm_, pos));
      pos = skip_fwd(pos);
    }
    return pos;
  }

  // A lower-case word, or a capitalised word that is never a name and goes on with a
  // lower-case one ("French startup", not "Q Developer").
  bool descriptor_word(std::uint32_t pos) const {
    if (is_lower(cp_at(norm_, pos))) return true;
    std::uint32_t end = pos;
    while (end < hi() && is_latin_word(cp_at(norm_, end))) end += static_cast<std::uint32_t>(cp_length(norm_, end));
    return end > pos && scope_.rules.is_stopword(fold_key(norm_.substr(pos, end - pos))) &&
           is_lower(cp_at(norm_, skip_fwd(end)));
  }

  // After a Han list descriptor starting at `at` ("老股东启明创投", "连续创业者鲍景行"): where the
  // item starts; `at` when there is none. Latin descriptors are handled by skip_descriptor.
  std::uint32_t han_descriptor_fwd(std::uint32_t at) const {
    if (!text::is_han(cp_at(norm_, at))) return at;
    // "其妻子许兰芝": the descriptor may be owned by the person before.
    std::uint32_t from = at;
    if (norm_.compare(at, std::string_view("其").size(), "其") == 0) from += static_cast<std::uint32_t>(std::string_view("其").size());
    std::uint32_t end = 0;
    if (any_fwd(scope_.rules.list_descriptors(), scope_.rules.list_descriptor_index(), from, end)) return end;
    // "陶瓷工艺师傅秉文": an occupation ending with 师 or 家 right before a known person.
    std::uint32_t pos = from;
    for (int chars = 0; chars < kMaxHanOccupation && pos < hi(); ++chars) {
      const char32_t cp = cp_at(norm_, pos);
      if (!text::is_han(cp) || mention_starting(pos) != kNone) break;
      pos += static_cast<std::uint32_t>(cp_length(norm_, pos));
      if (chars == 0 || (cp != U'师' && cp != U'家')) continue;
      const std::uint32_t person = mention_starting(pos);
      if (person != kNone && scope_.mentions[person].type == scope_.rules.person_type()) return pos;
    }
    return at;
  }
  // Backwards: where a Han list descriptor ending at `begin` starts, or `begin`.
  std::uint32_t han_descriptor_back(std::uint32_t begin) const {
    std::uint32_t start = 0;
    if (!text::is_han(cp_before(norm_, begin))) return begin;
    if (any_back(scope_.rules.list_descriptors(), scope_.rules.list_descriptor_index(), begin, start)) {
      if (start > lo() && norm_.compare(start - std::string_view("其").size(), std::string_view("其").size(), "其") == 0)
        start -= static_cast<std::uint32_t>(std::string_view("其").size());
      return start;
    }
    // "由陶瓷工艺师傅秉文": an occupation ending with 师 or 家 before a known person runs back
    // to the particle or separator before it.
    const std::uint32_t person = mention_starting(begin);
    const char32_t last = cp_before(norm_, begin);
    if (person == kNone || scope_.mentions[person].type != scope_.rules.person_type() || (last != U'师' && last != U'家'))
      return begin;
    start = begin;
    int chars = 0;
    for (; chars < kMaxHanOccupation && start > lo(); ++chars) {
      const char32_t cp = cp_before(norm_, start);
      if (!text::is_han(cp) || scope_.rules.is_han_name_break(cp) || mention_ending(start) != kNone) break;
      start = static_cast<std::uint32_t>(prev_start(norm_, start));
    }
    return chars >= 2 && chars < kMaxHanOccupation ? start : begin;
  }

  // The next item after a separator at `from`; `closing_only`: only ", and" may separate.
  // Descriptors ("and the chat assistant Le Chat") are skipped only after "and".
  bool more_fwd_from(const Slot& slot, std::uint32_t slot_index, std::uint32_t idx, std::uint32_t from,
                     bool closing_only, std::uint32_t& end) {
    const std::uint32_t next = skip_fwd(from);
    std::uint32_t sep_end = 0;
    for (auto sep : kListSeparators) {
      const bool closing = sep.find("and") != std::string_view::npos;
      if ((closing_only && !closing) || !literal_fwd(next, sep, sep_end)) continue;
      std::uint32_t at = han_descriptor_fwd(skip_fwd(sep_end));
      // The next item may open with its quote: its name starts past it.
      if (const char32_t open = cp_at(norm_, at); at < hi() && (open == U'“' || open == U'「' || open == U'《'))
        at += static_cast<std::uint32_t>(cp_length(norm_, at));
      // An item described on its own (与连续创业者鲍景行) does not share a title before the list.
      if (at != skip_fwd(sep_end) && titles_pattern()) continue;
      auto items = candidates_fwd(slot, idx, at);
      // "研发了仓储管理系统“凌川云仓”以及全程温控平台“冷眼”": a later product carries its own kind.
      if (items.empty() && han_item_separator(sep) && product_slot(slot))
        if (const std::uint32_t named = han_kind_descriptor_end(at); named != kNone) {
          at = named;
          items = candidates_fwd(slot, idx, at);
        }
      if (items.empty() && han_item_separator(sep) && slot.discovers && scope_.capture &&
          (organization_slot(slot) || product_slot(slot)) && known_item_before(slot_index))
        if (const std::uint32_t run_end = han_list_run_end(at, true); run_end != kNone)
          items.push_back(Candidate{run_end, kNone});
      if (items.empty() && closing && text::is_latin_letter(cp_at(norm_, at))) {
        at = skip_descriptor(at);
        items = candidates_fwd(slot, idx, at);
      }
      // "by chief executive A and chief technology officer B": a title before a later item
      // describes it, outside patterns about titles.
      if (items.empty() && !titles_pattern() && person_slot(slot))
        if (const std::uint32_t after = title_before_name(at); after != kNone) {
          at = after;
          items = candidates_fwd(slot, idx, at);
        }
      // "built on Llama 3, and we use": a pronoun after the separator opens a clause of its own.
      if (items.empty() || owner_changes(slot_index, at, items.front()) || pronoun_item(items.front()) ||
          (closing && opens_new_clause(items.front().edge)))
        continue;
      bindings_.push_back(Binding{slot_index, at, items.front().edge, items.front().mention});
      end = items.front().edge;
      return true;
    }
    return false;
  }

  // After a short Han description ending with a product kind (全程温控平台, 遥感无人机) at
  // `at`: where the name it describes starts, past an opening quote; kNone when none follows.
  std::uint32_t han_kind_descriptor_end(std::uint32_t at) const {
    const RuleSet& rules = scope_.rules;
    std::uint32_t pos = at;
    for (int chars = 0; chars < kMaxHanKindDescription && pos < hi(); ++chars) {
      const char32_t cp = cp_at(norm_, pos);
      if (!text::is_han(cp) || rules.is_han_name_break(cp) || mention_starting(pos) != kNone) return kNone;
      pos += static_cast<std::uint32_t>(cp_length(norm_, pos));
      for (const auto& kind : rules.han_product_kinds()) {
        if (pos - at < kind.size() || norm_.compare(pos - kind.size(), kind.size(), kind) != 0) continue;
        const char32_t next = cp_at(norm_, pos);
        if (next == U'“' || next == U'「' || next == U'《') return pos + static_cast<std::uint32_t>(cp_length(norm_, pos));
        if (is_latin_word(next)) return pos;
      }
    }
    return kNone;
  }

  // Whether an item already bound to the slot is a name kg knows: a list of bare Han runs
  // (业务分为卫星制造、数据服务) is a list of activities, not of names.
  bool known_item_before(std::uint32_t slot_index) const {
    return std::any_of(bindings_.begin(), bindings_.end(),
                       [&](const Binding& b) { return b.slot == slot_index && b.mention != kNone; });
  }

  bool pronoun_item(const Candidate& item) const {
    return item.mention != kNone && scope_.mentions[item.mention].kind == MentionKind::Pronoun;
  }

  // "..., and Altman later ran X": the item after "and" is the subject of a new clause.
  bool opens_new_clause(std::uint32_t item_end) const {
    const std::uint32_t at = skip_fwd(item_end);
    std::uint32_t end = 0;
    return is_lower(cp_at(norm_, at)) &&
           any_fwd(scope_.rules.subject_adverbs(), scope_.rules.subject_adverb_index(), at, end);
  }

  // Whether a binding names something possessed (字节跳动的豆包) rather than the mention itself.
  bool possessed(std::uint32_t begin, std::uint32_t mention) const {
    if (mention == kNone || scope_.mentions[mention].begin == begin) return false;
    if (former_title_holder_at(begin) == mention) return false;  // 前谷歌工程师张明远 is the person
    const std::uint32_t first = mention_starting(begin);  // 美国 of 美国旧金山 owns nothing
    // 美团 of 美团创始人王兴 owns nothing either: the person holds a title there.
    return first == kNone || (more_specific_place(first) != mention && title_holder_after(first) != mention);
  }
  // "OpenAI推出的Codex、Anthropic的Claude Code": an item with an owner of its own ends a list
  // whose first item had none, so the second item is not credited to the first's maker.
  bool owner_changes(std::uint32_t slot_index, std::uint32_t at, const Candidate& item) const {
    if (!possessed(at, item.mention)) return false;
    for (const auto& b : bindings_)
      if (b.slot == slot_index) return !possessed(b.begin, b.mention);
    return false;
  }

  bool more_back(const Slot& slot, std::uint32_t slot_index, std::uint32_t& begin) {
    std::uint32_t previous = skip_back(begin);
    // "the Sydney Film Festival and the Melbourne International Film Festival": an item's
    // article stands after the separator.
    for (std::string_view article : {"the", "a", "an"}) {
      std::uint32_t article_begin = 0;
      if (literal_back(previous, article, article_begin) && article_begin > lo() && is_ws(lower_[article_begin - 1])) {
        previous = skip_back(article_begin);
        break;
      }
    }
    std::uint32_t sep_begin = 0;
    for (auto sep : kListSeparators) {
      if (!literal_back(previous, sep, sep_begin)) continue;
      const std::uint32_t at = skip_back(sep_begin);
      auto items = candidates_back(slot, -1, at);
      // "由白鹭和云帆领投": a Han item before 和 or 、 runs back to a particle or clause word.
      if (items.empty() && slot.discovers && scope_.capture && !person_slot(slot) && han_item_separator(sep))
        han_run_to_break_back(at, items);
      // "老股东深创投、元禾原点": a captured item's descriptor is the list's, not part of its name.
      for (auto& item : items)
        if (item.mention == kNone)
          if (const std::uint32_t name = han_descriptor_fwd(item.edge); name + 3 < at) item.edge = name;
      if (items.empty()) continue;
      // Inside a list, an organisation and a title before a person are that item's.
      const std::uint32_t titled = items.front().mention == kNone ? kNone : titled_item_begin(items.front().mention);
      const std::uint32_t item_begin = titled != kNone ? titled : items.front().edge;
      bindings_.push_back(Binding{slot_index, item_begin, at, items.front().mention});
      begin = han_descriptor_back(item_begin);  // 老股东 before the item is the list's, not its name
      return true;
    }
    return false;
  }

  bool slot_back(const Element& e, int idx, std::uint32_t pos) {
    const Slot& slot = p_.slots[e.slot];
    const std::uint32_t at = skip_back(pos);
    const std::size_t mark = bindings_.size();
    const auto bind_ending_at = [&](std::uint32_t end) {
      for (const Candidate& c : candidates_back(slot, idx, end)) {
        bindings_.resize(mark);
        bindings_.push_back(Binding{e.slot, c.edge, end, c.mention});
        if (longest_list_first(
                slot.list, slot.list ? han_descriptor_back(c.edge) : c.edge,
                [&](std::uint32_t& begin) { return more_back(slot, e.slot, begin); },
                [&](std::uint32_t begin) { return backward(idx - 1, begin); }))
          return true;
      }
      return false;
    };
    if (bind_ending_at(at)) return true;
    // As in slot_fwd, a parenthesis right after the name is passed over.
    if (const std::uint32_t before = parenthesis_before(at); before != kNone && bind_ending_at(before)) return true;
    bindings_.resize(mark);
    if (slot.topic && !product_before_trigger()) {
      const std::uint32_t t = clause_subject(slot, at);
      if (t != kNone) {
        bindings_.push_back(Binding{e.slot, scope_.mentions[t].begin, scope_.mentions[t].end, t});
        if (backward(idx - 1, at)) {
          result_.through_topic = true;
          return true;
        }
        bindings_.resize(mark);
      }
    }
    return false;
  }

  // --- "topic" slots: a clause with no subject of its own (",2006年毕业于X", "and received
  // a PhD from X") shares the sentence's, or the previous sentence's ---

  // The subject of the clause around `pos` when the pattern found none next to it. A
  // fitting mention right before a relative clause that closes there (", who spent six
  // years at Stripe, started X") is that subject; a clause or coordinator start ("and
  // received", "随后加入") with no fitting mention on the way gives the sentence's topic;
  // a fitting mention elsewhere in the clause gives none. A coordinator right after a name
  // ("Altman later ran") belongs to that name's clause.
  std::uint32_t clause_subject(const Slot& slot, std::uint32_t pos) const {
    const std::uint32_t slot_pos = pos;
    std::uint32_t m = scope_.last;  // mentions are sorted: walk them back with the text
    while (m > scope_.first && scope_.mentions[m - 1].begin >= pos) --m;
    std::uint32_t skipped_to = kNone;  // where a skipped relative clause opened
    bool coordinated = false;          // a coordinator after a name was passed
    std::uint32_t object = kNone;      // that name: the object of the clause before, not its subject
    while (pos > lo()) {
      if (is_clause_punct(cp_before(norm_, pos))) {
        if (starts_relative_clause(pos)) return kNone;
        const std::uint32_t open = relative_clause_before(pos);
        if (open == kNone) return topic_for(slot, slot_pos);
        while (m > scope_.first && scope_.mentions[m - 1].begin >= open) --m;
        pos = skipped_to = open;
        continue;
      }
      if (m > scope_.first && scope_.mentions[m - 1].end >= pos) {
        const Mention& before = scope_.mentions[--m];
        // The object of the clause before, and its owner ("Anthropic's Claude and relies"), are not its subject.
        const bool in_object = m == object || (object != kNone && possessed_after(before.end) == object);
        if (!in_object && type_fits(slot, before))
          return coordinated || (skipped_to != kNone && skip_back(skipped_to) == before.end) ? m : kNone;
        pos = before.begin;
        continue;
      }
      std::uint32_t begin = 0;
      for (const std::uint32_t w : scope_.rules.clause_coordinator_index().ending(byte_before(pos)))
        if (literal_back(pos, scope_.rules.clause_coordinators()[w], begin)) {
          // "..., and received": a new clause; "left Google and was appointed": the clause
          // goes on with the subject before the object; "Altman later ran": Altman's.
          const std::uint32_t before = mention_ending(skip_back(begin));
          if (before == kNone) return topic_for(slot, slot_pos);
          if (scope_.rules.follows_object(scope_.rules.clause_coordinators()[w])) object = before;
          coordinated = true;
        }
      pos = static_cast<std::uint32_t>(prev_start(norm_, pos));
    }
    return topic_for(slot, slot_pos);
  }
  // "ORIA-2-Mini采用Apache 2.0协议": a product right before the trigger is the clause's own
  // subject, of a type a topic slot does not take; the clause borrows no other.
  bool product_before_trigger() const {
    const std::uint32_t at = skip_back(result_.trigger);
    for (std::uint32_t m = scope_.last; m > scope_.first; --m) {
      const Mention& before = scope_.mentions[m - 1];
      if (before.begin >= at) continue;
      // An owned product (微软的Azure团队) is no subject: the owner's clause goes on.
      return before.kind != MentionKind::Pronoun && before.type == scope_.rules.product_type() &&
             glued_tail(before.end, at) && !after_possessive(before.begin);
    }
    return false;
  }

  // Whether a possessive marker (的, 's) ends right before `pos`.
  bool after_possessive(std::uint32_t pos) const {
    const std::uint32_t at = skip_back(pos);
    for (std::string_view marker : scope_.rules.possessive_markers()) {
      std::uint32_t begin = 0;
      if (literal_back(at, marker, begin)) return true;
    }
    return false;
  }

  // Whether [begin, end) is empty or a name's tail written on without a space ("-Mini").
  bool glued_tail(std::uint32_t begin, std::uint32_t end) const {
    if (begin > end) return false;
    for (std::uint32_t at = begin; at < end; ++at)
      if (!(is_latin_word(cp_at(norm_, at)) || norm_[at] == '-' || norm_[at] == '.')) return false;
    return true;
  }

  // The comma opening a relative clause that the comma ending at `pos` closes, or kNone.
  std::uint32_t relative_clause_before(std::uint32_t pos) const {
    const std::uint32_t comma = prev_start(norm_, pos);
    for (std::uint32_t at = comma; at > lo();) {
      at = static_cast<std::uint32_t>(prev_start(norm_, at));
      if (norm_[at] == ',') return starts_relative_clause(at + 1) ? at : kNone;
      if (is_clause_punct(cp_at(norm_, at))) return kNone;
    }
    return kNone;
  }

  bool starts_relative_clause(std::uint32_t pos) const {
    const std::uint32_t at = skip_fwd(pos);
    std::uint32_t end = 0;
    return any_fwd(scope_.rules.relative_pronouns(), scope_.rules.relative_pronoun_index(), at, end);
  }
  // The sentence's own topic before `pos` when it has one (the earlier of its person and
  // organisation that fit the slot), else the previous sentence's.
  std::uint32_t topic_for(const Slot& slot, std::uint32_t pos) const {
    const auto first_fitting = [&](const Topics& topics, bool own) {
      std::uint32_t best = kNone;
      for (const std::uint32_t t : {topics.person, topics.organization})
        if (t != kNone && (!own || scope_.mentions[t].end <= pos) && type_fits(slot, scope_.mentions[t]) &&
            (best == kNone || scope_.mentions[t].begin < scope_.mentions[best].begin))
          best = t;
      return best;
    };
    const std::uint32_t own = first_fitting(scope_.topics, true);
    return own != kNone ? own : first_fitting(scope_.carried, false);
  }

  // "(commonly Lanternfish)", "（以下简称“玄甲”）": a parenthesis of at most kMaxParenthesis
  // bytes, on one line, opening at `pos` or one blank after it; where it ends, or kNone.
  std::uint32_t parenthesis_after(std::uint32_t pos) const {
    if (pos < hi() && norm_[pos] == ' ') ++pos;
    if (pos >= hi() || norm_[pos] != '(') return kNone;
    for (std::uint32_t q = pos + 1; q < hi() && q - pos <= kMaxParenthesis; ++q) {
      if (norm_[q] == '(' || norm_[q] == '\n') return kNone;
      if (norm_[q] == ')') return q + 1;
    }
    return kNone;
  }
  // The same parenthesis closing right before `pos`: where the name before it ends, or kNone.
  std::uint32_t parenthesis_before(std::uint32_t pos) const {
    if (pos <= lo() || norm_[pos - 1] != ')') return kNone;
    for (std::uint32_t q = pos - 1; q > lo() && pos - q <= kMaxParenthesis;) {
      --q;
      if (norm_[q] == ')' || norm_[q] == '\n') return kNone;
      if (norm_[q] == '(') return q > lo() && norm_[q - 1] == ' ' ? q - 1 : q;
    }
    return kNone;
  }

  // {appos}: ", ... ," skipped as a whole (up to kMaxAppos bytes), or nothing.
  std::uint32_t appos_fwd(std::uint32_t pos) const {
    const std::uint32_t at = skip_fwd(pos);
    if (at >= hi() || norm_[at] != ',') return kNone;
    const std::size_t close = norm_.find(',', at + 1);
    if (close == std::string_view::npos || close >= hi() || close - at > kMaxAppos) return kNone;
    return static_cast<std::uint32_t>(close + 1);
  }
  std::uint32_t appos_back(std::uint32_t pos) const {
    const std::uint32_t at = skip_back(pos);
    // ", who will join X's board", ", which has invested": the relative pronoun stands for
    // the noun before the comma.
    for (const std::uint32_t w : scope_.rules.relative_pronoun_index().ending(byte_before(at))) {
      std::uint32_t begin = 0;
      if (literal_back(at, scope_.rules.relative_pronouns()[w], begin) && begin > lo() &&
          norm_[skip_back(begin) - 1] == ',')
        return skip_back(begin) - 1;
    }
    if (at <= lo() || norm_[at - 1] != ',') return kNone;
    const std::size_t open = norm_.rfind(',', at - 2);
    if (open == std::string_view::npos || open < lo() || at - open > kMaxAppos) return kNone;
    return static_cast<std::uint32_t>(open);
  }

  bool at_clause_end(std::uint32_t pos) const {
    pos = skip_fwd(pos);
    return pos >= hi() || is_clause_punct(cp_at(norm_, pos));
  }
  // A former-title prefix may open the clause before its name (原星桥云总裁).
  bool at_clause_start(std::uint32_t pos) const {
    pos = skip_back(pos);
    for (const auto& prefix : scope_.rules.former_prefixes())
      if (pos >= lo() + prefix.size() && std::string_view(norm_).substr(pos - prefix.size(), prefix.size()) == prefix) {
        pos -= static_cast<std::uint32_t>(prefix.size());
        break;
      }
    return pos <= lo() || is_clause_punct(cp_before(norm_, pos));
  }
  bool at_line_end(std::uint32_t pos) const {
    while (pos < hi()) {
      const char32_t cp = cp_at(norm_, pos);
      if (!(text::is_space(cp) || is_clause_punct(cp))) return false;
      pos += static_cast<std::uint32_t>(cp_length(norm_, pos));
    }
    return true;
  }

  // A plain-word gap ({-N}) crosses places (位于喀什的), but no other name.
  bool names_at(std::uint32_t mention) const {
    return mention != kNone && scope_.mentions[mention].type != scope_.rules.place_type();
  }

  bool forward(std::uint32_t idx, std::uint32_t pos) {
    if (idx >= p_.elements.size()) {
      if (ends_before_possessive(pos)) return false;
      result_.end = pos;
      result_.bindings.assign(bindings_.begin(), bindings_.end());
      return true;
    }
    const Element& e = p_.elements[idx];
    switch (e.kind) {
      case ElementKind::Literal: {
        const std::uint32_t at = skip_fwd(pos);
        std::uint32_t end;
        if (e.first_bytes.has(byte_at(at)))
          for (const auto& alt : e.alternatives)
            if (literal_fwd(at, alt, end) && forward(idx + 1, end)) return true;
        return e.optional && forward(idx + 1, pos);
      }
      case ElementKind::Slot:
        if (p_.slots[e.slot].main) return forward(idx + 1, pos);
        return slot_fwd(e, idx, pos);
      case ElementKind::Gap: {
        std::uint32_t at = pos;
        for (std::uint32_t n = 0; n <= e.max_gap && at <= hi(); ++n) {
          if (forward(idx + 1, at)) return true;
          if (at >= hi() || (e.in_clause && is_clause_punct(cp_at(norm_, at))) || (e.plain && names_at(mention_starting(at))))
            break;
          at += static_cast<std::uint32_t>(cp_length(norm_, at));
        }
        return false;
      }
      case ElementKind::Gloss: {
        const std::uint32_t at = skip_fwd(pos);
        if (at < hi() && norm_[at] == '(') {
          const std::size_t close = norm_.find(')', at);
          if (close != std::string_view::npos && close < hi() && close - at <= 60 &&
              forward(idx + 1, static_cast<std::uint32_t>(close + 1)))
            return true;
        }
        return forward(idx + 1, pos);
      }
      case ElementKind::Appos: {
        const std::uint32_t after = appos_fwd(pos);
        return (after != kNone && forward(idx + 1, after)) || forward(idx + 1, pos);
      }
      case ElementKind::ClauseEnd:
        return at_clause_end(pos) && forward(idx + 1, pos);
      case ElementKind::ClauseStart:
        return at_clause_start(pos) && forward(idx + 1, pos);
      case ElementKind::LineEnd:
        return at_line_end(pos) && forward(idx + 1, hi());
      case ElementKind::Titles:
        return false;  // always the trigger, matched by title_chain
    }
    return false;
  }

  bool backward(int idx, std::uint32_t pos) {
    if (idx < 0) {
      result_.begin = pos;
      return forward(p_.trigger + 1, trigger_end_);
    }
    const Element& e = p_.elements[static_cast<std::size_t>(idx)];
    switch (e.kind) {
      case ElementKind::Literal: {
        const std::uint32_t at = skip_back(pos);
        std::uint32_t begin;
        if (e.last_bytes.has(byte_before(at)))
          for (const auto& alt : e.alternatives)
            if (literal_back(at, alt, begin) && backward(idx - 1, begin)) return true;
        return e.optional && backward(idx - 1, pos);
      }
      case ElementKind::Slot:
        if (p_.slots[e.slot].main) return backward(idx - 1, pos);
        return slot_back(e, idx, pos);
      case ElementKind::Gap: {
        std::uint32_t at = pos;
        for (std::uint32_t n = 0; n <= e.max_gap && at >= lo(); ++n) {
          if (backward(idx - 1, at)) return true;
          if (at <= lo() || (e.in_clause && is_clause_punct(cp_before(norm_, at))) || (e.plain && names_at(mention_ending(at))))
            break;
          at = static_cast<std::uint32_t>(prev_start(norm_, at));
        }
        return false;
      }
      case ElementKind::Gloss: {
        const std::uint32_t at = skip_back(pos);
        if (at > lo() && norm_[at - 1] == ')') {
          const std::size_t open = norm_.rfind('(', at - 1);
          if (open != std::string_view::npos && open >= lo() && at - open <= 60 &&
              backward(idx - 1, static_cast<std::uint32_t>(open)))
            return true;
        }
        return backward(idx - 1, pos);
      }
      case ElementKind::Appos: {
        const std::uint32_t before = appos_back(pos);
        return (before != kNone && backward(idx - 1, before)) || backward(idx - 1, pos);
      }
      case ElementKind::ClauseEnd:
        return at_clause_end(pos) && backward(idx - 1, pos);
      case ElementKind::ClauseStart:
        return at_clause_start(pos) && backward(idx - 1, pos);
      case ElementKind::LineEnd:
        return false;  // only meaningful at the end of a pattern
      case ElementKind::Titles:
        return false;  // always the trigger, matched by title_chain
    }
    return false;
  }

  const MatchScope& scope_;
  const Pattern& p_;
  std::string_view lower_, norm_;
  // The sentence's bounds, read at every step of every literal: held here, not behind
  // two references.
  std::uint32_t lo_, hi_;
  std::uint32_t trigger_end_ = 0;
  // Rebuilt by every try (a new matcher per trigger occurrence): kept off the heap.
  boost::container::small_vector<Binding, 8> bindings_;
  PatternMatch result_;
};

}  // namespace

std::optional<PatternMatch> match_at(const MatchScope& scope, const Pattern& pattern,
                                     std::uint32_t trigger_begin, std::uint32_t trigger_end) {
  return Matcher(scope, pattern).run(trigger_begin, trigger_end);
}

}  // namespace kg::extract
