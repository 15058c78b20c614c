#include "kg/query/lookup.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <tuple>

#include "edit_distance.hpp"
#include "kg/text/normalize.hpp"

namespace kg::query {
namespace {

std::string unknown_entity_message(const std::string& name, const std::vector<std::string>& suggestions) {
  std::string message = "no entity named \"" + name + "\"";
  for (std::size_t i = 0; i < suggestions.size(); ++i)
    message += (i == 0 ? "; closest names: \"" : ", \"") + suggestions[i] + "\"";
  return message;
}

// How close `form` is to what the user typed, as (best of whole-name and part-of-name
// edits, whole-name edits) so that smaller is closer; nothing when too far to suggest.
using Closeness = std::pair<std::size_t, std::size_t>;

std::optional<Closeness> closeness(const std::u32string& wanted, const std::string& form) {
  const std::u32string key = code_points(text::name_key(form));
  if (key.empty()) return std::nullopt;
  const std::size_t whole = edit_distance(wanted, key);
  const std::size_t part = infix_distance(wanted, key);
  // Half the typed length tolerates a typo or two in a short name and more in a long one;
  // a part of a name ("Altmn" in "Sam Altman") must match more closely, and needs two
  // characters at least, or every name with that letter would qualify.
  const bool whole_fits = whole <= std::max<std::size_t>(1, wanted.size() / 2);
  const bool part_fits = wanted.size() >= 2 && part <= wanted.size() / 4;
  if (!whole_fits && !part_fits) return std::nullopt;
  return Closeness{std::min(whole, part), whole};
}

}  // namespace

UnknownEntity::UnknownEntity(std::string name, std::vector<std::string> suggestions)
    : std::runtime_error(unknown_entity_message(name, suggestions)),
      name_(std::move(name)),
      suggestions_(std::move(suggestions)) {}

std::vector<std::string> closest_names(const KnowledgeGraph& graph, std::string_view name,
                                       std::size_t limit) {
  const std::u32string wanted = code_points(text::name_key(name));
  if (wanted.empty() || limit == 0) return {};
  std::vector<std::tuple<Closeness, std::string, Vertex>> ranked;
  const Graph& g = graph.graph();
  for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const Entity& entity = g[v];
    std::optional<Closeness> best = closeness(wanted, entity.name);
    for (const auto& alias : entity.aliases) {
      const auto d = closeness(wanted, alias);
      if (d && (!best || *d < *best)) best = d;
    }
    if (best) ranked.emplace_back(*best, entity.name, v);
  }
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::string> names;
  for (const auto& [distance, entity_name, vertex] : ranked) {
    if (std::find(names.begin(), names.end(), entity_name) != names.end()) continue;
    names.push_back(entity_name);
    if (names.size() == limit) break;
  }
  return names;
}

std::vector<Vertex> require_entities(const KnowledgeGraph& graph, std::string_view name) {
  std::vector<Vertex> found = graph.find_all(name);
  if (found.empty()) throw UnknownEntity(std::string(name), closest_names(graph, name));
  return found;
}

Vertex require_entity(const KnowledgeGraph& graph, std::string_view name) {
  return require_entities(graph, name).front();
}

bool known_predicate(const KnowledgeGraph& graph, const Ontology& ontology, std::string_view name) {
  // The graph names a predicate once some relation has it (relations are never removed).
  return ontology.predicate(name) || graph.predicate_id(name).has_value();
}

bool known_type(const KnowledgeGraph& graph, const Ontology& ontology, std::string_view name) {
  if (ontology.type(name)) return true;
  const Graph& g = graph.graph();
  for (const Vertex v : boost::make_iterator_range(boost::vertices(g)))
    if (g[v].type == name) return true;
  return false;
}

namespace {
std::string listing(const std::set<std::string>& names) {
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}
}  // namespace

std::string unknown_predicate_message(const Ontology& ontology, std::string_view name) {
  std::set<std::string> known{"a"};
  for (const auto& p : ontology.predicates()) known.insert(p.name);
  return "unknown predicate \"" + std::string(name) + "\"; known predicates: " + listing(known);
}

std::string unknown_type_message(const Ontology& ontology, std::string_view name) {
  std::set<std::string> known;
  for (const auto& t : ontology.types()) known.insert(t.name);
  return "unknown type \"" + std::string(name) + "\"; known types: " + listing(known);
}

}  // namespace kg::query
