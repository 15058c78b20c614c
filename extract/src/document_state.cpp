#include "document_state.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "char_class.hpp"
#include "lexicon.hpp"

namespace kg::extract {

DocumentState::DocumentState(const Knowledge& knowledge, std::string_view text)
    : k(knowledge),
      doc(text),
      sentences(split_sentences(doc.norm.text, knowledge.rules.abbreviations())),
      tracing_rules(std::getenv("KG_TRACE_RULES") != nullptr) {}

void DocumentState::trace_match(bool discovering, const Pattern& pattern, const PatternMatch& match) const {
  std::string line = discovering ? "rule (discover) " : "rule (relate) ";
  line += pattern.id;
  for (const auto& b : match.bindings) {
    line += ' ';
    line += pattern.slots[b.slot].name;
    line += b.mention == kNone ? "+=" : "=";
    line += doc.norm.text.substr(b.begin, b.end - b.begin);
  }
  line += " | ";
  line += doc.norm.text.substr(match.begin, match.end - match.begin);
  line += '\n';
  std::fputs(line.c_str(), stderr);
}

std::vector<Mention>::const_iterator DocumentState::first_at_or_after(std::uint32_t pos) const {
  return std::lower_bound(mentions.begin(), mentions.end(), pos,
                          [](const Mention& m, std::uint32_t p) { return m.begin < p; });
}

bool DocumentState::overlaps_mention(std::uint32_t begin, std::uint32_t end) const {
  // Mentions do not overlap, so the last one starting before `end` reaches furthest.
  const auto it = first_at_or_after(end);
  return it != mentions.begin() && std::prev(it)->end > begin;
}

bool DocumentState::mention_spans(std::uint32_t begin, std::uint32_t end) const {
  const auto it = first_at_or_after(begin);
  return it != mentions.end() && it->begin == begin && it->end == end;
}

// 据沈书砚介绍，..., "..., Raman said": the person is quoted, not the subject of the clauses.
bool DocumentState::reported_speaker(const Mention& m) const {
  // Each mention is asked in every pass: only the cues that share the first (last) byte
  // with the text are compared.
  std::string_view after = std::string_view(doc.lower).substr(m.end);
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  const int next = after.empty() ? kNoByte : static_cast<unsigned char>(after.front());
  for (const std::uint32_t c : k.rules.reporting_after_index().starting(next))
    if (after.starts_with(k.rules.reporting_after()[c])) return true;
  std::string_view before = std::string_view(doc.lower).substr(0, m.begin);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  const int previous = before.empty() ? kNoByte : static_cast<unsigned char>(before.back());
  for (const std::uint32_t c : k.rules.reporting_before_index().ending(previous))
    if (before.ends_with(k.rules.reporting_before()[c])) return true;
  return false;
}

// "Sam，我叫KeithCurry，刚从...毕业": a name before a comma and a first or second person
// pronoun is the one addressed, not the subject.
bool DocumentState::vocative(std::uint32_t i, std::uint32_t last) const {
  const std::string_view norm = doc.norm.text;
  if (i + 1 >= last || mentions[i + 1].kind != MentionKind::Pronoun ||
      mentions[i + 1].reference == Reference::Person || mentions[i + 1].reference == Reference::Organization)
    return false;
  std::uint32_t at = mentions[i].end;
  if (at >= norm.size() || norm[at] != ',') return false;
  ++at;
  while (at < norm.size() && norm[at] == ' ') ++at;
  return at == mentions[i + 1].begin;
}

namespace {

// "AUSTIN, Oct 14 (Pressline) - Halvard Systems said": the story starts after a wire
// dateline's dash, as after clause punctuation.
bool after_dateline(std::string_view norm, std::uint32_t floor, std::uint32_t at) {
  while (at > floor && text::is_space(cp_before(norm, at))) at = static_cast<std::uint32_t>(prev_start(norm, at));
  const char32_t dash = cp_before(norm, at);
  if (at <= floor || (dash != '-' && dash != U'\u2013' && dash != U'\u2014')) return false;
  at = static_cast<std::uint32_t>(prev_start(norm, at));
  while (at > floor && text::is_space(cp_before(norm, at))) at = static_cast<std::uint32_t>(prev_start(norm, at));
  return at > floor && cp_before(norm, at) == ')';
}

}  // namespace

namespace {

// "来源|潮汐财经", "出品 | X": a byline's name, which is no subject of the story's sentences.
bool after_byline_bar(std::string_view norm, std::uint32_t floor, std::uint32_t at) {
  while (at > floor && text::is_space(cp_before(norm, at))) at = static_cast<std::uint32_t>(prev_start(norm, at));
  return at > floor && cp_before(norm, at) == '|';
}

}  // namespace

Topics DocumentState::sentence_topics(const Sentence& s, std::uint32_t first, std::uint32_t last,
                                      bool discovering) const {
  Topics topics;
  const std::string_view norm = doc.norm.text;
  std::uint32_t introduced = kNone;  // "一家叫知行轻舟的创业公司": a company named to be talked about
  for (std::uint32_t i = first; i < last; ++i) {
    const Mention& m = mentions[i];
    if (discovering && m.kind == MentionKind::Pronoun && !m.object_case && topics.person == kNone &&
        (m.reference == Reference::Self || m.reference == Reference::Person)) {
      topics.person = i;
      continue;
    }
    if (m.type == kNone || (m.kind == MentionKind::Pronoun && (m.entity == kNone || m.object_case))) continue;
    if (m.type == k.person && topics.person == kNone && !reported_speaker(m) && !vocative(i, last)) topics.person = i;
    // A speaker label's organisation (机器之心：, an interviewer's outlet) asks; it is not the subject.
    const bool in_label = (s.speaker_end > s.speaker_begin && m.end <= s.speaker_end) || after_byline_bar(norm, s.begin, m.begin);
    if (m.type == k.organization && topics.organization == kNone && !reported_speaker(m) && !in_label) {
      // Organisations are often objects: only one that starts a clause is a subject.
      std::uint32_t at = m.begin;
      // Blanks and an opening quote belong to the name: the clause starts before them
      // ("品牌「山野茶事」完成融资"; "做过宠物食品品牌“毛毛粮仓”" is no clause of its own); so
      // does a list's bullet at the sentence's start ("• 安克创新：由StevenYang于2011年创立").
      while (at > s.begin) {
        const char32_t before = cp_before(norm, at);
        const bool bullet = (before == U'•' || before == U'·' || before == U'●' || before == U'▪' || before == U'◆' ||
                             before == U'■' || before == '-' || before == '*') &&
                            prev_start(norm, at) == s.begin;
        if (!text::is_space(before) && before != U'「' && before != U'“' && !bullet) break;
        at = static_cast<std::uint32_t>(prev_start(norm, at));
      }
      // "手机厂商荣耀则宣布", "The chipmaker Nvidia said": a kind word before the name may open the clause.
      at = k.rules.organization_kind_start(norm, s.begin, at);
      if (at == s.begin || is_clause_punct(cp_before(norm, at)) || after_dateline(norm, s.begin, at)) topics.organization = i;
      const std::string_view before = norm.substr(s.begin, m.begin - s.begin);
      if (introduced == kNone && (before.ends_with("叫") || before.ends_with("名为") || before.ends_with("名叫")))
        introduced = i;
    }
  }
  // With no organisation opening a clause, the one the sentence introduces by name is its topic
  // ("闪记是杭州一家叫知行轻舟的创业公司做的，创始人许朗...").
  if (topics.organization == kNone) topics.organization = introduced;
  return topics;
}

std::pair<std::uint32_t, std::uint32_t> DocumentState::mention_range(const Sentence& s) const {
  const auto first = first_at_or_after(s.begin);
  auto last = first;
  while (last != mentions.end() && last->end <= s.end) ++last;
  return {static_cast<std::uint32_t>(first - mentions.begin()),
          static_cast<std::uint32_t>(last - mentions.begin())};
}

namespace {

// True when the spans, taken in `order`, are non-empty and each ends before the next begins.
template <typename At>
bool disjoint_in_order(std::size_t count, At&& at) {
  for (std::size_t i = 0; i < count; ++i) {
    const Mention& m = at(i);
    if (m.end <= m.begin || (i > 0 && at(i - 1).end > m.begin)) return false;
  }
  return true;
}

}  // namespace

void DocumentState::add_mentions(std::vector<Mention> added) {
  if (added.empty()) return;
  // Usually nothing added overlaps anything: then every mention is kept and a merge by
  // position gives what keep_longest would (all spans non-empty, so positions differ).
  const auto by_begin = [](const Mention& a, const Mention& b) { return a.begin < b.begin; };
  std::vector<std::uint32_t> order;  // of added by begin; empty when added is in order already
  if (!std::is_sorted(added.begin(), added.end(), by_begin)) {
    order.resize(added.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::uint32_t a, std::uint32_t b) { return added[a].begin < added[b].begin; });
  }
  const auto nth_added = [&](std::size_t i) -> const Mention& { return added[order.empty() ? i : order[i]]; };
  const bool disjoint =
      disjoint_in_order(added.size(), nth_added) &&
      disjoint_in_order(mentions.size(), [&](std::size_t i) -> const Mention& { return mentions[i]; }) &&
      std::none_of(added.begin(), added.end(), [&](const Mention& m) { return overlaps_mention(m.begin, m.end); });
  if (!disjoint) {
    added.insert(added.end(), mentions.begin(), mentions.end());
    keep_longest(added);
    mentions = std::move(added);
    return;
  }
  // Merged in place from the back.
  std::size_t old = mentions.size(), fresh = added.size();
  mentions.resize(old + fresh);
  for (std::size_t out = mentions.size(); fresh > 0;) {
    const Mention& next = nth_added(fresh - 1);
    if (old > 0 && mentions[old - 1].begin > next.begin) {
      mentions[--out] = mentions[--old];
    } else {
      mentions[--out] = next;
      --fresh;
    }
  }
}

}  // namespace kg::extract
