// How an entity type looks in every export: colour, Graphviz shape and legend label from the
// ontology, with a neutral grey ellipse for types the ontology does not know (foreign graphs).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

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

// The answers above, looked up once per distinct type or predicate: writers ask for every
// entity and relation, and a graph holds few distinct names.
class StyleCache {
 public:
  explicit StyleCache(const Ontology& ontology) : ontology_(ontology) {}

  struct Traits {
    bool typed;
    bool symmetric;
  };

  const TypeStyle& style(std::string_view type);
  const Traits& predicate(std::string_view name);
  bool typed(std::string_view name) { return predicate(name).typed; }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  template <typename T>
  using Map = std::unordered_map<std::string, T, Hash, std::equal_to<>>;

  const Ontology& ontology_;
  Map<TypeStyle> styles_;
  Map<Traits> traits_;
};

}  // namespace kg::io::detail
