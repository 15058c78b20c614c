// Reads GraphML written by kg (every field restored, see graphml_schema.hpp) and foreign
// GraphML, which loads with what it has: attributes are matched by attr.name, a missing
// label falls back to the node id, a missing type to "Concept", a missing edge label to
// "relatedTo", a missing or non-positive weight to 1.
#include <spdlog/spdlog.h>

#include <charconv>
#include <cmath>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph/detail/string_pool.hpp"
#include "kg/io/import.hpp"
#include "read_file.hpp"
#include "record_json.hpp"
#include "xml_reader.hpp"

namespace kg::io {

namespace {

using detail::XmlReader;

constexpr const char* kDefaultType = "Concept";
constexpr const char* kDefaultPredicate = "relatedTo";

// Texts below are views into the file's content, or into GraphmlLoader::texts_ for those
// the reader had to decode (see GraphmlLoader::keep).
struct Key {
  std::string_view domain;  // node, edge, graph or all
  std::string_view name;    // attr.name, or the id when absent
  std::optional<std::string_view> fallback;  // <default>
};

// The innermost open node, edge or graph, which owns the <data> met inside it.
struct Element;
struct Owner {
  std::size_t depth;
  const char* domain;
  Element* element;
};

// A value found for an element: its own <data> or the key's <default>.
struct Found {
  std::string_view text;
  std::size_t offset;
};

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// A <data> of an element, by its key's attr.name. The data of all elements share one
// deque, each element's chained from its newest: a later <data> of the same name wins.
struct Data {
  std::string_view name;
  Found value;
  std::size_t earlier;  // the element's previous <data>, or kNone
};

// A node, edge or the graph.
struct Element {
  std::size_t offset = 0;
  std::string_view id, source, target;
  std::size_t newest_data = kNone;
};

class GraphmlLoader {
 public:
  GraphmlLoader(std::string content, const std::filesystem::path& path)
      : xml_(std::move(content), path.string()), path_(path) {}

  KnowledgeGraph load() {
    parse();
    KnowledgeGraph graph;
    node_vertices_.reserve(nodes_.size());
    add_documents(graph);
    for (const auto& node : nodes_) add_entity(graph, node);
    for (const auto& edge : edges_) add_relation(graph, edge);
    return graph;
  }

 private:
  void parse() {
    if (xml_.next() != XmlReader::Event::StartElement || xml_.name() != "graphml")
      xml_.fail("expected a <graphml> root element");
    std::string_view current_key;  // for <default> inside <key>
    for (auto event = xml_.next(); event != XmlReader::Event::End; event = xml_.next()) {
      if (event == XmlReader::Event::EndElement) {
        if (!owners_.empty() && xml_.depth() < owners_.back().depth) owners_.pop_back();
        continue;
      }
      if (event != XmlReader::Event::StartElement) continue;
      const std::string_view name = xml_.name();
      if (name == "data") {  // by far the most frequent, so tried first
        if (owners_.empty()) xml_.fail("<data> outside a graph, node or edge");
        read_data(*owners_.back().element, owners_.back().domain);
      } else if (name == "key") {
        current_key = required("id");
        Key key;
        key.domain = optional("for").value_or("all");
        key.name = optional("attr.name").value_or(current_key);
        keys_[current_key] = std::move(key);
      } else if (name == "default") {
        if (const auto key = keys_.find(current_key); key != keys_.end()) key->second.fallback = element_text();
      } else if (name == "node") {
        const std::string_view id = required("id");
        if (id.empty()) xml_.fail("a node id must not be empty");
        nodes_.push_back(Element{xml_.offset(), id, {}, {}, kNone});
        owners_.push_back(Owner{xml_.depth(), "node", &nodes_.back()});
      } else if (name == "edge") {
        edges_.push_back(Element{xml_.offset(), optional("id").value_or(""), required("source"),
                                 required("target"), kNone});
        owners_.push_back(Owner{xml_.depth(), "edge", &edges_.back()});
      } else if (name == "graph") {
        // Only the top graph's data describes the graph; nested graphs' data is ignored.
        owners_.push_back(Owner{xml_.depth(), "graph", owners_.empty() ? &graph_data_ : &ignored_});
      }
    }
  }

