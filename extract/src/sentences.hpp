// Sentence and turn structure of a normalised document. Lines are paragraphs; a
// transcript speaker line ("SamAltman:", "观众:", "Q: ...") opens a new turn whose
// speaker holds until the next speaker line.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace kg::extract {

struct Sentence {
  std::uint32_t begin = 0, end = 0;  // normalised-text bytes, trimmed
  std::uint32_t turn = 0;            // increases at every speaker line
  std::uint32_t speaker_begin = 0, speaker_end = 0;  // label span; empty when none
  bool cut = false;  // ended by kMaxSentenceBytes, not by punctuation or a line end
};

// Text without sentence punctuation (tables, lists, noise) is cut into sentences of at most
// this many bytes, so that evidence quotes stay short.
inline constexpr std::uint32_t kMaxSentenceBytes = 2048;

// `abbreviations`: lower-case words whose trailing '.' never ends a sentence ("mr", "u.s").
std::vector<Sentence> split_sentences(std::string_view text,
                                      const std::unordered_set<std::string>& abbreviations);

}  // namespace kg::extract
