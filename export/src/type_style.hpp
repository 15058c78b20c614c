// How an entity type looks in every export: colour, Graphviz shape and legend label from the
// ontology, with a neutral grey ellipse for types the ontology does not know (foreign graphs).
#pragma once

#include <string>
#include <string_view>

#include "kg/ontology/ontology.hpp"

namespace kg::io::detail {

struct TypeStyle {
  std::string color;  // "#RRGGBB"
  RgbColor rgb;
  std::string shape;
  std::string label;
  std::string equivalent;  // standard class CURIE, or "" when unknown
};

TypeStyle style_of(const Ontology& ontology, std::string_view type);

// True when relations with this predicate are typed (relatedTo is not); unknown predicates
// count as typed, since they were named by whoever wrote the graph.
bool is_typed(const Ontology& ontology, std::string_view predicate);
bool is_symmetric(const Ontology& ontology, std::string_view predicate);

}  // namespace kg::io::detail
