// Which relations a traversal or a statistic follows, and how: traversals walk typed
// relations by default, because untyped co-occurrence edges (relatedTo) link almost
// everything mentioned in one sentence and would drown the answer.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kg/ontology/ontology.hpp"

namespace kg::query {

class EdgeFilter {
 public:
  // Admits the listed predicates only, or, when `predicates` is empty, every typed
  // predicate, plus untyped ones when `include_untyped` is set. Predicates the ontology
  // does not know (foreign graphs) count as typed and directed.
  explicit EdgeFilter(const Ontology& ontology, std::vector<std::string> predicates = {},
                      bool include_untyped = false);

  bool admits(std::string_view predicate) const;
  // Symmetric predicates (competesWith, partnerOf) can be walked and matched both ways.
  bool symmetric(std::string_view predicate) const;

 private:
  std::vector<std::string> only_;       // non-empty: exactly these
  std::vector<std::string> untyped_;    // excluded unless include_untyped
  std::vector<std::string> symmetric_;
  bool include_untyped_;
};

// Which way a traversal may follow a relation stored subject -> object. Symmetric
// relations are always followed both ways.
enum class Direction { Outgoing, Incoming, Both };

}  // namespace kg::query
