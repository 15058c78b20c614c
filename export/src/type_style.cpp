#include "type_style.hpp"

namespace kg::io::detail {

TypeStyle style_of(const Ontology& ontology, std::string_view type) {
  TypeStyle style;
  if (const EntityType* known = ontology.type(type)) {
    style.color = known->color;
    style.shape = known->shape;
    style.label = known->label;
    style.equivalent = known->equivalent;
  } else {
    style.color = "#BAB0AC";
    style.shape = "ellipse";
    style.label = std::string(type);
  }
  if (!parse_hex_color(style.color, style.rgb)) style.rgb = RgbColor{0xBA, 0xB0, 0xAC};
  return style;
}

bool is_typed(const Ontology& ontology, std::string_view predicate) {
  const Predicate* known = ontology.predicate(predicate);
  return known == nullptr || known->typed;
}

bool is_symmetric(const Ontology& ontology, std::string_view predicate) {
  const Predicate* known = ontology.predicate(predicate);
  return known != nullptr && known->symmetric;
}

const TypeStyle& StyleCache::style(std::string_view type) {
  auto it = styles_.find(type);
  if (it == styles_.end()) it = styles_.emplace(std::string(type), style_of(ontology_, type)).first;
  return it->second;
}

const StyleCache::Traits& StyleCache::predicate(std::string_view predicate) {
  auto it = traits_.find(predicate);
  if (it == traits_.end())
    it = traits_.emplace(std::string(predicate),
                         Traits{is_typed(ontology_, predicate), is_symmetric(ontology_, predicate)})
             .first;
  return it->second;
}

}  // namespace kg::io::detail
