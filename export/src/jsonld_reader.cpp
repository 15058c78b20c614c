// Reads the JSON-LD kg writes (see jsonld_writer.cpp) back into a graph. It reads the JSON
// structure kg produces rather than running a JSON-LD processor: documents, entities, then
// kg:Relation nodes with their evidence statements, all in file order, so that writing the
// result again gives the same bytes.
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

#include "iri.hpp"
#include "jsonld_terms.hpp"
#include "kg/io/import.hpp"
#include "kg/ontology/json_file.hpp"

namespace kg::io {

namespace {

namespace t = detail::jsonld;
using rapidjson::Value;

constexpr const char* kDefaultType = "Concept";

class JsonLdLoader {
 public:
  explicit JsonLdLoader(const std::filesystem::path& path)
      : file_(JsonFile::load(path, ErrorKind::Input, /*allow_comments=*/false)) {}

  KnowledgeGraph load() {
    const Value& root = file_.object(file_.root(), "the document");
    const Value& nodes = file_.array(file_.required(root, "@graph"), "\"@graph\"");
    std::vector<const Value*> relations;
    for (const Value& node : nodes.GetArray()) {
      file_.object(node, "a node of \"@graph\"");
      const Value& type = file_.required(node, "@type");
      if (type.IsArray()) {
        add_entity(node, type);
        continue;
      }
      const std::string kind = text(node, "@type");
      if (kind == t::kDocumentType)
        add_document(node);
      else if (kind == t::kRelationType)
        relations.push_back(&node);
      else if (kind == t::kStatementType)
        statements_.emplace(text(node, "@id"), &node);
      else if (kind != t::kDatasetType)
        file_.fail(type, "unknown node type \"" + kind + "\"");
    }
    for (const Value* relation : relations) add_relation(*relation);
    return std::move(graph_);
  }

 private:
  // A string member, possibly empty (JsonFile::string refuses empty ones).
  std::string text(const Value& object, const char* key) const {
    const Value& value = file_.required(object, key);
    if (!value.IsString()) file_.fail(value, std::string("\"") + key + "\" must be a string");
    return {value.GetString(), value.GetStringLength()};
  }

  std::uint64_t count(const Value& object, const char* key) const {
    const Value& value = file_.required(object, key);
    if (!value.IsUint64()) file_.fail(value, std::string("\"") + key + "\" must be a non-negative integer");
    return value.GetUint64();
  }

  double number(const Value& object, const char* key) const {
    const Value& value = file_.required(object, key);
    if (!value.IsNumber()) file_.fail(value, std::string("\"") + key + "\" must be a number");
    return value.GetDouble();
  }

  std::vector<std::string> texts(const Value& object, const char* key) const {
    const Value* value = file_.optional(object, key);
    if (!value) return {};
    if (value->IsString()) return {std::string(value->GetString(), value->GetStringLength())};
    std::vector<std::string> out;
    for (const Value& item : file_.array(*value, key).GetArray()) {
      if (!item.IsString()) file_.fail(item, std::string("\"") + key + "\" must hold strings");
      out.emplace_back(item.GetString(), item.GetStringLength());
    }
    return out;
  }

  void add_document(const Value& node) {
    const std::string id = text(node, "@id");
    if (!documents_.emplace(id, static_cast<DocumentId>(graph_.documents().size())).second)
      file_.fail(node, "duplicate document \"" + id + "\"");
    graph_.add_document(Document{text(node, t::kName), count(node, t::kCodePoints)});
  }

  // The ontology class among the types: the one in the kg namespace ("kg:Person").
  std::string entity_type(const Value& types) const {
    for (const Value& type : types.GetArray()) {
      if (!type.IsString()) file_.fail(type, "\"@type\" must hold strings");
      const std::string_view name(type.GetString(), type.GetStringLength());
      if (name.substr(0, 3) == "kg:") return detail::decode_iri_segment(name.substr(3));
    }
    return kDefaultType;
  }

  void add_entity(const Value& node, const Value& types) {
    const std::string iri = text(node, "@id");
    const std::string id = text(node, t::kIdentifier);
    if (id.empty()) file_.fail(file_.required(node, t::kIdentifier), "\"identifier\" must not be empty");
    if (graph_.find_by_id(id)) file_.fail(node, "duplicate entity \"" + id + "\"");
    const Vertex v = graph_.add_entity_with_id(id, text(node, t::kName), entity_type(types));
    for (const auto& alias : texts(node, t::kAlternateName)) graph_.add_alias(v, alias);
    if (file_.optional(node, t::kMentions)) {
      const std::uint64_t mentions = count(node, t::kMentions);
      if (mentions > std::numeric_limits<std::uint32_t>::max())
        file_.fail(file_.required(node, t::kMentions), "\"mentions\" is too large");
      graph_.add_mentions(v, static_cast<std::uint32_t>(mentions));
    }
    for (auto& note : texts(node, t::kMergeNote)) graph_.note_merge(v, std::move(note));
    if (!entities_.emplace(iri, v).second) file_.fail(node, "duplicate entity \"" + iri + "\"");
  }

  Vertex entity(const Value& node, const char* key) const {
    const std::string iri = text(node, key);
    const auto it = entities_.find(iri);
    if (it == entities_.end()) file_.fail(file_.required(node, key), "unknown entity \"" + iri + "\"");
    return it->second;
  }

  // The predicate name is the IRI's last segment (kg writes "kg:" + name, percent-encoded).
  static std::string predicate_name(std::string_view iri) {
    const auto cut = iri.find_last_of("#/:");
    return detail::decode_iri_segment(cut == std::string_view::npos ? iri : iri.substr(cut + 1));
  }

  Evidence evidence(const Value& statement) const {
    Evidence e;
    const std::string document = text(statement, t::kWasDerivedFrom);
    const auto it = documents_.find(document);
    if (it == documents_.end())
      file_.fail(file_.required(statement, t::kWasDerivedFrom), "unknown document \"" + document + "\"");
    e.document = it->second;
    e.begin = count(statement, t::kStartOffset);
    e.end = count(statement, t::kEndOffset);
    e.sentence = text(statement, t::kEvidenceText);
    e.rule = text(statement, t::kRule);
    e.confidence = number(statement, t::kConfidence);
    return e;
  }

  void add_relation(const Value& node) {
    const Vertex subject = entity(node, t::kSubject);
    const Vertex object = entity(node, t::kObject);
    const std::string predicate = predicate_name(text(node, t::kPredicate));
    const double weight = number(node, t::kWeight);
    if (!(weight > 0.0)) file_.fail(file_.required(node, t::kWeight), "\"weight\" must be positive");
    std::vector<Evidence> list;
    for (const std::string& id : texts(node, t::kHasEvidence)) {
      const auto it = statements_.find(id);
      if (it == statements_.end())
        file_.fail(file_.required(node, t::kHasEvidence), "unknown evidence statement \"" + id + "\"");
      list.push_back(evidence(*it->second));
    }
    graph_.add_relation_weighted(subject, predicate, object, weight, std::move(list));
  }

  JsonFile file_;
  KnowledgeGraph graph_;
  std::unordered_map<std::string, DocumentId> documents_;
  std::unordered_map<std::string, Vertex> entities_;
  std::unordered_map<std::string, const Value*> statements_;
};

}  // namespace

KnowledgeGraph read_jsonld(const std::filesystem::path& path, const Ontology& /*ontology*/) {
  return JsonLdLoader(path).load();
}

}  // namespace kg::io
