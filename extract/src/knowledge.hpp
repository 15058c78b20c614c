// The loaded knowledge an Extractor holds: ontology, lexicon and rules, plus the type
// indexes the pipeline refers to by role.
#pragma once

#include "kg/extract/extractor.hpp"
#include "lexicon.hpp"
#include "literal_filter.hpp"
#include "rule_set.hpp"

namespace kg::extract {

// The fold key of the family name of a full person name ("Guo" of "Lucy Guo"): its last
// word after a space, capitalised and of three bytes or more; empty when there is none.
std::string family_name_key(std::string_view full_name);

struct Knowledge {
  // Loads the files (see Extractor's constructor) and derives the indexes below.
  static Knowledge load(const KnowledgePaths& paths, Options options);

  Ontology ontology;
  Lexicon lexicon;
  RuleSet rules;
  LiteralFilter literals;  // of rules.patterns()
  Options options;
  std::vector<std::string> entry_names;  // lexicon entry names by index
  std::vector<std::string> entry_family_keys;  // family_name_key of each entry name
  std::uint32_t person = kNone, organization = kNone, product = kNone, place = kNone;

  const std::string& type_name(std::uint32_t type) const { return ontology.types()[type].name; }
};

}  // namespace kg::extract
