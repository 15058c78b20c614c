// KnowledgeGraph: a Boost.Graph adjacency_list of entities and relations with an index
// from normalised alias to entity. Relations are unique per (subject, predicate, object):
// adding one that exists merges its evidence instead of adding a parallel edge.
// Not thread-safe for writers; concurrent readers are fine.
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kg/graph/model.hpp"

namespace kg {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Entity,
                                    Relation>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

class KnowledgeGraph {
 public:
  KnowledgeGraph() = default;

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
  void add_mentions(Vertex v, std::uint32_t count) { graph_[v].mentions += count; }
  void note_merge(Vertex v, std::string reason) { graph_[v].merges.push_back(std::move(reason)); }

  // Entities whose name or alias has the same name_key() as `name`, in insertion order.
  std::vector<Vertex> find_all(std::string_view name) const;
  // The first entity found by find_all, if any.
  std::optional<Vertex> find(std::string_view name) const;
  std::optional<Vertex> find_by_id(std::string_view id) const;

  // --- relations ---
  // Adds `evidence` to relation (subject, predicate, object), creating it when new.
  // For a symmetric predicate, an existing (object, predicate, subject) is reused.
  // Evidence equal to one already held is not counted twice.
  Edge add_relation(Vertex subject, std::string_view predicate, Vertex object, Evidence evidence,
                    bool symmetric = false);
  // Adds a relation with a given weight and no evidence beyond `evidence` (loaders).
  Edge add_relation_weighted(Vertex subject, std::string_view predicate, Vertex object,
                             double weight, std::vector<Evidence> evidence);
  std::optional<Edge> find_relation(Vertex subject, std::string_view predicate,
                                    Vertex object) const;

  // --- access ---
  const Graph& graph() const { return graph_; }
  const Entity& entity(Vertex v) const { return graph_[v]; }
  const Relation& relation(Edge e) const { return graph_[e]; }
  Vertex source(Edge e) const { return boost::source(e, graph_); }
  Vertex target(Edge e) const { return boost::target(e, graph_); }
  std::size_t entity_count() const { return boost::num_vertices(graph_); }
  std::size_t relation_count() const { return boost::num_edges(graph_); }

 private:
  struct RelationKey {
    Vertex subject;
    Vertex object;
    std::uint32_t predicate;
    friend bool operator==(const RelationKey&, const RelationKey&) = default;
  };
  struct RelationKeyHash {
    std::size_t operator()(const RelationKey& k) const noexcept;
  };

  std::uint32_t predicate_index(std::string_view predicate);
  std::optional<std::uint32_t> known_predicate(std::string_view predicate) const;
  void index_form(Vertex v, std::string_view form);
  std::string unique_id(std::string_view name);

  Graph graph_;
  std::vector<Document> documents_;
  std::unordered_multimap<std::string, Vertex> by_alias_key_;
  std::unordered_map<std::string, Vertex> by_id_;
  std::unordered_map<std::string, std::uint32_t> predicate_ids_;
  std::unordered_map<RelationKey, Edge, RelationKeyHash> relations_;
};

// Lower-case ASCII slug of a name: letters and digits kept (non-ASCII letters too),
// every other run of characters becomes one '-'. Never empty ("entity" as a fallback).
std::string slugify(std::string_view name);

}  // namespace kg
