// A small pull parser for the XML kg reads (GraphML). It checks well-formedness (nesting,
// one root, unique attributes, UTF-8, legal characters), resolves the five predefined
// entities and character references, reads CDATA, and skips comments, processing
// instructions and a DOCTYPE. Namespaces are not resolved: names are reported without
// their prefix. Errors throw SourceError(ErrorKind::Input) with file, line and column.
#pragma once

#include <cstddef>
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

  // For StartElement and EndElement: the element's local name.
  const std::string& name() const { return name_; }
  // For StartElement: attribute value by local name, or nullptr.
  const std::string* attribute(std::string_view local_name) const;
  // For Text: the decoded characters.
  const std::string& text() const { return text_; }
  // Byte offset of the current event in the (line-end normalised) content.
  std::size_t offset() const { return event_offset_; }
  // Elements open, counting the current StartElement and no longer counting an ended one.
  std::size_t depth() const { return open_.size(); }

  [[noreturn]] void fail(const std::string& problem) const { fail_at(event_offset_, problem); }
  [[noreturn]] void fail_at(std::size_t offset, const std::string& problem) const;

 private:
  bool at(std::string_view token) const { return content_.compare(pos_, token.size(), token) == 0; }
  void skip_until(std::string_view terminator, const char* what);
  void skip_doctype();
  void skip_space();
  std::string read_name();
  void read_start_tag();
  void read_end_tag();
  bool read_text();
  void append_reference(std::string& out);
  void append_checked(std::string& out, std::size_t from, std::size_t to);

  std::string content_;
  std::string file_;
  std::size_t pos_ = 0;
  std::size_t event_offset_ = 0;
  std::string name_;
  std::string text_;
  std::vector<std::pair<std::string, std::string>> attributes_;
  std::vector<std::string> qualified_attributes_;  // of the current start tag, for duplicates
  std::vector<std::string> open_;
  bool seen_root_ = false;
  bool pending_end_ = false;  // after an empty element's StartElement
};

}  // namespace kg::io::detail
