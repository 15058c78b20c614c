// One document in the forms the extraction stages read: NFKC text (offsets map back to
// the user's original code points), an ASCII-lower-cased copy with the same byte offsets
// for pattern triggers, and a separator-free "key" text for lexicon matching.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kg/text/normalize.hpp"
#include "kg/text/utf8.hpp"

namespace kg::extract {

struct DocumentText {
  std::string_view original;        // the caller's bytes (may be invalid UTF-8)
  text::NormalizedText norm;        // NFKC, valid UTF-8, with origin map
  std::string lower;                // norm.text with ASCII letters lower-cased
  std::string key;                  // lower without white space, '-', '_', '.', middle dots
  std::vector<std::uint32_t> key_to_norm;  // norm byte of every key byte

  explicit DocumentText(std::string_view original_text);

  std::string_view slice(std::uint32_t begin, std::uint32_t end) const {
    return std::string_view(norm.text).substr(begin, end - begin);
  }
  std::uint32_t size() const { return static_cast<std::uint32_t>(norm.text.size()); }

  // The first key byte that comes from normalised byte `pos` or later (key.size() when
  // none), searched forward from key byte `from`, which must not be past it: cheap when
  // positions are asked in increasing order.
  std::uint32_t key_position(std::uint32_t pos, std::uint32_t from = 0) const;
};

// The folding used for every lexicon form and pattern literal: NFKC, ASCII lower case.
std::string fold_literal(std::string_view utf8);
// fold_literal plus the separators removed, as DocumentText::key is built.
std::string fold_key(std::string_view utf8);

// True for the characters the key text leaves out.
constexpr bool is_key_separator(char32_t cp) {
  return text::is_space(cp) || cp == '-' || cp == '_' || cp == '.' || cp == 0xB7 || cp == 0x30FB || cp == 0x2022;
}

}  // namespace kg::extract
