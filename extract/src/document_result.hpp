// What extraction found in one document, before merging into a graph: entities with
// their surface forms, and relations (typed and co-occurrence) between them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kg/extract/extractor.hpp"
#include "kg/graph/model.hpp"

namespace kg::extract {

struct FoundEntity {
  std::string name;
  std::string type;
  std::vector<std::string> aliases;  // surface forms other than the name, first-seen order
  std::uint32_t mentions = 0;
  std::vector<std::string> merges;   // why forms were joined
};

// A relation's evidence before merging. `rule` and the relation's `predicate` view the
// extractor's knowledge or static text: a result lives no longer than its Extractor.
struct FoundEvidence {
  std::uint64_t begin = 0, end = 0;  // original code points of the matched phrase
  std::uint32_t quote = 0;           // index into DocumentResult::quotes
  std::string_view rule;
  double confidence = 1.0;
};

struct FoundRelation {
  std::uint32_t subject = 0, object = 0;  // indexes into entities
  std::string_view predicate;
  bool symmetric = false;
  FoundEvidence evidence;  // the document is set when merged
};

struct DocumentResult {
  std::string name;
  std::uint64_t code_points = 0;
  std::uint64_t replaced_bytes = 0;
  std::uint64_t sentences = 0;
  std::uint64_t mentions = 0;
  std::vector<FoundEntity> entities;
  std::vector<FoundRelation> relations;     // typed
  std::vector<FoundRelation> cooccurrences;  // relatedTo
  // The evidence texts as the user wrote them: one per sentence, shared by all its
  // relations, and one per relation found in a piece cut for length.
  std::vector<std::string> quotes;
};

}  // namespace kg::extract
