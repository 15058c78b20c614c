#include "document_text.hpp"

#include <algorithm>

#include "kg/text/utf8.hpp"

namespace kg::extract {
namespace {

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// The lead bytes of the separators beyond ASCII (U+0085, U+00A0, U+00B7; U+1680; U+2000
// to U+205F; U+3000, U+30FB): any other character is kept without decoding it.
bool may_lead_separator(unsigned char lead) { return lead == 0xC2 || lead == 0xE1 || lead == 0xE2 || lead == 0xE3; }

// Byte length of the character a lead byte starts, in valid UTF-8.
std::size_t sequence_length(unsigned char lead) { return lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2; }

// Calls keep(begin, end) for each character of valid UTF-8 `t` that is no key separator.
template <typename Keep>
void for_each_key_char(std::string_view t, Keep&& keep) {
  for (std::size_t pos = 0; pos < t.size();) {
    const auto c = static_cast<unsigned char>(t[pos]);
    const std::size_t next = pos + sequence_length(c);
    std::size_t at = pos;
    const bool separator = c < 0x80 ? is_key_separator(c)
                                    : may_lead_separator(c) && is_key_separator(text::decode_next(t, at));
    if (!separator) keep(pos, next);
    pos = next;
  }
}

}  // namespace

DocumentText::DocumentText(std::string_view original_text)
    : original(original_text), norm(text::normalize_nfkc(original_text)) {
  const std::string& t = norm.text;  // NFKC output: valid UTF-8
  lower = t;
  for (char& c : lower) c = ascii_lower(c);
  key.resize(t.size());
  key_to_norm.resize(t.size());
  char* key_out = key.data();
  std::uint32_t* map_out = key_to_norm.data();
  std::size_t kept = 0;
  for_each_key_char(lower, [&](std::size_t begin, std::size_t end) {
    for (std::size_t b = begin; b < end; ++b) {
      key_out[kept] = lower[b];
      map_out[kept++] = static_cast<std::uint32_t>(b);
    }
  });
  key.resize(kept);
  key_to_norm.resize(kept);
}

std::uint32_t DocumentText::key_position(std::uint32_t pos, std::uint32_t from) const {
  // Galloping: double the step until past pos, then search the last stretch.
  std::size_t step = 1;
  while (from + step < key_to_norm.size() && key_to_norm[from + step] < pos) step *= 2;
  const auto first = key_to_norm.begin() + static_cast<std::ptrdiff_t>(from + step / 2);
  const auto last = key_to_norm.begin() + static_cast<std::ptrdiff_t>(std::min(from + step, key_to_norm.size()));
  return static_cast<std::uint32_t>(std::lower_bound(first, last, pos) - key_to_norm.begin());
}

std::string fold_literal(std::string_view utf8) {
  std::string out = text::nfkc(utf8);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

std::string fold_key(std::string_view utf8) {
  // A name taken from normalised text is usually its own NFKC: one pass then suffices.
  const bool stable = text::is_nfkc_stable(utf8);
  std::string out = stable ? std::string(utf8) : fold_literal(utf8);
  std::size_t kept = 0;
  // In place: the key is never longer than the folded text.
  for_each_key_char(out, [&](std::size_t begin, std::size_t end) {
    for (std::size_t b = begin; b < end; ++b) out[kept++] = stable ? ascii_lower(out[b]) : out[b];
  });
  out.resize(kept);
  return out;
}

}  // namespace kg::extract
