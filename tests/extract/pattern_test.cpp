#include <doctest/doctest.h>

#include <string>

#include "kg/text/source_error.hpp"
#include "pattern.hpp"
#include "rule_set.hpp"

using namespace kg;
using namespace kg::extract;

namespace {

const Ontology& ontology() {
  static const Ontology o = Ontology::load(KG_SOURCE_DIR "/data/ontology.json");
  return o;
}

std::string rule_error(const std::string& json) {
  try {
    RuleSet::parse(json, "rules.json", ontology());
  } catch (const SourceError& e) {
    CHECK(e.kind() == ErrorKind::Data);
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("a pattern compiles into literals, slots, gaps and anchors with the longest literal as trigger") {
  Pattern p;
  compile_pattern("{org:Organization}(的)?(首席执行官|CEO){*4}{p:Person new list}{end}", ontology(), p);
  REQUIRE(p.elements.size() == 6);
  CHECK(p.elements[1].optional);
  CHECK(p.trigger == 2);
  CHECK(p.elements[2].alternatives == std::vector<std::string>{"首席执行官", "ceo"});
  CHECK(p.elements[3].kind == ElementKind::Gap);
  CHECK(p.elements[3].max_gap == 4);
  REQUIRE(p.slots.size() == 2);
  CHECK(p.slots[1].discovers);
  CHECK(p.slots[1].list);
  CHECK(p.discovers);
}

TEST_CASE("pattern syntax errors name the problem and the character") {
  Pattern p;
  auto error = [&](const char* source) -> std::string {
    try {
      Pattern q;
      compile_pattern(source, ontology(), q);
    } catch (const PatternSyntaxError& e) {
      return e.what();
    }
    return "no error";
  };
  CHECK(error("{p:Person}是{o:Company}的CEO").find("unknown entity type \"Company\"") != std::string::npos);
  CHECK(error("{p:Person}(是|").find("not closed") != std::string::npos);
  CHECK(error("{p:Person}{o:Organization}").find("at least one required literal") != std::string::npos);
  CHECK(error("{p:Person}是{p:Organization}").find("appears twice") != std::string::npos);
  CHECK(error("{p:Person fast}是").find("unknown slot flag") != std::string::npos);
}

TEST_CASE("pattern files are validated against the ontology with file:line:col") {
  const std::string unknown_predicate = rule_error(R"({"patterns": [
    {"id": "a", "pattern": "{p:Person}是{o:Organization}的CEO",
     "predicate": "bossOf", "subject": "p", "object": "o"}
  ]})");
  CHECK(unknown_predicate.find("rules.json:3:") != std::string::npos);
  CHECK(unknown_predicate.find("unknown predicate \"bossOf\"") != std::string::npos);

  const std::string unknown_type = rule_error(R"({"patterns": [
    {"id": "a", "pattern": "{p:Human}是{o:Organization}的CEO", "predicate": "ceoOf", "subject": "p", "object": "o"}]})");
  CHECK(unknown_type.find("rules.json:2:") != std::string::npos);
  CHECK(unknown_type.find("unknown entity type \"Human\"") != std::string::npos);

  CHECK(rule_error(R"({"patterns": [{"id": "a", "pattern": "{p:Product}是{o:Organization}的CEO",
      "predicate": "ceoOf", "subject": "p", "object": "o"}]})").find("domain and range") != std::string::npos);
  CHECK(rule_error(R"({"patterns": [{"id": "a", "pattern": "{p:Person}是{o:Organization}的CEO",
      "predicate": "ceoOf", "subject": "q", "object": "o"}]})").find("names no slot") != std::string::npos);
  CHECK(rule_error(R"({"patterns": [{"id": "a", "pattern": "{p:Person}是{o:Organization}的CEO",
      "predicate": "relatedTo", "subject": "p", "object": "o"}]})").find("not a typed predicate") != std::string::npos);
  CHECK(rule_error(R"({"patterns": [], "pronoun": []})").find("unknown key \"pronoun\"") != std::string::npos);
  CHECK(rule_error(R"({"patterns": [{"id": "a", "pattern": "{p:Person}是{o:Organization}的CEO"}]})")
            .find("neither yields a relation nor discovers") != std::string::npos);
}

TEST_CASE("the bundled pattern folder loads") {
  const RuleSet rules = RuleSet::load(KG_SOURCE_DIR "/data/patterns", ontology());
  CHECK(rules.patterns().size() > 50);
  CHECK(rules.is_stopword("ai"));
  CHECK(rules.is_han_surname("陈"));
}
