// Printing query results: TSV (a header of ?variables, one row per solution) or JSON.
#pragma once

#include <iosfwd>

#include "kg/graph/knowledge_graph.hpp"
#include "kg/query/engine.hpp"

namespace kg::query {

struct ResultFormat {
  bool evidence = false;   // add the evidence sentences of each matched relation
};

// TSV: header "?a<TAB>?b", then one row per distinct solution; with evidence, one more
// column per triple pattern holding its relation's sentences joined by " | ". Tabs and
// line breaks inside values become spaces. A pattern without variables prints "true" or
// "false" instead.
void write_tsv(const QueryResult& result, const KnowledgeGraph& graph, std::ostream& out,
               const ResultFormat& format = {});

// JSON: {"variables": [...], "rows": [{"var": "value", ...}, ...]}; with evidence each row
// also has "relations": [{subject, predicate, object, weight, evidence: [...]}].
// Without variables: {"variables": [], "boolean": true|false}.
void write_json(const QueryResult& result, const KnowledgeGraph& graph, std::ostream& out,
                const ResultFormat& format = {});

}  // namespace kg::query
