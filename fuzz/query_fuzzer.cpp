// Arbitrary bytes as a query pattern, run against a small graph: a QueryError (syntax,
// unknown predicate or type), an UnknownEntity, or a result.
#include "kg/query/engine.hpp"
#include "kg/query/lookup.hpp"
#include "kg/query/pattern.hpp"
#include "kg/query/query_error.hpp"

namespace {
struct Fixture {
  kg::Ontology ontology = kg::Ontology::load(KG_SOURCE_DATADIR "/ontology.json");
  kg::KnowledgeGraph graph;
  Fixture() {
    const auto sam = graph.add_entity("Sam Altman", "Person");
    graph.add_alias(sam, "奥特曼");
    const auto openai = graph.add_entity("OpenAI", "Organization");
    const auto codex = graph.add_entity("Codex", "Product");
    kg::Evidence evidence;
    evidence.sentence = "OpenAI首席执行官山姆·奥特曼";
    evidence.rule = "fuzz";
    evidence.end = 10;
    graph.add_relation(sam, "ceoOf", openai, evidence);
    graph.add_relation(openai, "develops", codex, evidence);
  }
};
const Fixture& fixture() {
  static const Fixture instance;
  return instance;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    kg::query::run_query(fixture().graph, fixture().ontology, text);
  } catch (const kg::query::QueryError&) {
  } catch (const kg::query::UnknownEntity&) {
  }
  return 0;
}
