// Compact JSON text for the structured values GraphML and GEXF can only carry as strings
// (alias lists, merge notes, evidence records, the document list), and its parsing back.
// Parsing throws std::runtime_error with the problem; callers add the file position.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kg/graph/model.hpp"
#include "kg/graph/relation.hpp"

namespace kg::io::detail {

// ["a","b"]
std::string strings_to_json(const std::vector<std::string>& values);
// [{"document":0,"begin":3,"end":9,"sentence":"...","rule":"...","confidence":0.9},...]
std::string evidence_to_json(const EvidenceList& evidence);
// [{"name":"article.txt","code_points":1200},...]
std::string documents_to_json(const std::vector<Document>& documents);

std::vector<std::string> strings_from_json(std::string_view json);
std::vector<Evidence> evidence_from_json(std::string_view json);
std::vector<Document> documents_from_json(std::string_view json);

// The evidence sentences for display, one per line.
std::string evidence_sentences(const EvidenceList& evidence);

// Valid UTF-8 for JSON writers: `text` itself when valid, else a repaired copy.
std::string_view valid_utf8(std::string_view text, std::string& storage);

}  // namespace kg::io::detail
