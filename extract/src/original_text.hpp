// Converts original code-point offsets to byte offsets of the caller's text, walking
// forward from the last position asked (evidence is produced in document order).
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "kg/text/utf8.hpp"

namespace kg::extract {

class OriginalText {
 public:
  // `valid`: the bytes are known to be valid UTF-8 (normalising them replaced nothing),
  // so code points can be counted by their lead bytes and quotes need no repair.
  explicit OriginalText(std::string_view bytes, bool valid = false) : bytes_(bytes), valid_(valid) {}

  std::size_t byte_of(std::uint64_t code_point) {
    if (code_point < cp_) cp_ = byte_ = 0;
    if (valid_) {
      walk_valid(code_point);
      return byte_;
    }
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
    return valid_ ? std::string(bytes_.substr(b, e - b)) : text::to_valid_utf8(bytes_.substr(b, e - b));
  }

 private:
  // In valid UTF-8 a code point is one lead byte and its continuation bytes; eight ASCII
  // bytes at a time are eight code points.
  void walk_valid(std::uint64_t code_point) {
    const std::size_t size = bytes_.size();
    while (cp_ + 8 <= code_point && byte_ + 8 <= size) {
      std::uint64_t word;
      std::memcpy(&word, bytes_.data() + byte_, 8);
      if (word & 0x8080808080808080ull) break;
      byte_ += 8;
      cp_ += 8;
    }
    while (cp_ < code_point && byte_ < size) {
      ++byte_;
      while (byte_ < size && (static_cast<unsigned char>(bytes_[byte_]) & 0xC0) == 0x80) ++byte_;
      ++cp_;
    }
  }

  std::string_view bytes_;
  bool valid_;
  std::uint64_t cp_ = 0;
  std::size_t byte_ = 0;
};

}  // namespace kg::extract
