#include "iri.hpp"

#include "kg/text/utf8.hpp"

namespace kg::io::detail {

namespace {

// RFC 3987 ucschar: the non-ASCII code points an IRI may carry unencoded.
bool is_ucschar(char32_t cp) {
  if (cp >= 0xA0 && cp <= 0xD7FF) return true;
  if (cp >= 0xF900 && cp <= 0xFDCF) return true;
  if (cp >= 0xFDF0 && cp <= 0xFFEF) return true;
  if (cp >= 0x10000 && cp <= 0xEFFFD) return (cp & 0xFFFE) != 0xFFFE;
  return false;
}

bool is_plain_ascii(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == '~';
}

void percent_encode(std::string& out, std::string_view bytes) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (const char ch : bytes) {
    const auto c = static_cast<unsigned char>(ch);
    out += '%';
    out += kHex[c >> 4];
    out += kHex[c & 0xF];
  }
}

}  // namespace

std::string iri_segment(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const auto first = static_cast<unsigned char>(text[pos]);
    if (first < 0x80) {
      ++pos;
      if (is_plain_ascii(first))
        out.push_back(static_cast<char>(first));
      else
        percent_encode(out, text.substr(start, 1));
      continue;
    }
    const char32_t cp = text::decode_next(text, pos);
    const bool invalid = cp == text::kReplacement && pos - start == 1;
    if (!invalid && is_ucschar(cp))
      out.append(text.substr(start, pos - start));
    else
      percent_encode(out, text.substr(start, pos - start));
  }
  return out;
}

}  // namespace kg::io::detail

namespace kg::io::detail {

namespace {
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}
}  // namespace

std::string decode_iri_segment(std::string_view segment) {
  std::string out;
  out.reserve(segment.size());
  for (std::size_t i = 0; i < segment.size(); ++i) {
    if (segment[i] == '%' && i + 2 < segment.size()) {
      const int high = hex_value(segment[i + 1]);
      const int low = hex_value(segment[i + 2]);
      if (high >= 0 && low >= 0) {
        out.push_back(static_cast<char>(high * 16 + low));
        i += 2;
        continue;
      }
    }
    out.push_back(segment[i]);
  }
  return out;
}

}  // namespace kg::io::detail
