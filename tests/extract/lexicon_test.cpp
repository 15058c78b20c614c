#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "document_text.hpp"
#include "kg/text/source_error.hpp"
#include "lexicon.hpp"

using namespace kg;
using namespace kg::extract;

namespace {

const Ontology& ontology() {
  static const Ontology o = Ontology::load(KG_SOURCE_DIR "/data/ontology.json");
  return o;
}

const Lexicon& lexicon() {
  static const Lexicon l = Lexicon::parse(R"({"entities": [
    {"name": "X", "type": "Product", "exact_aliases": ["X"]},
    {"name": "Claude", "type": "Product"},
    {"name": "Gemini", "type": "Product"},
    {"name": "Paul Graham", "type": "Person"},
    {"name": "Y Combinator", "type": "Organization", "exact_aliases": ["YC"]},
    {"name": "OpenAI", "type": "Organization"},
    {"name": "GPT-5", "type": "Product"},
    {"name": "GPT-5.2", "type": "Product"},
    {"name": "New York", "type": "Place"},
    {"name": "New York Times", "type": "Organization"},
    {"name": "Wang Xing", "type": "Person", "aliases": ["王兴"]},
    {"name": "Meituan", "type": "Organization", "aliases": ["美团"]},
    {"name": "Loom", "type": "Product", "exact_aliases": ["Loom"]}
  ]})", "test-lexicon.json", ontology());
  return l;
}

// The surface forms the lexicon finds in `text`, in order.
std::vector<std::string> found(const std::string& text) {
  const DocumentText doc(text);
  std::vector<Mention> mentions;
  lexicon().find(doc, mentions);
  std::vector<std::string> out;
  for (const auto& m : mentions) out.emplace_back(doc.slice(m.begin, m.end));
  return out;
}

std::string load_error(const std::string& json) {
  try {
    Lexicon::parse(json, "lex.json", ontology());
  } catch (const SourceError& e) {
    CHECK(e.kind() == ErrorKind::Data);
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("a Han person's name whose last character repeats is a longer name") {
  CHECK(found("王兴兴创办了宇树") == std::vector<std::string>{});
  CHECK(found("王兴创办了美团") == std::vector<std::string>{"王兴", "美团"});
  CHECK(found("美团团购") == std::vector<std::string>{"美团"});  // organisations go on matching
}

TEST_CASE("Latin aliases match case- and space-insensitively") {
  CHECK(found("PaulGraham和YCombinator") == std::vector<std::string>{"PaulGraham", "YCombinator"});
  CHECK(found("paul graham met openai") == std::vector<std::string>{"paul graham", "openai"});
}

TEST_CASE("Latin aliases match only on word boundaries") {
  CHECK(found("Xbox and Claudette").empty());
  CHECK(found("the Claude model") == std::vector<std::string>{"Claude"});
  // Han characters next to a Latin name are a boundary.
  CHECK(found("奥特曼在X平台发文") == std::vector<std::string>{"X"});
  // A version glued to a name still finds the name; a single letter needs clean edges.
  CHECK(found("Gemini3的发布") == std::vector<std::string>{"Gemini"});
  CHECK(found("X2 and 2X").empty());
  // A glued acronym ("OpenAICEO") and CamelCase joins are boundaries.
  CHECK(found("OpenAICEO的身份") == std::vector<std::string>{"OpenAI"});
  // An exact form (an ordinary word written as a name) never ends a glued word.
  CHECK(found("the GeoLoom SDK").empty());
  CHECK(found("we use Loom daily") == std::vector<std::string>{"Loom"});
}

TEST_CASE("exact aliases match only as written") {
  CHECK(found("YC创始人") == std::vector<std::string>{"YC"});
  CHECK(found("yc创始人").empty());
  CHECK(found("x平台").empty());
}

TEST_CASE("the longest match wins and versions are kept whole") {
  CHECK(found("New York Times reported") == std::vector<std::string>{"New York Times"});
  CHECK(found("GPT-5.2水平") == std::vector<std::string>{"GPT-5.2"});
  CHECK(found("GPT-5在写作上") == std::vector<std::string>{"GPT-5"});
  // "GPT-5" is not found inside an unknown longer version.
  CHECK(found("GPT-5.3 is out").empty());
}

TEST_CASE("a malformed lexicon is refused with its position") {
  const std::string unknown_type = load_error(R"({"entities": [
  {"name": "Acme", "type": "Company"}
]})");
  CHECK(unknown_type.find("lex.json:2:") != std::string::npos);
  CHECK(unknown_type.find("unknown entity type \"Company\"") != std::string::npos);
  const std::string unknown_key = load_error(R"({"entities": [{"name": "Acme", "type": "Organization", "alias": []}]})");
  CHECK(unknown_key.find("lex.json:1:") != std::string::npos);
  CHECK(unknown_key.find("unknown key \"alias\"") != std::string::npos);
  CHECK(load_error(R"({"entities": [{"type": "Person"}]})").find("missing required key \"name\"") != std::string::npos);
  CHECK(load_error("{\"entities\": [}").find("invalid JSON") != std::string::npos);
}
