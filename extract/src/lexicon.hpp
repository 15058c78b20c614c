// The lexicon of well-known entities (data/lexicon.json, format in docs/patterns.md) and
// its one-pass matcher over a document's key text.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "aho_corasick.hpp"
#include "document_text.hpp"
#include "kg/ontology/ontology.hpp"
#include "mention.hpp"

namespace kg {
class JsonFile;
}

namespace kg::extract {

struct LexiconEntry {
  std::string name;
  std::uint32_t type = 0;  // ontology type index
  std::vector<std::string> aliases;
  std::vector<std::string> exact_aliases;
};

class Lexicon {
 public:
  Lexicon() = default;
  // Throws SourceError (Data) at the offending value for unknown keys or types.
  static Lexicon load(const std::filesystem::path& path, const Ontology& ontology);
  static Lexicon parse(std::string content, std::string name, const Ontology& ontology);

  const std::vector<LexiconEntry>& entries() const { return entries_; }
  // Index of the entry one of whose forms has this fold_key, or kNone.
  std::uint32_t find_key(std::string_view key) const;

  // Appends the lexicon mentions of `doc`: longest match first, Latin forms on word
  // boundaries, exact aliases only as written. Sorted by position, never overlapping.
  void find(const DocumentText& doc, std::vector<Mention>& out) const;

 private:
  struct Form {
    std::uint32_t entry;
    std::string exact;  // non-empty: must appear exactly so (case-sensitive)
  };
  static Lexicon from_json(const JsonFile& file, const Ontology& ontology);
  void add_form(std::uint32_t entry, const std::string& form, bool exact);
  void finish();

  std::vector<LexiconEntry> entries_;
  std::vector<Form> forms_;
  std::vector<std::pair<std::string, std::uint32_t>> keys_;  // sorted key -> entry
  AhoCorasick automaton_;
  std::uint32_t person_type_ = kNone;
};

// Word-boundary rule for a Latin span [begin, end) of the normalised text: see
// docs/patterns.md ("Word boundaries"). `strict` forbids any adjacent letter or digit;
// `strict_begin` only one before the span (a lower-case letter before a capital is no
// boundary then: "Loom" is not in "GeoLoom").
bool latin_boundaries_ok(std::string_view text, std::uint32_t begin, std::uint32_t end,
                         bool strict, bool strict_begin = false);

// True when a Latin name ending at `end` goes on through a hyphen into a capital or a
// digit ("Transformer-XL", "Falcon-40B"): the lexicon's "Transformer" is not found there.
// A lower-case word after the hyphen ("OpenAI-backed") leaves the name whole.
bool hyphen_continues(std::string_view text, std::uint32_t end);

// Greedy longest-first selection of non-overlapping mentions, then sorted by position.
void keep_longest(std::vector<Mention>& mentions);

}  // namespace kg::extract
