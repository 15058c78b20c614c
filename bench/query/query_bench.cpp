// kg_bench_query: builds the synthetic graph of bench/gen (default one million entities and
// five million relations, Zipf-distributed endpoints, fixed seed) and reports the median
// latency of the four query shapes users run, each on many randomly chosen entities, plus
// the memory the graph takes.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "graph_generator.hpp"
#include "kg/query/engine.hpp"
#include "kg/query/neighborhood.hpp"
#include "kg/query/path.hpp"
#include "measure.hpp"

namespace {

using namespace kg;

// Quotes a name for the query language (the generator's names have no quote characters).
std::string quoted(const std::string& name) { return "\"" + name + "\""; }

// Entities with at least one relation of `predicate` as subject: the benchmark asks about
// entities the question makes sense for, drawn with a fixed seed. Found by a scan that is
// not timed.
std::vector<Vertex> subjects_of(const KnowledgeGraph& graph, const std::string& predicate) {
  std::vector<Vertex> found;
  const Graph& g = graph.graph();
  for (const Vertex v : boost::make_iterator_range(boost::vertices(g)))
    for (const Edge e : boost::make_iterator_range(boost::out_edges(v, g)))
      if (graph.predicate(e) == predicate) {
        found.push_back(v);
        break;
      }
  return found;
}

struct Measured {
  double median_seconds;
  double mean_size;  // rows, entities or hops per run
};

// Runs `job(i)` for i in [0, runs) and returns the median time and the mean of what it returned.
template <class Job>
Measured measure(int runs, Job&& job) {
  std::vector<double> times;
  double total = 0;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    total += static_cast<double>(job(i));
    times.push_back(kg::bench::seconds_since(start));
  }
  std::sort(times.begin(), times.end());
  return {times[times.size() / 2], total / runs};
}

void report(const char* what, const Measured& m, const char* unit) {
  std::printf("%-62s median %8.3f ms   (mean %.1f %s)\n", what, m.median_seconds * 1e3, m.mean_size, unit);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("Median latency of kg queries on a synthetic graph");
  kg::bench::GraphShape shape;
  shape.entities = 1'000'000;
  shape.relations = 5'000'000;
  int runs = 101;
  std::filesystem::path material = std::filesystem::path(KG_BENCH_GEN_DIR) / "corpus.json";
  std::filesystem::path ontology_path = std::filesystem::path(KG_SOURCE_DATADIR) / "ontology.json";
  app.add_option("--entities", shape.entities, "Entities")->capture_default_str();
  app.add_option("--relations", shape.relations, "Distinct relations")->capture_default_str();
  app.add_option("--seed", shape.seed, "Seed of the graph and of the entities queried")->capture_default_str();
  app.add_option("--runs", runs, "Queries per shape (each on other entities)")->capture_default_str()->check(CLI::Range(1, 100000));
  app.add_option("--material", material, "Name parts (bench/gen/corpus.json)")->capture_default_str();
  app.add_option("--ontology", ontology_path, "Ontology")->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  const Ontology ontology = Ontology::load(ontology_path);
  const kg::bench::Vocabulary vocabulary(kg::bench::load_name_parts(material), shape.seed);
  const std::size_t heap_before = kg::bench::heap_in_use();
  const auto build_start = std::chrono::steady_clock::now();
  const KnowledgeGraph graph = kg::bench::generate_graph(vocabulary, shape);
  const double build_seconds = kg::bench::seconds_since(build_start);
  const double graph_mib = static_cast<double>(kg::bench::heap_in_use() - heap_before) / (1 << 20);
  std::printf("graph: %zu entities, %zu relations, built in %.1f s; heap %.0f MiB (%.0f bytes per relation), "
              "peak RSS %.0f MiB\n",
              graph.entity_count(), graph.relation_count(), build_seconds, graph_mib,
              graph_mib * (1 << 20) / static_cast<double>(graph.relation_count()),
              static_cast<double>(kg::bench::peak_rss()) / (1 << 20));

  const auto workers = subjects_of(graph, "worksFor");
  const auto anyone = subjects_of(graph, "founderOf");
  kg::bench::Random random(shape.seed + 1);
  const auto pick = [&](const std::vector<Vertex>& from) { return from[random.below(from.size())]; };
  std::printf("median of %d runs, each on other randomly drawn entities:\n", runs);

  report("query '<person> worksFor ?o' (one pattern, bound)", measure(runs, [&](int) {
           const std::string pattern = quoted(graph.entity(pick(workers)).name) + " worksFor ?o";
           return query::run_query(graph, ontology, pattern).solutions.size();
         }), "rows");
  report("query '<person> ?r ?x' (one pattern, any predicate)", measure(runs, [&](int) {
           const std::string pattern = quoted(graph.entity(pick(workers)).name) + " ?r ?x";
           return query::run_query(graph, ontology, pattern).solutions.size();
         }), "rows");
  report("query '<person> worksFor ?o . ?o develops ?p' (join)", measure(runs, [&](int) {
           const std::string pattern = quoted(graph.entity(pick(workers)).name) + " worksFor ?o . ?o develops ?p";
           return query::run_query(graph, ontology, pattern).solutions.size();
         }), "rows");
  report("query '<person> founderOf ?o . ?o develops ?p . ?p a Product'", measure(runs, [&](int) {
           const std::string pattern = quoted(graph.entity(pick(anyone)).name) +
                                       " founderOf ?o . ?o develops ?p . ?p a Product";
           return query::run_query(graph, ontology, pattern).solutions.size();
         }), "rows");
  report("neighbours within 2 hops (typed relations)", measure(runs, [&](int) {
           return query::neighbors(graph, ontology, pick(workers), {.depth = 2}).size();
         }), "entities");
  report("shortest path between two entities (typed, either way)", measure(runs, [&](int) {
           const auto path = query::shortest_path(graph, ontology, pick(workers), pick(workers));
           return path ? path->size() : 0;
         }), "hops");
  // For scale: what a pattern with no bound term costs (a scan of every relation).
  report("query '?a acquired ?b' (nothing bound: scans all relations)", measure(std::min(runs, 11), [&](int) {
           return query::run_query(graph, ontology, "?a acquired ?b").solutions.size();
         }), "rows");
  std::printf("peak RSS %.0f MiB\n", static_cast<double>(kg::bench::peak_rss()) / (1 << 20));
  return 0;
}
