#include "output_buffer.hpp"

#include <ostream>

namespace kg::io::detail {

OutputBuffer::OutputBuffer(std::ostream& out) : out_(out), buffer_(kBlock) {}

void OutputBuffer::drain() {
  out_.write(buffer_.data(), static_cast<std::streamsize>(used_));
  used_ = 0;
}

void OutputBuffer::make_room(std::size_t count) {
  drain();
  if (count > buffer_.size()) buffer_.resize(count);
}

void OutputBuffer::finish() {
  drain();
  out_.flush();
  if (!out_) throw std::ios_base::failure("the output stream reported an error");
}

}  // namespace kg::io::detail
