// Reads a text stream in pieces of about a given size, each cut just after a paragraph,
// line or sentence end where the piece has one, so that an input of any size (even one
// line of gigabytes) is extracted in bounded memory. Pieces never split a UTF-8 sequence,
// and joined in order they are exactly the stream. The cuts depend on the bytes alone.
#pragma once

#include <cstddef>
#include <istream>
#include <string>

namespace kg::extract {

class ChunkReader {
 public:
  // Large enough that a news article or a chapter is always one piece.
  static constexpr std::size_t kDefaultBytes = std::size_t{4} << 20;

  // `name` is used in error messages. `target_bytes` is at least 16.
  ChunkReader(std::istream& in, std::string name, std::size_t target_bytes = kDefaultBytes);

  // Replaces `chunk` with the next piece (at most target_bytes + 3 bytes); false at the end.
  // Throws SourceError (ErrorKind::Input) on a read error.
  bool next(std::string& chunk);

  // Bytes handed out so far.
  std::size_t consumed() const { return consumed_; }

 private:
  void fill();
  std::size_t cut_point() const;

  std::istream& in_;
  std::string name_;
  std::size_t target_;
  std::string buffer_;   // bytes read but not yet handed out
  bool at_end_ = false;
  std::size_t consumed_ = 0;
};

}  // namespace kg::extract
