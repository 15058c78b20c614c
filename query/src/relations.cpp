#include "kg/query/relations.hpp"

#include "incidence.hpp"

namespace kg::query {

std::vector<RelationMatch> match_relations(const KnowledgeGraph& graph, const Ontology& ontology,
                                           const RelationPattern& pattern) {
  std::vector<RelationMatch> matches;
  std::optional<std::string_view> predicate;
  if (pattern.predicate) predicate = *pattern.predicate;
  detail::for_each_match(graph, EdgeFilter(ontology), pattern.subject, predicate, pattern.object,
                         [&](Edge e, Vertex subject, Vertex object, bool reversed) {
                           matches.push_back(RelationMatch{e, subject, object, reversed});
                         });
  return matches;
}

}  // namespace kg::query
