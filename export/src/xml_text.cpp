#include "xml_text.hpp"

#include <charconv>

#include "kg/text/utf8.hpp"

namespace kg::io::detail {

bool is_xml_char(char32_t cp) noexcept {
  if (cp < 0x20) return cp == 0x9 || cp == 0xA || cp == 0xD;
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  return cp != 0xFFFE && cp != 0xFFFF && cp <= 0x10FFFF;
}

namespace {

enum class Context { Text, Attribute };

// Plain ASCII that needs no escaping in either context.
bool is_plain(unsigned char byte) {
  return byte >= 0x20 && byte < 0x80 && byte != '&' && byte != '<' && byte != '>' && byte != '"';
}

void append_escaped(std::string& out, std::string_view text, Context context) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    // Copy runs of plain ASCII at once: most text is.
    const std::size_t run = pos;
    while (pos < text.size() && is_plain(static_cast<unsigned char>(text[pos]))) ++pos;
    out.append(text.data() + run, pos - run);
    if (pos == text.size()) break;

    const unsigned char byte = static_cast<unsigned char>(text[pos]);
    if (byte >= 0x80) {  // multi-byte: copy when valid and XML-legal
      const std::size_t start = pos;
      const char32_t cp = text::decode_next(text, pos);
      const bool replaced = cp == text::kReplacement && pos - start == 1;
      if (replaced || !is_xml_char(cp))
        text::append_utf8(out, text::kReplacement);
      else
        out.append(text.data() + start, pos - start);
      continue;
    }
    ++pos;
    switch (byte) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\r': out += "&#13;"; break;
      case '"':
        out += context == Context::Attribute ? "&quot;" : "\"";
        break;
      case '\t':
        out += context == Context::Attribute ? "&#9;" : "\t";
        break;
      case '\n':
        out += context == Context::Attribute ? "&#10;" : "\n";
        break;
      default:  // the other C0 controls
        text::append_utf8(out, text::kReplacement);
    }
  }
}

}  // namespace

void append_xml_text(std::string& out, std::string_view text) {
  append_escaped(out, text, Context::Text);
}

void append_xml_attribute(std::string& out, std::string_view text) {
  append_escaped(out, text, Context::Attribute);
}

std::string xml_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const char32_t cp = text::decode_next(text, pos);
    const bool invalid = cp == text::kReplacement && pos - start == 1 &&
                         static_cast<unsigned char>(text[start]) >= 0x80;
    if (invalid || !is_xml_char(cp))
      text::append_utf8(out, text::kReplacement);
    else
      out.append(text.substr(start, pos - start));
  }
  return out;
}

std::string format_number(double value) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

}  // namespace kg::io::detail
