// A byte buffer in front of a std::ostream, so writers append small pieces cheaply and the
// stream sees large blocks. Also a RapidJSON output stream (Put/Flush).
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

namespace kg::io::detail {

class OutputBuffer {
 public:
  explicit OutputBuffer(std::ostream& out);
  OutputBuffer(const OutputBuffer&) = delete;
  OutputBuffer& operator=(const OutputBuffer&) = delete;
  // Destruction does not flush: call finish() so that stream errors surface as exceptions.
  ~OutputBuffer() = default;

  void append(std::string_view text) {
    buffer_.append(text);
    if (buffer_.size() >= kBlock) drain();
  }
  OutputBuffer& operator<<(std::string_view text) {
    append(text);
    return *this;
  }
  // Writes what is buffered and flushes the stream; throws std::ios_base::failure when the
  // stream reports an error.
  void finish();

  // RapidJSON stream concept.
  using Ch = char;
  void Put(char c) {
    buffer_.push_back(c);
    if (buffer_.size() >= kBlock) drain();
  }
  void Flush() {}

 private:
  static constexpr std::size_t kBlock = 1 << 16;
  void drain();

  std::ostream& out_;
  std::string buffer_;
};

}  // namespace kg::io::detail