  // `text` from the reader, kept for the rest of the load: most texts are views into the
  // file's content already, only decoded ones are copied.
  std::string_view keep(std::string_view text) {
    return xml_.holds(text) ? text : std::string_view(texts_.emplace_back(text));
  }

  std::string_view required(const char* attribute) {
    const auto value = xml_.attribute(attribute);
    if (!value) xml_.fail("<" + std::string(xml_.name()) + "> needs a " + attribute + " attribute");
    return keep(*value);
  }
  std::optional<std::string_view> optional(const char* attribute) {
    const auto value = xml_.attribute(attribute);
    return value ? std::optional<std::string_view>(keep(*value)) : std::nullopt;
  }

  // The text of the element just opened, up to its end (nested markup is skipped).
  std::string_view element_text() {
    std::string_view text;
    std::string* joined = nullptr;  // in texts_, when the text came in several pieces
    const std::size_t depth = xml_.depth();
    for (auto event = xml_.next(); event != XmlReader::Event::End; event = xml_.next()) {
      if (event == XmlReader::Event::Text) {
        if (joined) {
          joined->append(xml_.text());
        } else if (text.empty()) {
          text = keep(xml_.text());
        } else {
          joined = &texts_.emplace_back(text);
          joined->append(xml_.text());
        }
      }
      if (event == XmlReader::Event::EndElement && xml_.depth() < depth) break;
    }
    return joined ? std::string_view(*joined) : text;
  }

  void read_data(Element& owner, const char* domain) {
    const std::size_t offset = xml_.offset();
    const std::string_view key_id = required("key");
    const std::string_view text = element_text();
    const auto key = keys_.find(key_id);
    if (key == keys_.end()) xml_.fail_at(offset, "<data> refers to undeclared key \"" + std::string(key_id) + "\"");
    if (key->second.domain != domain && key->second.domain != "all") return;
    data_.push_back(Data{key->second.name, Found{text, offset}, owner.newest_data});
    owner.newest_data = data_.size() - 1;
  }

  // The value of attribute `name` for `element`: its <data>, else the key's <default>.
  std::optional<Found> value(const Element& element, const char* domain, std::string_view name) const {
    for (std::size_t i = element.newest_data; i != kNone; i = data_[i].earlier)
      if (data_[i].name == name) return data_[i].value;
    for (const auto& [id, key] : keys_)
      if (key.name == name && (key.domain == domain || key.domain == "all") && key.fallback)
        return Found{*key.fallback, element.offset};
    return std::nullopt;
  }

  template <typename Parse>
  auto parsed(const Found& v, const char* what, Parse parse) const {
    try {
      return parse(v.text);
    } catch (const std::exception& e) {
      xml_.fail_at(v.offset, std::string("bad ") + what + ": " + e.what());
    }
  }

  // A JSON list as kg writes it; foreign text that is not one becomes a single item.
  std::vector<std::string> list(const Element& element, const char* name) const {
    const auto v = value(element, "node", name);
    if (!v || v->text.empty()) return {};
    if (v->text.front() == '[') return parsed(*v, name, detail::strings_from_json);
    return {std::string(v->text)};
  }

  void add_documents(KnowledgeGraph& graph) {
    if (const auto v = value(graph_data_, "graph", "documents"))
      for (auto& document : parsed(*v, "documents", detail::documents_from_json))
        graph.add_document(std::move(document));
  }

