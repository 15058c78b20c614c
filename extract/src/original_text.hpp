// Converts original code-point offsets to byte offsets of the caller's text, walking
// forward from the last position asked (evidence is produced in document order).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "kg/text/utf8.hpp"

namespace kg::extract {

class OriginalText {
 public:
  explicit OriginalText(std::string_view bytes) : bytes_(bytes) {}

  std::size_t byte_of(std::uint64_t code_point) {
    if (code_point < cp_) cp_ = byte_ = 0;
    while (cp_ < code_point && byte_ < bytes_.size()) {
      text::decode_next(bytes_, byte_);
      ++cp_;
    }
    return byte_;
  }

  // The text between two code-point offsets, as valid UTF-8.
  std::string between(std::uint64_t begin, std::uint64_t end) {
    const std::size_t b = byte_of(begin);
    const std::size_t e = byte_of(end);
    return text::to_valid_utf8(bytes_.substr(b, e - b));
  }

 private:
  std::string_view bytes_;
  std::uint64_t cp_ = 0;
  std::size_t byte_ = 0;
};

}  // namespace kg::extract
