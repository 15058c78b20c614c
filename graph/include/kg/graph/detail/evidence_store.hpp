// EvidenceStore: every relation's evidence records in one pool. A record is 32 bytes: its
// offsets and confidence, and its sentence and rule as ids into pools that hold each
// distinct text once; a relation's records are a list linked through the pool in insertion
// order. (Before, each relation had a heap block of 96-byte records, each with its own copy
// of the sentence.)
#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_map>

#include "kg/graph/detail/chunked_array.hpp"
#include "kg/graph/detail/string_pool.hpp"
#include "kg/graph/model.hpp"

namespace kg::detail {

class EvidenceStore {
 public:
  // What became of evidence offered to a relation.
  enum class Offer {
    Duplicate,  // equal to a record the relation keeps: not counted again
    Kept,       // new, and recorded
    Counted,    // new, but the relation already keeps as many records as allowed
  };

  // Offers `evidence` to the list of `relation`, which keeps at most `max_records`
  // (0: no limit). Compares it with every kept record; updates the list when it is kept.
  // Evidence equal to one not kept cannot be recognised, so it counts as new.
  Offer offer(RelationEdge& relation, const EvidenceView& evidence, std::size_t max_records);
  // The last record of `relation` (kNoEvidence when it has none).
  EvidenceId last(const RelationEdge& relation) const;
  // Appends `evidence` after `last`, the relation's last record, without comparing (a copy
  // or a loaded file), and returns the new last record.
  EvidenceId append(RelationEdge& relation, EvidenceId last, const EvidenceView& evidence);

  EvidenceView view(EvidenceId id) const {
    const Record& r = records_[id];
    if (r.rule == kWide) {
      const Wide& w = wide_.at(id);
      return {r.document, r.begin, w.end, sentences_[r.sentence], rules_[w.rule], r.confidence};
    }
    return {r.document, r.begin, r.begin + r.length, sentences_[r.sentence], rules_[r.rule], r.confidence};
  }
  EvidenceId next(EvidenceId id) const { return records_[id].next; }

  // Bytes of sentence and rule text held (each distinct text once).
  std::size_t text_bytes() const { return sentences_.text_bytes() + rules_.text_bytes(); }

 private:
  // A rule id or span length beyond 16 bits (never from extraction: sentences are at most
  // 2 KB and rules a few hundred) moves both to wide_, keyed by the record's id.
  static constexpr std::uint16_t kWide = 0xffff;
  struct Record {
    std::uint64_t begin;
    double confidence;
    DocumentId document;
    std::uint32_t sentence;  // id in sentences_
    EvidenceId next;         // the relation's next record, or kNoEvidence
    std::uint16_t rule;      // id in rules_, or kWide
    std::uint16_t length;    // end - begin, unless rule is kWide
  };
  static_assert(sizeof(Record) == 32);
  struct Wide {
    std::uint64_t end;
    std::uint32_t rule;
  };

  EvidenceId store(const EvidenceView& evidence, const StringPool::Key& sentence, const StringPool::Key& rule);
  void link(RelationEdge& relation, EvidenceId last, EvidenceId added);
  bool equal(EvidenceId id, const EvidenceView& evidence, std::uint32_t sentence, std::uint32_t rule) const;

  ChunkedArray<Record> records_;
  StringPool sentences_;
  StringPool rules_;
  std::unordered_map<EvidenceId, Wide> wide_;
};

}  // namespace kg::detail
