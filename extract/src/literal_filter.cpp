#include "literal_filter.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace kg::extract {

std::string_view literal_key(std::string_view alternative) {
  std::string_view best;
  std::size_t start = 0;
  while (start <= alternative.size()) {
    std::size_t blank = alternative.find(' ', start);
    if (blank == std::string_view::npos) blank = alternative.size();
    if (blank - start > best.size()) best = alternative.substr(start, blank - start);
    start = blank + 1;
  }
  return best;
}

void LiteralFilter::Present::add(const Occurrence& o) {
  if (o.key >= spans_.size()) spans_.resize(o.key + 1);
  Span& span = spans_[o.key];
  if (span.last_begin == kAbsent) {
    set_.push_back(o.key);
    span.first_end = o.end;
    span.last_begin = o.begin;
    return;
  }
  span.first_end = std::min(span.first_end, o.end);
  span.last_begin = std::max(span.last_begin, o.begin);
}

void LiteralFilter::Present::clear() {
  for (const std::uint32_t key : set_) spans_[key] = Span{};
  set_.clear();
}

LiteralFilter::LiteralFilter(const std::vector<Pattern>& patterns) {
  std::unordered_map<std::string, std::uint32_t> ids;
  for (const Pattern& p : patterns) {
    for (std::size_t e = 0; e < p.elements.size(); ++e) {
      const Element& element = p.elements[e];
      if (e == p.trigger || element.kind != ElementKind::Literal || element.optional) continue;
      std::vector<std::uint32_t> any_of;
      bool always = element.alternatives.empty();
      for (const auto& alternative : element.alternatives) {
        const std::string_view key = literal_key(alternative);
        if (key.empty()) always = true;  // blanks alone: nothing to look for
        if (always) break;
        const auto [it, fresh] = ids.try_emplace(std::string(key), key_count_);
        if (fresh) automaton_.add(key, key_count_++);
        any_of.push_back(it->second);
      }
      if (always) continue;
      keys_.insert(keys_.end(), any_of.begin(), any_of.end());
      key_begin_.push_back(static_cast<std::uint32_t>(keys_.size()));
      before_trigger_.push_back(e < p.trigger);
    }
    requirement_begin_.push_back(static_cast<std::uint32_t>(key_begin_.size() - 1));
  }
  automaton_.build();
}

std::vector<LiteralFilter::Occurrence> LiteralFilter::scan(std::string_view lower) const {
  std::vector<Occurrence> found;
  automaton_.scan(lower, [&](std::size_t end, const AhoCorasick::Hit& hit) {
    const auto e = static_cast<std::uint32_t>(end);
    found.push_back(Occurrence{e - hit.length, e, hit.value});
  });
  return found;
}

}  // namespace kg::extract
