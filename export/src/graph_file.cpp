#include <algorithm>
#include <string>

#include "kg/io/import.hpp"
#include "kg/text/source_error.hpp"

namespace kg::io {

namespace {

std::string lower_extension(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return ext;
}

bool is_jsonld(const std::string& ext) { return ext == ".jsonld" || ext == ".json"; }
bool is_graphml(const std::string& ext) { return ext == ".graphml" || ext == ".xml"; }

}  // namespace

KnowledgeGraph read_graph(const std::filesystem::path& path, const Ontology& ontology) {
  const std::string ext = lower_extension(path);
  if (is_jsonld(ext)) return read_jsonld(path, ontology);
  if (is_graphml(ext)) return read_graphml(path, ontology);
  throw SourceError(ErrorKind::Input, path.string(),
                    "not a graph file (expected .jsonld, .json, .graphml or .xml)");
}

bool is_graph_file(const std::filesystem::path& path) {
  const std::string ext = lower_extension(path);
  return is_jsonld(ext) || is_graphml(ext);
}

}  // namespace kg::io
