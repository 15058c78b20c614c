// The examples on the shared article: built once with `kg build`, then queried.
// Skipped with a message when the shared material is absent.
#include <doctest/doctest.h>

#include <sstream>
#include <vector>

#include "run_command.hpp"

using namespace kg::test;
namespace fs = std::filesystem;

namespace {

const fs::path article = shared_dir() / "corpus" / "huxiu-altman-qa-zh.txt";

// The article's graph as JSON-LD, built on first use; empty when the build failed.
std::string article_graph() {
  static TempDir dir("kg-query-article");
  static const std::string graph = [] {
    const auto built = run_command(shell_quote(kg_binary().string()) + " -q build " +
                                   shell_quote(article.string()) + " -o " + shell_quote(dir.path().string()) +
                                   " --formats jsonld --no-summary 2>&1");
    if (built.exit_code != 0) return std::string();
    return shell_quote((dir.path() / "graph.jsonld").string());
  }();
  return graph;
}

std::string kg_stdout(const std::string& arguments) {
  return run_command(shell_quote(kg_binary().string()) + " " + arguments + " 2>/dev/null").output;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

#define SKIP_WITHOUT_SHARED()                                                      \
  if (!fs::exists(article)) {                                                      \
    MESSAGE("skipped: " << article.string() << " is absent (needs ../shared)");   \
    return;                                                                        \
  }                                                                                \
  REQUIRE_MESSAGE(!article_graph().empty(), "kg build failed on the shared article")

}  // namespace

TEST_CASE("shared article: who is CEO of OpenAI, what Anthropic develops, through aliases") {
  SKIP_WITHOUT_SHARED();
  CHECK(kg_stdout("query " + article_graph() + " '?who ceoOf OpenAI'") == "?who\nSam Altman\n");
  CHECK(kg_stdout("query " + article_graph() + " 'Anthropic develops ?p'") == "?p\nClaude\n");
  CHECK(kg_stdout("query " + article_graph() + " '奥特曼 ceoOf ?o'") == "?o\nOpenAI\n");
}

TEST_CASE("shared article: three people study at universities") {
  SKIP_WITHOUT_SHARED();
  const auto rows = lines(kg_stdout("query " + article_graph() + " '?p studiesAt ?u'"));
  REQUIRE(rows.size() == 4);
  CHECK(rows[0] == "?p\t?u");
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const std::string person = rows[i].substr(0, rows[i].find('\t'));
    CHECK_MESSAGE((person == "Claire" || person == "Emmy" || person == "Keith Curry"), rows[i]);
  }
}

TEST_CASE("shared article: a two-pattern join and a path") {
  SKIP_WITHOUT_SHARED();
  CHECK(kg_stdout("query " + article_graph() + " '?p founderOf ?o . ?x leaderOf ?o'") ==
        "?p\t?o\t?x\nPaul Graham\tY Combinator\tSam Altman\n");
  CHECK(kg_stdout("path " + article_graph() + " 'Paul Graham' OpenAI") ==
        "Paul Graham -founderOf-> Y Combinator\n"
        "Y Combinator <-leaderOf- Sam Altman\n"
        "Sam Altman -ceoOf-> OpenAI\n");
}
