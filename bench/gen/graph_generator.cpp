#include "graph_generator.hpp"

#include <array>
#include <stdexcept>

namespace kg::bench {
namespace {

enum Type { Person, Organization, Product };

struct PredicateShape {
  const char* name;
  const char* label;  // for the evidence sentence
  Type subject, object;
  bool symmetric;
};

// Predicates of data/ontology.json with a domain and range the generated types satisfy.
constexpr std::array<PredicateShape, 11> kPredicates{{
    {"ceoOf", "is the CEO of", Person, Organization, false},
    {"founderOf", "founded", Person, Organization, false},
    {"worksFor", "works at", Person, Organization, false},
    {"memberOf", "joined the board of", Person, Organization, false},
    {"develops", "released", Organization, Product, false},
    {"uses", "uses", Person, Product, false},
    {"acquired", "acquired", Organization, Organization, false},
    {"investsIn", "invested in", Organization, Organization, false},
    {"partnerOf", "partnered with", Organization, Organization, true},
    {"competesWith", "competes with", Product, Product, true},
    {"relatedTo", "and", Person, Organization, true},
}};

Type type_of(std::size_t index) {
  const auto r = index % 10;  // 40% people, 40% organisations, 20% products
  return r < 4 ? Person : r < 8 ? Organization : Product;
}

// The index of an entity of `type` near `rank` (ranks are Zipf-drawn, types interleave).
std::size_t entity_of(Type type, std::size_t rank, std::size_t entities) {
  static constexpr std::size_t kFirst[] = {0, 4, 8};
  static constexpr std::size_t kSpan[] = {4, 4, 2};
  const std::size_t base = (rank / 10) * 10 + kFirst[type] + rank % kSpan[type];
  return base < entities ? base : kFirst[type] + rank % kSpan[type];
}

}  // namespace

KnowledgeGraph generate_graph(const Vocabulary& vocabulary, const GraphShape& shape) {
  if (shape.entities < 10) throw std::invalid_argument("a generated graph needs at least 10 entities");
  KnowledgeGraph graph;
  const std::size_t max_attempts = shape.relations * 4 + 1000;
  // Evidence offsets are laid end to end in one imaginary document long enough for all.
  const DocumentId document = graph.add_document({"synthetic", max_attempts * 256});
  Random random(shape.seed);
  static constexpr const char* kTypeNames[] = {"Person", "Organization", "Product"};
  std::vector<Vertex> vertices(shape.entities);
  for (std::size_t i = 0; i < shape.entities; ++i) {
    const Type type = type_of(i);
    const NameKind kind = type == Person ? (i % 3 ? NameKind::PersonEn : NameKind::PersonZh)
                          : type == Organization ? (i % 3 ? NameKind::OrganizationEn : NameKind::OrganizationZh)
                                                 : NameKind::Product;
    vertices[i] = graph.add_entity(vocabulary.name(kind, i), kTypeNames[type]);
    graph.add_mentions(vertices[i], 1 + static_cast<std::uint32_t>(random.below(50)));
    if (type == Organization && random.chance(0.2))  // a short form, as press often writes
      graph.add_alias(vertices[i], graph.entity(vertices[i]).name.substr(0, graph.entity(vertices[i]).name.find(' ')));
  }
  const Zipf zipf(shape.entities, 0.8);
  std::uint64_t offset = 0;
  for (std::size_t attempt = 0; graph.relation_count() < shape.relations && attempt < max_attempts; ++attempt) {
    const PredicateShape& p = kPredicates[random.below(kPredicates.size())];
    const std::size_t s = entity_of(p.subject, zipf(random), shape.entities);
    const std::size_t o = entity_of(p.object, random.below(shape.entities), shape.entities);
    if (s == o) continue;
    Evidence evidence;
    evidence.document = document;
    evidence.sentence = graph.entity(vertices[s]).name + " " + p.label + " " + graph.entity(vertices[o]).name + ".";
    evidence.begin = offset;
    evidence.end = offset + evidence.sentence.size();
    offset = evidence.end + 1;
    evidence.rule = p.symmetric && p.subject != p.object ? "cooccurrence" : std::string("gen.") + p.name;
    evidence.confidence = 0.5 + 0.5 * random.unit();
    graph.add_relation(vertices[s], p.name, vertices[o], std::move(evidence), p.symmetric);
  }
  if (graph.relation_count() < shape.relations)
    throw std::invalid_argument("too many relations for so few entities");
  return graph;
}

}  // namespace kg::bench
