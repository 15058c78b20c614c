// A byte buffer in front of a std::ostream, so writers append small pieces cheaply and the
// stream sees large blocks. Also a RapidJSON output stream (Put/Flush, and the unchecked
// PutUnsafe after a PutReserve that RapidJSON's writers use for strings).
#pragma once

#include <rapidjson/stream.h>

#include <cstring>
#include <iosfwd>
#include <string_view>
#include <vector>

namespace kg::io::detail {

class OutputBuffer {
 public:
  explicit OutputBuffer(std::ostream& out);
  OutputBuffer(const OutputBuffer&) = delete;
  OutputBuffer& operator=(const OutputBuffer&) = delete;
  // Destruction does not flush: call finish() so that stream errors surface as exceptions.
  ~OutputBuffer() = default;

  void append(std::string_view text) {
    Reserve(text.size());
    std::memcpy(buffer_.data() + used_, text.data(), text.size());
    used_ += text.size();
  }
  OutputBuffer& operator<<(std::string_view text) {
    append(text);
    return *this;
  }
  // Writes what is buffered and flushes the stream; throws std::ios_base::failure when the
  // stream reports an error.
  void finish();

  // Room for `count` more bytes without further checks.
  void Reserve(std::size_t count) {
    if (used_ + count > buffer_.size()) make_room(count);
  }
  void PutUnsafe(char c) { buffer_[used_++] = c; }

  // RapidJSON stream concept.
  using Ch = char;
  void Put(char c) {
    Reserve(1);
    PutUnsafe(c);
  }
  void Flush() {}

 private:
  static constexpr std::size_t kBlock = 1 << 16;
  void make_room(std::size_t count);
  void drain();

  std::ostream& out_;
  std::vector<char> buffer_;
  std::size_t used_ = 0;
};

}  // namespace kg::io::detail

namespace rapidjson {

template <>
inline void PutReserve(kg::io::detail::OutputBuffer& stream, size_t count) {
  stream.Reserve(count);
}
template <>
inline void PutUnsafe(kg::io::detail::OutputBuffer& stream, char c) {
  stream.PutUnsafe(c);
}

}  // namespace rapidjson
