// Text for XML outputs (GraphML, GEXF) and for DOT labels: escaping, and the replacement of
// characters XML 1.0 cannot carry (C0 controls other than tab, LF and CR, U+FFFE, U+FFFF and
// invalid UTF-8), which all become U+FFFD so that every XML reader accepts the file.
#pragma once

#include <string>
#include <string_view>

namespace kg::io::detail {

bool is_xml_char(char32_t cp) noexcept;

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

}  // namespace kg::io::detail
