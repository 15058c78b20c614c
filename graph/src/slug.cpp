#include "kg/graph/knowledge_graph.hpp"
#include "kg/text/normalize.hpp"
#include "kg/text/utf8.hpp"

namespace kg {

std::string slugify(std::string_view name) {
  const std::string folded = text::casefold(name);
  std::string slug;
  bool pending_dash = false;
  for (std::size_t pos = 0; pos < folded.size();) {
    const std::size_t start = pos;
    const char32_t cp = text::decode_next(folded, pos);
    if (text::is_letter_or_digit(cp)) {
      if (pending_dash && !slug.empty()) slug.push_back('-');
      pending_dash = false;
      slug.append(folded, start, pos - start);
    } else {
      pending_dash = true;
    }
  }
  return slug.empty() ? std::string("entity") : slug;
}

}  // namespace kg
