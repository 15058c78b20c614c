// End to end: `kg build` on the shared article and on the bundled sample, every export
// checked by the tool its users open it with.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "run_command.hpp"

using namespace kg::test;
namespace fs = std::filesystem;

namespace {

const char* kPython = "/usr/bin/python3";

// Builds the graph of `input` into `outdir` with every format; returns the summary.
std::string build(const fs::path& input, const fs::path& outdir) {
  const auto result = run_command(shell_quote(kg_binary().string()) + " -q build " +
                                  shell_quote(input.string()) + " -o " + shell_quote(outdir.string()));
  REQUIRE_MESSAGE(result.exit_code == 0, result.output);
  for (const char* ext : {"dot", "svg", "graphml", "gexf", "jsonld"})
    REQUIRE_MESSAGE(fs::exists(outdir / (std::string("graph.") + ext)), ext);
  return result.output;
}

}  // namespace

TEST_CASE("the shared article yields the core entities and Sam Altman ceoOf OpenAI") {
  if (!have_shared()) {
    MESSAGE("skipped: ../shared is absent (the shared article and gold file live there)");
    return;
  }
  TempDir out("kg-e2e");
  const fs::path article = shared_dir() / "corpus" / "huxiu-altman-qa-zh.txt";
  const std::string summary = build(article, out.path());
  CHECK(summary.find("entities by type") != std::string::npos);

  // rdflib reads the JSON-LD; the six entities carry the right types and the relation its evidence.
  const std::string script = R"PY(
import sys, rdflib
from rdflib.namespace import RDF
g = rdflib.Graph(); g.parse(sys.argv[1], format="json-ld")
SCHEMA = rdflib.URIRef("https://schema.org/name")
def local(x): return str(x).replace("#", "/").rsplit("/", 1)[-1]
by_name = {str(o): s for s, o in g.subject_objects(SCHEMA)}
for name, t in [("OpenAI","Organization"),("Codex","Product"),("Gemini","Product"),("Claude","Product"),
                ("Paul Graham","Person"),("Sam Altman","Person")]:
    node = by_name.get(name)
    types = {local(o) for o in g.objects(node, RDF.type)} if node else set()
    print(name, "found" if node is not None else "missing", "typed" if t in types else "untyped")
sam, openai = by_name.get("Sam Altman"), by_name.get("OpenAI")
ceo = [p for p in g.predicates(sam, openai) if local(p) == "ceoOf"]
print("ceoOf", "yes" if ceo else "no")
ev = [st for st in g.subjects(RDF.subject, sam) if g.value(st, RDF.object) == openai
      and local(g.value(st, RDF.predicate)) == "ceoOf"]
texts = [str(o) for st in ev for p, o in g.predicate_objects(st) if "evidence" in local(p).lower()]
print("evidence", "yes" if any("首席执行官" in t for t in texts) else "no")
)PY";
  const fs::path check = out.path() / "check.py";
  std::ofstream(check) << script;
  const auto result = run_command(std::string(kPython) + " " + shell_quote(check.string()) + " " +
                                  shell_quote((out.path() / "graph.jsonld").string()) + " 2>&1");
  REQUIRE_MESSAGE(result.exit_code == 0, result.output);
  for (const char* name : {"OpenAI", "Codex", "Gemini", "Claude", "Paul Graham", "Sam Altman"})
    CHECK_MESSAGE(result.output.find(std::string(name) + " found typed") != std::string::npos, result.output);
  CHECK_MESSAGE(result.output.find("ceoOf yes") != std::string::npos, result.output);
  CHECK_MESSAGE(result.output.find("evidence yes") != std::string::npos, result.output);

  // The official scorer parses the export and sees every scored relation with evidence.
  const auto score = run_command(std::string(kPython) + " " +
                                 shell_quote((shared_dir() / "eval" / "score.py").string()) + " " +
                                 shell_quote((shared_dir() / "eval" / "gold" / "huxiu-altman-qa-zh.gold.json").string()) +
                                 " " + shell_quote((out.path() / "graph.jsonld").string()) + " --text " +
                                 shell_quote(article.string()) + " --json 2>&1");
  REQUIRE_MESSAGE(score.exit_code == 0, score.output);
  MESSAGE("score.py: " << score.output);
  const auto with_evidence = score.output.find("\"with_evidence\": \"");
  REQUIRE(with_evidence != std::string::npos);
  const std::string fraction = score.output.substr(with_evidence + 18, score.output.find('"', with_evidence + 18) - with_evidence - 18);
  const auto slash = fraction.find('/');
  CHECK_MESSAGE(fraction.substr(0, slash) == fraction.substr(slash + 1), "every relation needs evidence: " << fraction);

  // Every export passes the real tools (Graphviz, xmllint + GraphML XSD, networkx, igraph,
  // Gephi's import rules, jsonld.js in safe mode and rdflib, GEXF RELAX NG).
  const auto checked = run_command("bash " + shell_quote((shared_dir() / "tools" / "check_outputs.sh").string()) +
                                   " " + shell_quote(out.path().string()) + " 2>&1");
  CHECK_MESSAGE(checked.exit_code == 0, checked.output);
  CHECK(checked.output.find("=> PASS") != std::string::npos);
}

TEST_CASE("the bundled sample renders with Graphviz without a warning and validates") {
  TempDir out("kg-e2e-sample");
  build(fs::path(KG_SOURCE_DIR) / "data" / "sample" / "altman-openai-sample.txt", out.path());
  if (have_tool("dot")) {
    const auto dot = run_command("dot -Tsvg " + shell_quote((out.path() / "graph.dot").string()) +
                                 " -o /dev/null 2>&1");
    CHECK(dot.exit_code == 0);
    CHECK_MESSAGE(dot.output.empty(), dot.output);
  }
  CHECK(read_file(out.path() / "graph.svg").find("<svg") != std::string::npos);
  if (have_tool("xmllint") && have_shared()) {
    const auto xsd = run_command("xmllint --noout --nonet --schema " +
                                 shell_quote((shared_dir() / "schemas" / "graphml" / "graphml.xsd").string()) + " " +
                                 shell_quote((out.path() / "graph.graphml").string()) + " 2>&1");
    CHECK_MESSAGE(xsd.exit_code == 0, xsd.output);
    const auto rng = run_command("xmllint --noout --nonet --relaxng " +
                                 shell_quote((shared_dir() / "schemas" / "gexf" / "gexf.rng").string()) + " " +
                                 shell_quote((out.path() / "graph.gexf").string()) + " 2>&1");
    CHECK_MESSAGE(rng.exit_code == 0, rng.output);
  }
  const auto nx = run_command(std::string(kPython) +
                              " -c 'import sys, networkx as nx, igraph; g = nx.read_graphml(sys.argv[1]); "
                              "h = igraph.Graph.Read_GraphML(sys.argv[1]); "
                              "print(g.number_of_nodes() == h.vcount() and g.number_of_nodes() > 5)' " +
                              shell_quote((out.path() / "graph.graphml").string()) + " 2>&1");
  CHECK_MESSAGE(nx.output.find("True") != std::string::npos, nx.output);
}
