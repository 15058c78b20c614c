// The GraphML keys kg writes and reads back. Key id equals attr.name everywhere except the
// edge label, whose id must differ from the node label's (key ids are unique in a file);
// "edgelabel" is the id Gephi itself maps to an edge's label.
#pragma once

namespace kg::io::detail::graphml {

struct KeySpec {
  const char* id;
  const char* domain;  // "node", "edge" or "graph"
  const char* name;
  const char* type;
};

inline constexpr KeySpec kKeys[] = {
    {"label", "node", "label", "string"},
    {"type", "node", "type", "string"},
    {"aliases", "node", "aliases", "string"},          // JSON array of strings
    {"mentions", "node", "mentions", "int"},
    {"r", "node", "r", "int"},
    {"g", "node", "g", "int"},
    {"b", "node", "b", "int"},
    {"merges", "node", "merges", "string"},            // JSON array of strings
    {"entity_id", "node", "entity_id", "string"},      // when the node id had to be repaired
    {"edgelabel", "edge", "label", "string"},          // the predicate
    {"evidence", "edge", "evidence", "string"},        // the sentences, one per line
    {"weight", "edge", "weight", "double"},
    {"confidence", "edge", "confidence", "double"},
    {"evidence_records", "edge", "evidence_records", "string"},  // JSON, see docs/formats.md
    {"documents", "graph", "documents", "string"},     // JSON, see docs/formats.md
    {"generator", "graph", "generator", "string"},
};

inline constexpr const char* kNamespace = "http://graphml.graphdrawing.org/xmlns";

}  // namespace kg::io::detail::graphml
