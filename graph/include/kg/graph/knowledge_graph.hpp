// KnowledgeGraph: a Boost.Graph adjacency_list of entities and relations with an index
// from normalised alias to entity. Relations are unique per (subject, predicate, object):
// adding one that exists merges its evidence instead of adding a parallel edge.
// Not thread-safe for writers; concurrent readers are fine.
//
// Storage, per relation: a 48-byte edge list node (ends and RelationEdge: weight, predicate
// id, first evidence record) from a pool, a 16-byte entry in each end's edge list, and 32
// bytes per evidence record kept, whose sentence and rule are ids into pools that hold each
// distinct text once; relations between two well-connected entities also have an 8-byte
// slot in a hash table (detail::RelationIndex). A relation keeps at most max_evidence()
// records (the first ones), while its weight counts every distinct evidence, so repeated
// text does not make the graph grow. docs/performance.md has the figures.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph/boost_graph.hpp"
#include "kg/graph/detail/entity_index.hpp"
#include "kg/graph/detail/evidence_store.hpp"
#include "kg/graph/detail/relation_index.hpp"
#include "kg/graph/detail/string_pool.hpp"
#include "kg/graph/model.hpp"
#include "kg/graph/relation.hpp"

namespace kg {

class KnowledgeGraph {
 public:
  // Evidence records kept per relation unless told otherwise: enough to show a reader
  // several independent sentences, few enough that a relation stated in every copy of a
  // repeated text costs the same as one stated once.
  static constexpr std::size_t kDefaultMaxEvidence = 8;

  // A graph keeping at most `max_evidence` evidence records per relation (0: all of them).
  explicit KnowledgeGraph(std::size_t max_evidence = kDefaultMaxEvidence);
  KnowledgeGraph(const KnowledgeGraph& other);
  KnowledgeGraph& operator=(const KnowledgeGraph& other);
  // Moves do not copy the Boost graph (adjacency_list has no move of its own); the source is
  // left empty. Relation views made before a move refer to the source.
  KnowledgeGraph(KnowledgeGraph&& other);
  KnowledgeGraph& operator=(KnowledgeGraph&& other);
  ~KnowledgeGraph();

  // The most evidence records add_relation keeps per relation (0: no limit).
  std::size_t max_evidence() const { return max_evidence_; }

  // --- documents ---
  DocumentId add_document(Document document);
  // Lengthens a document by `code_points` (the next part of a file read in pieces) and
  // returns its length before, the offset of the new part.
  std::uint64_t extend_document(DocumentId document, std::uint64_t code_points);
  const std::vector<Document>& documents() const { return documents_; }

  // --- entities ---
  // Adds a new entity; its id is a slug of `name`, made unique with a numeric suffix.
  // The name itself is indexed as an alias.
  Vertex add_entity(std::string name, std::string type);
  // Adds an entity with an explicit id (loaders); throws std::invalid_argument if taken.
  Vertex add_entity_with_id(std::string id, std::string name, std::string type);
  // Records another surface form of `v` (ignored when equal to a known form).
  void add_alias(Vertex v, std::string_view alias);
  void add_mentions(Vertex v, std::uint32_t count) { (*graph_)[v].mentions += count; }
  void note_merge(Vertex v, std::string reason) { (*graph_)[v].merges.push_back(std::move(reason)); }

  // Entities whose name or alias has the same name_key() as `name`, in insertion order.
  std::vector<Vertex> find_all(std::string_view name) const;
  // The first entity found by find_all, if any.
  std::optional<Vertex> find(std::string_view name) const;
  std::optional<Vertex> find_by_id(std::string_view id) const;

  // --- relations ---
  // Adds `evidence` to relation (subject, predicate, object), creating it when new.
  // For a symmetric predicate, an existing (object, predicate, subject) is reused.
  // Evidence equal to a record the relation keeps is not counted twice; other evidence adds
  // one to the weight, and is kept while the relation holds fewer than max_evidence() records.
  Edge add_relation(Vertex subject, std::string_view predicate, Vertex object, const EvidenceView& evidence,
                    bool symmetric = false);
  // Adds a relation with a given weight and exactly the records `evidence`, whatever
  // max_evidence() says (loaders, copies: a graph read back holds what was written).
  // An existing relation gains the weight and the records.
  Edge add_relation_weighted(Vertex subject, std::string_view predicate, Vertex object, double weight,
                             std::span<const Evidence> evidence);
  // add_relation_weighted with the predicate, weight and records of `relation`, read from
  // this graph or another (subgraphs, copies).
  Edge copy_relation(Vertex subject, Vertex object, const Relation& relation);
  // The relation (subject, predicate, object) as stored (a symmetric one is not looked up
  // the other way round). O(1) on average.
  std::optional<Edge> find_relation(Vertex subject, std::string_view predicate, Vertex object) const;

  // --- access ---
  // The Boost graph, for Boost algorithms: vertex property Entity, edge property RelationEdge.
  const Graph& graph() const { return *graph_; }
  const Entity& entity(Vertex v) const { return (*graph_)[v]; }
  // The relation of edge `e`: predicate, weight and evidence (a view: see relation.hpp).
  Relation relation(Edge e) const {
    const RelationEdge& r = (*graph_)[e];
    return {predicate_names_[r.predicate], r.weight, EvidenceList(evidence_, r)};
  }
  // The predicate name of `e` (relation(e).predicate, without the rest).
  std::string_view predicate(Edge e) const { return predicate_names_[(*graph_)[e].predicate]; }
  // The name of a RelationEdge::predicate; ids are dense, in first-use order.
  std::string_view predicate_name(PredicateId id) const { return predicate_names_[id]; }
  // The id of a predicate some relation of the graph has, if any.
  std::optional<PredicateId> predicate_id(std::string_view name) const { return predicates_.find(name); }
  // How many distinct predicates the graph's relations have (ids are below this).
  std::size_t predicate_count() const { return predicates_.size(); }
  Vertex source(Edge e) const { return boost::source(e, *graph_); }
  Vertex target(Edge e) const { return boost::target(e, *graph_); }
  std::size_t entity_count() const { return boost::num_vertices(*graph_); }
  std::size_t relation_count() const { return boost::num_edges(*graph_); }
  // Bytes of text held once per graph: evidence sentences, rules, predicate names.
  std::size_t pooled_text_bytes() const { return evidence_.text_bytes() + predicates_.text_bytes(); }

 private:
  Edge new_relation(Vertex subject, PredicateId predicate, Vertex object, double weight);
  template <class Records>
  Edge add_weighted(Vertex subject, std::string_view predicate, Vertex object, double weight,
                    const Records& evidence);
  PredicateId intern_predicate(std::string_view name);
  void index_form(Vertex v, std::string_view form);
  std::string unique_id(std::string_view name);

  std::size_t max_evidence_;
  std::unique_ptr<Graph> graph_;
  std::vector<Document> documents_;
  detail::AliasIndex by_alias_key_;
  detail::IdIndex by_id_;
  detail::StringPool predicates_;
  // The same names as plain views: traversals look one up for every edge they pass.
  std::vector<std::string_view> predicate_names_;
  detail::EvidenceStore evidence_;
  detail::RelationIndex relations_;
};

// Lower-case ASCII slug of a name: letters and digits kept (non-ASCII letters too),
// every other run of characters becomes one '-'. Never empty ("entity" as a fallback).
std::string slugify(std::string_view name);

}  // namespace kg
