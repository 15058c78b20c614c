#include "kg/text/source_error.hpp"

#include "kg/text/utf8.hpp"

namespace kg {

TextPosition position_of(std::string_view content, std::size_t offset) {
  if (offset > content.size()) offset = content.size();
  TextPosition where{1, 1};
  for (std::size_t pos = 0; pos < offset;) {
    if (content[pos] == '\n') {
      ++where.line;
      where.column = 1;
      ++pos;
      continue;
    }
    text::decode_next(content, pos);
    ++where.column;
  }
  return where;
}

namespace {
std::string describe(const std::string& file, TextPosition where, const std::string& problem) {
  // Built by appending: g++ 12 warns falsely (-Wrestrict) on "literal" + std::string at -O2.
  std::string message = file;
  if (where.line > 0) {
    message.append(":").append(std::to_string(where.line));
    if (where.column > 0) message.append(":").append(std::to_string(where.column));
  }
  return message.append(": ").append(problem);
}
}  // namespace

SourceError::SourceError(ErrorKind kind, std::string file, TextPosition where, std::string problem)
    : std::runtime_error(describe(file, where, problem)),
      kind_(kind),
      file_(std::move(file)),
      where_(where),
      problem_(std::move(problem)) {}

}  // namespace kg
