#include "document_text.hpp"

#include "kg/text/utf8.hpp"

namespace kg::extract {
namespace {

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_ascii(std::string_view s) {
  for (const char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

}  // namespace

bool is_key_separator(char32_t cp) {
  return text::is_space(cp) || cp == '-' || cp == '_' || cp == '.' || cp == 0xB7 ||
         cp == 0x30FB || cp == 0x2022;
}

DocumentText::DocumentText(std::string_view original_text)
    : original(original_text), norm(text::normalize_nfkc(original_text)) {
  const std::string& t = norm.text;
  lower.resize(t.size());
  key.reserve(t.size());
  key_to_norm.reserve(t.size());
  // One pass fills both folded forms; ASCII (the usual byte) needs no decoding.
  for (std::size_t pos = 0; pos < t.size();) {
    const std::size_t start = pos;
    const unsigned char c = static_cast<unsigned char>(t[pos]);
    if (c < 0x80) {
      const char folded = ascii_lower(t[pos]);
      lower[pos] = folded;
      ++pos;
      if (!is_key_separator(c)) {
        key.push_back(folded);
        key_to_norm.push_back(static_cast<std::uint32_t>(start));
      }
      continue;
    }
    const bool separator = is_key_separator(text::decode_next(t, pos));
    for (std::size_t b = start; b < pos; ++b) {
      lower[b] = t[b];
      if (!separator) {
        key.push_back(t[b]);
        key_to_norm.push_back(static_cast<std::uint32_t>(b));
      }
    }
  }
}

std::string fold_literal(std::string_view utf8) {
  // NFKC leaves ASCII as it is.
  std::string out = is_ascii(utf8) ? std::string(utf8) : text::normalize_nfkc(utf8).text;
  for (char& c : out) c = ascii_lower(c);
  return out;
}

std::string fold_key(std::string_view utf8) {
  std::string out;
  if (is_ascii(utf8)) {
    out.reserve(utf8.size());
    for (const char c : utf8)
      if (!is_key_separator(static_cast<unsigned char>(c))) out.push_back(ascii_lower(c));
    return out;
  }
  const std::string folded = fold_literal(utf8);
  out.reserve(folded.size());
  for (std::size_t pos = 0; pos < folded.size();) {
    const std::size_t start = pos;
    if (!is_key_separator(text::decode_next(folded, pos))) out.append(folded, start, pos - start);
  }
  return out;
}

}  // namespace kg::extract
