// Pattern pass one: names captured by "new" slots become mentions, with the type their
// patterns support best; their other occurrences in the document are found too; and
// self-introductions are recorded.
#pragma once

#include "document_state.hpp"

namespace kg::extract {

void discover_names(DocumentState& state);

}  // namespace kg::extract
