// JSON-LD 1.1 with an inline context of explicit term definitions (no @vocab, nothing
// remote). Each relation appears as a property from subject to object, as a kg:Relation node
// holding its weight, and as one rdf:Statement node per evidence record.
#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "iri.hpp"
#include "jsonld_terms.hpp"
#include "kg/io/export.hpp"
#include "output_buffer.hpp"
#include "record_json.hpp"
#include "type_style.hpp"
#include "xml_text.hpp"

namespace kg::io {

namespace {

namespace t = detail::jsonld;

struct TermDefinition {
  const char* term;
  const char* iri;
  const char* type;  // nullptr for plain literals
};

constexpr TermDefinition kTerms[] = {
    {t::kName, "schema:name", nullptr},
    {t::kAlternateName, "schema:alternateName", nullptr},
    {t::kIdentifier, "schema:identifier", nullptr},
    {t::kMentions, "kg:mentions", "xsd:integer"},
    {t::kMergeNote, "kg:mergeNote", nullptr},
    {t::kCodePoints, "kg:codePoints", "xsd:integer"},
    {t::kGenerator, "kg:generator", nullptr},
    {t::kOntologyVersion, "kg:ontologyVersion", nullptr},
    {t::kEntityCount, "kg:entityCount", "xsd:integer"},
    {t::kRelationCount, "kg:relationCount", "xsd:integer"},
    {t::kIsBasedOn, "schema:isBasedOn", "@id"},
    {t::kWasDerivedFrom, "prov:wasDerivedFrom", "@id"},
    {t::kSubject, "rdf:subject", "@id"},
    {t::kPredicate, "rdf:predicate", "@id"},
    {t::kObject, "rdf:object", "@id"},
    {t::kWeight, "kg:weight", "xsd:double"},
    {t::kConfidence, "kg:confidence", "xsd:double"},
    {t::kHasEvidence, "kg:hasEvidence", "@id"},
    {t::kEvidenceText, "kg:evidenceText", nullptr},
    {t::kStartOffset, "kg:startOffset", "xsd:integer"},
    {t::kEndOffset, "kg:endOffset", "xsd:integer"},
    {t::kRule, "kg:rule", nullptr},
};

// Prefixes every kg JSON-LD file relies on, used when the ontology does not declare them.
const std::map<std::string, std::string> kStandardPrefixes{
    {"schema", "https://schema.org/"},
    {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
    {"prov", "http://www.w3.org/ns/prov#"},
    {"xsd", "http://www.w3.org/2001/XMLSchema#"},
};

bool is_reserved_term(std::string_view name) {
  if (kStandardPrefixes.count(std::string(name)) || name == "kg") return true;
  for (const auto& def : kTerms)
    if (name == def.term) return true;
  return false;
}

// A predicate gets a term of its own when its name is a plain identifier that collides with
// nothing else in the context; other predicates are written as full IRIs.
bool can_be_term(std::string_view name, const std::map<std::string, std::string>& prefixes) {
  if (name.empty() || is_reserved_term(name) || prefixes.count(std::string(name))) return false;
  const auto c0 = static_cast<unsigned char>(name[0]);
  if (!std::isalpha(c0) && c0 != '_') return false;
  for (const char c : name)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') return false;
  return true;
}

class JsonLdWriter {
 public:
  JsonLdWriter(const KnowledgeGraph& graph, const Ontology& ontology, const ExportOptions& options,
               detail::OutputBuffer& buffer)
      : graph_(graph), ontology_(ontology), options_(options), out_(buffer), styles_(ontology) {
    out_.SetIndent(' ', 2);
    prefixes_ = kStandardPrefixes;
    for (const auto& [prefix, iri] : ontology.prefixes()) prefixes_[prefix] = iri;
    if (!prefixes_.count("kg")) prefixes_["kg"] = options.base_iri + "vocab#";
    collect_predicates();
    entity_iris_.reserve(graph.entity_count());
    for (std::size_t v = 0; v < graph.entity_count(); ++v)
      entity_iris_.push_back(options.base_iri + "entity/" + detail::iri_segment(graph.entity(v).id));
    for (std::size_t d = 0; d < graph.documents().size(); ++d) document_iris_.push_back(document_iri(d));
  }

  void write() {
    out_.StartObject();
    key("@context");
    write_context();
    key("@graph");
    out_.StartArray();
    write_dataset();
    for (std::size_t d = 0; d < graph_.documents().size(); ++d) write_document(d);
    for (std::size_t v = 0; v < graph_.entity_count(); ++v) write_entity(v);
    std::size_t index = 0;
    for (const auto edge : boost::make_iterator_range(boost::edges(graph_.graph())))
      if (included(graph_.predicate(edge))) write_relation(edge, index++);
    out_.EndArray();
    out_.EndObject();
  }

 private:
  void key(std::string_view name) { out_.Key(name.data(), static_cast<rapidjson::SizeType>(name.size())); }
  void string(std::string_view text) {
    std::string storage;
    const std::string_view valid = detail::valid_utf8(text, storage);
    out_.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
  }
  void member(std::string_view name, std::string_view value) {
    key(name);
    string(value);
  }
  void id_member(std::string_view iri) { member("@id", iri); }

  bool included(std::string_view predicate) { return options_.include_untyped || styles_.typed(predicate); }

  // Ontology predicates first (a stable context), then the others the graph uses.
  void collect_predicates() {
    std::set<std::string, std::less<>> seen;
    for (const auto& p : ontology_.predicates())
      if (seen.insert(p.name).second) predicates_.push_back(p.name);
    // Then the graph's other predicates, in the order of their first relation (each looked at once).
    std::vector<bool> used(graph_.predicate_count(), false);
    for (const auto edge : boost::make_iterator_range(boost::edges(graph_.graph()))) {
      const PredicateId id = graph_.graph()[edge].predicate;
      if (used[id]) continue;
      used[id] = true;
      const std::string_view predicate = graph_.predicate_name(id);
      if (included(predicate) && seen.emplace(predicate).second) predicates_.emplace_back(predicate);
    }
  }

  // A compact IRI under the kg prefix, which the context always defines as the vocabulary.
  static std::string predicate_iri(std::string_view predicate) {
    return "kg:" + detail::iri_segment(predicate);
  }
  std::string predicate_key(std::string_view predicate) const {
    return can_be_term(predicate, prefixes_) ? std::string(predicate) : predicate_iri(predicate);
  }
  const std::string& entity_iri(std::size_t v) const { return entity_iris_[v]; }
  std::string document_iri(std::size_t d) const {
    return options_.base_iri + "document/" + std::to_string(d);
  }
  std::string relation_iri(std::size_t index) const {
    return options_.base_iri + "relation/" + std::to_string(index);
  }
  std::string dataset_iri() const { return options_.base_iri + "graph"; }

  void write_context() {
    out_.StartObject();
    key("@version");
    out_.Double(1.1);
    for (const auto& [prefix, iri] : prefixes_) member(prefix, iri);
    for (const auto& def : kTerms) term(def.term, def.iri, def.type);
    for (const auto& predicate : predicates_)
      if (can_be_term(predicate, prefixes_)) term(predicate, predicate_iri(predicate), "@id");
    out_.EndObject();
  }

  void term(std::string_view name, std::string_view iri, const char* type) {
    key(name);
    if (!type) {
      string(iri);
      return;
    }
    out_.StartObject();
    member("@id", iri);
    member("@type", type);
    out_.EndObject();
  }

  void document_list(const char* term) {
    key(term);
    out_.StartArray();
    for (std::size_t d = 0; d < graph_.documents().size(); ++d) string(document_iri(d));
    out_.EndArray();
  }

  void write_dataset() {
    std::size_t relations = 0;
    for (const auto edge : boost::make_iterator_range(boost::edges(graph_.graph())))
      relations += included(graph_.predicate(edge)) ? 1 : 0;
    out_.StartObject();
    id_member(dataset_iri());
    member("@type", t::kDatasetType);
    member(t::kGenerator, options_.generator);
    member(t::kOntologyVersion, ontology_.version());
    key(t::kEntityCount);
    out_.Uint64(graph_.entity_count());
    key(t::kRelationCount);
    out_.Uint64(relations);
    document_list(t::kIsBasedOn);
    document_list(t::kWasDerivedFrom);
    out_.EndObject();
  }

  void write_document(std::size_t d) {
    const Document& document = graph_.documents()[d];
    out_.StartObject();
    id_member(document_iri(d));
    member("@type", t::kDocumentType);
    member(t::kName, document.name);
    key(t::kCodePoints);
    out_.Uint64(document.code_points);
    out_.EndObject();
  }

  void string_list(const char* term, const std::vector<std::string>& values) {
    if (values.empty()) return;
    key(term);
    out_.StartArray();
    for (const auto& value : values) string(value);
    out_.EndArray();
  }

  void write_entity(std::size_t v) {
    const Entity& entity = graph_.entity(v);
    const auto& style = styles_.style(entity.type);
    out_.StartObject();
    id_member(entity_iri(v));
    key("@type");
    out_.StartArray();
    if (!style.equivalent.empty()) string(ontology_.expand(style.equivalent));
    string("kg:" + detail::iri_segment(entity.type));
    out_.EndArray();
    member(t::kIdentifier, entity.id);
    member(t::kName, entity.name);
    string_list(t::kAlternateName, entity.aliases);
    key(t::kMentions);
    out_.Uint(entity.mentions);
    string_list(t::kMergeNote, entity.merges);
    write_outgoing(v);
    out_.EndObject();
  }

  // The relations leaving `v`, one property per predicate (first-seen order).
  void write_outgoing(std::size_t v) {
    auto& by_predicate = by_predicate_;  // reused from entity to entity
    std::size_t groups = 0;
    for (const auto edge : boost::make_iterator_range(boost::out_edges(v, graph_.graph()))) {
      const PredicateId predicate = graph_.graph()[edge].predicate;
      if (!included(graph_.predicate_name(predicate))) continue;
      auto it = std::find_if(by_predicate.begin(), by_predicate.begin() + static_cast<std::ptrdiff_t>(groups),
                             [&](const auto& p) { return p.first == predicate; });
      if (it == by_predicate.begin() + static_cast<std::ptrdiff_t>(groups)) {
        if (groups == by_predicate.size()) by_predicate.emplace_back();
        it = by_predicate.begin() + static_cast<std::ptrdiff_t>(groups++);
        it->first = predicate;
        it->second.clear();
      }
      it->second.push_back(graph_.target(edge));
    }
    for (std::size_t g = 0; g < groups; ++g) {
      const auto& [predicate, objects] = by_predicate[g];
      key(cached_predicate_key(graph_.predicate_name(predicate)));
      out_.StartArray();
      for (const std::size_t object : objects) {
        out_.StartObject();
        id_member(entity_iri(object));
        out_.EndObject();
      }
      out_.EndArray();
    }
  }

  const std::string& cached_predicate_key(std::string_view predicate) {
    auto it = predicate_keys_.find(predicate);
    if (it == predicate_keys_.end()) it = predicate_keys_.emplace(predicate, predicate_key(predicate)).first;
    return it->second;
  }

  // The compact IRI of a predicate, computed once per distinct predicate.
  const std::string& cached_predicate_iri(std::string_view predicate) {
    auto it = predicate_iris_.find(predicate);
    if (it == predicate_iris_.end()) it = predicate_iris_.emplace(predicate, predicate_iri(predicate)).first;
    return it->second;
  }

  void write_relation(Edge edge, std::size_t index) {
    const Relation& relation = graph_.relation(edge);
    std::string& iri = relation_iri_;  // reused: one allocation for the whole file
    iri.assign(options_.base_iri).append("relation/");
    detail::append_number(iri, std::uint64_t{index});
    const std::string& subject = entity_iri(graph_.source(edge));
    const std::string& object = entity_iri(graph_.target(edge));
    const std::string& predicate = cached_predicate_iri(relation.predicate);
    out_.StartObject();
    id_member(iri);
    member("@type", t::kRelationType);
    triple(subject, predicate, object);
    key(t::kWeight);
    out_.Double(relation.weight);
    key(t::kConfidence);
    out_.Double(relation.confidence());
    key(t::kHasEvidence);
    out_.StartArray();
    for (std::size_t e = 0; e < relation.evidence.size(); ++e) string(evidence_iri(e));
    out_.EndArray();
    out_.EndObject();
    std::size_t e = 0;
    for (const EvidenceView evidence : relation.evidence)
      write_statement(evidence_iri(e++), subject, predicate, object, evidence);
  }

  // The IRI of the current relation's evidence record `e` (valid until the next call).
  const std::string& evidence_iri(std::size_t e) {
    evidence_iri_.assign(relation_iri_).append("/evidence/");
    detail::append_number(evidence_iri_, std::uint64_t{e});
    return evidence_iri_;
  }

  void triple(const std::string& subject, const std::string& predicate, const std::string& object) {
    member(t::kSubject, subject);
    member(t::kPredicate, predicate);
    member(t::kObject, object);
  }

  void write_statement(const std::string& iri, const std::string& subject,
                       const std::string& predicate, const std::string& object,
                       const EvidenceView& evidence) {
    out_.StartObject();
    id_member(iri);
    member("@type", t::kStatementType);
    triple(subject, predicate, object);
    member(t::kEvidenceText, evidence.sentence);
    if (evidence.document < document_iris_.size())
      member(t::kWasDerivedFrom, document_iris_[evidence.document]);
    else
      member(t::kWasDerivedFrom, document_iri(evidence.document));
    key(t::kStartOffset);
    out_.Uint64(evidence.begin);
    key(t::kEndOffset);
    out_.Uint64(evidence.end);
    member(t::kRule, evidence.rule);
    key(t::kConfidence);
    out_.Double(evidence.confidence);
    out_.EndObject();
  }

  const KnowledgeGraph& graph_;
  const Ontology& ontology_;
  const ExportOptions& options_;
  rapidjson::PrettyWriter<detail::OutputBuffer> out_;
  std::map<std::string, std::string> prefixes_;
  std::vector<std::string> predicates_;
  std::vector<std::string> entity_iris_;  // computed once: each is used by every relation
  std::vector<std::string> document_iris_;
  std::map<std::string, std::string, std::less<>> predicate_iris_, predicate_keys_;
  std::vector<std::pair<PredicateId, std::vector<std::size_t>>> by_predicate_;
  detail::StyleCache styles_;
  std::string relation_iri_, evidence_iri_;
};

}  // namespace

void write_jsonld(const KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out,
                  const ExportOptions& options) {
  detail::OutputBuffer buffer(out);
  JsonLdWriter(graph, ontology, options, buffer).write();
  buffer.append("\n");
  buffer.finish();
}

}  // namespace kg::io
