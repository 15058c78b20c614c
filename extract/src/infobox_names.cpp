#include "infobox_names.hpp"

#include "char_class.hpp"
#include "name_discovery.hpp"

namespace kg::extract {
namespace {

constexpr std::uint32_t kMaxTitleBytes = 60;
constexpr double kInfoboxConfidence = 0.8;
constexpr std::uint32_t kMaxLegalTailBytes = 12;  // ", Ltd." after a mention of the name

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// [begin, end) without spaces and quotes at either side.
NameSpan trimmed(std::string_view norm, std::uint32_t begin, std::uint32_t end) {
  const auto quote = [](char32_t cp) { return cp == '"' || cp == U'“' || cp == U'”' || cp == U'「' || cp == U'」'; };
  for (;;) {
    if (begin < end && is_space(norm[begin])) ++begin;
    else if (begin < end && quote(cp_at(norm, begin))) begin += static_cast<std::uint32_t>(cp_length(norm, begin));
    else break;
  }
  for (;;) {
    if (end > begin && is_space(norm[end - 1])) --end;
    else if (end > begin && quote(cp_before(norm, end))) end = static_cast<std::uint32_t>(prev_start(norm, end));
    else break;
  }
  return {begin, end};
}

// The value of a line [begin, end) that opens with a name key and a colon, or {0, 0}.
NameSpan name_line_value(std::string_view norm, std::uint32_t begin, std::uint32_t end, const RuleSet& rules) {
  while (begin < end && is_space(norm[begin])) ++begin;
  for (const auto& key : rules.infobox_name_keys()) {
    if (norm.compare(begin, key.size(), key) != 0) continue;
    std::uint32_t p = begin + static_cast<std::uint32_t>(key.size());
    while (p < end && is_space(norm[p])) ++p;
    if (p < end && norm[p] == ':') return trimmed(norm, p + 1, end);  // NFKC: ：is ':'
  }
  return {};
}

// A title is a name alone: short, and without the punctuation of a sentence.
bool title_shaped(std::string_view line) {
  if (line.empty() || line.size() > kMaxTitleBytes) return false;
  for (std::size_t pos = 0; pos < line.size(); pos += cp_length(line, pos)) {
    const char32_t cp = cp_at(line, pos);
    if (cp == ',' || cp == ':' || cp == '!' || cp == '?' || cp == ';' || cp == U'。' || cp == U'、' || cp == '|')
      return false;
  }
  return true;
}

}  // namespace

bool names_whole(std::string_view norm, NameSpan span, std::uint32_t begin, std::uint32_t end) {
  if (begin != span.begin || end > span.end) return false;
  for (std::uint32_t at = end; at < span.end; at += static_cast<std::uint32_t>(cp_length(norm, at)))
    if (text::is_han(cp_at(norm, at))) return false;
  return span.end - end <= kMaxLegalTailBytes;
}

std::vector<NameSpan> infobox_name_spans(std::string_view norm, const RuleSet& rules) {
  std::vector<NameSpan> spans;
  NameSpan title;
  bool first_line = true;
  for (std::uint32_t begin = 0; begin < norm.size();) {
    std::uint32_t end = begin;
    while (end < norm.size() && norm[end] != '\n') ++end;
    const NameSpan line = trimmed(norm, begin, end);
    if (first_line && line.end > line.begin) {
      first_line = false;
      if (title_shaped(norm.substr(line.begin, line.end - line.begin))) title = line;
    }
    const NameSpan value = name_line_value(norm, begin, end, rules);
    // Several names in one line: "简称：星穹、星穹遥感".
    for (std::uint32_t at = value.begin; at < value.end;) {
      std::uint32_t stop = at;
      while (stop < value.end && cp_at(norm, stop) != U'、' && norm[stop] != ';' && norm[stop] != '/')
        stop += static_cast<std::uint32_t>(cp_length(norm, stop));
      if (const NameSpan item = trimmed(norm, at, stop); item.end > item.begin) spans.push_back(item);
      at = stop < value.end ? stop + static_cast<std::uint32_t>(cp_length(norm, stop)) : stop;
    }
    begin = end + 1;
  }
  if (!spans.empty() && title.end > title.begin) spans.insert(spans.begin(), title);
  return spans;
}

std::vector<Mention> infobox_name_mentions(DocumentState& state, const std::vector<Mention>& found) {
  std::vector<Mention> out;
  const std::string_view norm = state.doc.norm.text;
  const auto spans = infobox_name_spans(norm, state.k.rules);
  if (spans.empty()) return out;
  const auto typed_at = [&](const NameSpan& span, const std::vector<Mention>& mentions) {
    for (const Mention& m : mentions)
      if (m.kind != MentionKind::Pronoun && names_whole(norm, span, m.begin, m.end) &&
          (m.type == state.k.person || m.type == state.k.organization || m.type == state.k.product))
        return m.type;
    return kNone;
  };
  std::uint32_t type = kNone;
  for (std::size_t i = 0; i < spans.size() && type == kNone; ++i) {
    type = typed_at(spans[i], state.mentions);
    if (type == kNone) type = typed_at(spans[i], found);
  }
  if (type == kNone) return out;
  for (const NameSpan& span : spans) {
    // Mentions inside the value give way to it (北京 in 北京青蚨动画影业有限公司); one that
    // reaches out of it, or names it already, does not.
    const auto blocked = [&](const std::vector<Mention>& mentions) {
      for (const Mention& m : mentions)
        if (m.begin < span.end && span.begin < m.end && (m.begin < span.begin || m.end > span.end || names_whole(norm, span, m.begin, m.end)))
          return true;
      return false;
    };
    const std::string_view surface = norm.substr(span.begin, span.end - span.begin);
    if (blocked(state.mentions) || blocked(found) || !plausible_name(surface, state.k.rules)) continue;
    Mention m;
    m.begin = span.begin;
    m.end = span.end;
    m.kind = MentionKind::Discovered;
    m.type = type;
    m.confidence = kInfoboxConfidence;
    m.name = state.names.intern(display_name(surface, type == state.k.person));
    out.push_back(m);
  }
  return out;
}

}  // namespace kg::extract
