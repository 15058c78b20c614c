// DOT and SVG: one cgraph graph built from the knowledge graph, written by agwrite (DOT) or
// laid out and rendered in process by gvc (SVG), so both show exactly the same drawing.
#include <ostream>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "cgraph_session.hpp"
#include "kg/io/export.hpp"
#include "output_buffer.hpp"
#include "type_style.hpp"
#include "xml_text.hpp"

namespace kg::io {

namespace {

using detail::CgraphSession;
using detail::GraphHandle;

constexpr const char* kFont = "Noto Sans CJK SC";

// Label text as Graphviz reads it back: `\` is itself an escape character in labels, line
// breaks become the `\n` / `\r` escapes, characters XML cannot hold (SVG) become U+FFFD.
std::string dot_label(std::string_view text) {
  const std::string safe = detail::xml_safe(text);
  std::string out;
  out.reserve(safe.size());
  for (const char c : safe) {
    if (c == '\\')
      out += "\\\\";
    else if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else
      out += c;
  }
  return out;
}

// Node names are not labels, but agwrite copies a backslash before the closing quote as is,
// which would escape the quote: doubling every backslash keeps names distinct and the file valid.
std::string dot_name(std::string_view id) {
  std::string out;
  for (const char c : detail::xml_safe(id)) {
    if (c == '\\') out += '\\';
    out += c;
  }
  return out;
}

void set_attribute(void* object, const char* name, const std::string& value) {
  agsafeset(object, const_cast<char*>(name), const_cast<char*>(value.c_str()), const_cast<char*>(""));
}

void declare_defaults(Agraph_t* g) {
  agattr(g, AGRAPH, const_cast<char*>("charset"), const_cast<char*>("UTF-8"));
  agattr(g, AGRAPH, const_cast<char*>("fontname"), const_cast<char*>(kFont));
  agattr(g, AGNODE, const_cast<char*>("fontname"), const_cast<char*>(kFont));
  agattr(g, AGNODE, const_cast<char*>("style"), const_cast<char*>("filled"));
  agattr(g, AGEDGE, const_cast<char*>("fontname"), const_cast<char*>(kFont));
}

// Types in ontology order, then types the ontology does not know in first-seen order.
std::vector<std::string> types_present(const KnowledgeGraph& graph, const Ontology& ontology) {
  std::set<std::string> seen;
  std::vector<std::string> unknown;
  for (std::size_t v = 0; v < graph.entity_count(); ++v) {
    const std::string& type = graph.entity(v).type;
    if (seen.insert(type).second && !ontology.type(type)) unknown.push_back(type);
  }
  std::vector<std::string> ordered;
  for (const auto& t : ontology.types())
    if (seen.count(t.name)) ordered.push_back(t.name);
  ordered.insert(ordered.end(), unknown.begin(), unknown.end());
  return ordered;
}

void style_node(Agnode_t* node, const detail::TypeStyle& style, const std::string& label) {
  set_attribute(node, "label", dot_label(label));
  set_attribute(node, "shape", style.shape);
  set_attribute(node, "fillcolor", style.color);
}

void add_legend(Agraph_t* g, const KnowledgeGraph& graph, const Ontology& ontology) {
  const auto types = types_present(graph, ontology);
  if (types.empty()) return;
  Agraph_t* legend = agsubg(g, const_cast<char*>("cluster_legend"), 1);
  set_attribute(legend, "label", "Legend");
  for (const auto& type : types) {
    std::string name = dot_name("legend: " + type);
    while (agnode(g, name.data(), 0)) name += "'";  // an entity may already use the name
    Agnode_t* node = agnode(legend, name.data(), 1);
    const auto style = detail::style_of(ontology, type);
    style_node(node, style, style.label);
  }
}

GraphHandle build_graph(CgraphSession& session, const KnowledgeGraph& graph,
                        const Ontology& ontology, const ExportOptions& options) {
  GraphHandle g(session.open_digraph("kg"));
  declare_defaults(g.get());

  std::vector<Agnode_t*> nodes(graph.entity_count());
  for (std::size_t v = 0; v < graph.entity_count(); ++v) {
    const Entity& entity = graph.entity(v);
    std::string name = dot_name(entity.id);
    nodes[v] = agnode(g.get(), name.data(), 1);
    style_node(nodes[v], detail::style_of(ontology, entity.type), entity.name);
  }
  add_legend(g.get(), graph, ontology);

  std::size_t index = 0;
  for (const auto edge : boost::make_iterator_range(boost::edges(graph.graph()))) {
    const Relation& relation = graph.relation(edge);
    const bool typed = detail::is_typed(ontology, relation.predicate);
    if (!typed && !options.include_untyped) continue;
    // A unique key per edge: without one, cgraph would fold relations between the same pair.
    std::string key("r");
    key.append(std::to_string(index++));
    Agedge_t* e = agedge(g.get(), nodes[graph.source(edge)], nodes[graph.target(edge)], key.data(), 1);
    set_attribute(e, "label", dot_label(relation.predicate));
    if (detail::is_symmetric(ontology, relation.predicate)) set_attribute(e, "dir", "none");
    if (!typed) {
      set_attribute(e, "style", "dashed");
      set_attribute(e, "color", "grey");
      set_attribute(e, "fontcolor", "grey");
    }
  }
  return g;
}

void emit(std::ostream& out, std::string_view text) {
  detail::OutputBuffer buffer(out);
  buffer.append(text);
  buffer.finish();
}

}  // namespace

void write_dot(const KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out,
               const ExportOptions& options) {
  std::string text;
  {
    CgraphSession session;
    GraphHandle g = build_graph(session, graph, ontology, options);
    text = session.write_dot(g.get());
  }
  emit(out, text);
}

void write_svg(const KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out,
               const ExportOptions& options) {
  std::string text;
  {
    CgraphSession session;
    GraphHandle g = build_graph(session, graph, ontology, options);
    GVC_t* gvc = session.context();
    if (gvLayout(gvc, g.get(), "dot") != 0) throw std::runtime_error("graphviz could not lay out the graph");
    char* data = nullptr;
    unsigned int length = 0;
    const int status = gvRenderData(gvc, g.get(), "svg", &data, &length);
    if (status == 0 && data) text.assign(data, length);
    gvFreeRenderData(data);
    gvFreeLayout(gvc, g.get());
    if (status != 0) throw std::runtime_error("graphviz could not render SVG");
  }
  emit(out, text);
}

}  // namespace kg::io
