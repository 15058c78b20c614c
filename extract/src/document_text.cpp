#include "document_text.hpp"

#include "kg/text/utf8.hpp"

namespace kg::extract {
namespace {

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

bool is_key_separator(char32_t cp) {
  return text::is_space(cp) || cp == '-' || cp == '_' || cp == '.' || cp == 0xB7 ||
         cp == 0x30FB || cp == 0x2022;
}

DocumentText::DocumentText(std::string_view original_text)
    : original(original_text), norm(text::normalize_nfkc(original_text)) {
  const std::string& t = norm.text;
  lower.resize(t.size());
  for (std::size_t i = 0; i < t.size(); ++i) lower[i] = ascii_lower(t[i]);
  key.reserve(t.size());
  key_to_norm.reserve(t.size());
  for (std::size_t pos = 0; pos < t.size();) {
    const std::size_t start = pos;
    const unsigned char c = static_cast<unsigned char>(t[pos]);
    char32_t cp;
    if (c < 0x80) {
      cp = c;
      ++pos;
    } else {
      cp = text::decode_next(t, pos);
    }
    if (is_key_separator(cp)) continue;
    for (std::size_t b = start; b < pos; ++b) {
      key.push_back(lower[b]);
      key_to_norm.push_back(static_cast<std::uint32_t>(b));
    }
  }
}

std::string fold_literal(std::string_view utf8) {
  std::string out = text::normalize_nfkc(utf8).text;
  for (char& c : out) c = ascii_lower(c);
  return out;
}

std::string fold_key(std::string_view utf8) {
  const std::string folded = fold_literal(utf8);
  std::string out;
  out.reserve(folded.size());
  for (std::size_t pos = 0; pos < folded.size();) {
    const std::size_t start = pos;
    if (!is_key_separator(text::decode_next(folded, pos))) out.append(folded, start, pos - start);
  }
  return out;
}

}  // namespace kg::extract
