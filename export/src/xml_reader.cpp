#include "xml_reader.hpp"

#include <charconv>
#include <cstdint>
#include <cstring>

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

std::string_view local_part(std::string_view name) {
  const auto colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// True when one of the eight bytes of `word` is `byte` (the classic zero-byte test on
// word ^ byte...byte).
bool has_byte(std::uint64_t word, unsigned char byte) {
  constexpr std::uint64_t kOnes = 0x0101010101010101u;
  const std::uint64_t x = word ^ (kOnes * byte);
  return ((x - kOnes) & ~x & (kOnes << 7)) != 0;
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

std::optional<std::string_view> XmlReader::attribute(std::string_view local_name) const {
  for (const Attribute& a : attributes_)
    if (a.local == local_name) return a.decoded == kNotDecoded ? a.value : std::string_view(decoded_[a.decoded]);
  return std::nullopt;
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

std::string_view XmlReader::read_name() {
  const std::size_t start = pos_;
  while (pos_ < content_.size() && !ends_name(content_[pos_]) && content_[pos_] != '"' &&
         content_[pos_] != '\'')
    ++pos_;
  if (pos_ == start) fail_at(start, "expected a name");
  return std::string_view(content_).substr(start, pos_ - start);
}

// Refuses invalid UTF-8 and characters XML forbids in content_[from, to), naming the first.
void XmlReader::check_legal(std::size_t from, std::size_t to) const {
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
  const std::string_view qualified = read_name();
  name_ = local_part(qualified);
  attributes_.clear();
  decoded_used_ = 0;
  while (true) {
    skip_space();
    if (pos_ >= content_.size()) fail_at(event_offset_, "unterminated start tag <" + std::string(qualified) + ">");
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
    Attribute attribute;
    attribute.qualified = read_name();
    attribute.local = local_part(attribute.qualified);
    const std::string attr(attribute.qualified);
    skip_space();
    if (pos_ >= content_.size() || content_[pos_] != '=') fail_at(pos_, "expected '=' after attribute " + attr);
    ++pos_;
    skip_space();
    if (pos_ >= content_.size() || (content_[pos_] != '"' && content_[pos_] != '\''))
      fail_at(pos_, "expected a quoted value for attribute " + attr);
    read_attribute_value(attribute, attr_start);
    for (const Attribute& seen : attributes_)
      if (seen.qualified == attribute.qualified) fail_at(attr_start, "duplicate attribute " + attr);
    attributes_.push_back(attribute);
  }
  seen_root_ = true;
}

// The quoted value at pos_: a view of the content unless a reference or a tab or line end
// (normalised to a space) makes it differ, in which case it is decoded into decoded_.
void XmlReader::read_attribute_value(Attribute& attribute, std::size_t attr_start) {
  const char quote = content_[pos_++];
  const std::size_t begin = pos_;
  std::string* decoded = nullptr;
  while (true) {
    if (pos_ >= content_.size())
      fail_at(attr_start, "unterminated value of attribute " + std::string(attribute.qualified));
    const char c = content_[pos_];
    if (c == quote) break;
    if (c == '<') fail_at(pos_, "'<' in attribute value");
    if (c == '&' || c == '\t' || c == '\n') {
      if (!decoded) decoded = &start_decoding(attribute, begin);
      if (c == '&') {
        append_reference(*decoded);
      } else {
        *decoded += ' ';  // attribute-value normalisation
        ++pos_;
      }
      continue;
    }
    const std::size_t run = pos_;
    while (pos_ < content_.size() && content_[pos_] != quote && content_[pos_] != '&' && content_[pos_] != '<' &&
           content_[pos_] != '\t' && content_[pos_] != '\n')
      ++pos_;
    check_legal(run, pos_);
    if (decoded) decoded->append(content_, run, pos_ - run);
  }
  if (!decoded) attribute.value = std::string_view(content_).substr(begin, pos_ - begin);
  ++pos_;
}

// A buffer of decoded_ for `attribute`, holding the value's content_[begin, pos_) so far.
std::string& XmlReader::start_decoding(Attribute& attribute, std::size_t begin) {
  attribute.decoded = decoded_used_++;
  if (decoded_.size() < decoded_used_) decoded_.emplace_back();
  return decoded_[attribute.decoded].assign(content_, begin, pos_ - begin);
}

void XmlReader::read_end_tag() {
  pos_ += 2;  // '</'
  const std::string_view qualified = read_name();
  skip_space();
  if (pos_ >= content_.size() || content_[pos_] != '>')
    fail_at(pos_, "expected '>' closing </" + std::string(qualified));
  ++pos_;
  if (open_.empty()) fail_at(event_offset_, "unexpected end tag </" + std::string(qualified) + ">");
  if (open_.back() != qualified)
    fail_at(event_offset_,
            "end tag </" + std::string(qualified) + "> does not match <" + std::string(open_.back()) + ">");
  open_.pop_back();
  name_ = local_part(qualified);
}

// Collects character data up to the next tag; returns true when there was any.
bool XmlReader::read_text() {
  text_ = {};
  text_copied_ = false;
  bool any = false;
  const std::size_t start = pos_;
  while (pos_ < content_.size()) {
    const char c = content_[pos_];
    if (c == '<') {
      if (pos_ + 1 < content_.size() && content_[pos_ + 1] != '!' && content_[pos_ + 1] != '?')
        break;  // a tag: the common case, decided without comparing tokens
      if (at("<![CDATA[")) {
        read_cdata();
        any = true;
      } else if (at("<!--")) {
        skip_until("-->", "comment");
      } else if (at("<?")) {
        skip_until("?>", "processing instruction");
      } else {
        break;
      }
    } else if (c == '&') {
      std::string decoded;  // a few bytes: no allocation
      append_reference(decoded);
      add_text(decoded, false);
      any = true;
    } else {
      read_character_data();
      any = true;
    }
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

// The end of the character data at `from`: the next '<' or '&', or the end of the content.
// Eight bytes at a time, since most text holds neither.
std::size_t XmlReader::character_data_end(std::size_t from) const {
  std::size_t pos = from;
  for (std::uint64_t word; pos + 8 <= content_.size(); pos += 8) {
    std::memcpy(&word, content_.data() + pos, 8);
    if (has_byte(word, '<') || has_byte(word, '&')) break;
  }
  while (pos < content_.size() && content_[pos] != '<' && content_[pos] != '&') ++pos;
  return pos;
}

// A run of character data up to the next markup or reference.
void XmlReader::read_character_data() {
  const std::size_t run = pos_;
  // Indentation between tags is the most frequent text of all, and white space needs no
  // checks: only what follows it does.
  while (pos_ < content_.size() && is_space(content_[pos_])) ++pos_;
  const std::size_t rest = pos_;
  pos_ = character_data_end(rest);
  const std::string_view data = std::string_view(content_).substr(rest, pos_ - rest);
  if (data.find("]]>") != std::string_view::npos) fail_at(run, "']]>' in character data");
  check_legal(rest, pos_);
  add_text(std::string_view(content_).substr(run, pos_ - run), true);
}

void XmlReader::read_cdata() {
  pos_ += 9;  // "<![CDATA["
  const auto end = content_.find("]]>", pos_);
  if (end == std::string::npos) fail_at(pos_ - 9, "unterminated CDATA section");
  check_legal(pos_, end);
  add_text(std::string_view(content_).substr(pos_, end - pos_), true);
  pos_ = end + 3;
}

// Adds a piece to the current text. A first piece from the content is kept as a view (the
// common case: plain text in one run); a second piece, or a decoded one, copies the text.
void XmlReader::add_text(std::string_view piece, bool in_content) {
  if (!text_copied_ && text_.empty() && in_content) {
    text_ = piece;
    return;
  }
  if (!text_copied_) {
    text_buffer_.assign(text_);
    text_copied_ = true;
  }
  text_buffer_.append(piece);
  text_ = text_buffer_;
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
      if (!open_.empty()) fail_at(pos_, "end of file inside <" + std::string(open_.back()) + ">");
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
