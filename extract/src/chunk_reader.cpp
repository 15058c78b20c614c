#include "kg/extract/chunk_reader.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

#include "kg/text/source_error.hpp"

namespace kg::extract {
namespace {

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Position just after the last sentence end in text[from, to): '.', '!', '?' followed by a
// space, or a full-width 。！？ (whose bytes never occur inside another character).
std::size_t after_last_sentence_end(std::string_view text, std::size_t from) {
  static constexpr std::array<std::string_view, 3> kFullWidth{"\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F"};
  std::size_t best = std::string_view::npos;
  for (const auto end : kFullWidth) {
    const auto at = text.rfind(end);
    if (at != std::string_view::npos && at >= from && (best == std::string_view::npos || at + end.size() > best))
      best = at + end.size();
  }
  for (std::size_t i = text.size() - 1; i > from && (best == std::string_view::npos || i >= best); --i)
    if (text[i] == ' ' && (text[i - 1] == '.' || text[i - 1] == '!' || text[i - 1] == '?'))
      return std::max(best == std::string_view::npos ? 0 : best, i + 1);
  return best;
}

}  // namespace

ChunkReader::ChunkReader(std::istream& in, std::string name, std::size_t target_bytes)
    : in_(in), name_(std::move(name)), target_(std::max<std::size_t>(target_bytes, 16)) {}

void ChunkReader::fill() {
  while (!at_end_ && buffer_.size() < target_) {
    const std::size_t had = buffer_.size();
    buffer_.resize(target_);
    in_.read(buffer_.data() + had, static_cast<std::streamsize>(target_ - had));
    buffer_.resize(had + static_cast<std::size_t>(in_.gcount()));
    if (in_.bad()) throw SourceError(ErrorKind::Input, name_, "read error");
    if (in_.eof()) at_end_ = true;
    else if (in_.fail()) throw SourceError(ErrorKind::Input, name_, "read error");
  }
}

// Where to end the piece in a full buffer: after the last paragraph break, else the last
// line end, sentence end or space in the buffer's second half, else on a character boundary.
std::size_t ChunkReader::cut_point() const {
  const std::string_view text(buffer_);
  const std::size_t half = text.size() / 2;
  if (const auto at = text.rfind("\n\n"); at != std::string_view::npos && at >= half) return at + 2;
  if (const auto at = text.rfind('\n'); at != std::string_view::npos && at >= half) return at + 1;
  if (const auto at = after_last_sentence_end(text, half); at != std::string_view::npos) return at;
  if (const auto at = text.rfind(' '); at != std::string_view::npos && at >= half) return at + 1;
  std::size_t cut = text.size();
  // Back up over at most three continuation bytes to the start of the last character,
  // which then goes to the next piece whole.
  while (cut > text.size() - 4 && is_continuation_byte(text[cut - 1])) --cut;
  if (cut > 0 && static_cast<unsigned char>(text[cut - 1]) >= 0xC0) --cut;
  return cut > 0 ? cut : text.size();
}

bool ChunkReader::next(std::string& chunk) {
  fill();
  if (buffer_.empty()) return false;
  const std::size_t cut = at_end_ ? buffer_.size() : cut_point();
  chunk.assign(buffer_, 0, cut);
  buffer_.erase(0, cut);
  consumed_ += cut;
  return true;
}

}  // namespace kg::extract
