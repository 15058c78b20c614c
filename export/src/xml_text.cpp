#include "xml_text.hpp"

#include <charconv>
#include <cstdint>
#include <cstring>

#include "kg/text/utf8.hpp"

namespace kg::io::detail {

bool is_xml_char(char32_t cp) noexcept {
  if (cp < 0x20) return cp == 0x9 || cp == 0xA || cp == 0xD;
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  return cp != 0xFFFE && cp != 0xFFFF && cp <= 0x10FFFF;
}

namespace {

constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";

constexpr EscapeRule kXmlText = make_escape_rule({{'&', "&amp;"}, {'<', "&lt;"}, {'>', "&gt;"}, {'\r', "&#13;"}});
constexpr EscapeRule kXmlAttribute = make_escape_rule({{'&', "&amp;"},
                                                       {'<', "&lt;"},
                                                       {'>', "&gt;"},
                                                       {'"', "&quot;"},
                                                       {'\t', "&#9;"},
                                                       {'\n', "&#10;"},
                                                       {'\r', "&#13;"}});
constexpr EscapeRule kUnchanged = make_escape_rule({});

bool continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Length of the valid, XML-legal UTF-8 sequence of two or more bytes at p (before end), or 0
// when it is anything else. Decides from the lead byte and the second byte's range, the
// UTF-8 rules for overlong forms, surrogates and the U+10FFFF limit, without decoding.
std::size_t legal_sequence(const unsigned char* p, const unsigned char* end) {
  const unsigned char lead = p[0];
  const std::ptrdiff_t left = end - p;
  if (lead >= 0xC2 && lead <= 0xDF) return left >= 2 && continuation(p[1]) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    if (left < 3 || !continuation(p[1]) || !continuation(p[2])) return 0;
    if (lead == 0xE0 && p[1] < 0xA0) return 0;   // overlong
    if (lead == 0xED && p[1] >= 0xA0) return 0;  // surrogate
    if (lead == 0xEF && p[1] == 0xBF && p[2] >= 0xBE) return 0;  // U+FFFE, U+FFFF
    return 3;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    if (left < 4 || !continuation(p[1]) || !continuation(p[2]) || !continuation(p[3])) return 0;
    if (lead == 0xF0 && p[1] < 0x90) return 0;  // overlong
    if (lead == 0xF4 && p[1] >= 0x90) return 0;  // past U+10FFFF
    return 4;
  }
  return 0;
}

// True when the eight bytes at p are all printable ASCII (0x20 to 0x7F). Subtracting 0x20
// from each byte sets its top bit exactly when it is below 0x20 (a borrow starts at the
// lowest such byte, so the test is exact); bytes of 0x80 and above have it set already.
bool printable_ascii8(const unsigned char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, 8);
  return ((word | (word - 0x2020202020202020u)) & 0x8080808080808080u) == 0;
}

}  // namespace

void append_escaped(std::string& out, std::string_view text, const EscapeRule& rule) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* const end = p + text.size();
  while (p < end) {
    // Copy the longest run that needs no change at once: most text is one.
    const auto* run = p;
    while (p < end) {
      if (*p < 0x80) {
        if (rule.ascii[*p]) break;
        ++p;
      } else {
        const std::size_t length = legal_sequence(p, end);
        if (length == 0) break;
        p += length;
      }
    }
    out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
    if (p == end) break;
    if (*p < 0x80) {
      out.append(rule.ascii[*p]);
      ++p;
      continue;
    }
    // Invalid UTF-8 (one U+FFFD per byte) or a valid character XML forbids.
    std::size_t pos = static_cast<std::size_t>(p - reinterpret_cast<const unsigned char*>(text.data()));
    text::decode_next(text, pos);
    out.append(kReplacementUtf8);
    p = reinterpret_cast<const unsigned char*>(text.data()) + pos;
  }
}

std::size_t xml_legal_prefix(std::string_view text) noexcept {
  const auto* const begin = reinterpret_cast<const unsigned char*>(text.data());
  const auto* const end = begin + text.size();
  const auto* p = begin;
  while (p < end) {
    if (end - p >= 8 && printable_ascii8(p)) {
      p += 8;
    } else if (*p >= 0x20 && *p < 0x80) {
      ++p;
    } else if (*p < 0x20) {
      if (*p != '\t' && *p != '\n' && *p != '\r') break;
      ++p;
    } else {
      const std::size_t length = legal_sequence(p, end);
      if (length == 0) break;
      p += length;
    }
  }
  return static_cast<std::size_t>(p - begin);
}

void append_xml_text(std::string& out, std::string_view text) { append_escaped(out, text, kXmlText); }

void append_xml_attribute(std::string& out, std::string_view text) {
  append_escaped(out, text, kXmlAttribute);
}

std::string xml_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_escaped(out, text, kUnchanged);
  return out;
}

std::string format_number(double value) {
  std::string out;
  append_number(out, value);
  return out;
}

void append_number(std::string& out, double value) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

void append_number(std::string& out, std::uint64_t value) {
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

}  // namespace kg::io::detail
