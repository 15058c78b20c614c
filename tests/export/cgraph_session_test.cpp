// The graphs kg lays out for SVG: read from DOT text with object ids that follow the text.
// cgraph's default ids are the addresses of the names, and the dot layout orders by id in
// places, so the same graph could come out differently depending on the heap.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "cgraph_session.hpp"

using namespace kg::io::detail;

TEST_CASE("node ids follow the order of the DOT text, whatever the heap holds") {
  std::string dot = "digraph g {\n";
  for (int i = 0; i < 50; ++i) dot += "\t\"node " + std::to_string(49 - i) + "\";\n";
  dot += "\t\"node 0\" -> \"node 1\";\n}\n";
  for (int round = 0; round < 2; ++round) {
    std::vector<std::unique_ptr<char[]>> clutter;  // a different heap for the second reading
    for (int i = 0; i < 1000 * round; ++i) clutter.push_back(std::make_unique<char[]>(16 + i % 64));
    CgraphSession session;
    GraphHandle graph(session.read_dot(dot));
    IDTYPE previous = AGID(graph.get());
    int count = 0;
    for (Agnode_t* node = agfstnode(graph.get()); node; node = agnxtnode(graph.get(), node), ++count) {
      CHECK(std::string(agnameof(node)) == "node " + std::to_string(49 - count));
      CHECK(AGID(node) > previous);
      CHECK(AGID(node) < 1000);  // small numbers, not addresses
      previous = AGID(node);
    }
    CHECK(count == 50);
    CHECK(agedge(graph.get(), agnode(graph.get(), const_cast<char*>("node 0"), 0),
                 agnode(graph.get(), const_cast<char*>("node 1"), 0), nullptr, 0) != nullptr);
  }
}
