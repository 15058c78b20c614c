// kg query, neighbors, path and stats from the user's side, on the sample graph saved as
// JSON-LD and GraphML: output, exit codes, error messages.
#include <doctest/doctest.h>

#include <fstream>

#include "kg/io/export.hpp"
#include "run_command.hpp"
#include "sample_graph.hpp"

using namespace kg::test;
namespace fs = std::filesystem;

namespace {

// The sample graph saved once per test run as graph.jsonld and graph.graphml.
const fs::path& saved_sample() {
  static TempDir dir("kg-query-cli");
  static const fs::path folder = [] {
    const kg::testing::SampleGraph sample;
    kg::io::write_all(sample.graph, kg::testing::bundled_ontology(), dir.path(),
                      {kg::io::Format::JsonLd, kg::io::Format::GraphML});
    return dir.path();
  }();
  return folder;
}

CommandResult kg_run(const std::string& arguments, bool with_stderr = true) {
  return run_command(shell_quote(kg_binary().string()) + " " + arguments + (with_stderr ? " 2>&1" : " 2>/dev/null"));
}

std::string jsonld() { return shell_quote((saved_sample() / "graph.jsonld").string()); }
std::string graphml() { return shell_quote((saved_sample() / "graph.graphml").string()); }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("kg query answers from a saved JSON-LD or GraphML graph") {
  for (const auto& graph : {jsonld(), graphml()}) {
    CAPTURE(graph);
    const auto ceo = kg_run("query " + graph + " '?who ceoOf OpenAI'", false);
    CHECK(ceo.exit_code == 0);
    CHECK(ceo.output == "?who\nSam Altman\n");
    const auto join = kg_run("query " + graph + " '?p founderOf ?o . ?x leaderOf ?o'", false);
    CHECK(join.output == "?p\t?o\t?x\nPaul Graham\tY Combinator\tSam Altman\n");
    CHECK(kg_run("query " + graph + " '奥特曼 ceoOf ?o'", false).output == "?o\nOpenAI\n");
  }
}

TEST_CASE("kg query builds the graph on the fly from a text input") {
  TempDir dir("kg-query-text");
  std::ofstream(dir.path() / "a.txt") << "OpenAI首席执行官山姆·奥特曼在直播中回答了问题。\n";
  const auto result = kg_run("query " + shell_quote((dir.path() / "a.txt").string()) + " '?who ceoOf OpenAI'", false);
  CHECK(result.exit_code == 0);
  CHECK(result.output == "?who\nSam Altman\n");
}

TEST_CASE("kg query --json and --evidence") {
  CHECK(kg_run("query " + jsonld() + " 'Anthropic develops ?p' --json", false).output ==
        "{\"variables\":[\"p\"],\"rows\":[{\"p\":\"Claude\"}]}\n");
  const auto evidence = kg_run("query " + jsonld() + " '?who ceoOf OpenAI' --evidence", false);
  CHECK(evidence.output == "?who\tevidence\nSam Altman\tOpenAI首席执行官山姆·奥特曼 | 奥特曼是OpenAI的CEO。\n");
}

TEST_CASE("a malformed pattern exits 2 with the pattern echoed and a caret under the error") {
  const auto result = kg_run("query " + jsonld() + " '?x ceoOf OpenAI Inc'");
  CHECK(result.exit_code == 2);
  CHECK(contains(result.output, "expected ' . ' between triple patterns"));
  CHECK(contains(result.output, "at column 17\n  ?x ceoOf OpenAI Inc\n                  ^\n"));
  const auto predicate = kg_run("query " + jsonld() + " '?x ceoOff OpenAI'");
  CHECK(predicate.exit_code == 2);
  CHECK(contains(predicate.output, "unknown predicate \"ceoOff\"; known predicates: a, acquired"));
  CHECK(contains(predicate.output, "  ?x ceoOff OpenAI\n     ^\n"));
}

TEST_CASE("an unknown entity exits 1 offering the closest names") {
  const auto result = kg_run("query " + jsonld() + " '?x ceoOf OpenAl'");
  CHECK(result.exit_code == 1);
  CHECK(contains(result.output, "no entity named \"OpenAl\"; closest names: \"OpenAI\""));
  const auto path = kg_run("path " + jsonld() + " 'Paul Grahm' OpenAI");
  CHECK(path.exit_code == 1);
  CHECK(contains(path.output, "no entity named \"Paul Grahm\"; closest names: \"Paul Graham\""));
  CHECK(kg_run("neighbors " + jsonld() + " Nobody").exit_code == 1);
}

TEST_CASE("kg neighbors prints the neighbourhood by depth") {
  const auto result = kg_run("neighbors " + jsonld() + " 'Sam Altman' --depth 2", false);
  CHECK(result.exit_code == 0);
  CHECK(result.output ==
        "depth\tentity\ttype\treached by\n"
        "1\tOpenAI\tOrganization\tSam Altman -ceoOf-> OpenAI\n"
        "1\tY Combinator\tOrganization\tSam Altman -leaderOf-> Y Combinator\n"
        "2\tChatGPT\tProduct\tOpenAI -develops-> ChatGPT\n"
        "2\tCodex\tProduct\tOpenAI -develops-> Codex\n"
        "2\tDan\tPerson\tY Combinator <-memberOf- Dan\n"
        "2\tPaul Graham\tPerson\tY Combinator <-founderOf- Paul Graham\n");
  const auto filtered = kg_run("neighbors " + jsonld() + " YC --predicate founderOf --predicate memberOf", false);
  CHECK(filtered.output == "depth\tentity\ttype\treached by\n"
                           "1\tDan\tPerson\tY Combinator <-memberOf- Dan\n"
                           "1\tPaul Graham\tPerson\tY Combinator <-founderOf- Paul Graham\n");
  CHECK(kg_run("neighbors " + jsonld() + " YC --type Persn").exit_code == 2);
}

TEST_CASE("kg neighbors -o writes the neighbourhood as graph files that load back") {
  TempDir out("kg-neighbors");
  const auto write = kg_run("neighbors " + jsonld() + " OpenAI -o " + shell_quote(out.path().string()) +
                            " --formats jsonld,graphml");
  CHECK(write.exit_code == 0);
  REQUIRE(fs::exists(out.path() / "graph.jsonld"));
  REQUIRE(fs::exists(out.path() / "graph.graphml"));
  CHECK_FALSE(fs::exists(out.path() / "graph.dot"));
  const std::string part = shell_quote((out.path() / "graph.jsonld").string());
  CHECK(kg_run("query " + part + " '?x ?r OpenAI'", false).output == "?x\t?r\nSam Altman\tceoOf\nSam Altman\tworksFor\n");
  CHECK(kg_run("query " + part + " 'OpenAI develops ?p' --evidence", false).output ==
        "?p\tevidence\nChatGPT\tOpenAI makes ChatGPT.\nCodex\tOpenAI builds Codex.\n");
  CHECK(kg_run("query " + part + " '?x leaderOf ?y'", false).output == "?x\t?y\n");  // YC is two hops away
}

TEST_CASE("kg path prints each hop with its direction") {
  const auto result = kg_run("path " + jsonld() + " 'Paul Graham' OpenAI", false);
  CHECK(result.exit_code == 0);
  CHECK(result.output == "Paul Graham -founderOf-> Y Combinator\n"
                         "Y Combinator <-leaderOf- Sam Altman\n"
                         "Sam Altman -ceoOf-> OpenAI\n");
  CHECK(kg_run("path " + graphml() + " ChatGPT Gemini", false).output == "ChatGPT -competesWith- Gemini\n");
  CHECK(kg_run("path " + jsonld() + " 'Sam Altman' YC --evidence", false).output ==
        "Sam Altman -leaderOf-> Y Combinator\n    Sam Altman once ran Y Combinator.\n");
  const auto directed = kg_run("path " + jsonld() + " 'Paul Graham' OpenAI --directed");
  CHECK(directed.exit_code == 0);
  CHECK(contains(directed.output, "no path from Paul Graham to OpenAI over typed relations"));
  CHECK(kg_run("path " + jsonld() + " Claude 'Sam Altman' --untyped", false).output == "Claude -relatedTo- Sam Altman\n");
}

TEST_CASE("kg stats prints counts, rankings and components") {
  const auto result = kg_run("stats " + jsonld() + " --top 2", false);
  CHECK(result.exit_code == 0);
  CHECK(contains(result.output, "entities\t15\nrelations\t12\ncomponents\t5 (largest 8 entities, 1 unconnected)\n"));
  CHECK(contains(result.output, "entities by type\n  Organization\t5\n  Person\t5\n  Place\t1\n  Product\t4\n"));
  CHECK(contains(result.output, "  develops\t3\n"));
  CHECK(contains(result.output, "top entities by degree\n  OpenAI (Organization)\t4\n  Sam Altman (Person)\t3\n"));
  CHECK(contains(result.output, "top entities by PageRank\n  "));
}

TEST_CASE("every query command documents its options") {
  for (const auto& [command, options] : std::vector<std::pair<std::string, std::vector<std::string>>>{
           {"query", {"--json", "--evidence", "--ontology"}},
           {"neighbors", {"--depth", "--predicate", "--type", "--formats", "--output", "--untyped"}},
           {"path", {"--directed", "--untyped", "--predicate", "--evidence"}},
           {"stats", {"--top", "--untyped"}}}) {
    const auto help = kg_run(command + " --help");
    CHECK(help.exit_code == 0);
    for (const auto& option : options) CHECK_MESSAGE(contains(help.output, option), command, " ", option);
  }
  CHECK(kg_run("query").exit_code == 2);
}
