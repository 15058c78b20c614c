// Unicode normalisation with a map back to the user's original text, and the name key
// under which aliases are compared.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::text {

// NFKC text plus, for every byte of it, the code-point offset in the original input of
// the character it came from; evidence offsets are reported in original code points.
struct NormalizedText {
  std::string text;                 // NFKC, always valid UTF-8
  std::vector<std::uint32_t> origin;  // size text.size() + 1; last = original length in code points
  std::size_t replaced_bytes = 0;   // invalid UTF-8 bytes replaced by U+FFFD

  // Original code-point offset of normalised byte offset `byte` (0 <= byte <= text.size()).
  std::uint32_t original_offset(std::size_t byte) const { return origin[byte]; }
};

// NFKC-normalises `original` (full-width forms to ASCII, compatibility ligatures, ...).
// Invalid UTF-8 is replaced and counted. Offsets are code points from `base_offset`.
NormalizedText normalize_nfkc(std::string_view original, std::uint32_t base_offset = 0);

// True when normalize_nfkc(utf8).text is `utf8` itself: valid UTF-8 whose characters all
// lack a decomposition and combine with nothing (ASCII, Han, most punctuation). Names cut
// from normalised text usually are, and need no normalising again.
bool is_nfkc_stable(std::string_view utf8);

// The text of normalize_nfkc(original), without the origin map.
std::string nfkc(std::string_view original);

// NFKC + Unicode case folding of valid UTF-8.
std::string casefold(std::string_view utf8);

// The text without its combining marks (NFD, marks dropped, recomposed): "Élodie" gives
// "Elodie", so that word lists written without accents still match accented names.
std::string strip_marks(std::string_view utf8);

// The comparison key of a name: NFKC, case-folded, with white space, hyphens,
// underscores, dots and middle dots removed, so "Sam Altman", "SamAltman" and
// "sam-altman" share one key (the rule eval/score.py matches names by).
std::string name_key(std::string_view name);

}  // namespace kg::text
