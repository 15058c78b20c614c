// Reads the JSON-LD kg writes (see jsonld_writer.cpp) back into a graph. It reads the JSON
// structure kg produces rather than running a JSON-LD processor: documents, entities, then
// kg:Relation nodes with their evidence statements, all in file order, so that writing the
// result again gives the same bytes.
//
// A first pass parses the file in place, without positions. Only when it meets a problem is
// the file parsed again through JsonFile, which records where each value stands, and loaded
// again to report the problem with its line and column: keeping a position for every value
// of a large file costs more than the whole load.
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "iri.hpp"
#include "jsonld_terms.hpp"
#include "kg/io/import.hpp"
#include "kg/ontology/json_file.hpp"
#include "kg/ontology/json_numbers.hpp"
#include "read_file.hpp"

namespace kg::io {

namespace {

namespace t = detail::jsonld;
using rapidjson::Value;

constexpr const char* kDefaultType = "Concept";

// Thrown by a pass without positions when the file has a problem to report.
struct NeedPositions {};

// Checked access to the JSON values: with a JsonFile, failures carry its positions;
// without one, any failure asks for a second pass with positions.
class Checks {
 public:
  explicit Checks(const JsonFile* positions) : file_(positions) {}

  [[noreturn]] void fail(const Value& at, const std::string& problem) const {
    if (file_) file_->fail(at, problem);
    throw NeedPositions{};
  }
  const Value& object(const Value& at, std::string_view what) const {
    if (file_) return file_->object(at, what);
    if (!at.IsObject()) throw NeedPositions{};
    return at;
  }
  const Value& array(const Value& at, std::string_view what) const {
    if (file_) return file_->array(at, what);
    if (!at.IsArray()) throw NeedPositions{};
    return at;
  }
  const Value* optional(const Value& object, const char* key) const {
    const auto it = object.FindMember(key);
    return it == object.MemberEnd() ? nullptr : &it->value;
  }
  const Value& required(const Value& object, const char* key) const {
    if (file_) return file_->required(object, key);
    const Value* value = optional(object, key);
    if (!value) throw NeedPositions{};
    return *value;
  }

 private:
  const JsonFile* file_;
};

std::string_view view(const Value& string) { return {string.GetString(), string.GetStringLength()}; }

class JsonLdLoader {
 public:
  explicit JsonLdLoader(const Checks& checks) : file_(checks) {}

  KnowledgeGraph load(const Value& document) {
    const Value& root = file_.object(document, "the document");
    nodes_ = &file_.array(file_.required(root, "@graph"), "\"@graph\"");
    std::vector<rapidjson::SizeType> relations;
    for (rapidjson::SizeType i = 0; i < nodes_->Size(); ++i) {
      const Value& node = (*nodes_)[i];
      file_.object(node, "a node of \"@graph\"");
      const Value& type = file_.required(node, "@type");
      if (type.IsArray()) {
        add_entity(node, type);
        continue;
      }
      const std::string_view kind = text(node, "@type");
      if (kind == t::kDocumentType)
        add_document(node);
      else if (kind == t::kRelationType)
        relations.push_back(i);
      else if (kind == t::kStatementType)
        text(node, "@id");
      else if (kind != t::kDatasetType)
        file_.fail(type, "unknown node type \"" + std::string(kind) + "\"");
    }
    for (const rapidjson::SizeType i : relations) add_relation(i);
    return std::move(graph_);
  }

