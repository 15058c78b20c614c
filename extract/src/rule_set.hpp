// Everything loaded from data/patterns: the patterns (relations and discovery), pronouns,
// negation cues, words that are never names, product suffixes and abbreviations. Every
// literal the text is searched for goes into one automaton, so one pass over the
// lower-cased text finds every trigger, pronoun and negation cue.
#pragma once

#include <filesystem>
#include <string>
#include <unordered_set>
#include <vector>

#include "aho_corasick.hpp"
#include "kg/ontology/ontology.hpp"
#include "mention.hpp"
#include "pattern.hpp"

namespace kg::extract {

// What an automaton hit stands for.
struct Cue {
  enum class Kind : std::uint8_t { Trigger, Pronoun, Negation } kind;
  std::uint32_t pattern = 0;       // Trigger
  Reference reference = Reference::None;  // Pronoun
};

class RuleSet {
 public:
  RuleSet() = default;
  // `path` is a .json file or a folder of them (read in name order). Throws SourceError
  // (Data) with file:line:col for malformed files, unknown predicates, types or slots.
  static RuleSet load(const std::filesystem::path& path, const Ontology& ontology);
  // One file's content (tests).
  static RuleSet parse(std::string content, std::string name, const Ontology& ontology);

  const std::vector<Pattern>& patterns() const { return patterns_; }
  const Cue& cue(std::uint32_t id) const { return cues_[id]; }
  const AhoCorasick& cue_automaton() const { return automaton_; }

  bool is_stopword(std::string_view folded_name) const { return stopwords_.contains(folded_name); }
  bool is_product_suffix(std::string_view folded) const { return product_suffixes_.contains(folded); }
  // Words that end an organisation's name ("Fernbrook AI", "Quillfeather Labs").
  bool is_name_suffix(std::string_view folded) const { return name_suffixes_.contains(folded); }
  // Words after which a name goes on with "of" ("University of Toronto", "Bank of England").
  bool is_of_name_head(std::string_view folded) const { return of_name_heads_.contains(folded); }
  // Words that end a Han organisation name (科技, 资本): "栖木科技" is found from its suffix.
  const std::vector<std::string>& han_org_suffixes() const { return han_org_suffixes_; }
  // Chinese family names (one or two characters) that start a Han person name.
  bool is_han_surname(std::string_view han) const { return han_surnames_.contains(han); }
  // Characters (particles, copulas) that never occur inside a discovered Han name.
  bool is_han_name_break(char32_t cp) const { return han_name_breaks_.count(cp) > 0; }
  // Does a word that typically follows a name (表示, 毕业) start at `pos` of `text`?
  bool han_name_follower_at(std::string_view text, std::size_t pos) const {
    for (const auto& word : han_name_followers_)
      if (text.compare(pos, word.size(), word) == 0) return true;
    return false;
  }
  // Ontology indexes of the types discovery treats specially (Han family names, pronouns).
  std::uint32_t person_type() const { return person_type_; }
  std::uint32_t organization_type() const { return organization_type_; }
  std::uint32_t product_type() const { return product_type_; }
  const std::unordered_set<std::string>& abbreviations() const { return abbreviations_; }

 private:
  void cues_keys_add(std::string key, Cue cue);
  void finish(const Ontology& ontology);

  std::vector<Pattern> patterns_;
  std::vector<Cue> cues_;
  std::vector<std::pair<std::string, std::uint32_t>> cue_keys_;  // literal -> cue
  // Looked up by string_view on the hot path, without building a string.
  struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;
  WordSet stopwords_, product_suffixes_, name_suffixes_, han_surnames_, of_name_heads_;
  std::unordered_set<std::string> abbreviations_;
  std::unordered_set<char32_t> han_name_breaks_;
  std::vector<std::string> han_org_suffixes_, han_name_followers_;
  AhoCorasick automaton_;
  std::uint32_t person_type_ = kNone, organization_type_ = kNone, product_type_ = kNone;
  friend class RuleFileReader;
};

}  // namespace kg::extract
