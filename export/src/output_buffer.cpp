#include "output_buffer.hpp"

#include <ostream>

namespace kg::io::detail {

OutputBuffer::OutputBuffer(std::ostream& out) : out_(out) { buffer_.reserve(kBlock + 4096); }

void OutputBuffer::drain() {
  out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  buffer_.clear();
}

void OutputBuffer::finish() {
  drain();
  out_.flush();
  if (!out_) throw std::ios_base::failure("the output stream reported an error");
}

}  // namespace kg::io::detail
