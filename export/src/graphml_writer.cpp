#include <ostream>
#include <string>
#include <vector>

#include "graphml_schema.hpp"
#include "kg/io/export.hpp"
#include "node_ids.hpp"
#include "output_buffer.hpp"
#include "record_json.hpp"
#include "type_style.hpp"
#include "xml_text.hpp"

namespace kg::io {

namespace {

using detail::append_xml_attribute;
using detail::append_xml_text;

void data(std::string& out, const char* key, std::string_view value) {
  out += "      <data key=\"";
  out += key;
  out += "\">";
  append_xml_text(out, value);
  out += "</data>\n";
}

void write_header(std::string& out, const KnowledgeGraph& graph, const ExportOptions& options) {
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"";
  out += detail::graphml::kNamespace;
  out += "\">\n";
  for (const auto& key : detail::graphml::kKeys) {
    out += "  <key id=\"";
    out += key.id;
    out += "\" for=\"";
    out += key.domain;
    out += "\" attr.name=\"";
    out += key.name;
    out += "\" attr.type=\"";
    out += key.type;
    out += "\"/>\n";
  }
  out += "  <graph id=\"G\" edgedefault=\"directed\">\n";
  out += "    <data key=\"documents\">";
  append_xml_text(out, detail::documents_to_json(graph.documents()));
  out += "</data>\n    <data key=\"generator\">";
  append_xml_text(out, options.generator);
  out += "</data>\n";
}

void write_node(std::string& out, const Entity& entity, const std::string& id,
                const detail::TypeStyle& style) {
  out += "    <node id=\"";
  append_xml_attribute(out, id);
  out += "\">\n";
  data(out, "label", entity.name);
  data(out, "type", entity.type);
  data(out, "aliases", detail::strings_to_json(entity.aliases));
  data(out, "mentions", std::to_string(entity.mentions));
  data(out, "r", std::to_string(style.rgb.r));
  data(out, "g", std::to_string(style.rgb.g));
  data(out, "b", std::to_string(style.rgb.b));
  if (!entity.merges.empty()) data(out, "merges", detail::strings_to_json(entity.merges));
  if (id != entity.id) data(out, "entity_id", entity.id);
  out += "    </node>\n";
}

void write_edge(std::string& out, std::size_t index, const std::string& source,
                const std::string& target, const Relation& relation) {
  out += "    <edge id=\"e";
  out += std::to_string(index);
  out += "\" source=\"";
  append_xml_attribute(out, source);
  out += "\" target=\"";
  append_xml_attribute(out, target);
  out += "\">\n";
  data(out, "edgelabel", relation.predicate);
  data(out, "evidence", detail::evidence_sentences(relation.evidence));
  data(out, "weight", detail::format_number(relation.weight));
  data(out, "confidence", detail::format_number(relation.confidence()));
  data(out, "evidence_records", detail::evidence_to_json(relation.evidence));
  out += "    </edge>\n";
}

}  // namespace

void write_graphml(const KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out,
                   const ExportOptions& options) {
  detail::OutputBuffer buffer(out);
  std::string chunk;
  write_header(chunk, graph, options);
  const auto ids = detail::xml_node_ids(graph, detail::IdRule::NmToken);
  for (std::size_t v = 0; v < graph.entity_count(); ++v) {
    const Entity& entity = graph.entity(v);
    write_node(chunk, entity, ids[v], detail::style_of(ontology, entity.type));
    buffer.append(chunk);
    chunk.clear();
  }
  std::size_t index = 0;
  for (const auto edge : boost::make_iterator_range(boost::edges(graph.graph()))) {
    const Relation& relation = graph.relation(edge);
    if (!options.include_untyped && !detail::is_typed(ontology, relation.predicate)) continue;
    write_edge(chunk, index++, ids[graph.source(edge)], ids[graph.target(edge)], relation);
    buffer.append(chunk);
    chunk.clear();
  }
  chunk += "  </graph>\n</graphml>\n";
  buffer.append(chunk);
  buffer.finish();
}

}  // namespace kg::io
