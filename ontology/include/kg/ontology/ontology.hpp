// The ontology: entity types and relation predicates, read from a JSON data file
// (data/ontology.json; format in docs/ontology.md). Immutable once loaded.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

struct EntityType {
  std::string name;          // "Person"
  std::string equivalent;    // standard class as a CURIE ("schema:Person")
  std::string color;         // "#RRGGBB", used by every exporter
  std::string shape;         // Graphviz node shape
  std::string label;         // human label for legends
};

struct Predicate {
  std::string name;                  // "ceoOf"
  std::vector<std::string> domain;   // subject types; empty = any
  std::vector<std::string> range;    // object types; empty = any
  bool symmetric = false;            // stored once, direction meaningless
  bool typed = true;                 // false for co-occurrence (relatedTo): never reported as typed
  bool lifts_to_parent = false;      // holds of the whole a part belongs to as well (studies at
                                     // 浙江大学竺可桢学院 -> at 浙江大学; in 深圳南山区 -> in 深圳)
  std::string equivalent;            // standard property with the same meaning, CURIE, or ""
  std::string inverse_of;            // standard property meaning the inverse, CURIE, or ""
  std::string label;                 // human label ("CEO of")
};

struct RgbColor {
  int r = 0, g = 0, b = 0;
};

class Ontology {
 public:
  // Loads an ontology file. Throws SourceError (ErrorKind::Data) with the file, line,
  // column and problem when the file is malformed or inconsistent.
  static Ontology load(const std::filesystem::path& path);
  static Ontology parse(std::string content, std::string name);

  const std::vector<EntityType>& types() const { return types_; }
  const std::vector<Predicate>& predicates() const { return predicates_; }
  const EntityType* type(std::string_view name) const;
  const Predicate* predicate(std::string_view name) const;

  // True when `subject_type` and `object_type` fit the predicate's domain and range.
  static bool admits(const Predicate& predicate, std::string_view subject_type,
                     std::string_view object_type);

  // Prefix to namespace IRI ("schema" -> "https://schema.org/").
  const std::map<std::string, std::string>& prefixes() const { return prefixes_; }
  // "schema:Person" -> "https://schema.org/Person"; an unknown prefix is left as is.
  std::string expand(std::string_view curie) const;

  const std::string& version() const { return version_; }

 private:
  std::vector<EntityType> types_;
  std::vector<Predicate> predicates_;
  std::map<std::string, std::string> prefixes_;
  std::string version_;
};

// Parses "#RRGGBB"; returns false when malformed.
bool parse_hex_color(std::string_view hex, RgbColor& out);

}  // namespace kg
