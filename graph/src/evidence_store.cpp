#include "kg/graph/detail/evidence_store.hpp"

#include <stdexcept>

namespace kg::detail {

EvidenceStore::Offer EvidenceStore::offer(RelationEdge& relation, const EvidenceView& evidence,
                                          std::size_t max_records) {
  // Every kept record's texts are in the pools: a text that is not cannot match, and is
  // not added to them unless the evidence is kept.
  const StringPool::Key sentence_key(evidence.sentence), rule_key(evidence.rule);
  const auto sentence = sentences_.find(sentence_key);
  const auto rule = rules_.find(rule_key);
  const bool comparable = sentence && rule;
  EvidenceId last = kNoEvidence;
  std::size_t kept = 0;
  for (EvidenceId id = relation.first_evidence; id != kNoEvidence; id = records_[id].next, ++kept) {
    if (comparable && equal(id, evidence, *sentence, *rule)) return Offer::Duplicate;
    last = id;
  }
  if (max_records != 0 && kept >= max_records) return Offer::Counted;
  link(relation, last, store(evidence, sentence_key, rule_key));
  return Offer::Kept;
}

EvidenceId EvidenceStore::last(const RelationEdge& relation) const {
  EvidenceId last = relation.first_evidence;
  if (last != kNoEvidence)
    while (records_[last].next != kNoEvidence) last = records_[last].next;
  return last;
}

EvidenceId EvidenceStore::append(RelationEdge& relation, EvidenceId last, const EvidenceView& evidence) {
  const EvidenceId added = store(evidence, StringPool::Key(evidence.sentence), StringPool::Key(evidence.rule));
  link(relation, last, added);
  return added;
}

void EvidenceStore::link(RelationEdge& relation, EvidenceId last, EvidenceId added) {
  if (last == kNoEvidence) relation.first_evidence = added;
  else records_[last].next = added;
}

EvidenceId EvidenceStore::store(const EvidenceView& evidence, const StringPool::Key& sentence,
                                const StringPool::Key& rule_key) {
  if (records_.size() >= kNoEvidence) throw std::length_error("more than 2^32 - 1 evidence records in a graph");
  const auto id = static_cast<EvidenceId>(records_.size());
  const std::uint32_t rule = rules_.intern(rule_key);
  Record r{evidence.begin, evidence.confidence, evidence.document, sentences_.intern(sentence),
           kNoEvidence, static_cast<std::uint16_t>(rule), static_cast<std::uint16_t>(evidence.end - evidence.begin)};
  if (rule >= kWide || evidence.end < evidence.begin || evidence.end - evidence.begin >= kWide) {
    r.rule = r.length = kWide;
    wide_.emplace(id, Wide{evidence.end, rule});
  }
  records_.push_back(r);
  return id;
}

bool EvidenceStore::equal(EvidenceId id, const EvidenceView& evidence, std::uint32_t sentence,
                          std::uint32_t rule) const {
  const Record& r = records_[id];
  if (r.document != evidence.document || r.begin != evidence.begin || r.sentence != sentence ||
      r.confidence != evidence.confidence)
    return false;
  if (r.rule == kWide) {
    const Wide& w = wide_.at(id);
    return w.rule == rule && w.end == evidence.end;
  }
  return r.rule == rule && std::uint64_t{r.begin} + r.length == evidence.end;
}

}  // namespace kg::detail
