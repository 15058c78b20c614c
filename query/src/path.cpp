#include "kg/query/path.hpp"

#include <algorithm>

#include "incidence.hpp"
#include "visited.hpp"

namespace kg::query {
namespace {

using detail::Reached;
using detail::Visited;

// Expands every vertex of `frontier` by one hop; returns the new frontier, and in `meeting`
// the first vertex reached that the other side has seen.
std::vector<Vertex> expand(const KnowledgeGraph& graph, const EdgeFilter& filter,
                           const std::vector<Vertex>& frontier, Direction direction,
                           Visited& mine, const Visited& theirs, std::optional<Vertex>& meeting) {
  std::vector<Vertex> next;
  for (const Vertex v : frontier) {
    const std::size_t distance = mine.at(v).distance + 1;
    detail::for_each_step(graph, filter, v, direction, [&](Edge, Vertex other, bool) {
      if (!mine.add(other, Reached{distance, v})) return;
      next.push_back(other);
      if (!meeting && theirs.find(other)) meeting = other;
    });
  }
  return next;
}

}  // namespace

std::optional<std::vector<Hop>> shortest_path(const KnowledgeGraph& graph, const Ontology& ontology,
                                              Vertex from, Vertex to, const PathOptions& options) {
  if (from == to) return std::vector<Hop>{};
  const EdgeFilter filter(ontology, options.predicates, options.include_untyped);
  const Direction forward = options.directed ? Direction::Outgoing : Direction::Both;
  const Direction backward = options.directed ? Direction::Incoming : Direction::Both;

  // Both sides grow a whole level at a time, the smaller frontier first: the first level on
  // which they touch gives a shortest path (any vertex where they meet lies on one).
  Visited from_side(from), to_side(to);
  std::vector<Vertex> from_frontier{from}, to_frontier{to};
  std::optional<Vertex> meeting;
  while (!meeting && !from_frontier.empty() && !to_frontier.empty()) {
    if (from_frontier.size() <= to_frontier.size())
      from_frontier = expand(graph, filter, from_frontier, forward, from_side, to_side, meeting);
    else
      to_frontier = expand(graph, filter, to_frontier, backward, to_side, from_side, meeting);
  }
  if (!meeting) return std::nullopt;

  std::vector<Vertex> chain;
  for (Vertex v = *meeting; v != from; v = from_side.at(v).previous) chain.push_back(v);
  chain.push_back(from);
  std::reverse(chain.begin(), chain.end());
  for (Vertex v = *meeting; v != to;) {
    v = to_side.at(v).previous;
    chain.push_back(v);
  }
  std::vector<Hop> hops;
  for (std::size_t i = 0; i + 1 < chain.size(); ++i) {
    const auto [edge, stored_forward] = detail::best_step(graph, filter, chain[i], chain[i + 1], forward);
    hops.push_back(Hop{chain[i], chain[i + 1], edge, stored_forward});
  }
  return hops;
}

}  // namespace kg::query
