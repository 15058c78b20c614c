// Names found without a pattern around them, from their own shape and the document:
// a capitalised Latin run that starts with a known first name or ends with an Asian family
// name ("Priya Raman", "Wen Li") or stands before "(born" is a person; one that ends with
// an organisation suffix ("Kestrel Systems") is an organisation; a Han family name and
// one or two characters that the document repeats, once at a clause start before a verb
// only people do (顾承泽毕业于...), is a person; a repeated Han name ending with an
// organisation suffix before a company's verb (星澈科技完成...) an organisation. Runs
// before pattern discovery, so the
// patterns see these names as known mentions.
#pragma once

#include "document_state.hpp"

namespace kg::extract {

void add_standalone_names(DocumentState& state);

}  // namespace kg::extract
