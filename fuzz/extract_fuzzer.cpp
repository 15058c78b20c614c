// Arbitrary bytes as a document: extraction must not crash, and every evidence span must
// lie inside the document.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "kg/extract/extractor.hpp"
#include "kg/text/utf8.hpp"

namespace {
const kg::extract::Extractor& extractor() {
  static const kg::extract::Extractor instance(kg::extract::KnowledgePaths{
      KG_SOURCE_DATADIR "/ontology.json", KG_SOURCE_DATADIR "/lexicon.json", KG_SOURCE_DATADIR "/patterns"});
  return instance;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  kg::KnowledgeGraph graph;
  extractor().add_document(graph, "fuzz", text);
  const std::size_t length = kg::text::count_code_points(text);
  for (auto e : boost::make_iterator_range(boost::edges(graph.graph())))
    for (const auto& ev : graph.relation(e).evidence)
      if (ev.begin > ev.end || ev.end > length) std::abort();
  return 0;
}
