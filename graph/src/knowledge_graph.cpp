#include "kg/graph/knowledge_graph.hpp"

#include <algorithm>
#include <stdexcept>

#include "kg/text/normalize.hpp"

namespace kg {

double Relation::confidence() const {
  double best = 0.0;
  for (const auto& e : evidence) best = std::max(best, e.confidence);
  return best;
}

std::size_t KnowledgeGraph::RelationKeyHash::operator()(const RelationKey& k) const noexcept {
  std::size_t h = std::hash<std::size_t>{}(k.subject);
  h ^= std::hash<std::size_t>{}(k.object) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  h ^= std::hash<std::uint32_t>{}(k.predicate) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  return h;
}

DocumentId KnowledgeGraph::add_document(Document document) {
  documents_.push_back(std::move(document));
  return static_cast<DocumentId>(documents_.size() - 1);
}

std::uint64_t KnowledgeGraph::extend_document(DocumentId document, std::uint64_t code_points) {
  const std::uint64_t before = documents_.at(document).code_points;
  documents_[document].code_points = before + code_points;
  return before;
}

std::string KnowledgeGraph::unique_id(std::string_view name) {
  const std::string base = slugify(name);
  std::string id = base;
  for (int suffix = 2; by_id_.count(id); ++suffix) id = base + "-" + std::to_string(suffix);
  return id;
}

Vertex KnowledgeGraph::add_entity(std::string name, std::string type) {
  std::string id = unique_id(name);
  return add_entity_with_id(std::move(id), std::move(name), std::move(type));
}

Vertex KnowledgeGraph::add_entity_with_id(std::string id, std::string name, std::string type) {
  if (id.empty()) throw std::invalid_argument("entity id is empty");
  if (by_id_.count(id)) throw std::invalid_argument("entity id \"" + id + "\" is already taken");
  Entity entity;
  entity.id = std::move(id);
  entity.name = std::move(name);
  entity.type = std::move(type);
  const Vertex v = boost::add_vertex(std::move(entity), graph_);
  by_id_.emplace(graph_[v].id, v);
  index_form(v, graph_[v].name);
  return v;
}

void KnowledgeGraph::index_form(Vertex v, std::string_view form) {
  const std::string key = text::name_key(form);
  if (key.empty()) return;
  auto [first, last] = by_alias_key_.equal_range(key);
  for (auto it = first; it != last; ++it)
    if (it->second == v) return;
  by_alias_key_.emplace(key, v);
}

void KnowledgeGraph::add_alias(Vertex v, std::string_view alias) {
  Entity& entity = graph_[v];
  if (alias.empty() || alias == entity.name) return;
  if (std::find(entity.aliases.begin(), entity.aliases.end(), alias) != entity.aliases.end()) return;
  entity.aliases.emplace_back(alias);
  index_form(v, alias);
}

std::vector<Vertex> KnowledgeGraph::find_all(std::string_view name) const {
  std::vector<Vertex> found;
  auto [first, last] = by_alias_key_.equal_range(text::name_key(name));
  for (auto it = first; it != last; ++it) found.push_back(it->second);
  std::sort(found.begin(), found.end());
  return found;
}

std::optional<Vertex> KnowledgeGraph::find(std::string_view name) const {
  const auto all = find_all(name);
  if (all.empty()) return std::nullopt;
  return all.front();
}

std::optional<Vertex> KnowledgeGraph::find_by_id(std::string_view id) const {
  const auto it = by_id_.find(std::string(id));
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

std::uint32_t KnowledgeGraph::predicate_index(std::string_view predicate) {
  const auto [it, inserted] = predicate_ids_.try_emplace(
      std::string(predicate), static_cast<std::uint32_t>(predicate_ids_.size()));
  return it->second;
}

std::optional<std::uint32_t> KnowledgeGraph::known_predicate(std::string_view predicate) const {
  const auto it = predicate_ids_.find(std::string(predicate));
  if (it == predicate_ids_.end()) return std::nullopt;
  return it->second;
}

std::optional<Edge> KnowledgeGraph::find_relation(Vertex subject, std::string_view predicate,
                                                  Vertex object) const {
  const auto id = known_predicate(predicate);
  if (!id) return std::nullopt;
  const auto it = relations_.find(RelationKey{subject, object, *id});
  if (it == relations_.end()) return std::nullopt;
  return it->second;
}

Edge KnowledgeGraph::add_relation(Vertex subject, std::string_view predicate, Vertex object,
                                  Evidence evidence, bool symmetric) {
  std::optional<Edge> existing = find_relation(subject, predicate, object);
  if (!existing && symmetric) existing = find_relation(object, predicate, subject);
  if (existing) {
    Relation& relation = graph_[*existing];
    if (std::find(relation.evidence.begin(), relation.evidence.end(), evidence) ==
        relation.evidence.end()) {
      relation.evidence.push_back(std::move(evidence));
      relation.weight += 1.0;
    }
    return *existing;
  }
  std::vector<Evidence> list;
  list.push_back(std::move(evidence));
  return add_relation_weighted(subject, predicate, object, 1.0, std::move(list));
}

Edge KnowledgeGraph::add_relation_weighted(Vertex subject, std::string_view predicate,
                                           Vertex object, double weight,
                                           std::vector<Evidence> evidence) {
  if (!(weight > 0.0)) throw std::invalid_argument("relation weight must be positive");
  const std::uint32_t id = predicate_index(predicate);
  const RelationKey key{subject, object, id};
  if (const auto it = relations_.find(key); it != relations_.end()) {
    Relation& relation = graph_[it->second];
    relation.weight += weight;
    for (auto& e : evidence) relation.evidence.push_back(std::move(e));
    return it->second;
  }
  Relation relation;
  relation.predicate = std::string(predicate);
  relation.weight = weight;
  relation.evidence = std::move(evidence);
  const Edge edge = boost::add_edge(subject, object, std::move(relation), graph_).first;
  relations_.emplace(key, edge);
  return edge;
}

}  // namespace kg
