#include "pattern.hpp"

#include <algorithm>

#include "document_text.hpp"
#include "kg/text/utf8.hpp"

namespace kg::extract {
namespace {

constexpr std::uint32_t kDefaultGap = 8;

std::uint32_t find_type(const Ontology& ontology, std::string_view name) {
  const auto& types = ontology.types();
  for (std::size_t i = 0; i < types.size(); ++i)
    if (types[i].name == name) return static_cast<std::uint32_t>(i);
  return UINT32_MAX;
}

std::vector<std::string_view> split(std::string_view s, char by) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == by) {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  return parts;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

class Compiler {
 public:
  Compiler(std::string_view source, const Ontology& ontology, Pattern& out)
      : s_(source), ontology_(ontology), out_(out) {}

  void run() {
    std::string literal;
    auto flush = [&] {
      const std::string folded = fold_literal(trim(literal));
      if (!folded.empty()) add_literal({folded}, false);
      literal.clear();
    };
    while (pos_ < s_.size()) {
      const char c = s_[pos_];
      if (c == '\\') {
        if (pos_ + 1 >= s_.size()) fail("a backslash must escape a character");
        ++pos_;
        take_char(literal);
      } else if (c == '{') {
        flush();
        brace();
      } else if (c == '(') {
        flush();
        group();
      } else if (c == ' ') {
        flush();
        ++pos_;
      } else if (c == '}' || c == ')' || c == '|') {
        fail(std::string("unexpected '") + c + "' (escape it with a backslash)");
      } else {
        take_char(literal);
      }
    }
    flush();
    choose_trigger();
    for (std::size_t i = 0; i <= out_.trigger; ++i)
      if (out_.elements[i].kind == ElementKind::Slot && out_.slots[out_.elements[i].slot].all)
        fail("an \"all\" slot must come after the pattern's trigger (its longest required literal)");
  }

 private:
  [[noreturn]] void fail(const std::string& what) const {
    throw PatternSyntaxError(text::count_code_points(s_.substr(0, pos_)), what);
  }

  void take_char(std::string& into) {
    std::size_t next = pos_;
    text::decode_next(s_, next);
    into.append(s_.substr(pos_, next - pos_));
    pos_ = next;
  }

  void add_literal(std::vector<std::string> alternatives, bool optional) {
    // Chinese web text often quotes names with straight quotes ("鹰瞳"): a Chinese opening or
    // closing quote in a pattern stands for the straight one too.
    const auto has = [&](std::string_view a) { return std::find(alternatives.begin(), alternatives.end(), a) != alternatives.end(); };
    if ((has("“") || has("「") || has("”") || has("」")) && !has("\"")) alternatives.push_back("\"");
    Element e;
    e.kind = ElementKind::Literal;
    e.alternatives = std::move(alternatives);
    e.optional = optional;
    e.first_bytes = ByteSet(e.alternatives, true);
    e.last_bytes = ByteSet(e.alternatives, false);
    out_.elements.push_back(std::move(e));
  }

  void group() {
    ++pos_;  // '('
    std::vector<std::string> alternatives;
    std::string current;
    while (true) {
      if (pos_ >= s_.size()) fail("'(' is not closed");
      const char c = s_[pos_];
      if (c == '\\' && pos_ + 1 < s_.size()) {
        ++pos_;
        take_char(current);
      } else if (c == '|' || c == ')') {
        const std::string folded = fold_literal(current);
        if (folded.empty()) fail("an alternative is empty (use '?' after the group instead)");
        alternatives.push_back(folded);
        current.clear();
        ++pos_;
        if (c == ')') break;
      } else if (c == '{' || c == '(') {
        fail("slots and groups cannot be nested in a group");
      } else {
        take_char(current);
      }
    }
    bool optional = false;
    if (pos_ < s_.size() && s_[pos_] == '?') {
      optional = true;
      ++pos_;
    }
    // Longest first, so "co-founded" is tried before "co".
    std::stable_sort(alternatives.begin(), alternatives.end(),
                     [](const auto& a, const auto& b) { return a.size() > b.size(); });
    add_literal(std::move(alternatives), optional);
  }

  void brace() {
    const std::size_t close = s_.find('}', pos_);
    if (close == std::string_view::npos) fail("'{' is not closed");
    const std::string_view inner = trim(s_.substr(pos_ + 1, close - pos_ - 1));
    Element e;
    if (!inner.empty() && (inner[0] == '*' || inner[0] == '~' || inner[0] == '-')) {
      e.kind = ElementKind::Gap;
      e.max_gap = kDefaultGap;
      e.plain = inner[0] == '-';
      e.in_clause = inner[0] == '~' || e.plain;
      if (inner.size() > 1) {
        const std::string digits(inner.substr(1));
        if (digits.find_first_not_of("0123456789") != std::string::npos || digits.size() > 3)
          fail("a gap is {*}, {*N}, {~}, {~N}, {-} or {-N} with N a number up to 999");
        e.max_gap = static_cast<std::uint32_t>(std::stoul(digits));
      }
    } else if (inner == "gloss") {
      e.kind = ElementKind::Gloss;
    } else if (inner == "appos") {
      e.kind = ElementKind::Appos;
    } else if (inner == "end") {
      e.kind = ElementKind::ClauseEnd;
    } else if (inner == "start") {
      e.kind = ElementKind::ClauseStart;
    } else if (inner == "eol") {
      e.kind = ElementKind::LineEnd;
    } else if (inner == "titles") {
      for (const auto& other : out_.elements)
        if (other.kind == ElementKind::Titles) fail("a pattern holds at most one {titles}");
      e.kind = ElementKind::Titles;
    } else {
      e.kind = ElementKind::Slot;
      e.slot = slot(inner);
    }
    out_.elements.push_back(std::move(e));
    pos_ = close + 1;
  }

  std::uint32_t slot(std::string_view inner) {
    const std::size_t colon = inner.find(':');
    if (colon == std::string_view::npos)
      fail("a slot is {name:Type}, a gap {*N}, or one of {gloss} {appos} {end} {start} {eol} {titles}");
    Slot slot;
    slot.name = std::string(trim(inner.substr(0, colon)));
    if (slot.name.empty()) fail("the slot has no name");
    if (slot_index(out_, slot.name) != UINT32_MAX)
      fail("slot \"" + slot.name + "\" appears twice");
    const auto words = split(trim(inner.substr(colon + 1)), ' ');
    if (words.empty() || words[0].empty()) fail("slot \"" + slot.name + "\" has no type");
    for (const auto type : split(words[0], '|')) {
      const auto index = find_type(ontology_, type);
      if (index == UINT32_MAX) fail("unknown entity type \"" + std::string(type) + "\"");
      slot.types.push_back(index);
    }
    for (std::size_t i = 1; i < words.size(); ++i) {
      if (words[i] == "new") slot.discovers = true;
      else if (words[i] == "list") slot.list = true;
      else if (words[i] == "topic") slot.topic = true;
      else if (words[i] == "all") slot.all = true;
      else if (words[i] == "main") slot.main = true;
      else if (!words[i].empty()) fail("unknown slot flag \"" + std::string(words[i]) + "\" (new, list, topic, all, main)");
    }
    if (slot.main && (slot.discovers || slot.list || slot.topic || slot.all))
      fail("a \"main\" slot reads no text: it takes no other flag");
    out_.discovers = out_.discovers || slot.discovers;
    out_.slots.push_back(std::move(slot));
    return static_cast<std::uint32_t>(out_.slots.size() - 1);
  }

  // The titles, when there are any, else the longest required literal: a title is rarer
  // in text than most literals around it.
  void choose_trigger() {
    for (std::size_t i = 0; i < out_.elements.size(); ++i)
      if (out_.elements[i].kind == ElementKind::Titles) {
        out_.trigger = static_cast<std::uint32_t>(i);
        return;
      }
    std::size_t best = 0;
    bool found = false;
    for (std::size_t i = 0; i < out_.elements.size(); ++i) {
      const Element& e = out_.elements[i];
      if (e.kind != ElementKind::Literal || e.optional) continue;
      std::size_t shortest = SIZE_MAX;
      for (const auto& a : e.alternatives) shortest = std::min(shortest, a.size());
      if (!found || shortest > best) {
        best = shortest;
        out_.trigger = static_cast<std::uint32_t>(i);
        found = true;
      }
    }
    if (!found) fail("a pattern needs at least one required literal to anchor it");
  }

  std::string_view s_;
  const Ontology& ontology_;
  Pattern& out_;
  std::size_t pos_ = 0;
};

}  // namespace

std::uint32_t slot_index(const Pattern& p, std::string_view name) {
  for (std::size_t i = 0; i < p.slots.size(); ++i)
    if (p.slots[i].name == name) return static_cast<std::uint32_t>(i);
  return UINT32_MAX;
}

void compile_pattern(std::string_view source, const Ontology& ontology, Pattern& out) {
  out.source = std::string(source);
  Compiler(source, ontology, out).run();
}

}  // namespace kg::extract
