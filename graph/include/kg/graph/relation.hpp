// How a relation reads: its predicate, weight and evidence, viewed in the graph that holds
// them (KnowledgeGraph::relation(edge) makes one). Views are cheap to make and stay valid
// while the graph lives and is not moved from (later additions do not invalidate them, but
// a view's weight is the one it was made with); copy out (EvidenceView::owned) what must
// outlive the graph.
#pragma once

#include <cstddef>
#include <iterator>
#include <string_view>

#include "kg/graph/detail/evidence_store.hpp"
#include "kg/graph/model.hpp"

namespace kg {

// A relation's evidence records, in insertion order: iterable, with size() and front().
class EvidenceList {
 public:
  class iterator {
   public:
    using iterator_category = std::input_iterator_tag;  // yields values, not references
    using iterator_concept = std::forward_iterator_tag;
    using value_type = EvidenceView;
    using reference = EvidenceView;
    using difference_type = std::ptrdiff_t;

    iterator() = default;
    EvidenceView operator*() const { return store_->view(id_); }
    iterator& operator++() {
      id_ = store_->next(id_);
      return *this;
    }
    iterator operator++(int) {
      iterator before = *this;
      ++*this;
      return before;
    }
    friend bool operator==(const iterator& a, const iterator& b) { return a.id_ == b.id_; }

   private:
    friend class EvidenceList;
    iterator(const detail::EvidenceStore* store, EvidenceId id) : store_(store), id_(id) {}
    const detail::EvidenceStore* store_ = nullptr;
    EvidenceId id_ = kNoEvidence;
  };

  EvidenceList() = default;
  EvidenceList(const detail::EvidenceStore& store, const RelationEdge& relation)
      : store_(&store), first_(relation.first_evidence) {}

  iterator begin() const { return {store_, first_}; }
  iterator end() const { return {store_, kNoEvidence}; }
  // O(records): the list is counted, not stored (a relation keeps max_evidence() at most).
  std::size_t size() const { return static_cast<std::size_t>(std::distance(begin(), end())); }
  bool empty() const { return first_ == kNoEvidence; }
  // The first record; the list must not be empty.
  EvidenceView front() const { return *begin(); }

  // The same records in the same order (of this graph or another).
  friend bool operator==(const EvidenceList& a, const EvidenceList& b) {
    auto i = a.begin(), j = b.begin();
    for (; i != a.end() && j != b.end(); ++i, ++j)
      if (*i != *j) return false;
    return i == a.end() && j == b.end();
  }

 private:
  const detail::EvidenceStore* store_ = nullptr;
  EvidenceId first_ = kNoEvidence;
};

// One relation (an edge of the graph) as users read it.
struct Relation {
  std::string_view predicate;  // ontology predicate name ("ceoOf")
  double weight = 0.0;         // > 0; grows by one with each distinct evidence, kept or not,
                               // so it may exceed evidence.size() (see max_evidence)
  EvidenceList evidence;       // the records kept, in insertion order, no duplicates

  // Highest confidence among the kept evidence (0 when there is none).
  double confidence() const;
};

}  // namespace kg
