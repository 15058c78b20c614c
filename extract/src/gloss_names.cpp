#include "gloss_names.hpp"

#include "char_class.hpp"
#include "name_discovery.hpp"

namespace kg::extract {
namespace {

constexpr std::uint32_t kMaxGlossBytes = 48;
constexpr double kGlossConfidence = 0.8;
constexpr std::size_t kMinHanGloss = 2, kMaxHanGloss = 8;  // code points

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
  return all_han(inside, count) && count >= kMinHanGloss && count <= kMaxHanGloss;
}

}  // namespace

GlossSpan gloss_after(std::string_view norm, std::uint32_t end) {
  std::uint32_t p = end;
  if (p < norm.size() && norm[p] == ' ') ++p;
  if (p >= norm.size() || norm[p] != '(') return {};
  const std::uint32_t begin = p + 1;
  for (std::uint32_t q = begin; q < norm.size() && q - begin <= kMaxGlossBytes; ++q) {
    if (norm[q] == '(' || norm[q] == '\n') return {};
    if (norm[q] == ')') return q > begin ? GlossSpan{begin, q} : GlossSpan{};
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
    const GlossSpan g = gloss_after(norm, m.end);
    if (g.begin == kNone || state.overlaps_mention(g.begin, g.end)) return;
    const bool han_name = text::is_han(cp_before(norm, m.end));
    if (!han_name && !is_latin_word(cp_before(norm, m.end))) return;
    if (!other_script_name(norm, g, han_name, k.rules)) return;
    Mention gloss;
    gloss.begin = g.begin;
    gloss.end = g.end;
    gloss.kind = MentionKind::Discovered;
    gloss.type = m.type;
    gloss.confidence = kGlossConfidence;
    gloss.name = state.names.intern(display_name(norm.substr(g.begin, g.end - g.begin), m.type == k.person));
    out.push_back(gloss);
  };
  for (const auto& m : state.mentions) look(m);
  for (const auto& m : found) look(m);
  return out;
}

}  // namespace kg::extract
