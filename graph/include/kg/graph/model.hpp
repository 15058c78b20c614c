// The records a knowledge graph holds: entities (vertices), relations (edges) and the
// evidence behind each relation. Plain data; KnowledgeGraph keeps them consistent.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kg {

using DocumentId = std::uint32_t;

// A source document. Offsets in Evidence are code points into its original text.
struct Document {
  std::string name;                 // path or label as given by the user ("-" for stdin)
  std::uint64_t code_points = 0;    // length of the original text in code points
};

// One observation supporting a relation.
struct Evidence {
  DocumentId document = 0;          // index into KnowledgeGraph::documents()
  std::uint64_t begin = 0;          // first code point of the evidence span, inclusive
  std::uint64_t end = 0;            // end of the span, exclusive
  std::string sentence;             // the sentence, as written in the input
  std::string rule;                 // id of the rule that produced the relation
  double confidence = 1.0;          // in (0, 1]

  friend bool operator==(const Evidence&, const Evidence&) = default;
};

struct Entity {
  std::string id;                   // unique, stable slug of the canonical name ("sam-altman")
  std::string name;                 // canonical name
  std::string type;                 // ontology type name ("Person")
  std::vector<std::string> aliases; // other surface forms, first-seen order, no duplicates
  std::uint32_t mentions = 0;       // how often the entity was mentioned in the input
  std::vector<std::string> merges;  // why forms were merged into this entity, one note each
};

struct Relation {
  std::string predicate;            // ontology predicate name ("ceoOf")
  double weight = 0.0;              // > 0; grows by one with each distinct evidence
  std::vector<Evidence> evidence;   // in insertion order, no duplicates

  // Highest confidence among the evidence (0 when there is none).
  double confidence() const;
};

}  // namespace kg
