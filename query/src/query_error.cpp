#include "kg/query/query_error.hpp"

#include <utf8proc.h>

#include <algorithm>

#include "kg/text/utf8.hpp"

namespace kg::query {
namespace {

// Columns a terminal gives the character: 2 for wide CJK forms, 1 otherwise (control and
// combining characters are echoed as replacements, so they take one column too).
std::size_t display_width(char32_t cp) {
  const int width = utf8proc_charwidth(static_cast<utf8proc_int32_t>(cp));
  return width == 2 ? 2 : 1;
}

bool is_control(char32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp < 0xA0); }

}  // namespace

QueryError::QueryError(std::string pattern, std::size_t offset, std::string problem)
    : std::runtime_error(problem),
      pattern_(std::move(pattern)),
      offset_(offset),
      problem_(std::move(problem)) {
  message_ = problem_ + " at column " + std::to_string(column());
}

std::size_t QueryError::column() const {
  return text::count_code_points(std::string_view(pattern_).substr(0, std::min(offset_, pattern_.size()))) + 1;
}

std::string QueryError::caret_display(std::size_t indent) const {
  std::string echo(indent, ' ');
  std::size_t caret_column = indent;
  const std::string_view bytes = pattern_;
  for (std::size_t pos = 0; pos < bytes.size();) {
    const std::size_t start = pos;
    char32_t cp = text::decode_next(bytes, pos);
    if (cp == '\t') cp = ' ';
    // Control and zero-width characters would shift the caret: show them as U+FFFD.
    if (is_control(cp) || (cp != ' ' && utf8proc_charwidth(static_cast<utf8proc_int32_t>(cp)) == 0))
      cp = text::kReplacement;
    text::append_utf8(echo, cp);
    if (start < offset_) caret_column += display_width(cp);
  }
  return echo + "\n" + std::string(caret_column, ' ') + "^";
}

}  // namespace kg::query
