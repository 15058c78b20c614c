#include "kg/query/statistics.hpp"

#include <boost/graph/connected_components.hpp>
#include <boost/graph/page_rank.hpp>

#include <algorithm>
#include <cmath>

namespace kg::query {
namespace {

using LinkGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
using UndirectedGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

// Calls link(source, target) for each admitted relation as stored.
template <class Link>
void for_each_admitted(const KnowledgeGraph& graph, const EdgeFilter& filter, Link&& link) {
  const Graph& g = graph.graph();
  for (const Edge e : boost::make_iterator_range(boost::edges(g)))
    if (filter.admits(graph.predicate(e))) link(boost::source(e, g), boost::target(e, g));
}

// boost::graph::page_rank asks after every round whether to stop; this stops once the
// ranks settle, remembering the previous round to measure the change.
class Settled {
 public:
  explicit Settled(std::size_t max_rounds) : rounds_left_(max_rounds) {}
  template <class RankMap, class G>
  bool operator()(const RankMap& ranks, const G& g) {
    double change = 0.0;
    const std::size_t n = boost::num_vertices(g);
    if (previous_.size() != n) previous_.assign(n, -1.0);
    for (std::size_t v = 0; v < n; ++v) {
      change += std::abs(get(ranks, v) - previous_[v]);
      previous_[v] = get(ranks, v);
    }
    return rounds_left_-- == 0 || change < 1e-10;
  }

 private:
  std::size_t rounds_left_;
  std::vector<double> previous_;
};

std::vector<RankedEntity> top_entities(const KnowledgeGraph& graph, const std::vector<double>& scores,
                                       std::size_t top) {
  std::vector<RankedEntity> ranked;
  for (Vertex v = 0; v < scores.size(); ++v) ranked.push_back({v, scores[v]});
  const auto by_score_then_name = [&](const RankedEntity& a, const RankedEntity& b) {
    if (a.score != b.score) return a.score > b.score;
    return graph.entity(a.vertex).name < graph.entity(b.vertex).name;
  };
  const std::size_t n = std::min(top, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(n), ranked.end(),
                    by_score_then_name);
  ranked.resize(n);
  return ranked;
}

}  // namespace

std::vector<std::size_t> degrees(const KnowledgeGraph& graph, const EdgeFilter& filter) {
  std::vector<std::size_t> degree(graph.entity_count(), 0);
  for_each_admitted(graph, filter, [&](Vertex s, Vertex t) {
    ++degree[s];
    ++degree[t];
  });
  return degree;
}

std::vector<double> pagerank(const KnowledgeGraph& graph, const EdgeFilter& filter) {
  const std::size_t n = graph.entity_count();
  if (n == 0) return {};
  LinkGraph links(n);
  for_each_admitted(graph, filter, [&](Vertex s, Vertex t) {
    boost::add_edge(s, t, links);
    if (s != t) boost::add_edge(t, s, links);
  });
  std::vector<double> ranks(n, 0.0);
  boost::graph::page_rank(links, boost::make_iterator_property_map(ranks.begin(), boost::get(boost::vertex_index, links)),
                          Settled(100));
  // Boost's formulation gives every entity 1 - damping plus its share of its neighbours'
  // ranks; scaled here so that the ranks are a distribution.
  double total = 0.0;
  for (const double r : ranks) total += r;
  if (total > 0.0)
    for (double& r : ranks) r /= total;
  return ranks;
}

std::vector<std::size_t> components(const KnowledgeGraph& graph, const EdgeFilter& filter) {
  const std::size_t n = graph.entity_count();
  UndirectedGraph undirected(n);
  for_each_admitted(graph, filter, [&](Vertex s, Vertex t) { boost::add_edge(s, t, undirected); });
  std::vector<std::size_t> component(n, 0);
  boost::connected_components(undirected, component.data());
  return component;
}

GraphStatistics statistics(const KnowledgeGraph& graph, const Ontology& ontology, std::size_t top,
                           bool include_untyped) {
  const Graph& g = graph.graph();
  const EdgeFilter filter(ontology, {}, include_untyped);
  GraphStatistics stats;
  stats.documents = graph.documents().size();
  stats.entities = graph.entity_count();
  stats.relations = graph.relation_count();
  for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) ++stats.by_type[g[v].type];
  std::vector<std::size_t> per_predicate(graph.predicate_count(), 0);
  for (const Edge e : boost::make_iterator_range(boost::edges(g))) ++per_predicate[g[e].predicate];
  for (PredicateId p = 0; p < per_predicate.size(); ++p)
    if (per_predicate[p] != 0) stats.by_predicate.emplace(graph.predicate_name(p), per_predicate[p]);

  const auto degree = degrees(graph, filter);
  stats.top_degree = top_entities(graph, std::vector<double>(degree.begin(), degree.end()), top);
  stats.top_pagerank = top_entities(graph, pagerank(graph, filter), top);

  const auto component = components(graph, filter);
  std::vector<std::size_t> sizes;
  for (const std::size_t c : component) {
    if (c >= sizes.size()) sizes.resize(c + 1, 0);
    ++sizes[c];
  }
  std::sort(sizes.begin(), sizes.end(), std::greater<>());
  stats.component_sizes = std::move(sizes);
  return stats;
}

}  // namespace kg::query
