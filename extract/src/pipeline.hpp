// The extraction of one document, stage by stage: normalise, split, find lexicon
// mentions and cues (two automaton passes), discover names (pattern pass A), resolve
// entities, then per sentence resolve pronouns and apply relation patterns (pass B)
// and record co-occurrences.
#pragma once

#include <string_view>

#include "document_result.hpp"
#include "knowledge.hpp"

namespace kg::extract {

DocumentResult run_pipeline(const Knowledge& knowledge, std::string_view name, std::string_view text);

}  // namespace kg::extract
