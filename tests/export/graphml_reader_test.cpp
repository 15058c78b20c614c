#include <doctest/doctest.h>

#include "export_fixture.hpp"
#include "kg/io/import.hpp"
#include "kg/text/source_error.hpp"

using namespace kg;
using namespace kg::test;

TEST_CASE("GraphML reader: a file written by networkx loads with what it has") {
  ScratchDir dir("graphml-foreign");
  const auto path = dir / "foreign.graphml";
  const std::string script =
      "import sys\n"
      "try:\n"
      "    import networkx as nx\n"
      "except ImportError as missing:\n"
      "    sys.exit(f'skipped: {missing}')\n"
      "G = nx.Graph()\n"
      "G.add_node('a', label='Ada <Lovelace>', type='Person')\n"
      "G.add_node('b', label='Analytical Engine')\n"
      "G.add_node('c')\n"
      "G.add_edge('a', 'b', label='develops', weight=2.5)\n"
      "G.add_edge('b', 'c')\n"
      "nx.write_graphml(G, sys.argv[1])\n";
  write_file(dir / "make.py", script);
  const auto made = run_command("/usr/bin/python3 " + shell_quote((dir / "make.py").string()) + " " +
                        shell_quote(path.string()));
  if (made.error.rfind("skipped:", 0) == 0 || !have_tool("/usr/bin/python3")) {
    MESSAGE(made.error);
    return;
  }
  INFO(made.error);
  REQUIRE(made.exit_code == 0);
  REQUIRE(read_file(path).find("edgedefault=\"undirected\"") != std::string::npos);

  const KnowledgeGraph graph = io::read_graph(path, bundled_ontology());
  REQUIRE(graph.entity_count() == 3);
  const auto a = graph.find_by_id("a");
  const auto b = graph.find_by_id("b");
  const auto c = graph.find_by_id("c");
  REQUIRE((a && b && c));
  CHECK(graph.entity(*a).name == "Ada <Lovelace>");
  CHECK(graph.entity(*a).type == "Person");
  CHECK(graph.entity(*b).type == "Concept");   // no type: the documented default
  CHECK(graph.entity(*c).name == "c");          // no label: the node id
  const auto develops = graph.find_relation(*a, "develops", *b);
  REQUIRE(develops);
  CHECK(graph.relation(*develops).weight == 2.5);
  const auto related = graph.find_relation(*b, "relatedTo", *c);
  REQUIRE(related);
  CHECK(graph.relation(*related).weight == 1.0);
}

TEST_CASE("GraphML reader: key defaults, CDATA, comments and character references") {
  ScratchDir dir("graphml-xml");
  write_file(dir / "g.graphml", R"(<?xml version="1.0"?>
<!-- written by hand -->
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="k0" for="node" attr.name="type" attr.type="string"><default>Organization</default></key>
  <key id="k1" for="node" attr.name="label" attr.type="string"/>
  <key id="k2" for="edge" attr.name="label" attr.type="string"/>
  <key id="k3" for="edge" attr.name="evidence" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="x"><data key="k1"><![CDATA[A & <B>]]> &#x1F680;&#20013;</data></node>
    <node id="y"><?pi ignored?><data key="k1">Y&apos;s &quot;lab&quot;</data><data key="k0">Place</data></node>
    <edge source="x" target="y"><data key="k2">locatedIn</data><data key="k3">x is in y</data></edge>
  </graph>
</graphml>
)");
  const KnowledgeGraph graph = io::read_graphml(dir / "g.graphml", bundled_ontology());
  REQUIRE(graph.entity_count() == 2);
  CHECK(graph.entity(0).name == "A & <B> 🚀中");
  CHECK(graph.entity(0).type == "Organization");
  CHECK(graph.entity(1).name == "Y's \"lab\"");
  CHECK(graph.entity(1).type == "Place");
  const auto edge = graph.find_relation(0, "locatedIn", 1);
  REQUIRE(edge);
  // Plain evidence text is attributed to the GraphML file itself.
  REQUIRE(graph.relation(*edge).evidence.size() == 1);
  CHECK(graph.relation(*edge).evidence.front().sentence == "x is in y");
  REQUIRE(graph.documents().size() == 1);
  CHECK(graph.documents()[0].name == (dir / "g.graphml").string());
}

TEST_CASE("GraphML reader: errors name the file, line and column") {
  ScratchDir dir("graphml-errors");
  const auto check_error = [&](const std::string& content, const std::string& problem, std::size_t line,
                               std::size_t column) {
    write_file(dir / "bad.graphml", content);
    try {
      io::read_graphml(dir / "bad.graphml", bundled_ontology());
      FAIL("no error for: " << content);
    } catch (const SourceError& e) {
      INFO(std::string(e.what()));
      CHECK(e.kind() == ErrorKind::Input);
      CHECK(e.file() == (dir / "bad.graphml").string());
      CHECK(e.where().line == line);
      CHECK(e.where().column == column);
      CHECK(e.problem().find(problem) != std::string::npos);
    }
  };
  const std::string head = "<graphml>\n<key id=\"m\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>\n<graph>\n";
  check_error(head + "<node id=\"a\"/>\n<edge source=\"a\" target=\"zz\"/>\n</graph></graphml>",
              "unknown node \"zz\"", 5, 1);
  check_error(head + "  <node id=\"a\"><data key=\"m\">many</data></node>\n</graph></graphml>",
              "mentions must be a non-negative integer", 4, 16);
  check_error(head + "<node id=\"a\"/><node id=\"a\"/>\n</graph></graphml>", "duplicate node id", 4, 15);
  check_error(head + "<node id=\"a\">\n</graph></graphml>", "does not match", 5, 1);
  check_error(head + "<node id=\"a\" x=\"&bogus;\"/></graph></graphml>", "unknown entity &bogus;", 4, 17);
  check_error("<notgraphml/>", "expected a <graphml> root", 1, 1);
  check_error("", "no root element", 1, 1);
  check_error(head + "<node/></graph></graphml>", "needs a id attribute", 4, 1);
}
