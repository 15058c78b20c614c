#include "gloss_names.hpp"

#include <algorithm>

#include "char_class.hpp"
#include "name_discovery.hpp"

namespace kg::extract {
namespace {

constexpr std::uint32_t kMaxGlossBytes = 48;
// A cue may give a company's registered name: "（全称：北京青蚨动画影业有限公司，英文名：Qingfu Animation）".
constexpr std::uint32_t kMaxCuedGlossBytes = 120;
constexpr std::size_t kMaxCuedHanGloss = 24;  // code points
constexpr double kGlossConfidence = 0.8;
constexpr std::size_t kMinHanGloss = 2, kMaxHanGloss = 8;  // code points
constexpr std::size_t kMaxAbbreviatedName = 16;               // code points of a name given a short form

bool all_han(std::string_view s, std::size_t& count) {
  count = 0;
  for (std::size_t pos = 0; pos < s.size(); pos += cp_length(s, pos), ++count)
    if (!text::is_han(cp_at(s, pos))) return false;
  return true;
}

// Whether [begin, end) of `norm` can be the other script's name for a name written in Han
// (`han_name`) or in Latin letters.
bool other_script_name(std::string_view norm, GlossSpan g, bool han_name, const RuleSet& rules) {
  const std::string_view inside = norm.substr(g.begin, g.end - g.begin);
  if (!plausible_name(inside, rules)) return false;
  if (han_name) return capture_latin_forward(norm, g.begin, g.end, rules) == g.end;
  std::size_t count = 0;
  return all_han(inside, count) && count >= kMinHanGloss && count <= (g.cued ? kMaxCuedHanGloss : kMaxHanGloss);
}

// "Derwent International Film Festival (DIFF)": an acronym in parentheses made of the
// initials of the name's capitalised words is another name of it.
bool acronym_of(std::string_view norm, const Mention& m, GlossSpan g) {
  const std::string_view inside = norm.substr(g.begin, g.end - g.begin);
  if (inside.size() < 2 || inside.size() > 8 ||
      !std::all_of(inside.begin(), inside.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return false;
  std::string initials;
  const std::string_view name = norm.substr(m.begin, m.end - m.begin);
  for (std::size_t at = 0; at < name.size(); ++at)
    if ((at == 0 || name[at - 1] == ' ' || name[at - 1] == '-') && name[at] >= 'A' && name[at] <= 'Z')
      initials += name[at];
  return initials == inside;
}

// Where a Han name ending at `end` starts: back over Han characters that break no name, at
// most kMaxHanGloss of them and never into a mention; `end` when there are none.
std::uint32_t han_run_start(const DocumentState& state, std::uint32_t end) {
  const std::string_view norm = state.doc.norm.text;
  std::uint32_t begin = end;
  for (std::size_t chars = 0; begin > 0 && chars < kMaxHanGloss; ++chars) {
    const char32_t cp = cp_before(norm, begin);
    if (!text::is_han(cp) || state.k.rules.is_han_name_break(cp)) break;
    const auto previous = static_cast<std::uint32_t>(prev_start(norm, begin));
    if (state.overlaps_mention(previous, begin)) break;
    begin = previous;
  }
  return begin;
}

// A Han name ending the run [begin, end) whose shape gives its type, for a Latin gloss of
// `latin`: two characters and a han_org_suffixes word (云琢智能), or a family name and one or
// two characters when the gloss is two words (邵清禾). Sets `start` and returns the type, or
// returns kNone.
std::uint32_t name_by_shape(const DocumentState& state, std::uint32_t begin, std::uint32_t end,
                            std::string_view latin, std::uint32_t& start) {
  const std::string_view norm = state.doc.norm.text;
  const RuleSet& rules = state.k.rules;
  const auto back = [&](std::uint32_t from, int chars) {
    for (; chars > 0 && from > begin; --chars) from = static_cast<std::uint32_t>(prev_start(norm, from));
    return chars == 0 ? from : kNone;
  };
  for (const auto& suffix : rules.han_org_suffixes()) {
    if (end < begin + suffix.size() || norm.substr(end - suffix.size(), suffix.size()) != suffix) continue;
    if (const std::uint32_t at = back(static_cast<std::uint32_t>(end - suffix.size()), 2); at != kNone) {
      start = at;
      return state.k.organization;
    }
  }
  const bool two_words = latin.find(' ') != std::string_view::npos && latin.find(' ') == latin.rfind(' ');
  for (const int chars : {3, 2}) {
    const std::uint32_t at = back(end, chars);
    if (two_words && at != kNone && rules.is_han_surname(norm.substr(at, cp_length(norm, at)))) {
      start = at;
      return state.k.person;
    }
  }
  return kNone;
}

// A discovered mention of [begin, end) with its display name.
Mention discovered(DocumentState& state, std::uint32_t begin, std::uint32_t end, std::uint32_t type) {
  Mention m;
  m.begin = begin;
  m.end = end;
  m.kind = MentionKind::Discovered;
  m.type = type;
  m.confidence = kGlossConfidence;
  m.name = state.names.intern(display_name(state.doc.norm.text.substr(begin, end - begin), type == state.k.person));
  return m;
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// ", Inc." or " Ltd" right after a name: where it ends, or `end` when there is none.
std::uint32_t legal_form_end(std::string_view norm, std::uint32_t end, const RuleSet& rules) {
  std::uint32_t p = end;
  if (p < norm.size() && norm[p] == ',') ++p;
  if (p >= norm.size() || norm[p] != ' ') return end;
  std::uint32_t q = ++p;
  while (q < norm.size() && is_ascii_letter(norm[q])) ++q;
  if (q == p || !rules.is_name_suffix(fold_key(norm.substr(p, q - p)))) return end;
  return q < norm.size() && norm[q] == '.' ? q + 1 : q;
}

bool opening_quote(char32_t cp) { return cp == U'“' || cp == U'「' || cp == '"' || cp == U'『'; }
bool closing_quote(char32_t cp) { return cp == U'”' || cp == U'」' || cp == '"' || cp == U'』'; }

// [begin, end) after an alias cue at `begin`, quotes left out; {kNone, kNone} when no cue
// stands there.
std::pair<std::uint32_t, std::uint32_t> name_after_cue(std::string_view norm, std::uint32_t begin, std::uint32_t end,
                                                       const RuleSet& rules) {
  const std::string_view inside = norm.substr(begin, end - begin);
  for (const auto& cue : rules.alias_cues()) {
    if (inside.size() <= cue.size() || fold_key(inside.substr(0, cue.size())) != fold_key(cue)) continue;
    std::uint32_t b = begin + static_cast<std::uint32_t>(cue.size());
    std::uint32_t e = end;
    while (b < e && (norm[b] == ' ' || norm[b] == ':')) ++b;
    if (b < e && opening_quote(cp_at(norm, b))) b += static_cast<std::uint32_t>(cp_length(norm, b));
    if (e > b && closing_quote(cp_before(norm, e))) e = static_cast<std::uint32_t>(prev_start(norm, e));
    if (e > b) return {b, e};
    break;
  }
  return {kNone, kNone};
}

// The name after an alias cue that opens the gloss, or the gloss itself with the name after
// a cue that follows a comma inside it.
GlossSpan after_alias_cue(std::string_view norm, GlossSpan g, const RuleSet& rules) {
  if (const auto [b, e] = name_after_cue(norm, g.begin, g.end, rules); b != kNone) g = GlossSpan{b, e, true};
  for (std::uint32_t comma = g.begin; comma < g.end; ++comma) {
    if (norm[comma] != ',') continue;
    std::uint32_t after = comma + 1;
    while (after < g.end && norm[after] == ' ') ++after;
    const auto [b, e] = name_after_cue(norm, after, g.end, rules);
    if (b == kNone) continue;
    std::uint32_t end = comma;
    while (end > g.begin && norm[end - 1] == ' ') --end;
    if (end > g.begin && closing_quote(cp_before(norm, end))) end = static_cast<std::uint32_t>(prev_start(norm, end));
    if (end == g.begin) return GlossSpan{b, e, true};
    g.end = end;
    g.alias_begin = b;
    g.alias_end = e;
    return g;
  }
  return g;
}

// "岚舟物流（全称：浙江岚舟冷链物流有限公司）": the gloss is the registered name of the short
// one before it, which starts at the first two characters of the run [run_begin, name_end)
// that the registered name holds.
void registered_name_pair(DocumentState& state, std::uint32_t run_begin, std::uint32_t name_end, GlossSpan g,
                          bool org_shaped, std::vector<Mention>& out) {
  const std::string_view norm = state.doc.norm.text;
  const std::string_view full = norm.substr(g.begin, g.end - g.begin);
  // A registered name ends in a suffix, or in the legal form 公司 (有限公司, 股份有限公司).
  if (!(org_shaped || full.ends_with("公司")) || !plausible_name(full, state.k.rules)) return;
  for (std::uint32_t at = run_begin; at < name_end; at = static_cast<std::uint32_t>(at + cp_length(norm, at))) {
    const std::size_t two = cp_length(norm, at) + cp_length(norm, at + cp_length(norm, at));
    if (at + two > name_end || full.find(norm.substr(at, two)) == std::string_view::npos) continue;
    const std::string_view name = norm.substr(at, name_end - at);
    if (!plausible_name(name, state.k.rules) || state.overlaps_mention(at, name_end)) return;
    out.push_back(discovered(state, at, name_end, state.k.organization));
    if (!state.overlaps_mention(g.begin, g.end)) out.push_back(discovered(state, g.begin, g.end, state.k.organization));
    return;
  }
}

// "澜庭智能科技集团（以下简称“澜庭集团”）": a Han company name and the short form it is given. The
// full name starts where the short form's first two characters last appear in the Han run
// before the parenthesis, and one of the two ends in an organisation suffix.
void abbreviated_pair(DocumentState& state, std::uint32_t name_end, GlossSpan g, std::vector<Mention>& out) {
  const std::string_view norm = state.doc.norm.text;
  const std::string_view alias = norm.substr(g.begin, g.end - g.begin);
  std::uint32_t begin = name_end;
  for (std::size_t chars = 0; begin > 0 && chars < kMaxAbbreviatedName; ++chars) {
    const char32_t cp = cp_before(norm, begin);
    if (!text::is_han(cp) || state.k.rules.is_han_name_break(cp)) break;
    begin = static_cast<std::uint32_t>(prev_start(norm, begin));
  }
  const std::string_view run = norm.substr(begin, name_end - begin);
  const auto org_shaped = [&](std::string_view name) {
    for (const auto& suffix : state.k.rules.han_org_suffixes())
      if (name.size() > suffix.size() && name.ends_with(suffix)) return true;
    return false;
  };
  std::size_t alias_chars = 0;
  const bool short_alias = all_han(alias, alias_chars) && alias_chars >= kMinHanGloss && alias_chars <= kMaxHanGloss;
  const std::string_view head = alias.substr(0, cp_length(alias, 0) + cp_length(alias, cp_length(alias, 0)));
  const std::size_t at = short_alias ? run.rfind(head) : std::string_view::npos;
  if (at == std::string_view::npos || run.size() - at <= alias.size()) {
    registered_name_pair(state, begin, name_end, g, org_shaped(alias), out);
    return;
  }
  const std::string_view full = run.substr(at);
  if (!org_shaped(full) && !org_shaped(alias)) return;
  const auto full_begin = static_cast<std::uint32_t>(begin + at);
  if (!plausible_name(full, state.k.rules) || !plausible_name(alias, state.k.rules)) return;
  out.push_back(discovered(state, full_begin, name_end, state.k.organization));
  if (!state.overlaps_mention(g.begin, g.end)) out.push_back(discovered(state, g.begin, g.end, state.k.organization));
}

}  // namespace

GlossSpan gloss_after(std::string_view norm, std::uint32_t end, const RuleSet& rules) {
  std::uint32_t p = legal_form_end(norm, end, rules);
  if (p < norm.size() && norm[p] == ' ') ++p;
  if (p >= norm.size() || norm[p] != '(') return {};
  const std::uint32_t begin = p + 1;
  for (std::uint32_t q = begin; q < norm.size() && q - begin <= kMaxCuedGlossBytes; ++q) {
    if (norm[q] == '(' || norm[q] == '\n') return {};
    if (norm[q] != ')') continue;
    if (q == begin) return {};
    const GlossSpan g = after_alias_cue(norm, GlossSpan{begin, q}, rules);
    return g.cued || q - begin <= kMaxGlossBytes ? g : GlossSpan{};
  }
  return {};
}

std::vector<Mention> gloss_mentions(DocumentState& state, const std::vector<Mention>& found) {
  const std::string_view norm = state.doc.norm.text;
  const Knowledge& k = state.k;
  std::vector<Mention> out;
  const auto look = [&](const Mention& m) {
    if (m.kind == MentionKind::Pronoun || m.end == 0) return;
    if (m.type != k.person && m.type != k.organization && m.type != k.product) return;
    const GlossSpan g = gloss_after(norm, m.end, k.rules);
    if (g.begin == kNone) return;
    const bool han_name = text::is_han(cp_before(norm, m.end));
    if (!han_name && !is_latin_word(cp_before(norm, m.end))) return;
    // After an alias cue the other name may be in either script.
    if (!state.overlaps_mention(g.begin, g.end) &&
        (other_script_name(norm, g, han_name, k.rules) || (g.cued && other_script_name(norm, g, !han_name, k.rules)) ||
         (!han_name && acronym_of(norm, m, g))))
      out.push_back(discovered(state, g.begin, g.end, m.type));
    const GlossSpan alias{g.alias_begin, g.alias_end, true};
    if (alias.begin != kNone && !state.overlaps_mention(alias.begin, alias.end) &&
        (other_script_name(norm, alias, true, k.rules) || other_script_name(norm, alias, false, k.rules)))
      out.push_back(discovered(state, alias.begin, alias.end, m.type));
  };
  for (const auto& m : state.mentions) look(m);
  for (const auto& m : found) look(m);
  return out;
}

std::vector<Mention> glossed_pairs(DocumentState& state) {
  const std::string_view norm = state.doc.norm.text;
  std::vector<Mention> out;
  for (std::size_t open = norm.find('('); open != std::string_view::npos; open = norm.find('(', open + 1)) {
    const auto name_end = static_cast<std::uint32_t>(open > 0 && norm[open - 1] == ' ' ? open - 1 : open);
    if (name_end == 0 || !text::is_han(cp_before(norm, name_end))) continue;
    const GlossSpan g = gloss_after(norm, name_end, state.k.rules);
    if (g.begin != kNone && g.cued && text::is_han(cp_at(norm, g.begin))) {
      abbreviated_pair(state, name_end, g, out);
      continue;
    }
    if (g.begin == kNone || !other_script_name(norm, g, true, state.k.rules)) continue;
    // The gloss may be known already ("IsleWave Robotics" from its suffix): then only the Han name is new.
    const bool gloss_known = state.overlaps_mention(g.begin, g.end);
    if (gloss_known && !state.mention_spans(g.begin, g.end)) continue;
    const std::uint32_t run = han_run_start(state, name_end);
    std::uint32_t begin = name_end;
    const std::uint32_t type = name_by_shape(state, run, name_end, norm.substr(g.begin, g.end - g.begin), begin);
    if (type == kNone || !plausible_name(norm.substr(begin, name_end - begin), state.k.rules)) continue;
    out.push_back(discovered(state, begin, name_end, type));
    if (!gloss_known) out.push_back(discovered(state, g.begin, g.end, type));
  }
  return out;
}

}  // namespace kg::extract
