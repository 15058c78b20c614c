#include <doctest/doctest.h>

#include "kg/ontology/json_file.hpp"
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

// Found by fuzz_ontology (10-minute run): RapidJSON 1.1's full-precision parser passed 0 to
// clz for a zero significand with a large exponent. Numbers are now converted by kg.
TEST_CASE("JSON numbers are exact, whatever their form; out-of-range ones are refused") {
  const auto document_of = [](const std::string& json) {
    return JsonFile::parse(json, "n.json", ErrorKind::Data);
  };
  const JsonFile numbers = document_of("[0e+71, 0.0e-400, -0, 17, -17, 4294967296, -2147483649, 0.85, 1e-5, 18446744073709551615, 18446744073709551616]");
  const auto& a = numbers.root().GetArray();
  CHECK(a[0].GetDouble() == 0.0);
  CHECK(a[1].GetDouble() == 0.0);
  CHECK(a[2].IsInt());
  CHECK(a[3].GetInt() == 17);
  CHECK(a[3].IsUint());
  CHECK(a[4].GetInt() == -17);
  CHECK(a[5].GetUint64() == 4294967296ULL);
  CHECK(a[6].GetInt64() == -2147483649LL);
  CHECK(a[7].GetDouble() == 0.85);
  CHECK(a[8].GetDouble() == 1e-5);
  CHECK(a[9].GetUint64() == 18446744073709551615ULL);
  CHECK(a[10].GetDouble() == 18446744073709551616.0);  // beyond 64 bits: a double, as RapidJSON does
  CHECK(document_of("[1e-400]").root()[0].GetDouble() == 0.0);
  CHECK_THROWS_WITH_AS(document_of("{\"x\":\n 1e400}"), "n.json:2:2: invalid JSON: Number too big to be stored in double.",
                       SourceError);
  CHECK(error_of("{\"types\": 0e+71}").find("bad.json:1:") == 0);
}
