#include "kg/query/neighborhood.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "incidence.hpp"

namespace kg::query {

std::vector<Neighbor> neighbors(const KnowledgeGraph& graph, const Ontology& ontology,
                                Vertex center, const NeighborOptions& options) {
  const EdgeFilter filter(ontology, options.predicates, options.include_untyped);
  const Graph& g = graph.graph();
  const auto enterable = [&](Vertex v) {
    return options.types.empty() ||
           std::find(options.types.begin(), options.types.end(), g[v].type) != options.types.end();
  };
  // A hash set rather than a per-vertex array: the cost follows the neighbourhood, not the graph.
  std::unordered_set<Vertex> seen{center};
  std::vector<Neighbor> found;
  std::vector<Vertex> frontier{center};
  for (std::size_t distance = 1; distance <= options.depth && !frontier.empty(); ++distance) {
    std::vector<Vertex> next;
    for (const Vertex from : frontier) {
      detail::for_each_step(graph, filter, from, options.direction, [&](Edge e, Vertex other, bool) {
        if (!enterable(other) || !seen.insert(other).second) return;
        found.push_back(Neighbor{other, distance, from, e});
        next.push_back(other);
      });
    }
    frontier = std::move(next);
  }
  for (auto& n : found) n.edge = detail::best_step(graph, filter, n.from, n.vertex, options.direction).first;
  std::stable_sort(found.begin(), found.end(), [&](const Neighbor& a, const Neighbor& b) {
    if (a.distance != b.distance) return a.distance < b.distance;
    if (g[a.vertex].name != g[b.vertex].name) return g[a.vertex].name < g[b.vertex].name;
    return a.vertex < b.vertex;
  });
  return found;
}

KnowledgeGraph induced_subgraph(const KnowledgeGraph& graph, const std::vector<Vertex>& vertices,
                                const EdgeFilter& filter) {
  const Graph& g = graph.graph();
  KnowledgeGraph sub;
  for (const auto& document : graph.documents()) sub.add_document(document);
  std::unordered_map<Vertex, Vertex> copy_of;
  for (const Vertex v : vertices) {
    if (copy_of.count(v)) continue;
    const Entity& entity = g[v];
    const Vertex copy = sub.add_entity_with_id(entity.id, entity.name, entity.type);
    for (const auto& alias : entity.aliases) sub.add_alias(copy, alias);
    sub.add_mentions(copy, entity.mentions);
    for (const auto& note : entity.merges) sub.note_merge(copy, note);
    copy_of.emplace(v, copy);
  }
  // Relations in the order of `vertices`, then storage order: deterministic for a given input.
  for (const Vertex v : vertices) {
    for (const Edge e : boost::make_iterator_range(boost::out_edges(v, g))) {
      const auto target = copy_of.find(boost::target(e, g));
      const Relation relation = graph.relation(e);
      if (target == copy_of.end() || !filter.admits(relation.predicate)) continue;
      if (sub.find_relation(copy_of.at(v), relation.predicate, target->second)) continue;
      sub.copy_relation(copy_of.at(v), target->second, relation);
    }
  }
  return sub;
}

KnowledgeGraph neighborhood_graph(const KnowledgeGraph& graph, const Ontology& ontology,
                                  Vertex center, const NeighborOptions& options) {
  std::vector<Vertex> vertices{center};
  for (const auto& n : neighbors(graph, ontology, center, options)) vertices.push_back(n.vertex);
  return induced_subgraph(graph, vertices,
                          EdgeFilter(ontology, options.predicates, options.include_untyped));
}

}  // namespace kg::query
