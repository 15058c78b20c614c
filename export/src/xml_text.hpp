// Text for XML outputs (GraphML, GEXF) and for DOT: escaping, and the replacement of
// characters XML 1.0 cannot carry (C0 controls other than tab, LF and CR, U+FFFE, U+FFFF and
// invalid UTF-8), which all become U+FFFD so that every XML reader (and Graphviz's SVG
// output) accepts the file.
#pragma once

#include <array>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace kg::io::detail {

bool is_xml_char(char32_t cp) noexcept;

// How each ASCII byte is written: nullptr copies it, otherwise its replacement text.
// Whatever the rule, non-ASCII text is copied when it is valid, XML-legal UTF-8 and
// becomes U+FFFD otherwise (one per invalid byte).
struct EscapeRule {
  std::array<const char*, 128> ascii{};
};

// A rule that replaces the C0 controls XML forbids with U+FFFD, plus `escapes`.
constexpr EscapeRule make_escape_rule(std::initializer_list<std::pair<char, const char*>> escapes) {
  EscapeRule rule;
  for (int c = 0; c < 0x20; ++c)
    if (c != '\t' && c != '\n' && c != '\r') rule.ascii[c] = "\xEF\xBF\xBD";
  for (const auto& [c, text] : escapes) rule.ascii[static_cast<unsigned char>(c)] = text;
  return rule;
}

void append_escaped(std::string& out, std::string_view text, const EscapeRule& rule);

// Length of the longest prefix of `text` that is valid UTF-8 made of characters XML allows.
std::size_t xml_legal_prefix(std::string_view text) noexcept;

// Appends `text` escaped for XML character data (`&`, `<`, `>`, and CR as `&#13;` since
// parsers turn raw CRs into LFs).
void append_xml_text(std::string& out, std::string_view text);
// Appends `text` escaped for a double-quoted XML attribute value; tab, LF and CR become
// character references so attribute-value normalisation keeps them.
void append_xml_attribute(std::string& out, std::string_view text);

// Valid UTF-8 copy of `text` with XML-illegal characters replaced by U+FFFD.
std::string xml_safe(std::string_view text);

// Shortest decimal form that reads back as exactly `value` ("1", "0.85", "1e-07").
std::string format_number(double value);
// The same, appended.
void append_number(std::string& out, double value);
void append_number(std::string& out, std::uint64_t value);

}  // namespace kg::io::detail
