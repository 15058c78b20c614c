#include "xml_reader.hpp"

#include <charconv>

#include "kg/text/utf8.hpp"
#include "xml_text.hpp"

namespace kg::io::detail {

namespace {

// XML 1.0 end-of-line handling: CRLF and lone CR become LF before parsing.
// In place, so no copy of a large file is made.
void normalise_line_ends(std::string& content) {
  std::size_t write = content.find('\r');
  if (write == std::string::npos) return;
  for (std::size_t read = write; read < content.size(); ++read) {
    if (content[read] == '\r') {
      content[write++] = '\n';
      if (read + 1 < content.size() && content[read + 1] == '\n') ++read;
    } else {
      content[write++] = content[read];
    }
  }
  content.resize(write);
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool ends_name(char c) { return is_space(c) || c == '/' || c == '>' || c == '=' || c == '<'; }

std::string local_part(const std::string& name) {
  const auto colon = name.rfind(':');
  return colon == std::string::npos ? name : name.substr(colon + 1);
}

}  // namespace

XmlReader::XmlReader(std::string content, std::string file)
    : content_(std::move(content)), file_(std::move(file)) {
  normalise_line_ends(content_);
  if (content_.compare(0, 3, "\xEF\xBB\xBF") == 0) pos_ = 3;
}

void XmlReader::fail_at(std::size_t offset, const std::string& problem) const {
  throw SourceError(ErrorKind::Input, file_, position_of(content_, offset), problem);
}

const std::string* XmlReader::attribute(std::string_view local_name) const {
  for (const auto& [key, value] : attributes_)
    if (key == local_name) return &value;
  return nullptr;
}

void XmlReader::skip_space() {
  while (pos_ < content_.size() && is_space(content_[pos_])) ++pos_;
}

void XmlReader::skip_until(std::string_view terminator, const char* what) {
  const auto end = content_.find(terminator, pos_);
  if (end == std::string::npos) fail_at(pos_, std::string("unterminated ") + what);
  pos_ = end + terminator.size();
}

void XmlReader::skip_doctype() {
  // Skips an internal subset in brackets as a whole; quoted strings and comments may hold
  // '>' or ']'.
  int brackets = 0;
  char quote = 0;
  for (; pos_ < content_.size(); ++pos_) {
    const char c = content_[pos_];
    if (!quote && at("<!--")) {
      skip_until("-->", "comment");
      --pos_;
    } else if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '[') {
      ++brackets;
    } else if (c == ']') {
      --brackets;
    } else if (c == '>' && brackets <= 0) {
      ++pos_;
      return;
    }
  }
  fail_at(event_offset_, "unterminated DOCTYPE");
}

std::string XmlReader::read_name() {
  const std::size_t start = pos_;
  while (pos_ < content_.size() && !ends_name(content_[pos_]) && content_[pos_] != '"' &&
         content_[pos_] != '\'')
    ++pos_;
  if (pos_ == start) fail_at(start, "expected a name");
  return content_.substr(start, pos_ - start);
}

// Copies content_[from, to) to `out`, refusing invalid UTF-8 and characters XML forbids.
void XmlReader::append_checked(std::string& out, std::size_t from, std::size_t to) {
  std::size_t pos = from + xml_legal_prefix(std::string_view(content_).substr(from, to - from));
  while (pos < to) {  // only when there is a problem to report: say which
    const auto byte = static_cast<unsigned char>(content_[pos]);
    if (byte >= 0x20 && byte < 0x80) {
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    const char32_t cp = text::decode_next(std::string_view(content_).substr(0, to), pos);
    if (cp == text::kReplacement && pos - start == 1 && byte >= 0x80)
      fail_at(start, "invalid UTF-8");
    if (!is_xml_char(cp)) fail_at(start, "character not allowed in XML");
  }
  out.append(content_, from, to - from);
}

void XmlReader::append_reference(std::string& out) {
  const std::size_t start = pos_;
  const auto semicolon = content_.find(';', pos_);
  if (semicolon == std::string::npos || semicolon - pos_ > 12) fail_at(start, "unterminated entity reference");
  const std::string_view ref(content_.data() + pos_ + 1, semicolon - pos_ - 1);
  pos_ = semicolon + 1;
  if (ref == "lt") { out += '<'; return; }
  if (ref == "gt") { out += '>'; return; }
  if (ref == "amp") { out += '&'; return; }
  if (ref == "quot") { out += '"'; return; }
  if (ref == "apos") { out += '\''; return; }
  if (ref.size() >= 2 && ref[0] == '#') {
    const bool hex = ref[1] == 'x';
    const std::string_view digits = ref.substr(hex ? 2 : 1);
    std::uint32_t value = 0;
    const auto result = std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
    if (digits.empty() || result.ec != std::errc() || result.ptr != digits.data() + digits.size() ||
        !is_xml_char(static_cast<char32_t>(value)))
      fail_at(start, "invalid character reference &" + std::string(ref) + ";");
    text::append_utf8(out, static_cast<char32_t>(value));
    return;
  }
  fail_at(start, "unknown entity &" + std::string(ref) + ";");
}

void XmlReader::read_start_tag() {
  ++pos_;  // '<'
  const std::string qualified = read_name();
  name_ = local_part(qualified);
  attributes_.clear();
  qualified_attributes_.clear();
  while (true) {
    skip_space();
    if (pos_ >= content_.size()) fail_at(event_offset_, "unterminated start tag <" + qualified + ">");
    if (at("/>")) {
      pos_ += 2;
      open_.push_back(qualified);
      pending_end_ = true;
      break;
    }
    if (content_[pos_] == '>') {
      ++pos_;
      open_.push_back(qualified);
      break;
    }
    const std::size_t attr_start = pos_;
    const std::string attr = read_name();
    skip_space();
    if (pos_ >= content_.size() || content_[pos_] != '=') fail_at(pos_, "expected '=' after attribute " + attr);
    ++pos_;
    skip_space();
    if (pos_ >= content_.size() || (content_[pos_] != '"' && content_[pos_] != '\''))
      fail_at(pos_, "expected a quoted value for attribute " + attr);
    const char quote = content_[pos_++];
    std::string value;
    while (true) {
      if (pos_ >= content_.size()) fail_at(attr_start, "unterminated value of attribute " + attr);
      const char c = content_[pos_];
      if (c == quote) break;
      if (c == '<') fail_at(pos_, "'<' in attribute value");
      if (c == '&') {
        append_reference(value);
      } else if (c == '\t' || c == '\n') {
        value += ' ';  // attribute-value normalisation
        ++pos_;
      } else {
        const std::size_t run = pos_;
        while (pos_ < content_.size() && content_[pos_] != quote && content_[pos_] != '&' &&
               content_[pos_] != '<' && content_[pos_] != '\t' && content_[pos_] != '\n')
          ++pos_;
        append_checked(value, run, pos_);
      }
    }
    ++pos_;
    for (const auto& seen : qualified_attributes_)
      if (seen == attr) fail_at(attr_start, "duplicate attribute " + attr);
    qualified_attributes_.push_back(attr);
    attributes_.emplace_back(local_part(attr), std::move(value));
  }
  seen_root_ = true;
}

void XmlReader::read_end_tag() {
  pos_ += 2;  // '</'
  const std::string qualified = read_name();
  skip_space();
  if (pos_ >= content_.size() || content_[pos_] != '>') fail_at(pos_, "expected '>' closing </" + qualified);
  ++pos_;
  if (open_.empty()) fail_at(event_offset_, "unexpected end tag </" + qualified + ">");
  if (open_.back() != qualified)
    fail_at(event_offset_, "end tag </" + qualified + "> does not match <" + open_.back() + ">");
  open_.pop_back();
  name_ = local_part(qualified);
}

// Collects character data up to the next tag; returns true when there was any.
bool XmlReader::read_text() {
  text_.clear();
  bool any = false;
  const std::size_t start = pos_;
  while (pos_ < content_.size()) {
    const char c = content_[pos_];
    if (c == '<' && pos_ + 1 < content_.size() && content_[pos_ + 1] != '!' && content_[pos_ + 1] != '?')
      break;  // a tag: the common case, decided without comparing tokens
    if (c == '<' && at("<![CDATA[")) {
      pos_ += 9;
      const auto end = content_.find("]]>", pos_);
      if (end == std::string::npos) fail_at(pos_ - 9, "unterminated CDATA section");
      append_checked(text_, pos_, end);
      pos_ = end + 3;
      any = true;
      continue;
    }
    if (c == '<' && at("<!--")) {
      skip_until("-->", "comment");
      continue;
    }
    if (c == '<' && at("<?")) {
      skip_until("?>", "processing instruction");
      continue;
    }
    if (c == '<') break;
    if (c == '&') {
      append_reference(text_);
      any = true;
      continue;
    }
    const std::size_t run = pos_;
    bool bracket = false;  // only a run holding ']' can hold "]]>"
    while (pos_ < content_.size() && content_[pos_] != '<' && content_[pos_] != '&') bracket |= content_[pos_++] == ']';
    if (bracket && std::string_view(content_).substr(run, pos_ - run).find("]]>") != std::string_view::npos)
      fail_at(run, "']]>' in character data");
    append_checked(text_, run, pos_);
    any = true;
  }
  if (!any) return false;
  if (open_.empty()) {
    for (const char c : text_)
      if (!is_space(c)) fail_at(start, "text outside the root element");
    return false;
  }
  event_offset_ = start;
  return true;
}

XmlReader::Event XmlReader::next() {
  if (pending_end_) {
    pending_end_ = false;
    open_.pop_back();
    return Event::EndElement;
  }
  while (true) {
    const std::size_t text_start = pos_;
    if (read_text()) return Event::Text;
    if (pos_ >= content_.size()) {
      if (!open_.empty()) fail_at(pos_, "end of file inside <" + open_.back() + ">");
      if (!seen_root_) fail_at(text_start, "no root element");
      return Event::End;
    }
    event_offset_ = pos_;
    if (at("</")) {
      read_end_tag();
      return Event::EndElement;
    }
    if (at("<!DOCTYPE")) {
      if (seen_root_) fail("DOCTYPE after the root element");
      skip_doctype();
      continue;
    }
    if (at("<!")) fail("unexpected markup declaration");
    if (!open_.empty() || !seen_root_) {
      read_start_tag();
      return Event::StartElement;
    }
    fail("content after the root element");
  }
}

}  // namespace kg::io::detail
