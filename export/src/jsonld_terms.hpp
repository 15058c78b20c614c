// The JSON-LD vocabulary kg writes and reads back: term names of the inline @context and
// the node types. Shared by the writer and the reader so the two cannot drift apart.
#pragma once

namespace kg::io::detail::jsonld {

// Node kinds (compact IRIs under the context's prefixes).
inline constexpr const char* kDatasetType = "schema:Dataset";
inline constexpr const char* kDocumentType = "schema:DigitalDocument";
inline constexpr const char* kRelationType = "kg:Relation";
inline constexpr const char* kStatementType = "rdf:Statement";

// Terms.
inline constexpr const char* kName = "name";
inline constexpr const char* kAlternateName = "alternateName";
inline constexpr const char* kIdentifier = "identifier";
inline constexpr const char* kMentions = "mentions";
inline constexpr const char* kMergeNote = "mergeNote";
inline constexpr const char* kCodePoints = "codePoints";
inline constexpr const char* kGenerator = "generator";
inline constexpr const char* kOntologyVersion = "ontologyVersion";
inline constexpr const char* kEntityCount = "entityCount";
inline constexpr const char* kRelationCount = "relationCount";
inline constexpr const char* kIsBasedOn = "isBasedOn";
inline constexpr const char* kWasDerivedFrom = "wasDerivedFrom";
inline constexpr const char* kSubject = "subject";
inline constexpr const char* kPredicate = "predicate";
inline constexpr const char* kObject = "object";
inline constexpr const char* kWeight = "weight";
inline constexpr const char* kConfidence = "confidence";
inline constexpr const char* kHasEvidence = "hasEvidence";
inline constexpr const char* kEvidenceText = "evidenceText";
inline constexpr const char* kStartOffset = "startOffset";
inline constexpr const char* kEndOffset = "endOffset";
inline constexpr const char* kRule = "rule";

}  // namespace kg::io::detail::jsonld
