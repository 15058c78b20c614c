// The synthetic vocabulary of kg-gen-corpus: invented people, organisations and products,
// each kind a list of ranks whose names are derived from the seed and the rank alone, so a
// vocabulary of millions of names costs no memory until a name is used.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "kg/ontology/json_file.hpp"
#include "random.hpp"

namespace kg::bench {

// Building blocks of names, as read from corpus.json ("names").
struct NameParts {
  std::vector<std::string> first_names, onsets, vowels, codas, org_suffixes, product_tails;
  std::vector<std::string> han_surnames, han_given, han_org_heads, han_org_suffixes;  // one character or word each
};

// Reads the "names" object of corpus.json; throws SourceError (Data) on a missing or empty list.
NameParts parse_name_parts(const JsonFile& file, const rapidjson::Value& names);
NameParts load_name_parts(const std::filesystem::path& material);

enum class NameKind { PersonEn, PersonZh, OrganizationEn, OrganizationZh, Product };
constexpr std::size_t kNameKinds = 5;

class Vocabulary {
 public:
  Vocabulary(NameParts parts, std::uint64_t seed);
  // The name of `rank` in `kind`; the same arguments always give the same name.
  std::string name(NameKind kind, std::uint64_t rank) const;

 private:
  std::string latin_word(Random& random, int syllables) const;
  std::string han_chars(Random& random, const std::vector<std::string>& pool, int count) const;

  NameParts parts_;
  std::uint64_t seed_;
};

}  // namespace kg::bench