 private:
  // A string member, possibly empty (JsonFile::string refuses empty ones); a view into the
  // parsed document.
  std::string_view text(const Value& object, const char* key) const {
    const Value& value = file_.required(object, key);
    if (!value.IsString()) file_.fail(value, std::string("\"") + key + "\" must be a string");
    return view(value);
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

  // Calls `take` with each string of a string-or-array member, if present.
  template <typename Take>
  void texts(const Value& object, const char* key, Take take) const {
    const Value* value = file_.optional(object, key);
    if (!value) return;
    if (value->IsString()) {
      take(view(*value));
      return;
    }
    for (const Value& item : file_.array(*value, key).GetArray()) {
      if (!item.IsString()) file_.fail(item, std::string("\"") + key + "\" must hold strings");
      take(view(item));
    }
  }

  void add_document(const Value& node) {
    const std::string_view id = text(node, "@id");
    if (!documents_.emplace(id, static_cast<DocumentId>(graph_.documents().size())).second)
      file_.fail(node, "duplicate document \"" + std::string(id) + "\"");
    graph_.add_document(Document{std::string(text(node, t::kName)), count(node, t::kCodePoints)});
  }

  // The ontology class among the types: the one in the kg namespace ("kg:Person").
  std::string entity_type(const Value& types) const {
    for (const Value& type : types.GetArray()) {
      if (!type.IsString()) file_.fail(type, "\"@type\" must hold strings");
      const std::string_view name = view(type);
      if (name.substr(0, 3) == "kg:") return detail::decode_iri_segment(name.substr(3));
    }
    return kDefaultType;
  }

  void add_entity(const Value& node, const Value& types) {
    const std::string_view iri = text(node, "@id");
    const std::string_view id = text(node, t::kIdentifier);
    if (id.empty()) file_.fail(file_.required(node, t::kIdentifier), "\"identifier\" must not be empty");
    if (graph_.find_by_id(id)) file_.fail(node, "duplicate entity \"" + std::string(id) + "\"");
    const Vertex v =
        graph_.add_entity_with_id(std::string(id), std::string(text(node, t::kName)), entity_type(types));
    texts(node, t::kAlternateName, [&](std::string_view alias) { graph_.add_alias(v, alias); });
    if (file_.optional(node, t::kMentions)) {
      const std::uint64_t mentions = count(node, t::kMentions);
      if (mentions > std::numeric_limits<std::uint32_t>::max())
        file_.fail(file_.required(node, t::kMentions), "\"mentions\" is too large");
      graph_.add_mentions(v, static_cast<std::uint32_t>(mentions));
    }
    texts(node, t::kMergeNote, [&](std::string_view note) { graph_.note_merge(v, std::string(note)); });
    if (!entities_.emplace(iri, v).second) file_.fail(node, "duplicate entity \"" + std::string(iri) + "\"");
  }

  Vertex entity(const Value& node, const char* key) const {
    const std::string_view iri = text(node, key);
    const auto it = entities_.find(iri);
    if (it == entities_.end())
      file_.fail(file_.required(node, key), "unknown entity \"" + std::string(iri) + "\"");
    return it->second;
  }

  // The predicate name is the IRI's last segment (kg writes "kg:" + name, percent-encoded).
  static std::string predicate_name(std::string_view iri) {
    const auto cut = iri.find_last_of("#/:");
    return detail::decode_iri_segment(cut == std::string_view::npos ? iri : iri.substr(cut + 1));
  }

  Evidence evidence(const Value& statement) const {
    Evidence e;
    const std::string_view document = text(statement, t::kWasDerivedFrom);
    const auto it = documents_.find(document);
    if (it == documents_.end())
      file_.fail(file_.required(statement, t::kWasDerivedFrom),
                 "unknown document \"" + std::string(document) + "\"");
    e.document = it->second;
    e.begin = count(statement, t::kStartOffset);
    e.end = count(statement, t::kEndOffset);
    e.sentence = text(statement, t::kEvidenceText);
    e.rule = text(statement, t::kRule);
    e.confidence = number(statement, t::kConfidence);
    return e;
  }

  // The statement node with this @id. kg writes a relation's statements right after it, so
  // the node `place` steps after the relation is tried first; only files ordered otherwise
  // pay for an index of all statements.
  const Value* statement(std::string_view id, rapidjson::SizeType place) {
    if (place < nodes_->Size()) {
      const Value& next = (*nodes_)[place];
      const auto type = next.FindMember("@type");
      const auto next_id = next.FindMember("@id");
      if (type != next.MemberEnd() && type->value.IsString() && view(type->value) == t::kStatementType &&
          next_id != next.MemberEnd() && next_id->value.IsString() && view(next_id->value) == id)
        return &next;
    }
    if (!statements_indexed_)
      for (const Value& node : nodes_->GetArray()) {
        const auto type = node.FindMember("@type");
        if (type->value.IsString() && view(type->value) == t::kStatementType)
          statements_.emplace(text(node, "@id"), &node);
      }
    statements_indexed_ = true;
    const auto it = statements_.find(id);
    return it == statements_.end() ? nullptr : it->second;
  }

  void add_relation(rapidjson::SizeType index) {
    const Value& node = (*nodes_)[index];
    const Vertex subject = entity(node, t::kSubject);
    const Vertex object = entity(node, t::kObject);
    const std::string predicate = predicate_name(text(node, t::kPredicate));
    const double weight = number(node, t::kWeight);
    if (!(weight > 0.0)) file_.fail(file_.required(node, t::kWeight), "\"weight\" must be positive");
    std::vector<Evidence> list;
    rapidjson::SizeType place = index + 1;
    texts(node, t::kHasEvidence, [&](std::string_view id) {
      const Value* found = statement(id, place++);
      if (!found)
        file_.fail(file_.required(node, t::kHasEvidence), "unknown evidence statement \"" + std::string(id) + "\"");
      list.push_back(evidence(*found));
    });
    graph_.add_relation_weighted(subject, predicate, object, weight, std::move(list));
  }

  const Checks& file_;
  KnowledgeGraph graph_;
  // Keys are views into the parsed document, which outlives the loader.
  std::unordered_map<std::string_view, DocumentId> documents_;
  std::unordered_map<std::string_view, Vertex> entities_;
  std::unordered_map<std::string_view, const Value*> statements_;  // built when first needed
  bool statements_indexed_ = false;
  const Value* nodes_ = nullptr;  // "@graph"
};

// The fast pass: parsed in place, no positions. False when the file has any problem.
bool load_without_positions(std::string content, KnowledgeGraph& graph) {
  // JsonFile refuses a NUL byte with its own message; RapidJSON would stop there.
  if (content.find('\0') != std::string::npos) return false;
  // RapidJSON's UTF-8 validation takes every byte a sequence announces, even past the end of
  // the text: a sequence that starts in the last three bytes goes to JsonFile, which checks
  // the encoding before parsing. (Earlier ones find their bytes, or a stop, within the text.)
  for (std::size_t i = content.size() < 3 ? 0 : content.size() - 3; i < content.size(); ++i)
    if (static_cast<unsigned char>(content[i]) >= 0x80) return false;
  // Large blocks: the default 64 KB ones number in the tens of thousands for a big file
  // and cost more to free than to fill.
  rapidjson::MemoryPoolAllocator<> pool(std::size_t{16} << 20);
  rapidjson::Document document(&pool);
  // Numbers as text, converted exactly by ExactNumbers (RapidJSON's full-precision parser
  // has undefined behaviour on some numbers).
  constexpr unsigned kFlags = rapidjson::kParseInsituFlag | rapidjson::kParseValidateEncodingFlag |
                              rapidjson::kParseNumbersAsStringsFlag;
  bool parsed = false;
  auto parse = [&](rapidjson::Document& target) {
    rapidjson::InsituStringStream in(content.data());
    rapidjson::Reader reader;
    ExactNumbers<rapidjson::Document> numbers{target};
    parsed = !reader.Parse<kFlags>(in, numbers).IsError();
    return parsed;
  };
  document.Populate(parse);
  if (!parsed) return false;
  try {
    const Checks checks(nullptr);
    graph = JsonLdLoader(checks).load(document);
    return true;
  } catch (const NeedPositions&) {
    return false;
  }
}

}  // namespace

KnowledgeGraph read_jsonld(const std::filesystem::path& path, const Ontology& /*ontology*/) {
  KnowledgeGraph graph;
  if (load_without_positions(detail::read_whole_file(path), graph)) return graph;
  const JsonFile file = JsonFile::load(path, ErrorKind::Input, /*allow_comments=*/false);
  const Checks checks(&file);
  return JsonLdLoader(checks).load(file.root());
}

}  // namespace kg::io
