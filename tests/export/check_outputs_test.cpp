// The shared output checker (dot, GraphML XSD + networkx + igraph + Gephi lint, jsonld.js in
// safe mode + rdflib, GEXF RELAX NG) passes on all five formats of the hard-case graph.
#include <doctest/doctest.h>

#include "export_fixture.hpp"
#include "kg/io/export.hpp"

using namespace kg;
using namespace kg::test;

TEST_CASE("check_outputs.sh passes on every format") {
  const auto shared = shared_dir();
  if (shared.empty()) {
    MESSAGE("skipped: KG_SHARED_DIR (" KG_SHARED_DIR ") is absent");
    return;
  }
  if (!have_tool("node") || !have_tool("dot") || !have_tool("xmllint")) {
    MESSAGE("skipped: check_outputs.sh needs node, dot and xmllint");
    return;
  }
  ScratchDir dir("check-outputs");
  io::write_all(sample_graph(), bundled_ontology(), dir.path(),
                {io::Format::Dot, io::Format::Svg, io::Format::GraphML, io::Format::Gexf, io::Format::JsonLd});
  const auto result = run_command("bash " + shell_quote((shared / "tools" / "check_outputs.sh").string()) + " " +
                          shell_quote(dir.path().string()));
  INFO(result.output);
  INFO(result.error);
  CHECK(result.exit_code == 0);
  const auto summary = result.output.rfind("SUMMARY");
  REQUIRE(summary != std::string::npos);
  const std::string line = result.output.substr(summary);
  MESSAGE(line);
  CHECK(line.find("gexf=PASS") != std::string::npos);
  CHECK(line.find("=> PASS") != std::string::npos);
}
