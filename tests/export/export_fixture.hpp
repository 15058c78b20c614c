// Shared by the export tests: the bundled ontology, a graph full of hard cases, scratch
// directories and a way to run the real tools (dot, xmllint, python3) on the outputs.
#pragma once

#include <rapidjson/document.h>

#include <filesystem>
#include <string>
#include <vector>

#include "kg/graph/knowledge_graph.hpp"
#include "kg/io/export.hpp"
#include "kg/ontology/ontology.hpp"
#include "run_command.hpp"

namespace kg::test {

const Ontology& bundled_ontology();

// Names that exercise every escaping rule: quotes, backslashes (also trailing), markup,
// `]]>`, line breaks, tabs, an XML-illegal control character, emoji, right-to-left text,
// CJK and the DOT keywords.
const std::vector<std::string>& nasty_names();

// Two documents, entities with aliases and merge notes, a relation with several evidence
// records, a symmetric relation, a relatedTo edge, and one entity per nasty name, each
// linked by a typed relation whose evidence sentence is the name itself.
KnowledgeGraph sample_graph();

// What an XML export turns `text` into: XML-illegal characters become U+FFFD.
std::string xml_visible(const std::string& text);

// A fresh empty directory under the build tree, removed at destruction.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& name);
  ~ScratchDir();
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& file) const { return path_ / file; }

 private:
  std::filesystem::path path_;
};

// True when /usr/bin/python3 imports every module in `modules` (space separated).
bool have_python_modules(const std::string& modules);
std::filesystem::path helper_script(const std::string& name);  // tests/export/tools/NAME
// Runs tests/export/tools/SCRIPT with /usr/bin/python3 on `file`. Status 3 means a Python
// module is missing (the caller skips); the result's err then says which.
CommandResult run_helper(const std::string& script, const std::filesystem::path& file);


// Parses JSON produced by a tool; fails the test (doctest) when it is not JSON.
rapidjson::Document parse_json(const std::string& text);
// Member `key` of `object` as a string ("" when absent or not a string).
std::string json_string(const rapidjson::Value& object, const char* key);
}  // namespace kg::test
