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

}  // namespace kg::io::detail
