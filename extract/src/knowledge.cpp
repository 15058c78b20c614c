#include "knowledge.hpp"

#include "char_class.hpp"

namespace kg::extract {
namespace {

std::uint32_t find_type(const Ontology& ontology, std::string_view name) {
  const auto& types = ontology.types();
  for (std::size_t i = 0; i < types.size(); ++i)
    if (types[i].name == name) return static_cast<std::uint32_t>(i);
  return kNone;
}

}  // namespace

std::string family_name_key(std::string_view full) {
  const auto space = full.rfind(' ');
  if (space == std::string_view::npos || full.size() - space < 4 || !is_upper(cp_at(full, space + 1))) return {};
  return fold_key(full.substr(space + 1));
}

Knowledge Knowledge::load(const KnowledgePaths& paths, Options options) {
  Knowledge k;
  k.options = options;
  k.ontology = Ontology::load(paths.ontology);
  if (!paths.lexicon.empty()) k.lexicon = Lexicon::load(paths.lexicon, k.ontology);
  if (!paths.patterns.empty()) k.rules = RuleSet::load(paths.patterns, k.ontology);
  k.literals = LiteralFilter(k.rules.patterns());
  for (const auto& e : k.lexicon.entries()) {
    k.entry_names.push_back(e.name);
    k.entry_family_keys.push_back(family_name_key(e.name));
  }
  k.person = find_type(k.ontology, "Person");
  k.organization = find_type(k.ontology, "Organization");
  k.product = find_type(k.ontology, "Product");
  k.place = find_type(k.ontology, "Place");
  return k;
}

}  // namespace kg::extract
