// Walking the relations at a vertex, shared by matching, neighbourhoods and paths.
// Symmetric relations are followed and matched both ways; a self-loop is seen once.
#pragma once

#include <optional>
#include <string_view>

#include "kg/graph/knowledge_graph.hpp"
#include "kg/query/edge_filter.hpp"

namespace kg::query::detail {

// Calls step(edge, other_end, forward) for each relation at `v` that `filter` admits and
// that may be followed from `v` in `direction`. O(degree of v).
template <class Step>
void for_each_step(const KnowledgeGraph& graph, const EdgeFilter& filter, Vertex v,
                   Direction direction, Step&& step) {
  const Graph& g = graph.graph();
  for (const Edge e : boost::make_iterator_range(boost::out_edges(v, g))) {
    const std::string_view predicate = graph.predicate(e);
    if (!filter.admits(predicate)) continue;
    if (direction != Direction::Incoming || filter.symmetric(predicate))
      step(e, boost::target(e, g), true);
  }
  for (const Edge e : boost::make_iterator_range(boost::in_edges(v, g))) {
    const Vertex other = boost::source(e, g);
    if (other == v) continue;
    const std::string_view predicate = graph.predicate(e);
    if (!filter.admits(predicate)) continue;
    if (direction != Direction::Outgoing || filter.symmetric(predicate)) step(e, other, false);
  }
}

// The relation to report between two adjacent entities when several link them: the
// heaviest, then the alphabetically first predicate, so answers do not depend on the
// order relations were added in. Returns the edge and whether it runs from -> to; the
// caller knows that one exists.
inline std::pair<Edge, bool> best_step(const KnowledgeGraph& graph, const EdgeFilter& filter, Vertex from,
                                       Vertex to, Direction direction) {
  std::optional<std::pair<Edge, bool>> best;
  for_each_step(graph, filter, from, direction, [&](Edge e, Vertex other, bool forward) {
    if (other != to) return;
    if (best) {
      const Relation r = graph.relation(e);
      const Relation b = graph.relation(best->first);
      if (r.weight < b.weight || (r.weight == b.weight && r.predicate >= b.predicate)) return;
    }
    best.emplace(e, forward);
  });
  return *best;
}

// Calls match(edge, subject, object, reversed) for each relation matching (subject?,
// predicate?, object?). An unset predicate matches what `filter` admits. A symmetric
// relation stored B -> A also matches as (A, p, B), with reversed = true.
// O(degree) when subject or object is set, O(relations) otherwise.
template <class Match>
void for_each_match(const KnowledgeGraph& graph, const EdgeFilter& filter,
                    std::optional<Vertex> subject, std::optional<std::string_view> predicate,
                    std::optional<Vertex> object, Match&& match) {
  const Graph& g = graph.graph();
  const auto predicate_fits = [&](std::string_view p) {
    return predicate ? p == *predicate : filter.admits(p);
  };
  if (subject || object) {
    // Anchor on a bound end - the one with fewer relations when both are bound.
    const auto degree = [&](Vertex v) { return boost::out_degree(v, g) + boost::in_degree(v, g); };
    const bool anchor_is_subject = subject && (!object || degree(*subject) <= degree(*object));
    const Vertex anchor = anchor_is_subject ? *subject : *object;
    const std::optional<Vertex> far = anchor_is_subject ? object : subject;
    const auto consider = [&](Edge e, Vertex other, bool stored_as_pattern) {
      if (far && other != *far) return;
      const std::string_view p = graph.predicate(e);
      if (!predicate_fits(p)) return;
      if (!stored_as_pattern && !filter.symmetric(p)) return;
      if (anchor_is_subject) match(e, anchor, other, !stored_as_pattern);
      else match(e, other, anchor, !stored_as_pattern);
    };
    for (const Edge e : boost::make_iterator_range(boost::out_edges(anchor, g)))
      consider(e, boost::target(e, g), anchor_is_subject);
    for (const Edge e : boost::make_iterator_range(boost::in_edges(anchor, g)))
      if (boost::source(e, g) != anchor) consider(e, boost::source(e, g), !anchor_is_subject);
    return;
  }
  for (const Edge e : boost::make_iterator_range(boost::edges(g))) {
    const std::string_view p = graph.predicate(e);
    if (!predicate_fits(p)) continue;
    const Vertex s = boost::source(e, g), o = boost::target(e, g);
    match(e, s, o, false);
    if (s != o && filter.symmetric(p)) match(e, o, s, true);
  }
}

}  // namespace kg::query::detail
