#include "kg/extract/extractor.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "document_result.hpp"
#include "knowledge.hpp"
#include "pipeline.hpp"

namespace kg::extract {
namespace {

// The same entity in the graph: same name key and type, by name first, then by alias.
std::optional<Vertex> existing_entity(const KnowledgeGraph& graph, const FoundEntity& e) {
  for (const auto& v : graph.find_all(e.name))
    if (graph.entity(v).type == e.type) return v;
  for (const auto& alias : e.aliases)
    for (const auto& v : graph.find_all(alias))
      if (graph.entity(v).type == e.type) return v;
  return std::nullopt;
}

}  // namespace

struct Extractor::Impl {
  Knowledge knowledge;
};

Extractor::Extractor(const KnowledgePaths& paths, Options options)
    : impl_(std::make_unique<Impl>(Impl{Knowledge::load(paths, options)})) {}

Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;

const Ontology& Extractor::ontology() const { return impl_->knowledge.ontology; }

std::shared_ptr<const DocumentResult> Extractor::extract(std::string_view document_name,
                                                         std::string_view text) const {
  auto result = std::make_shared<const DocumentResult>(run_pipeline(impl_->knowledge, document_name, text));
  spdlog::debug("extracted {}: {} sentences, {} mentions, {} entities, {} relations", result->name,
                result->sentences, result->mentions, result->entities.size(), result->relations.size());
  return result;
}

DocumentReport Extractor::merge(KnowledgeGraph& graph, const DocumentResult& result,
                                std::optional<DocumentId> continues) const {
  const DocumentId document =
      continues ? *continues : graph.add_document(Document{result.name, result.code_points});
  const std::uint64_t shift = continues ? graph.extend_document(document, result.code_points) : 0;
  std::vector<Vertex> vertex;
  vertex.reserve(result.entities.size());
  for (const auto& e : result.entities) {
    Vertex v;
    if (const auto found = existing_entity(graph, e)) {
      v = *found;
      if (graph.entity(v).name != e.name)
        graph.note_merge(v, "\"" + e.name + "\" from " + result.name + " has the name key and type of \"" +
                                graph.entity(v).name + "\"");
      graph.add_alias(v, e.name);
    } else {
      v = graph.add_entity(e.name, e.type);
    }
    for (const auto& alias : e.aliases) graph.add_alias(v, alias);
    graph.add_mentions(v, e.mentions);
    for (const auto& why : e.merges)
      if (std::find(graph.entity(v).merges.begin(), graph.entity(v).merges.end(), why) ==
          graph.entity(v).merges.end())
        graph.note_merge(v, why);
    vertex.push_back(v);
  }
  auto add = [&](const FoundRelation& r) {
    const FoundEvidence& found = r.evidence;  // the graph copies the texts it keeps
    const EvidenceView ev(document, found.begin + shift, found.end + shift, result.quotes[found.quote], found.rule,
                          found.confidence);
    graph.add_relation(vertex[r.subject], r.predicate, vertex[r.object], ev, r.symmetric);
  };
  for (const auto& r : result.relations) add(r);
  for (const auto& r : result.cooccurrences) add(r);

  DocumentReport report;
  report.name = result.name;
  report.document = document;
  report.code_points = result.code_points;
  report.replaced_bytes = result.replaced_bytes;
  report.sentences = result.sentences;
  report.mentions = result.mentions;
  report.relations = result.relations.size();
  return report;
}

DocumentReport Extractor::add_document(KnowledgeGraph& graph, std::string_view document_name,
                                       std::string_view text) const {
  return merge(graph, *extract(document_name, text));
}

}  // namespace kg::extract
