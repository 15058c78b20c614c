// A small pull parser for the XML kg reads (GraphML). It checks well-formedness (nesting,
// one root, unique attributes, UTF-8, legal characters), resolves the five predefined
// entities and character references, reads CDATA, and skips comments, processing
// instructions and a DOCTYPE. Namespaces are not resolved: names are reported without
// their prefix. Errors throw SourceError(ErrorKind::Input) with file, line and column.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kg/text/source_error.hpp"

namespace kg::io::detail {

class XmlReader {
 public:
  enum class Event { StartElement, EndElement, Text, End };

  XmlReader(std::string content, std::string file);

  // Advances to the next event. An empty element gives StartElement then EndElement;
  // adjacent character data and CDATA sections arrive as one Text event.
  Event next();

  // Names, attribute values and text are views, valid until the next call of next(). Those
  // the file holds as they are (no reference to resolve, no whitespace to normalise) point
  // into the content itself and stay valid as long as the reader: see holds().
  // For StartElement and EndElement: the element's local name.
  std::string_view name() const { return name_; }
  // For StartElement: attribute value by local name, or nullopt.
  std::optional<std::string_view> attribute(std::string_view local_name) const;
  // For Text: the decoded characters.
  std::string_view text() const { return text_; }
  // True when `view` lies in the content, so outlives the event it came from.
  bool holds(std::string_view view) const {
    return std::less_equal<const char*>()(content_.data(), view.data()) &&
           std::less_equal<const char*>()(view.data() + view.size(), content_.data() + content_.size());
  }
  // Byte offset of the current event in the (line-end normalised) content.
  std::size_t offset() const { return event_offset_; }
  // Elements open, counting the current StartElement and no longer counting an ended one.
  std::size_t depth() const { return open_.size(); }

  [[noreturn]] void fail(const std::string& problem) const { fail_at(event_offset_, problem); }
  [[noreturn]] void fail_at(std::size_t offset, const std::string& problem) const;

 private:
  // An attribute of the current start tag. A value that had to be decoded lives in
  // decoded_[decoded], since the vector of those may move while the tag is read.
  struct Attribute {
    std::string_view qualified;
    std::string_view local;
    std::string_view value;  // when not decoded
    std::size_t decoded = kNotDecoded;
  };
  static constexpr std::size_t kNotDecoded = static_cast<std::size_t>(-1);

  // Whether the content continues with `token` at pos_. A loop, not compare(): the tokens
  // are a few bytes, most tests fail at the first, and a call to memcmp costs more.
  bool at(std::string_view token) const {
    if (content_.size() - pos_ < token.size()) return false;
    for (std::size_t i = 0; i < token.size(); ++i)
      if (content_[pos_ + i] != token[i]) return false;
    return true;
  }
  void skip_until(std::string_view terminator, const char* what);
  void skip_doctype();
  void skip_space();
  std::string_view read_name();
  void read_start_tag();
  void read_attribute_value(Attribute& attribute, std::size_t attr_start);
  std::string& start_decoding(Attribute& attribute, std::size_t begin);
  void read_end_tag();
  bool read_text();
  std::size_t character_data_end(std::size_t from) const;
  void read_character_data();
  void read_cdata();
  void add_text(std::string_view piece, bool in_content);
  void append_reference(std::string& out);
  void check_legal(std::size_t from, std::size_t to) const;

  std::string content_;
  std::string file_;
  std::size_t pos_ = 0;
  std::size_t event_offset_ = 0;
  std::string_view name_;
  std::string_view text_;
  std::string text_buffer_;  // text_ when it is not one piece of the content
  bool text_copied_ = false;
  std::vector<Attribute> attributes_;
  std::vector<std::string> decoded_;  // values of attributes_ with references or whitespace
  std::size_t decoded_used_ = 0;      // of decoded_, by the current start tag
  std::vector<std::string_view> open_;  // qualified names
  bool seen_root_ = false;
  bool pending_end_ = false;  // after an empty element's StartElement
};

}  // namespace kg::io::detail
