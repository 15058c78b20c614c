#include "kg/text/utf8.hpp"

#include <utf8proc.h>

namespace kg::text {

char32_t detail::decode_multibyte(std::string_view bytes, std::size_t& pos) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data()) + pos;
  const std::size_t left = bytes.size() - pos;
  const auto continuation = [](unsigned char b) { return (b & 0xC0) == 0x80; };
  const unsigned char lead = p[0];
  // Three bytes first: every Han character and CJK punctuation mark.
  if (lead >= 0xE0 && lead <= 0xEF) {
    if (left >= 3 && continuation(p[1]) && continuation(p[2])) {
      const char32_t cp = (char32_t{lead & 0x0Fu} << 12) | (char32_t{p[1] & 0x3Fu} << 6) | (p[2] & 0x3Fu);
      // Overlong forms and surrogates are not UTF-8.
      if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
        pos += 3;
        return cp;
      }
    }
  } else if (lead >= 0xC2 && lead <= 0xDF) {
    if (left >= 2 && continuation(p[1])) {
      pos += 2;
      return (char32_t{lead & 0x1Fu} << 6) | (p[1] & 0x3Fu);
    }
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    if (left >= 4 && continuation(p[1]) && continuation(p[2]) && continuation(p[3])) {
      const char32_t cp = (char32_t{lead & 0x07u} << 18) | (char32_t{p[1] & 0x3Fu} << 12) |
                          (char32_t{p[2] & 0x3Fu} << 6) | (p[3] & 0x3Fu);
      if (cp >= 0x10000 && cp <= 0x10FFFF) {
        pos += 4;
        return cp;
      }
    }
  }
  ++pos;
  return kReplacement;
}

void append_utf8(std::string& out, char32_t cp) {
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = kReplacement;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::size_t count_code_points(std::string_view bytes) noexcept {
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < bytes.size(); ++count) decode_next(bytes, pos);
  return count;
}

std::string to_valid_utf8(std::string_view bytes, std::size_t* replaced) {
  std::string out;
  out.reserve(bytes.size());
  std::size_t replacements = 0;
  for (std::size_t pos = 0; pos < bytes.size();) {
    const std::size_t start = pos;
    const char32_t cp = decode_next(bytes, pos);
    if (cp == kReplacement && !(pos - start == 3 && bytes.substr(start, 3) == "\xEF\xBF\xBD")) {
      ++replacements;
      append_utf8(out, kReplacement);
    } else {
      out.append(bytes.substr(start, pos - start));
    }
  }
  if (replaced) *replaced = replacements;
  return out;
}

bool is_valid_utf8(std::string_view bytes) noexcept {
  for (std::size_t pos = 0; pos < bytes.size();) {
    const std::size_t start = pos;
    if (decode_next(bytes, pos) == kReplacement && bytes.substr(start, pos - start) != "\xEF\xBF\xBD")
      return false;
  }
  return true;
}

bool is_latin_upper(char32_t cp) noexcept {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return cp >= 0xC0 && cp <= 0x24F && utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LU;
}

bool is_letter_or_digit(char32_t cp) noexcept {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || is_ascii_digit(cp);
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

}  // namespace kg::text
