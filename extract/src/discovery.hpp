// Pattern pass one: names captured by "new" slots become mentions, with the type their
// patterns support best; their other occurrences in the document are found too; and
// self-introductions are recorded. Lone family names of the persons known so far are
// added before each round and at the end.
#pragma once

#include "document_state.hpp"

namespace kg::extract {

void discover_names(DocumentState& state);

}  // namespace kg::extract
