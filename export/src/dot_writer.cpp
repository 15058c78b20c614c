// DOT written directly as text, one statement per line; SVG is that same text parsed by
// cgraph, laid out and rendered in process by gvc, so both show exactly the same drawing.
#include <ostream>
#include <set>
#include <sstream>
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

using detail::append_escaped;
using detail::make_escape_rule;

constexpr const char* kFont = "\"Noto Sans CJK SC\"";

// Every ID is written quoted, so keywords (node, edge, graph, strict, digraph, subgraph)
// and punctuation need no care. In a quoted string the parser knows `\"` and reads `\\` as
// two backslashes; doubling every backslash keeps a trailing one from escaping the closing
// quote and keeps names distinct. Labels go through Graphviz's escString reading, where
// `\\` is one backslash and line breaks are the `\n` / `\r` escapes. Characters XML cannot
// hold become U+FFFD, since the SVG output must stay well-formed.
constexpr detail::EscapeRule kDotName = make_escape_rule({{'"', "\\\""}, {'\\', "\\\\"}});
constexpr detail::EscapeRule kDotLabel =
    make_escape_rule({{'"', "\\\""}, {'\\', "\\\\"}, {'\n', "\\n"}, {'\r', "\\r"}});

// Types in ontology order, then types the ontology does not know in first-seen order.
std::vector<std::string> types_present(const KnowledgeGraph& graph, const Ontology& ontology) {
  std::set<std::string, std::less<>> seen;
  std::vector<std::string> unknown;
  for (std::size_t v = 0; v < graph.entity_count(); ++v) {
    const std::string& type = graph.entity(v).type;
    if (seen.insert(type).second && !ontology.type(type))
      unknown.push_back(type);
  }
  std::vector<std::string> ordered;
  for (const auto& t : ontology.types())
    if (seen.count(t.name)) ordered.push_back(t.name);
  ordered.insert(ordered.end(), unknown.begin(), unknown.end());
  return ordered;
}

class DotWriter {
 public:
  DotWriter(const KnowledgeGraph& graph, const Ontology& ontology, const ExportOptions& options,
            detail::OutputBuffer& buffer)
      : graph_(graph), ontology_(ontology), options_(options), buffer_(buffer), styles_(ontology) {
    // Each name is quoted once into one compact table: edges then read their endpoints'
    // names from it instead of chasing every entity's id through the graph.
    name_ends_.reserve(graph.entity_count());
    for (std::size_t v = 0; v < graph.entity_count(); ++v) {
      quoted(names_, graph.entity(v).id, kDotName);
      name_ends_.push_back(names_.size());
    }
  }

  void write() {
    out_ += "digraph kg {\n\tgraph [charset=\"UTF-8\", fontname=";
    out_ += kFont;
    out_ += "];\n\tnode [fontname=";
    out_ += kFont;
    out_ += ", style=filled];\n\tedge [fontname=";
    out_ += kFont;
    out_ += "];\n";
    write_legend();
    for (std::size_t v = 0; v < graph_.entity_count(); ++v) {
      const Entity& entity = graph_.entity(v);
      out_ += '\t';
      out_ += name(v);
      node_attributes(styles_.style(entity.type), entity.name);
      flush();
    }
    for (const auto edge : boost::make_iterator_range(boost::edges(graph_.graph()))) {
      write_edge(edge);
      flush();
    }
    out_ += "}\n";
    buffer_.append(out_);
  }

 private:
  static void quoted(std::string& out, std::string_view text, const detail::EscapeRule& rule) {
    out += '"';
    append_escaped(out, text, rule);
    out += '"';
  }
  void quoted(std::string_view text, const detail::EscapeRule& rule) { quoted(out_, text, rule); }
  std::string_view name(std::size_t v) const {
    const std::size_t begin = v == 0 ? 0 : name_ends_[v - 1];
    return std::string_view(names_).substr(begin, name_ends_[v] - begin);
  }

  void node_attributes(const detail::TypeStyle& style, std::string_view label) {
    out_ += " [fillcolor=";
    quoted(style.color, kDotLabel);
    out_ += ", label=";
    quoted(label, kDotLabel);
    out_ += ", shape=";
    quoted(style.shape, kDotLabel);
    out_ += "];\n";
  }

  // One node per type present, named "legend: TYPE" unless an entity already has that name.
  void write_legend() {
    const auto types = types_present(graph_, ontology_);
    if (types.empty()) return;
    constexpr std::string_view kPrefix = "legend: ";
    std::set<std::string, std::less<>> taken;  // escaped names, which differ when names do
    for (std::size_t v = 0; v < graph_.entity_count(); ++v)
      if (name(v).substr(1, kPrefix.size()) == kPrefix) taken.emplace(name(v).substr(1, name(v).size() - 2));
    out_ += "\tsubgraph cluster_legend {\n\t\tgraph [label=\"Legend\"];\n";
    for (const auto& type : types) {
      std::string legend_name(kPrefix);
      append_escaped(legend_name, type, kDotName);
      while (!taken.insert(legend_name).second) legend_name += '\'';
      out_ += "\t\t\"";
      out_ += legend_name;
      out_ += '"';
      const auto& style = styles_.style(type);
      node_attributes(style, style.label);
    }
    out_ += "\t}\n";
  }

  void write_edge(Edge edge) {
    const Relation& relation = graph_.relation(edge);
    const auto& traits = styles_.predicate(relation.predicate);
    if (!traits.typed && !options_.include_untyped) return;
    out_ += '\t';
    out_ += name(graph_.source(edge));
    out_ += " -> ";
    out_ += name(graph_.target(edge));
    out_ += " [label=";
    quoted(relation.predicate, kDotLabel);
    if (traits.symmetric) out_ += ", dir=none";
    if (!traits.typed) out_ += ", style=dashed, color=grey, fontcolor=grey";
    out_ += "];\n";
  }

  void flush() {
    if (out_.size() < kChunk) return;
    buffer_.append(out_);
    out_.clear();
  }

  static constexpr std::size_t kChunk = 1 << 15;

  const KnowledgeGraph& graph_;
  const Ontology& ontology_;
  const ExportOptions& options_;
  detail::OutputBuffer& buffer_;
  detail::StyleCache styles_;
  std::string names_;                   // every entity's quoted name, back to back
  std::vector<std::size_t> name_ends_;  // where each entity's name ends in names_
  std::string out_;
};

}  // namespace

void write_dot(const KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out,
               const ExportOptions& options) {
  detail::OutputBuffer buffer(out);
  DotWriter(graph, ontology, options, buffer).write();
  buffer.finish();
}

void write_svg(const KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out,
               const ExportOptions& options) {
  std::ostringstream dot;
  write_dot(graph, ontology, dot, options);
  std::string text;
  {
    detail::CgraphSession session;
    detail::GraphHandle g(session.read_dot(dot.str()));
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
  detail::OutputBuffer buffer(out);
  buffer.append(text);
  buffer.finish();
}

}  // namespace kg::io
