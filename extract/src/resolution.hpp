// Entity resolution within one document: mentions become entities. Lexicon mentions join
// their entry; discovered names join by name key (a lexicon form wins); a lone surname
// joins the only full name of the same document ending with it. Each join is noted.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "document_result.hpp"
#include "document_text.hpp"
#include "knowledge.hpp"
#include "mention.hpp"
#include "name_table.hpp"

namespace kg::extract {

// Sets Mention::entity (and the type of discovered mentions) and returns the entities;
// `entry_entities` maps each lexicon entry with an entity in the document to it (a Han
// unit such as 阿里云视觉智能实验室 makes its parent one). `names` holds the discovered
// mentions' names.
std::vector<FoundEntity> resolve_entities(const DocumentText& doc, std::vector<Mention>& mentions,
                                          const NameTable& names, const Knowledge& knowledge,
                                          std::unordered_map<std::uint32_t, std::uint32_t>& entry_entities);

}  // namespace kg::extract
