// Pattern pass two, sentence by sentence: pronouns are resolved (speaker, self-introduced
// person, most recent person), relation patterns are applied and checked against the
// ontology and negation, and co-occurring entities are paired.
#pragma once

#include <string_view>

#include "document_result.hpp"
#include "document_state.hpp"

namespace kg::extract {

// Needs the entities resolved (Mention::entity set, result.entities filled). Appends to
// result.relations and result.cooccurrences; evidence quotes `original`.
void relate(DocumentState& state, std::string_view original, DocumentResult& result);

}  // namespace kg::extract
