// Test support for extraction: a small lexicon of our own (written to a temp file), the
// bundled ontology and patterns, and helpers to look entities and relations up.
#pragma once

#include <doctest/doctest.h>

#include <boost/range/iterator_range.hpp>

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <unistd.h>

#include "kg/extract/extractor.hpp"
#include "run_command.hpp"

namespace kg::test {

inline constexpr const char* kTestLexicon = R"({"entities": [
  {"name": "OpenAI", "type": "Organization", "aliases": ["Open AI"]},
  {"name": "Anthropic", "type": "Organization"},
  {"name": "Google", "type": "Organization", "aliases": ["谷歌"]},
  {"name": "Microsoft", "type": "Organization", "aliases": ["微软"]},
  {"name": "Tencent", "type": "Organization", "aliases": ["腾讯"]},
  {"name": "Tencent Investment", "type": "Organization", "aliases": ["腾讯投资"]},
  {"name": "Y Combinator", "type": "Organization", "exact_aliases": ["YC"]},
  {"name": "Stanford University", "type": "Organization", "aliases": ["斯坦福", "斯坦福大学", "Stanford"]},
  {"name": "Massachusetts Institute of Technology", "type": "Organization", "aliases": ["麻省理工学院", "MIT"]},
  {"name": "Sam Altman", "type": "Person", "aliases": ["奥特曼", "山姆·奥特曼", "Altman"]},
  {"name": "Paul Graham", "type": "Person"},
  {"name": "Greg Brockman", "type": "Person"},
  {"name": "Lei Jun", "type": "Person", "aliases": ["雷军"]},
  {"name": "Ilya Sutskever", "type": "Person"},
  {"name": "ChatGPT", "type": "Product"},
  {"name": "Codex", "type": "Product"},
  {"name": "Claude", "type": "Product"},
  {"name": "Gemini", "type": "Product"},
  {"name": "GPT-5", "type": "Product", "aliases": ["GPT5"]},
  {"name": "GPT-5.2", "type": "Product"},
  {"name": "X", "type": "Product", "exact_aliases": ["X"]},
  {"name": "Apple", "type": "Organization"},
  {"name": "Amazon", "type": "Organization"},
  {"name": "Intel", "type": "Organization"},
  {"name": "Airbus", "type": "Organization", "aliases": ["空客"]},
  {"name": "XAG", "type": "Organization", "aliases": ["极飞科技"]},
  {"name": "Qiming Venture Partners", "type": "Organization", "aliases": ["启明创投"]},
  {"name": "Airbus A320", "type": "Product", "aliases": ["空客A320"]},
  {"name": "Tencent Video", "type": "Product", "aliases": ["腾讯视频"]},
  {"name": "Databricks", "type": "Organization"},
  {"name": "Reuters", "type": "Organization"},
  {"name": "Mercury", "type": "Place"},
  {"name": "San Francisco", "type": "Place", "aliases": ["旧金山"]},
  {"name": "Andes", "type": "Place", "aliases": ["安第斯山脉"]},
  {"name": "United States", "type": "Place", "aliases": ["美国"]},
  {"name": "Wuhan", "type": "Place", "aliases": ["武汉"]},
  {"name": "Irvine", "type": "Place"},
  {"name": "California", "type": "Place"},
  {"name": "Wuchang District", "type": "Place", "aliases": ["武昌区", "武昌"]},
  {"name": "Zhejiang University", "type": "Organization", "aliases": ["浙江大学"]},
  {"name": "SF Express", "type": "Organization", "aliases": ["顺丰"]}
]})";

// Writes the test lexicon once per process to a temp file, removed at exit.
inline const std::filesystem::path& test_lexicon_path() {
  struct File {
    std::filesystem::path path;
    File() : path(std::filesystem::temp_directory_path() /
                  ("kg-extract-test-lexicon-" + std::to_string(::getpid()) + ".json")) {
      std::ofstream(path) << kTestLexicon;
    }
    ~File() {
      std::error_code ignored;
      std::filesystem::remove(path, ignored);
    }
  };
  static const File file;
  return file.path;
}

inline extract::KnowledgePaths test_knowledge() {
  return {KG_SOURCE_DIR "/data/ontology.json", test_lexicon_path(), KG_SOURCE_DIR "/data/patterns"};
}

inline const extract::Extractor& test_extractor() {
  static const extract::Extractor instance(test_knowledge());
  return instance;
}

// Extracts `text` into a fresh graph with the test extractor.
inline KnowledgeGraph build(std::string_view text, const extract::Extractor& extractor = test_extractor()) {
  KnowledgeGraph graph;
  extractor.add_document(graph, "test", text);
  return graph;
}

inline std::optional<Vertex> entity(const KnowledgeGraph& g, std::string_view name) { return g.find(name); }

inline std::string type_of(const KnowledgeGraph& g, std::string_view name) {
  const auto v = g.find(name);
  return v ? g.entity(*v).type : std::string("(none)");
}

// The relation (subject, predicate, object) between the entities so named, if any.
inline std::optional<Relation> relation(const KnowledgeGraph& g, std::string_view subject,
                                        std::string_view predicate, std::string_view object) {
  const auto s = g.find(subject);
  const auto o = g.find(object);
  if (!s || !o) return std::nullopt;
  if (const auto e = g.find_relation(*s, predicate, *o)) return g.relation(*e);
  return std::nullopt;
}

inline bool has(const KnowledgeGraph& g, std::string_view subject, std::string_view predicate,
                std::string_view object) {
  return relation(g, subject, predicate, object).has_value();
}

// Number of typed (non-relatedTo) relations in the graph.
inline std::size_t typed_relations(const KnowledgeGraph& g) {
  std::size_t n = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g.graph())))
    if (g.relation(e).predicate != "relatedTo") ++n;
  return n;
}

// The code points [begin, end) of UTF-8 `text`.
inline std::string code_points(std::string_view text, std::uint64_t begin, std::uint64_t end) {
  std::string out;
  std::uint64_t index = 0;
  for (std::size_t pos = 0; pos < text.size(); ++index) {
    const std::size_t start = pos;
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    pos += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (index >= begin && index < end) out.append(text.substr(start, pos - start));
  }
  return out;
}

}  // namespace kg::test
