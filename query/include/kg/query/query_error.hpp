// A mistake in a query pattern, located at a byte offset of the pattern, so it can be
// shown to the user with a caret under the spot.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace kg::query {

class QueryError : public std::runtime_error {
 public:
  // what() reads "PROBLEM at column N" (N in code points, 1-based).
  QueryError(std::string pattern, std::size_t offset, std::string problem);

  const std::string& pattern() const { return pattern_; }
  std::size_t offset() const { return offset_; }          // byte offset into pattern()
  std::size_t column() const;                             // 1-based, in code points
  const std::string& problem() const { return problem_; }

  // Two lines: the pattern (control characters and invalid bytes shown as replacement
  // characters) and a caret under the offending character, both indented by `indent`.
  // Wide (East Asian) characters count as two columns, as terminals show them.
  std::string caret_display(std::size_t indent = 2) const;

  const char* what() const noexcept override { return message_.c_str(); }

 private:
  std::string pattern_;
  std::size_t offset_;
  std::string problem_;
  std::string message_;
};

}  // namespace kg::query
