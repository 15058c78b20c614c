#include <doctest/doctest.h>

#include "kg/ontology/ontology.hpp"
#include "kg/text/source_error.hpp"

using namespace kg;

namespace {
std::string error_of(const std::string& json) {
  try {
    Ontology::parse(json, "bad.json");
  } catch (const SourceError& e) {
    CHECK(e.kind() == ErrorKind::Data);
    return e.what();
  }
  return "no error";
}
}  // namespace

TEST_CASE("the bundled ontology holds the vocabulary's types and predicates") {
  const Ontology o = Ontology::load(KG_SOURCE_DIR "/data/ontology.json");
  for (const char* t : {"Person", "Organization", "Product", "Place", "Concept", "Work"})
    CHECK_MESSAGE(o.type(t) != nullptr, t);
  for (const char* p : {"ceoOf", "ctoOf", "founderOf", "leaderOf", "worksFor", "memberOf", "studiesAt",
                        "develops", "partOf", "builtOn", "uses", "competesWith", "investsIn", "acquired",
                        "partnerOf", "authorOf", "editorOf", "publisherOf", "locatedIn"})
    CHECK_MESSAGE(o.predicate(p) != nullptr, p);
  const Predicate& ceo = *o.predicate("ceoOf");
  CHECK(Ontology::admits(ceo, "Person", "Organization"));
  CHECK_FALSE(Ontology::admits(ceo, "Organization", "Person"));
  CHECK(o.predicate("competesWith")->symmetric);
  CHECK_FALSE(o.predicate("relatedTo")->typed);
  CHECK(o.expand("schema:Person") == "https://schema.org/Person");
  CHECK(o.expand(o.predicate("worksFor")->equivalent) == "https://schema.org/worksFor");
}

TEST_CASE("malformed ontology files are refused with file, line, column and problem") {
  CHECK(error_of("{\n  \"types\": [\n") .find("bad.json:3:1: invalid JSON") == 0);
  CHECK(error_of("{\"types\": [], \"predicates\": [], \"typo\": 1}").find("unknown key \"typo\"") != std::string::npos);
  const std::string unknown = error_of(
      "{\"prefixes\": {\"schema\": \"https://schema.org/\"},\n"
      " \"types\": [{\"name\": \"Person\", \"equivalent\": \"schema:Person\", \"color\": \"#000000\"}],\n"
      " \"predicates\": [\n   {\"name\": \"ceoOf\", \"domain\": \"Persn\"}]}");
  CHECK(unknown.find("bad.json:4:") == 0);
  CHECK(unknown.find("unknown type \"Persn\" in domain") != std::string::npos);
  CHECK(error_of("{\"types\": [{\"name\": \"A\", \"equivalent\": \"x:A\", \"color\": \"#000000\"}], \"predicates\": []}")
            .find("declared prefix") != std::string::npos);
  CHECK(error_of("{\"types\": [{\"name\": \"A\", \"equivalent\": \"A\", \"color\": \"red\"}], \"predicates\": []}")
            .find("must be a CURIE") != std::string::npos);
}

TEST_CASE("a missing ontology file names the file") {
  CHECK_THROWS_WITH_AS(Ontology::load("/nonexistent/o.json"),
                       "/nonexistent/o.json: cannot open file for reading", SourceError);
}

TEST_CASE("hex colours parse strictly") {
  RgbColor c;
  CHECK(parse_hex_color("#4E79A7", c));
  CHECK(c.r == 0x4E);
  CHECK(c.b == 0xA7);
  CHECK_FALSE(parse_hex_color("#4E79A", c));
  CHECK_FALSE(parse_hex_color("4E79A7f", c));
}
