// UTF-8 decoding and validation. Every function accepts arbitrary bytes: invalid
// sequences decode to U+FFFD and never throw.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace kg::text {

inline constexpr char32_t kReplacement = 0xFFFD;

namespace detail {
// decode_next for a lead byte >= 0x80.
char32_t decode_multibyte(std::string_view bytes, std::size_t& pos) noexcept;
}  // namespace detail

// Decodes the code point starting at bytes[pos] (pos < bytes.size()) and advances pos
// past it. An invalid or truncated sequence yields kReplacement and advances by one byte
// (the WHATWG rule). Inline for ASCII: extraction decodes every character several times.
inline char32_t decode_next(std::string_view bytes, std::size_t& pos) noexcept {
  const auto lead = static_cast<unsigned char>(bytes[pos]);
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  return detail::decode_multibyte(bytes, pos);
}

// Appends the UTF-8 encoding of cp (surrogates and values above U+10FFFF become U+FFFD).
void append_utf8(std::string& out, char32_t cp);

// Number of code points, counting each invalid byte as one replacement character.
std::size_t count_code_points(std::string_view bytes) noexcept;

// Valid UTF-8 copy of bytes; invalid sequences become U+FFFD. `replaced`, when given,
// receives how many replacements were made.
std::string to_valid_utf8(std::string_view bytes, std::size_t* replaced = nullptr);

// True when every byte is part of a well-formed UTF-8 sequence.
bool is_valid_utf8(std::string_view bytes) noexcept;

// Character classes used throughout extraction (Unicode-aware, locale-independent).
// CJK unified ideographs and extensions.
constexpr bool is_han(char32_t cp) noexcept {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x20000 && cp <= 0x2EBEF) || (cp >= 0xF900 && cp <= 0xFAFF) || cp == 0x3007;
}
// ASCII and Latin-1/Extended letters.
constexpr bool is_latin_letter(char32_t cp) noexcept {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
         (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
}
constexpr bool is_ascii_digit(char32_t cp) noexcept { return cp >= '0' && cp <= '9'; }
// Unicode White_Space.
constexpr bool is_space(char32_t cp) noexcept {
  if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D);
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}
bool is_letter_or_digit(char32_t cp) noexcept;  // Unicode categories L* and N*
// An upper-case letter of the Latin blocks up to Latin Extended-B (A-Z, É, Ł, Ş).
bool is_latin_upper(char32_t cp) noexcept;

}  // namespace kg::text
