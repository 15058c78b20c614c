#include <array>
#include <ostream>
#include <stdexcept>
#include <string>

#include "kg/io/export.hpp"

namespace kg::io {

namespace {

struct FormatInfo {
  Format format;
  std::string_view name;
  std::string_view extension;
};

constexpr std::array<FormatInfo, 5> kFormats{{
    {Format::Dot, "dot", "dot"},
    {Format::Svg, "svg", "svg"},
    {Format::GraphML, "graphml", "graphml"},
    {Format::Gexf, "gexf", "gexf"},
    {Format::JsonLd, "jsonld", "jsonld"},
}};

const FormatInfo& info(Format format) {
  for (const auto& f : kFormats)
    if (f.format == format) return f;
  throw std::invalid_argument("unknown export format");
}

}  // namespace

Format parse_format(std::string_view name) {
  for (const auto& f : kFormats)
    if (f.name == name) return f.format;
  std::string known;
  for (const auto& f : kFormats) known += (known.empty() ? "" : ", ") + std::string(f.name);
  throw std::invalid_argument("unknown format \"" + std::string(name) + "\" (known: " + known + ")");
}

std::string_view format_name(Format format) { return info(format).name; }

std::string_view file_extension(Format format) { return info(format).extension; }

void write(Format format, const KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out,
           const ExportOptions& options) {
  switch (format) {
    case Format::Dot: return write_dot(graph, ontology, out, options);
    case Format::Svg: return write_svg(graph, ontology, out, options);
    case Format::GraphML: return write_graphml(graph, ontology, out, options);
    case Format::Gexf: return write_gexf(graph, ontology, out, options);
    case Format::JsonLd: return write_jsonld(graph, ontology, out, options);
  }
  throw std::invalid_argument("unknown export format");
}

}  // namespace kg::io
