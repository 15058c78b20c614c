// Names the lexicon lacks: capturing a Latin-script name next to a pattern's cue, the
// junk filter every discovered name passes, the display form of glued names
// ("KeithCurry" -> "Keith Curry") and product names made of a known product and a
// suffix ("CodexCLI" -> "Codex CLI").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "document_text.hpp"
#include "mention.hpp"
#include "name_table.hpp"
#include "rule_set.hpp"

namespace kg::extract {

// End of a Latin name starting at `pos` (a capitalised token, then further capitalised
// tokens separated by one space), or `pos` when there is none. Never passes `limit`.
std::uint32_t capture_latin_forward(std::string_view text, std::uint32_t pos, std::uint32_t limit,
                                    const RuleSet& rules);
// Start of a Latin name ending at `pos`, or `pos` when there is none.
std::uint32_t capture_latin_backward(std::string_view text, std::uint32_t pos, std::uint32_t floor,
                                     const RuleSet& rules);
// Where the capitalised word written right before `pos` (after one space) starts, or kNone:
// "Bo" of "Bo Lee" at Lee, "The" of "The University" at University.
std::uint32_t capitalised_word_before(std::string_view text, std::uint32_t pos);
// A name filling the rest of a line ("作者|赵致格"): [pos, end of name) or pos when the
// rest is not name-like.
std::uint32_t capture_line_rest(std::string_view text, std::uint32_t pos, std::uint32_t limit);

// End of a version written right after a name, starting at `pos` (" 3", "-4.6", " K2",
// "大模型5.0 Turbo", " 02"), or `pos` when none follows.
std::uint32_t version_end(std::string_view text, std::uint32_t pos, const RuleSet& rules);

// False for junk: stopwords, single letters, numbers, URLs, over-long spans.
bool plausible_name(std::string_view surface, const RuleSet& rules);

// "KeithCurry" -> "Keith Curry" for a person; other names are kept as written.
std::string display_name(std::string_view surface, bool person);

// A discovered product made of a lexicon product and a suffix: the mention replaces the
// head's; `head_entry` is the lexicon entry of the head ("Codex").
struct ComposedProduct {
  Mention mention;
  std::uint32_t head_entry;
};
// Model versions the lexicon lacks: a lexicon product followed by a version ("Qwen2.5",
// "文心大模型5.0", "Llama 3", "GLM-4.6 Turbo" after a known "GLM"), and names shaped like a
// model with a dotted version ("GLM-4.6", "GPT-5.3") where no mention stands. Named as
// written; no relation to the family is implied.
std::vector<Mention> versioned_products(const DocumentText& doc, const std::vector<Mention>& mentions,
                                        std::uint32_t product_type, const RuleSet& rules, NameTable& names);

// Finds such products after lexicon Product mentions (glued or one space apart).
// Their names go into `names`.
std::vector<ComposedProduct> compose_products(const DocumentText& doc,
                                              const std::vector<Mention>& lexicon_mentions,
                                              const std::vector<std::string>& entry_names,
                                              std::uint32_t product_type, const RuleSet& rules,
                                              NameTable& names);

}  // namespace kg::extract
