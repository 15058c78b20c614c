// Small code-point helpers over valid UTF-8 (the normalised text) used by the matchers.
#pragma once

#include <cstdint>
#include <string_view>

#include "kg/text/utf8.hpp"

namespace kg::extract {

// Code point starting at `pos`, or 0 at the end.
inline char32_t cp_at(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return 0;
  return text::decode_next(s, pos);
}

// Start of the code point before `pos` (pos itself when 0).
inline std::size_t prev_start(std::string_view s, std::size_t pos) {
  if (pos == 0) return 0;
  --pos;
  while (pos > 0 && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
  return pos;
}

// Code point ending at `pos`, or 0 at the start.
inline char32_t cp_before(std::string_view s, std::size_t pos) {
  if (pos == 0) return 0;
  return cp_at(s, prev_start(s, pos));
}

// Byte length of the code point starting at `pos`.
inline std::size_t cp_length(std::string_view s, std::size_t pos) {
  std::size_t next = pos;
  text::decode_next(s, next);
  return next - pos;
}

// Latin letters only (names are written in them): "Élodie" starts with a capital.
inline bool is_upper(char32_t cp) { return cp < 0x80 ? cp >= 'A' && cp <= 'Z' : text::is_latin_upper(cp); }
inline bool is_lower(char32_t cp) {
  return cp < 0x80 ? cp >= 'a' && cp <= 'z' : cp >= 0xDF && cp <= 0x24F && !text::is_latin_upper(cp);
}
// False wherever is_upper(cp_at(s, pos)) is, told by the byte at pos alone: capitals are
// ASCII or U+00C0..U+024F (lead bytes C3..C9). Spares decoding where no capital can start
// (every byte of Chinese text, continuation bytes, lower case).
inline bool may_start_upper(char lead) {
  const auto b = static_cast<unsigned char>(lead);
  return (b >= 'A' && b <= 'Z') || (b >= 0xC3 && b <= 0xC9);
}
inline bool is_latin_word(char32_t cp) { return text::is_latin_letter(cp) || text::is_ascii_digit(cp); }

// Punctuation that closes a clause (after NFKC, so full-width forms are ASCII).
inline bool is_clause_punct(char32_t cp) {
  switch (cp) {
    case ',': case ';': case ':': case '.': case '!': case '?': case 0x3002: case 0x3001:
    case 0x2026: case '|': case '(': case ')': case '"': case 0x201C: case 0x201D:
      return true;
    default:
      return false;
  }
}

}  // namespace kg::extract
