#include "kg/ontology/ontology.hpp"

#include <algorithm>
#include <set>

#include "kg/ontology/json_file.hpp"

namespace kg {
namespace {

bool is_identifier(std::string_view s) {
  if (s.empty() || !((s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z'))) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

void from_json(const JsonFile& file, std::vector<EntityType>& types,
                   std::vector<Predicate>& predicates, std::map<std::string, std::string>& prefixes,
                   std::string& version) {
  const auto& root = file.object(file.root(), "the ontology");
  file.only_keys(root, {"version", "prefixes", "types", "predicates", "description"});
  version = file.string_or(root, "version", "1");

  if (const auto* p = file.optional(root, "prefixes")) {
    for (const auto& member : file.object(*p, "\"prefixes\"").GetObject()) {
      if (!member.value.IsString()) file.fail(member.value, "a prefix must map to an IRI string");
      prefixes[member.name.GetString()] = member.value.GetString();
    }
  }
  const auto check_curie = [&](const rapidjson::Value& at, const std::string& curie) {
    if (curie.empty()) return;
    const auto colon = curie.find(':');
    if (colon == std::string::npos || !prefixes.count(curie.substr(0, colon)))
      file.fail(at, "\"" + curie + "\" must be a CURIE with a declared prefix");
  };

  std::set<std::string> type_names;
  for (const auto& t : file.array(file.required(root, "types"), "\"types\"").GetArray()) {
    file.object(t, "a type");
    file.only_keys(t, {"name", "equivalent", "color", "shape", "label"});
    EntityType type;
    type.name = file.string(t, "name");
    if (!is_identifier(type.name)) file.fail(t, "type name \"" + type.name + "\" is not an identifier");
    if (!type_names.insert(type.name).second) file.fail(t, "type \"" + type.name + "\" is defined twice");
    type.equivalent = file.string(t, "equivalent");
    check_curie(t["equivalent"], type.equivalent);
    type.color = file.string(t, "color");
    RgbColor rgb;
    if (!parse_hex_color(type.color, rgb)) file.fail(t["color"], "color must be \"#RRGGBB\"");
    type.shape = file.string_or(t, "shape", "box");
    type.label = file.string_or(t, "label", type.name);
    types.push_back(std::move(type));
  }

  std::set<std::string> predicate_names;
  for (const auto& p : file.array(file.required(root, "predicates"), "\"predicates\"").GetArray()) {
    file.object(p, "a predicate");
    file.only_keys(p, {"name", "domain", "range", "symmetric", "typed", "liftsToParent", "equivalent", "inverseOf",
                       "label"});
    Predicate predicate;
    predicate.name = file.string(p, "name");
    if (!is_identifier(predicate.name))
      file.fail(p, "predicate name \"" + predicate.name + "\" is not an identifier");
    if (!predicate_names.insert(predicate.name).second)
      file.fail(p, "predicate \"" + predicate.name + "\" is defined twice");
    predicate.domain = file.strings(p, "domain");
    predicate.range = file.strings(p, "range");
    for (const char* key : {"domain", "range"}) {
      const auto* at = file.optional(p, key);
      for (const auto& name : (key[0] == 'd' ? predicate.domain : predicate.range))
        if (!type_names.count(name)) file.fail(*at, "unknown type \"" + name + "\" in " + key);
    }
    predicate.symmetric = file.boolean_or(p, "symmetric", false);
    predicate.lifts_to_parent = file.boolean_or(p, "liftsToParent", false);
    predicate.typed = file.boolean_or(p, "typed", true);
    predicate.equivalent = file.string_or(p, "equivalent", "");
    if (!predicate.equivalent.empty()) check_curie(p["equivalent"], predicate.equivalent);
    predicate.inverse_of = file.string_or(p, "inverseOf", "");
    if (!predicate.inverse_of.empty()) check_curie(p["inverseOf"], predicate.inverse_of);
    predicate.label = file.string_or(p, "label", predicate.name);
    predicates.push_back(std::move(predicate));
  }
  if (types.empty()) file.fail(root["types"], "the ontology defines no type");
}

}  // namespace

Ontology Ontology::load(const std::filesystem::path& path) {
  const JsonFile file = JsonFile::load(path, ErrorKind::Data);
  Ontology ontology;
  from_json(file, ontology.types_, ontology.predicates_, ontology.prefixes_, ontology.version_);
  return ontology;
}

Ontology Ontology::parse(std::string content, std::string name) {
  const JsonFile file = JsonFile::parse(std::move(content), std::move(name), ErrorKind::Data);
  Ontology ontology;
  from_json(file, ontology.types_, ontology.predicates_, ontology.prefixes_, ontology.version_);
  return ontology;
}

const EntityType* Ontology::type(std::string_view name) const {
  for (const auto& t : types_)
    if (t.name == name) return &t;
  return nullptr;
}

const Predicate* Ontology::predicate(std::string_view name) const {
  for (const auto& p : predicates_)
    if (p.name == name) return &p;
  return nullptr;
}

bool Ontology::admits(const Predicate& predicate, std::string_view subject_type,
                      std::string_view object_type) {
  const auto fits = [](const std::vector<std::string>& allowed, std::string_view type) {
    return allowed.empty() || std::find(allowed.begin(), allowed.end(), type) != allowed.end();
  };
  return fits(predicate.domain, subject_type) && fits(predicate.range, object_type);
}

std::string Ontology::expand(std::string_view curie) const {
  const auto colon = curie.find(':');
  if (colon == std::string_view::npos) return std::string(curie);
  const auto it = prefixes_.find(std::string(curie.substr(0, colon)));
  if (it == prefixes_.end()) return std::string(curie);
  return it->second + std::string(curie.substr(colon + 1));
}

bool parse_hex_color(std::string_view hex, RgbColor& out) {
  if (hex.size() != 7 || hex[0] != '#') return false;
  int values[3];
  for (int i = 0; i < 3; ++i) {
    int v = 0;
    for (int j = 0; j < 2; ++j) {
      const char c = hex[1 + 2 * i + j];
      int d;
      if (c >= '0' && c <= '9') d = c - '0';
      else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
      else return false;
      v = v * 16 + d;
    }
    values[i] = v;
  }
  out = {values[0], values[1], values[2]};
  return true;
}

}  // namespace kg
