// Synthetic news text for the benchmarks: articles of paragraphs of sentences, each sentence
// a template of corpus.json filled with names of the vocabulary drawn with Zipf frequencies.
// Each article keeps a small cast of names it comes back to, as real articles do.
#pragma once

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "random.hpp"
#include "vocabulary.hpp"

namespace kg::bench {

enum class Language { Zh, En, Mixed };
Language parse_language(const std::string& name);  // "zh", "en", "mixed"; throws invalid_argument

struct CorpusOptions {
  Language language = Language::Mixed;
  std::uint64_t seed = 1;
  std::size_t vocabulary = 200000;  // names per kind
  double zipf_exponent = 1.0;
};

class CorpusGenerator {
 public:
  // Reads the names and templates from `material` (corpus.json); throws SourceError on a bad file.
  CorpusGenerator(const std::filesystem::path& material, const CorpusOptions& options);
  ~CorpusGenerator();

  // Writes whole sentences until at least `bytes` bytes are written; returns the count.
  // Successive calls continue the same stream of articles.
  std::uint64_t write(std::ostream& out, std::uint64_t bytes);

  struct Template;  // a parsed template; defined in the .cpp

 private:
  void start_article();
  void append_sentence(std::string& buffer);
  std::string draw(NameKind kind, int which);

  CorpusOptions options_;
  Random random_;
  std::unique_ptr<Vocabulary> vocabulary_;
  std::vector<Template> en_, zh_, mixed_;
  Zipf zipf_;
  const std::vector<Template>* article_templates_ = nullptr;
  bool latin_spacing_ = false;
  std::vector<std::uint64_t> cast_[kNameKinds];
  std::uint64_t drawn_[kNameKinds][2] = {};
  int sentences_left_in_paragraph_ = 0, paragraphs_left_ = 0;
};

}  // namespace kg::bench
