#include <doctest/doctest.h>

#include "kg/query/lookup.hpp"
#include "sample_graph.hpp"

using namespace kg;
using namespace kg::query;

TEST_CASE("entities are found by name or alias, in any spelling the name key ignores") {
  const testing::SampleGraph s;
  CHECK(require_entity(s.graph, "奥特曼") == s.sam);
  CHECK(require_entity(s.graph, "sam-altman") == s.sam);
  CHECK(require_entity(s.graph, "YC") == s.yc);
  CHECK(require_entities(s.graph, "Y Combinator") == std::vector<Vertex>{s.yc});
}

TEST_CASE("an unknown name throws UnknownEntity offering the closest names") {
  const testing::SampleGraph s;
  try {
    require_entity(s.graph, "Sam Altmann");
    FAIL("expected UnknownEntity");
  } catch (const UnknownEntity& e) {
    CHECK(e.name() == "Sam Altmann");
    REQUIRE_FALSE(e.suggestions().empty());
    CHECK(e.suggestions().front() == "Sam Altman");
    CHECK(std::string(e.what()).rfind("no entity named \"Sam Altmann\"; closest names: \"Sam Altman\"", 0) == 0);
  }
}

TEST_CASE("closest names: typos, parts of names and aliases; nothing for unrelated words") {
  const testing::SampleGraph s;
  CHECK(closest_names(s.graph, "OpenAl").front() == "OpenAI");
  CHECK(closest_names(s.graph, "Altman").front() == "Sam Altman");
  CHECK(closest_names(s.graph, "Altmn").front() == "Sam Altman");          // a typo in a part
  CHECK(closest_names(s.graph, "Combinatr").front() == "Y Combinator");
  CHECK(closest_names(s.graph, "斯坦").front() == "Stanford University");   // part of an alias
  CHECK(closest_names(s.graph, "Combinator").front() == "Y Combinator");
  CHECK(closest_names(s.graph, "zzzzzzzzzz").empty());
  CHECK(closest_names(s.graph, "Claud", 1) == std::vector<std::string>{"Claude"});
  CHECK(closest_names(s.graph, "Dan", 5).size() <= 5);
  try {
    require_entity(s.graph, "qqqqqqqq");
    FAIL("expected UnknownEntity");
  } catch (const UnknownEntity& e) {
    CHECK(std::string(e.what()) == "no entity named \"qqqqqqqq\"");
  }
}
