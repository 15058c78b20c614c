// UTF-8 decoding and validation. Every function accepts arbitrary bytes: invalid
// sequences decode to U+FFFD and never throw.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace kg::text {

inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point starting at bytes[pos] and advances pos past it. An invalid or
// truncated sequence yields kReplacement and advances by one byte (the WHATWG rule).
char32_t decode_next(std::string_view bytes, std::size_t& pos) noexcept;

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
bool is_han(char32_t cp) noexcept;            // CJK unified ideographs and extensions
bool is_latin_letter(char32_t cp) noexcept;   // ASCII and Latin-1/Extended letters
bool is_ascii_digit(char32_t cp) noexcept;
bool is_space(char32_t cp) noexcept;          // Unicode White_Space
bool is_letter_or_digit(char32_t cp) noexcept;  // Unicode categories L* and N*

}  // namespace kg::text
