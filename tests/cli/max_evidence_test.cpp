// kg build --max-evidence: a corpus of the same article many times over gives relations
// whose weight counts every copy while they keep only the first records, and what is
// written reads back as it was.
#include <doctest/doctest.h>

#include "kg/io/import.hpp"
#include "run_command.hpp"

using namespace kg::test;
namespace fs = std::filesystem;

namespace {

constexpr int kCopies = 12;
constexpr const char* kArticle =
    "OpenAI CEO Sam Altman spoke in San Francisco.\n\nOpenAI首席执行官山姆·奥特曼在旧金山发表演讲。\n";

// A folder of kCopies identical files (copy01.txt, ...), so documents 0..11 in that order.
fs::path repeated_corpus(const TempDir& dir) {
  const fs::path folder = dir.path() / "corpus";
  fs::create_directories(folder);
  for (int i = 1; i <= kCopies; ++i)
    write_file(folder / ((i < 10 ? "copy0" : "copy") + std::to_string(i) + ".txt"), kArticle);
  return folder;
}

kg::KnowledgeGraph build(const TempDir& dir, const std::string& option, const std::string& format) {
  const fs::path out = dir.path() / ("out" + option);
  const auto result = run_command(shell_quote(kg_binary().string()) + " build " + shell_quote(repeated_corpus(dir).string()) +
                                  " -o " + shell_quote(out.string()) + " --formats " + format + " -q --no-summary " +
                                  option + " 2>&1");
  REQUIRE_MESSAGE(result.exit_code == 0, result.output);
  const kg::Ontology ontology = kg::Ontology::load(fs::path(KG_SOURCE_DIR) / "data" / "ontology.json");
  return kg::io::read_graph(out / ("graph." + format), ontology);
}

// A view into `graph`, valid while it lives.
kg::Relation ceo_relation(const kg::KnowledgeGraph& graph) {
  const auto sam = graph.find("Sam Altman");
  const auto openai = graph.find("OpenAI");
  REQUIRE(sam);
  REQUIRE(openai);
  const auto edge = graph.find_relation(*sam, "ceoOf", *openai);
  REQUIRE(edge);
  return graph.relation(*edge);
}

}  // namespace

TEST_CASE("--max-evidence keeps the first records and the weight counts them all") {
  TempDir dir("kg-max-evidence");
  for (const std::string format : {"jsonld", "graphml"}) {
    CAPTURE(format);
    const kg::KnowledgeGraph capped = build(dir, "--max-evidence 3", format);
    const kg::Relation kept = ceo_relation(capped);
    // Two sentences of each copy state it (English and Chinese): 24 distinct evidence.
    CHECK(kept.weight == 2.0 * kCopies);
    REQUIRE(kept.evidence.size() == 3);
    std::vector<kg::DocumentId> documents;
    for (const auto& e : kept.evidence) documents.push_back(e.document);
    CHECK(documents == std::vector<kg::DocumentId>{0, 0, 1});  // insertion order: the first copies

    const kg::KnowledgeGraph whole = build(dir, "--max-evidence 0", format);
    const kg::Relation all = ceo_relation(whole);
    CHECK(all.weight == 2.0 * kCopies);
    CHECK(all.evidence.size() == 2 * kCopies);
  }
}

TEST_CASE("the default keeps 8 records per relation") {
  TempDir dir("kg-max-evidence");
  const kg::KnowledgeGraph graph = build(dir, "", "jsonld");
  const kg::Relation relation = ceo_relation(graph);
  CHECK(relation.weight == 2.0 * kCopies);
  CHECK(relation.evidence.size() == 8);
}

TEST_CASE("a cap no relation reaches changes no file, the SVG included") {
  // No relation of this article has more than 8 records, so both builds hold the same graph
  // (though they allocate differently on the way).
  TempDir dir("kg-max-evidence");
  const fs::path input = fs::path(KG_SOURCE_DIR) / "tests" / "corpus" / "nvidia-deepseek-zh.txt";
  const auto build_into = [&](const std::string& cap) {
    const fs::path out = dir.path() / ("out" + cap);
    const auto result = run_command(shell_quote(kg_binary().string()) + " build " + shell_quote(input.string()) +
                                    " -o " + shell_quote(out.string()) + " -q --no-summary --max-evidence " + cap +
                                    " 2>&1");
    REQUIRE_MESSAGE(result.exit_code == 0, result.output);
    return out;
  };
  const fs::path all = build_into("0"), capped = build_into("8");
  for (const char* file : {"graph.jsonld", "graph.graphml", "graph.gexf", "graph.dot", "graph.svg"}) {
    CAPTURE(file);
    CHECK(read_file(all / file) == read_file(capped / file));
  }
}
