// GEXF 1.3 for Gephi: unlike GraphML, each relation stays its own edge (kind = predicate)
// even when several link the same pair; colours and sizes travel as viz:color / viz:size.
#include <cmath>
#include <ostream>
#include <string>

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

void attribute(std::string& out, std::string_view name, std::string_view value) {
  out += ' ';
  out += name;
  out += "=\"";
  append_xml_attribute(out, value);
  out += '"';
}

void attvalue(std::string& out, const char* key, std::string_view value) {
  out += "          <attvalue for=\"";
  out += key;
  out += "\"";
  attribute(out, "value", value);
  out += "/>\n";
}

// Grows with the logarithm of the mentions, so hubs stand out without dwarfing the rest.
double node_size(std::uint32_t mentions) { return 10.0 + 4.0 * std::log2(1.0 + mentions); }

void write_header(std::string& out, const KnowledgeGraph& graph, const ExportOptions& options) {
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
         "  <meta>\n    <creator>";
  append_xml_text(out, options.generator);
  out += "</creator>\n    <description>Knowledge graph: entities and typed relations with evidence</description>\n"
         "  </meta>\n"
         "  <graph defaultedgetype=\"directed\" idtype=\"string\">\n"
         "    <attributes class=\"node\">\n"
         "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
         "      <attribute id=\"aliases\" title=\"aliases\" type=\"string\"/>\n"
         "      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n"
         "    </attributes>\n"
         "    <attributes class=\"edge\">\n"
         "      <attribute id=\"confidence\" title=\"confidence\" type=\"double\"/>\n"
         "      <attribute id=\"evidence\" title=\"evidence\" type=\"string\"/>\n"
         "    </attributes>\n"
         "    <nodes count=\"";
  out += std::to_string(graph.entity_count());
  out += "\">\n";
}

void write_node(std::string& out, const Entity& entity, const std::string& id,
                const detail::TypeStyle& style) {
  out += "      <node";
  attribute(out, "id", id);
  attribute(out, "label", entity.name);
  out += ">\n        <attvalues>\n";
  attvalue(out, "type", entity.type);
  attvalue(out, "aliases", detail::strings_to_json(entity.aliases));
  attvalue(out, "mentions", std::to_string(entity.mentions));
  out += "        </attvalues>\n        <viz:color r=\"" + std::to_string(style.rgb.r) + "\" g=\"" +
         std::to_string(style.rgb.g) + "\" b=\"" + std::to_string(style.rgb.b) + "\"/>\n";
  out += "        <viz:size value=\"" + detail::format_number(node_size(entity.mentions)) + "\"/>\n";
  out += "      </node>\n";
}

void write_edge(std::string& out, std::size_t index, const std::string& source,
                const std::string& target, const Relation& relation, bool symmetric) {
  out += "      <edge id=\"e" + std::to_string(index) + "\"";
  attribute(out, "source", source);
  attribute(out, "target", target);
  if (symmetric) out += " type=\"undirected\"";
  attribute(out, "kind", relation.predicate);
  attribute(out, "label", relation.predicate);
  out += " weight=\"" + detail::format_number(relation.weight) + "\">\n        <attvalues>\n";
  attvalue(out, "confidence", detail::format_number(relation.confidence()));
  attvalue(out, "evidence", detail::evidence_sentences(relation.evidence));
  out += "        </attvalues>\n      </edge>\n";
}

}  // namespace

void write_gexf(const KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out,
                const ExportOptions& options) {
  detail::OutputBuffer buffer(out);
  std::string chunk;
  write_header(chunk, graph, options);
  const auto ids = detail::xml_node_ids(graph, detail::IdRule::XmlText);
  for (std::size_t v = 0; v < graph.entity_count(); ++v) {
    const Entity& entity = graph.entity(v);
    write_node(chunk, entity, ids[v], detail::style_of(ontology, entity.type));
    buffer.append(chunk);
    chunk.clear();
  }
  std::size_t count = 0;
  for (const auto edge : boost::make_iterator_range(boost::edges(graph.graph())))
    if (options.include_untyped || detail::is_typed(ontology, graph.relation(edge).predicate)) ++count;
  chunk += "    </nodes>\n    <edges count=\"" + std::to_string(count) + "\">\n";
  std::size_t index = 0;
  for (const auto edge : boost::make_iterator_range(boost::edges(graph.graph()))) {
    const Relation& relation = graph.relation(edge);
    if (!options.include_untyped && !detail::is_typed(ontology, relation.predicate)) continue;
    write_edge(chunk, index++, ids[graph.source(edge)], ids[graph.target(edge)], relation,
               detail::is_symmetric(ontology, relation.predicate));
    buffer.append(chunk);
    chunk.clear();
  }
  chunk += "    </edges>\n  </graph>\n</gexf>\n";
  buffer.append(chunk);
  buffer.finish();
}

}  // namespace kg::io