  void add_entity(KnowledgeGraph& graph, const Element& node) {
    const auto entity_id = value(node, "node", "entity_id");
    const std::string_view id = entity_id && !entity_id->text.empty() ? entity_id->text : node.id;
    if (node_ids_.intern(node.id) != node_vertices_.size())  // numbered before: a duplicate
      xml_.fail_at(node.offset, "duplicate node id \"" + std::string(node.id) + "\"");
    if (graph.find_by_id(id)) xml_.fail_at(node.offset, "duplicate entity id \"" + std::string(id) + "\"");
    const auto label = value(node, "node", "label");
    const auto type = value(node, "node", "type");
    const Vertex v = graph.add_entity_with_id(std::string(id), std::string(label ? label->text : node.id),
                                              std::string(type && !type->text.empty() ? type->text : kDefaultType));
    node_vertices_.push_back(v);
    for (const auto& alias : list(node, "aliases")) graph.add_alias(v, alias);
    for (auto& note : list(node, "merges")) graph.note_merge(v, std::move(note));
    if (const auto mentions = value(node, "node", "mentions")) {
      std::uint32_t count = 0;
      const std::string_view text = mentions->text;
      const auto result = std::from_chars(text.data(), text.data() + text.size(), count);
      if (result.ec != std::errc() || result.ptr != text.data() + text.size())
        xml_.fail_at(mentions->offset, "mentions must be a non-negative integer, not \"" + std::string(text) + "\"");
      graph.add_mentions(v, count);
    }
  }

  double weight_of(const Element& edge) const {
    const auto v = value(edge, "edge", "weight");
    if (!v) return 1.0;
    double weight = 0.0;
    const std::string_view text = v->text;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), weight);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size())
      xml_.fail_at(v->offset, "weight must be a number, not \"" + std::string(text) + "\"");
    if (!(weight > 0.0) || !std::isfinite(weight)) {
      spdlog::warn("{}: edge {} has weight {}; using 1", path_.string(), edge.id, text);
      return 1.0;
    }
    return weight;
  }

  // kg's evidence records, or else the plain evidence text of a foreign file, attributed to
  // the GraphML file itself as its document.
  std::vector<Evidence> evidence_of(KnowledgeGraph& graph, const Element& edge) {
    if (const auto records = value(edge, "edge", "evidence_records")) {
      auto evidence = parsed(*records, "evidence_records", detail::evidence_from_json);
      for (const auto& e : evidence)
        if (e.document >= graph.documents().size())
          xml_.fail_at(records->offset, "evidence refers to document " + std::to_string(e.document) +
                                            ", but the graph lists " +
                                            std::to_string(graph.documents().size()));
      return evidence;
    }
    const auto text = value(edge, "edge", "evidence");
    if (!text || text->text.empty()) return {};
    if (!own_document_) own_document_ = graph.add_document(Document{path_.string(), 0});
    Evidence e;
    e.document = *own_document_;
    e.sentence = std::string(text->text);
    e.rule = "graphml";
    return {e};
  }

  void add_relation(KnowledgeGraph& graph, const Element& edge) {
    const auto source = node_ids_.find(edge.source);
    const auto target = node_ids_.find(edge.target);
    if (!source || !target)
      xml_.fail_at(edge.offset,
                   "edge refers to unknown node \"" + std::string(source ? edge.target : edge.source) + "\"");
    const auto label = value(edge, "edge", "label");
    const std::string_view predicate = label && !label->text.empty() ? label->text : kDefaultPredicate;
    graph.add_relation_weighted(node_vertices_[*source], predicate, node_vertices_[*target], weight_of(edge),
                                evidence_of(graph, edge));
  }

  XmlReader xml_;
  std::filesystem::path path_;
  std::deque<std::string> texts_;  // decoded texts; a deque, so that views of them stay valid
  std::map<std::string_view, Key, std::less<>> keys_;
  Element graph_data_;
  Element ignored_;
  std::deque<Element> nodes_;  // a deque: owners_ points into it while it grows
  std::deque<Element> edges_;
  std::deque<Data> data_;  // a deque: growing it moves nothing
  std::vector<Owner> owners_;
  std::optional<DocumentId> own_document_;
  // GraphML node ids, numbered in file order, and the entity of each. A pool keeps the ids
  // compact: each edge looks up two, and a table of views into the file's content would
  // reach into hundreds of megabytes for them, at a cache miss each.
  kg::detail::StringPool node_ids_;
  std::vector<Vertex> node_vertices_;
};

}  // namespace

KnowledgeGraph read_graphml(const std::filesystem::path& path, const Ontology& /*ontology*/) {
  return GraphmlLoader(detail::read_whole_file(path), path).load();
}

}  // namespace kg::io
