// Levenshtein distance on code points, for "did you mean" suggestions.
#pragma once

#include <cstddef>
#include <string>

namespace kg::query {

// Insertions, deletions and substitutions turning `a` into `b`. O(|a| x |b|) time,
// O(|b|) memory.
std::size_t edit_distance(const std::u32string& a, const std::u32string& b);

// The fewest edits turning `a` into some substring of `b` ("altmn" is one edit from a
// part of "samaltman"). O(|a| x |b|) time, O(|b|) memory.
std::size_t infix_distance(const std::u32string& a, const std::u32string& b);

// The code points of valid or invalid UTF-8 (invalid bytes become U+FFFD).
std::u32string code_points(std::string_view utf8);

}  // namespace kg::query
