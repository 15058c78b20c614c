#include "kg/graph/knowledge_graph.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>

#include "kg/text/normalize.hpp"

namespace kg {

KnowledgeGraph::KnowledgeGraph(std::size_t max_evidence)
    : max_evidence_(max_evidence), graph_(std::make_unique<Graph>()) {}

KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& other)
    : max_evidence_(other.max_evidence_),
      graph_(std::make_unique<Graph>(*other.graph_)),
      documents_(other.documents_),
      by_alias_key_(other.by_alias_key_),
      by_id_(other.by_id_),
      predicates_(other.predicates_),
      evidence_(other.evidence_),
      relations_(other.relations_) {
  for (std::size_t id = 0; id < predicates_.size(); ++id)  // views of this graph's own copy
    predicate_names_.push_back(predicates_[static_cast<PredicateId>(id)]);
}

KnowledgeGraph& KnowledgeGraph::operator=(const KnowledgeGraph& other) {
  if (this != &other) *this = KnowledgeGraph(other);
  return *this;
}

KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&& other)
    : max_evidence_(other.max_evidence_),
      graph_(std::exchange(other.graph_, std::make_unique<Graph>())),
      documents_(std::move(other.documents_)),
      by_alias_key_(std::move(other.by_alias_key_)),
      by_id_(std::move(other.by_id_)),
      predicates_(std::move(other.predicates_)),
      predicate_names_(std::move(other.predicate_names_)),
      evidence_(std::move(other.evidence_)),
      relations_(std::move(other.relations_)) {}

KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&& other) {
  if (this == &other) return *this;
  max_evidence_ = other.max_evidence_;
  graph_ = std::exchange(other.graph_, std::make_unique<Graph>());
  documents_ = std::move(other.documents_);
  by_alias_key_ = std::move(other.by_alias_key_);
  by_id_ = std::move(other.by_id_);
  predicates_ = std::move(other.predicates_);
  predicate_names_ = std::move(other.predicate_names_);
  evidence_ = std::move(other.evidence_);
  relations_ = std::move(other.relations_);
  return *this;
}

KnowledgeGraph::~KnowledgeGraph() = default;

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
  for (int suffix = 2; by_id_.find(*graph_, id); ++suffix) id = base + "-" + std::to_string(suffix);
  return id;
}

Vertex KnowledgeGraph::add_entity(std::string name, std::string type) {
  std::string id = unique_id(name);
  return add_entity_with_id(std::move(id), std::move(name), std::move(type));
}

Vertex KnowledgeGraph::add_entity_with_id(std::string id, std::string name, std::string type) {
  if (id.empty()) throw std::invalid_argument("entity id is empty");
  if (by_id_.find(*graph_, id)) throw std::invalid_argument("entity id \"" + id + "\" is already taken");
  Entity entity;
  entity.id = std::move(id);
  entity.name = std::move(name);
  entity.type = std::move(type);
  if (boost::num_vertices(*graph_) >= 0xffffffffu)
    throw std::length_error("more than 2^32 - 1 entities in a graph");  // the relation index holds 32-bit vertices
  const Vertex v = boost::add_vertex(std::move(entity), *graph_);
  by_id_.add(*graph_, v);
  index_form(v, (*graph_)[v].name);
  return v;
}

void KnowledgeGraph::index_form(Vertex v, std::string_view form) {
  const std::string key = text::name_key(form);
  if (!key.empty()) by_alias_key_.add(key, v);
}

void KnowledgeGraph::add_alias(Vertex v, std::string_view alias) {
  Entity& entity = (*graph_)[v];
  if (alias.empty() || alias == entity.name) return;
  if (std::find(entity.aliases.begin(), entity.aliases.end(), alias) != entity.aliases.end()) return;
  entity.aliases.emplace_back(alias);
  index_form(v, alias);
}

std::vector<Vertex> KnowledgeGraph::find_all(std::string_view name) const {
  std::vector<Vertex> found = by_alias_key_.find(text::name_key(name));
  std::sort(found.begin(), found.end());
  return found;
}

std::optional<Vertex> KnowledgeGraph::find(std::string_view name) const {
  const auto all = find_all(name);
  if (all.empty()) return std::nullopt;
  return all.front();
}

std::optional<Vertex> KnowledgeGraph::find_by_id(std::string_view id) const {
  return by_id_.find(*graph_, id);
}

std::optional<Edge> KnowledgeGraph::find_relation(Vertex subject, std::string_view predicate,
                                                  Vertex object) const {
  const auto id = predicates_.find(predicate);
  if (!id) return std::nullopt;
  return relations_.find(*graph_, subject, *id, object);
}

PredicateId KnowledgeGraph::intern_predicate(std::string_view name) {
  const PredicateId id = predicates_.intern(name);
  if (id == predicate_names_.size()) predicate_names_.push_back(predicates_[id]);
  return id;
}

Edge KnowledgeGraph::new_relation(Vertex subject, PredicateId predicate, Vertex object, double weight) {
  RelationEdge relation;
  relation.weight = weight;
  relation.predicate = predicate;
  const Edge edge = boost::add_edge(subject, object, relation, *graph_).first;
  relations_.add(*graph_, subject, object);
  return edge;
}

Edge KnowledgeGraph::add_relation(Vertex subject, std::string_view predicate, Vertex object,
                                  const EvidenceView& evidence, bool symmetric) {
  const PredicateId id = intern_predicate(predicate);
  std::optional<Edge> existing = relations_.find(*graph_, subject, id, object);
  if (!existing && symmetric) existing = relations_.find(*graph_, object, id, subject);
  if (existing) {
    RelationEdge& relation = (*graph_)[*existing];
    if (evidence_.offer(relation, evidence, max_evidence_) != detail::EvidenceStore::Offer::Duplicate)
      relation.weight += 1.0;
    return *existing;
  }
  const Edge edge = new_relation(subject, id, object, 1.0);
  evidence_.append((*graph_)[edge], kNoEvidence, evidence);
  return edge;
}

template <class Records>
Edge KnowledgeGraph::add_weighted(Vertex subject, std::string_view predicate, Vertex object, double weight,
                                  const Records& evidence) {
  if (!(weight > 0.0)) throw std::invalid_argument("relation weight must be positive");
  const PredicateId id = intern_predicate(predicate);
  const std::optional<Edge> existing = relations_.find(*graph_, subject, id, object);
  const Edge edge = existing ? *existing : new_relation(subject, id, object, 0.0);
  RelationEdge& relation = (*graph_)[edge];
  relation.weight += weight;
  EvidenceId last = evidence_.last(relation);
  // Counted before adding any: a relation copied onto itself must not chase its own tail.
  auto it = evidence.begin();
  for (std::size_t left = evidence.size(); left > 0; --left, ++it) last = evidence_.append(relation, last, *it);
  return edge;
}

Edge KnowledgeGraph::add_relation_weighted(Vertex subject, std::string_view predicate, Vertex object,
                                           double weight, std::span<const Evidence> evidence) {
  return add_weighted(subject, predicate, object, weight, evidence);
}

Edge KnowledgeGraph::copy_relation(Vertex subject, Vertex object, const Relation& relation) {
  return add_weighted(subject, relation.predicate, object, relation.weight, relation.evidence);
}

}  // namespace kg
