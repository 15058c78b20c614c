// What extraction found in one document, before merging into a graph: entities with
// their surface forms, and relations (typed and co-occurrence) between them.
#pragma once

#include <cstdint>
#include <string>
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

struct FoundRelation {
  std::uint32_t subject = 0, object = 0;  // indexes into entities
  std::string predicate;
  bool symmetric = false;
  Evidence evidence;  // document is set when merged
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
};

}  // namespace kg::extract
