// Entity resolution within one document: mentions become entities. Lexicon mentions join
// their entry; discovered names join by name key (a lexicon form wins); a lone surname
// joins the only full name of the same document ending with it. Each join is noted.
#pragma once

#include <vector>

#include "document_result.hpp"
#include "document_text.hpp"
#include "knowledge.hpp"
#include "mention.hpp"
#include "name_table.hpp"

namespace kg::extract {

// Sets Mention::entity (and the type of discovered mentions) and returns the entities.
// `names` holds the discovered mentions' names.
std::vector<FoundEntity> resolve_entities(const DocumentText& doc, std::vector<Mention>& mentions,
                                          const NameTable& names, const Knowledge& knowledge);

}  // namespace kg::extract
