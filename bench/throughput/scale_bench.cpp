// kg-bench-scale: the scale figures of issue 5 on a generated graph (default one million
// entities, five million relations): memory per relation, then writing GraphML, JSON-LD
// and DOT and reading GraphML and JSON-LD back, each the median of several runs.
// Prints one "figure<TAB>value<TAB>unit" line per result on stdout.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "graph_generator.hpp"
#include "kg/io/export.hpp"
#include "kg/io/import.hpp"
#include "measure.hpp"

namespace fs = std::filesystem;
using kg::bench::median_run;

namespace {

// Heap bytes a string owns beyond its own object (none while it fits the small buffer).
std::size_t heap_of(const std::string& s) { return s.capacity() > 15 ? s.capacity() + 1 : 0; }

// The text a graph holds: its entities' strings' heap blocks, and the pools where it keeps
// each distinct evidence sentence, rule and predicate name once.
std::size_t string_heap(const kg::KnowledgeGraph& graph) {
  std::size_t bytes = graph.pooled_text_bytes();
  for (auto v : boost::make_iterator_range(boost::vertices(graph.graph()))) {
    const auto& e = graph.entity(v);
    bytes += heap_of(e.id) + heap_of(e.name) + heap_of(e.type);
    for (const auto& a : e.aliases) bytes += heap_of(a);
    for (const auto& m : e.merges) bytes += heap_of(m);
  }
  return bytes;
}

void report(const std::string& figure, double value, const std::string& unit) {
  std::cout << figure << '\t' << value << '\t' << unit << std::endl;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("Scale benchmark: memory per relation, export and import throughput");
  kg::bench::GraphShape shape{1000000, 5000000, 1};
  fs::path outdir = "scale-out", material = fs::path(KG_BENCH_GEN_DIR) / "corpus.json";
  fs::path ontology_path = fs::path(KG_SOURCE_DATADIR) / "ontology.json";
  std::vector<std::string> formats{"graphml", "jsonld", "dot"};
  std::vector<std::string> readers{"graphml", "jsonld"};
  int runs = 3;
  app.add_option("--entities", shape.entities)->capture_default_str();
  app.add_option("--relations", shape.relations)->capture_default_str();
  app.add_option("--seed", shape.seed)->capture_default_str();
  app.add_option("--runs", runs, "Runs per measurement (median reported)")->capture_default_str();
  app.add_option("--write", formats, "Formats to write, or none")->delimiter(',')->capture_default_str();
  app.add_option("--read", readers, "Formats to read back (among those written), or none")->delimiter(',')->capture_default_str();
  app.add_option("-o,--output", outdir, "Folder for the written files")->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  try {
    const kg::Ontology ontology = kg::Ontology::load(ontology_path);
    const kg::bench::Vocabulary vocabulary(kg::bench::load_name_parts(material), shape.seed);
    const std::size_t heap_before = kg::bench::heap_in_use();
    const auto start = std::chrono::steady_clock::now();
    const kg::KnowledgeGraph graph = kg::bench::generate_graph(vocabulary, shape);
    const double build = kg::bench::seconds_since(start);
    const double bytes = static_cast<double>(kg::bench::heap_in_use() - heap_before);
    const double strings = static_cast<double>(string_heap(graph));
    const double relations = static_cast<double>(graph.relation_count());
    report("entities", static_cast<double>(graph.entity_count()), "");
    report("relations", relations, "");
    report("build_seconds", build, "s");
    report("graph_heap", bytes / 1e6, "MB");
    report("bytes_per_relation_with_strings", bytes / relations, "B");
    report("bytes_per_relation_without_strings", (bytes - strings) / relations, "B");

    fs::create_directories(outdir);
    for (const auto& name : formats) {
      if (name == "none") continue;
      const auto format = kg::io::parse_format(name);
      const fs::path path = outdir / ("graph." + std::string(kg::io::file_extension(format)));
      const auto timing = median_run(runs, [&] {
        std::ofstream out(path, std::ios::binary);
        kg::io::write(format, graph, ontology, out);
        out.close();
        if (!out) throw std::runtime_error("cannot write " + path.string());
      });
      const double mb = static_cast<double>(fs::file_size(path)) / 1e6;
      report("write_" + name + "_MB", mb, "MB");
      report("write_" + name + "_seconds", timing.wall, "s");
      report("write_" + name + "_MBps", mb / timing.wall, "MB/s");
      report("write_" + name + "_MBps_cpu", mb / timing.cpu, "MB/s");
    }
    for (const auto& name : readers) {
      if (name == "none") continue;
      const auto format = kg::io::parse_format(name);
      const fs::path path = outdir / ("graph." + std::string(kg::io::file_extension(format)));
      std::size_t entities = 0, read_relations = 0;
      const auto timing = median_run(runs, [&] {
        const kg::KnowledgeGraph back = kg::io::read_graph(path, ontology);
        entities = back.entity_count();
        read_relations = back.relation_count();
      });
      if (entities != graph.entity_count() || read_relations != graph.relation_count())
        std::cerr << "warning: " << name << " read back " << entities << " entities and " << read_relations
                  << " relations\n";
      const double mb = static_cast<double>(fs::file_size(path)) / 1e6;
      report("read_" + name + "_seconds", timing.wall, "s");
      report("read_" + name + "_MBps", mb / timing.wall, "MB/s");
      report("read_" + name + "_MBps_cpu", mb / timing.cpu, "MB/s");
    }
    report("peak_rss", static_cast<double>(kg::bench::peak_rss()) / 1e6, "MB");
  } catch (const std::exception& e) {
    std::cerr << "kg-bench-scale: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
