// The loaded knowledge an Extractor holds: ontology, lexicon and rules, plus the type
// indexes the pipeline refers to by role.
#pragma once

#include "kg/extract/extractor.hpp"
#include "lexicon.hpp"
#include "literal_filter.hpp"
#include "rule_set.hpp"

namespace kg::extract {

struct Knowledge {
  // Loads the files (see Extractor's constructor) and derives the indexes below.
  static Knowledge load(const KnowledgePaths& paths, Options options);

  Ontology ontology;
  Lexicon lexicon;
  RuleSet rules;
  LiteralFilter literals;  // of rules.patterns()
  Options options;
  std::vector<std::string> entry_names;  // lexicon entry names by index
  std::uint32_t person = kNone, organization = kNone, product = kNone;

  const std::string& type_name(std::uint32_t type) const { return ontology.types()[type].name; }
};

}  // namespace kg::extract
