#include "graph_summary.hpp"

#include <algorithm>
#include <map>
#include <ostream>

namespace kg::cli {
namespace {

void print_counts(std::ostream& out, const char* title, const std::map<std::string, std::size_t>& counts) {
  out << title << '\n';
  for (const auto& [name, count] : counts) out << "  " << name << '\t' << count << '\n';
}

}  // namespace

void print_summary(const KnowledgeGraph& graph, std::ostream& out, std::size_t top) {
  const Graph& g = graph.graph();
  std::map<std::string, std::size_t> by_type;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) ++by_type[g[v].type];
  std::vector<std::size_t> per_predicate(graph.predicate_count(), 0);
  for (auto e : boost::make_iterator_range(boost::edges(g))) ++per_predicate[g[e].predicate];
  std::map<std::string, std::size_t> by_predicate;
  for (PredicateId p = 0; p < per_predicate.size(); ++p)
    if (per_predicate[p] != 0) by_predicate.emplace(graph.predicate_name(p), per_predicate[p]);

  out << "documents\t" << graph.documents().size() << '\n'
      << "entities\t" << graph.entity_count() << '\n'
      << "relations\t" << graph.relation_count() << '\n';
  print_counts(out, "entities by type", by_type);
  print_counts(out, "relations by predicate", by_predicate);

  std::vector<std::pair<std::size_t, Vertex>> degrees;
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    degrees.emplace_back(boost::out_degree(v, g) + boost::in_degree(v, g), v);
  std::stable_sort(degrees.begin(), degrees.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  out << "most connected entities\n";
  for (std::size_t i = 0; i < std::min(top, degrees.size()); ++i) {
    const Entity& e = g[degrees[i].second];
    out << "  " << e.name << " (" << e.type << ")\t" << degrees[i].first << '\n';
  }
}

}  // namespace kg::cli
