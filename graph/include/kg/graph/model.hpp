// The records a knowledge graph holds: entities (vertices), relations (edges) and the
// evidence behind each relation. Plain data; KnowledgeGraph keeps them consistent.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

using DocumentId = std::uint32_t;
using PredicateId = std::uint32_t;  // index into KnowledgeGraph::predicate_name
using EvidenceId = std::uint32_t;   // a record of the graph's evidence store
inline constexpr EvidenceId kNoEvidence = 0xffffffffu;

// A source document. Offsets in Evidence are code points into its original text.
struct Document {
  std::string name;                 // path or label as given by the user ("-" for stdin)
  std::uint64_t code_points = 0;    // length of the original text in code points
};

// One observation supporting a relation, as given to the graph (extraction, loaders).
struct Evidence {
  DocumentId document = 0;          // index into KnowledgeGraph::documents()
  std::uint64_t begin = 0;          // first code point of the evidence span, inclusive
  std::uint64_t end = 0;            // end of the span, exclusive
  std::string sentence;             // the sentence, as written in the input
  std::string rule;                 // id of the rule that produced the relation
  double confidence = 1.0;          // in (0, 1]

  friend bool operator==(const Evidence&, const Evidence&) = default;
};

// One observation as the graph holds it: the same fields, the texts viewed in the graph's
// pools (each distinct sentence and rule is stored once). Valid while the graph lives.
// An Evidence converts to a view of itself, as std::string does to std::string_view.
struct EvidenceView {
  DocumentId document = 0;
  std::uint64_t begin = 0;
  std::uint64_t end = 0;
  std::string_view sentence;
  std::string_view rule;
  double confidence = 1.0;

  EvidenceView() = default;
  EvidenceView(DocumentId document, std::uint64_t begin, std::uint64_t end, std::string_view sentence,
               std::string_view rule, double confidence)
      : document(document), begin(begin), end(end), sentence(sentence), rule(rule), confidence(confidence) {}
  EvidenceView(const Evidence& e)  // implicit on purpose, like std::string to std::string_view
      : EvidenceView(e.document, e.begin, e.end, e.sentence, e.rule, e.confidence) {}

  // An owning copy, for keeping evidence beyond the graph's life.
  Evidence owned() const { return {document, begin, end, std::string(sentence), std::string(rule), confidence}; }

  friend bool operator==(const EvidenceView&, const EvidenceView&) = default;
};

struct Entity {
  std::string id;                   // unique, stable slug of the canonical name ("sam-altman")
  std::string name;                 // canonical name
  std::string type;                 // ontology type name ("Person")
  std::vector<std::string> aliases; // other surface forms, first-seen order, no duplicates
  std::uint32_t mentions = 0;       // how often the entity was mentioned in the input
  std::vector<std::string> merges;  // why forms were merged into this entity, one note each
};

// The Boost.Graph edge property of a relation: 16 bytes, because the graph holds millions.
// `weight` serves Boost algorithms as an edge weight map
// (boost::get(&RelationEdge::weight, graph.graph())); the predicate is an index into the
// graph's predicate names and the evidence a list in its evidence store, both read through
// KnowledgeGraph::relation().
struct RelationEdge {
  double weight = 0.0;                      // > 0; one per distinct evidence, kept or not
  PredicateId predicate = 0;
  EvidenceId first_evidence = kNoEvidence;  // the kept records, a list in insertion order
};

}  // namespace kg
