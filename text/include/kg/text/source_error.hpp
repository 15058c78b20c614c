// Errors that point into a file: the file name, the 1-based line and column (in code
// points) and what is wrong. The CLI turns the kind into its exit code.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kg {

enum class ErrorKind {
  Input,    // a user's input text or graph file (exit 1)
  Data,     // an ontology, lexicon or pattern file (exit 3)
  Output,   // an output that cannot be written (exit 4)
};

struct TextPosition {
  std::size_t line = 0;    // 1-based; 0 when unknown
  std::size_t column = 0;  // 1-based, in code points
};

// Line and column of byte `offset` in `content`.
TextPosition position_of(std::string_view content, std::size_t offset);

class SourceError : public std::runtime_error {
 public:
  // what() reads "FILE:LINE:COLUMN: PROBLEM" (line and column left out when unknown).
  SourceError(ErrorKind kind, std::string file, TextPosition where, std::string problem);
  SourceError(ErrorKind kind, std::string file, std::string problem)
      : SourceError(kind, std::move(file), TextPosition{}, std::move(problem)) {}

  ErrorKind kind() const { return kind_; }
  const std::string& file() const { return file_; }
  TextPosition where() const { return where_; }
  const std::string& problem() const { return problem_; }

 private:
  ErrorKind kind_;
  std::string file_;
  TextPosition where_;
  std::string problem_;
};

}  // namespace kg
