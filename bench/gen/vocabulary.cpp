#include "vocabulary.hpp"

#include <cctype>

#include "kg/text/utf8.hpp"

namespace kg::bench {
namespace {

const std::string& pick(Random& random, const std::vector<std::string>& pool) {
  return pool[random.below(pool.size())];
}

std::vector<std::string> split_characters(std::string_view text) {
  std::vector<std::string> characters;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    text::decode_next(text, pos);
    characters.emplace_back(text.substr(start, pos - start));
  }
  return characters;
}

}  // namespace

NameParts parse_name_parts(const JsonFile& file, const rapidjson::Value& names) {
  NameParts parts;
  parts.first_names = file.strings(names, "first_names");
  parts.onsets = file.strings(names, "onsets");
  parts.vowels = file.strings(names, "vowels");
  parts.codas = file.strings(names, "codas");
  parts.org_suffixes = file.strings(names, "org_suffixes");
  parts.product_tails = file.strings(names, "product_tails");
  parts.han_surnames = split_characters(file.string(names, "han_surnames"));
  parts.han_given = split_characters(file.string(names, "han_given"));
  parts.han_org_heads = split_characters(file.string(names, "han_org_heads"));
  parts.han_org_suffixes = file.strings(names, "han_org_suffixes");
  for (const auto* pool : {&parts.first_names, &parts.onsets, &parts.vowels, &parts.codas, &parts.org_suffixes,
                           &parts.product_tails, &parts.han_surnames, &parts.han_given, &parts.han_org_heads,
                           &parts.han_org_suffixes})
    if (pool->empty()) file.fail(names, "every list of names must have at least one entry");
  return parts;
}

NameParts load_name_parts(const std::filesystem::path& material) {
  const JsonFile file = JsonFile::load(material, ErrorKind::Data);
  return parse_name_parts(file, file.required(file.root(), "names"));
}

Vocabulary::Vocabulary(NameParts parts, std::uint64_t seed) : parts_(std::move(parts)), seed_(seed) {}

std::string Vocabulary::latin_word(Random& random, int syllables) const {
  std::string word;
  for (int i = 0; i < syllables; ++i) word += pick(random, parts_.onsets) + pick(random, parts_.vowels);
  word += pick(random, parts_.codas);
  word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
  return word;
}

std::string Vocabulary::han_chars(Random& random, const std::vector<std::string>& pool, int count) const {
  std::string chars;
  for (int i = 0; i < count; ++i) chars += pick(random, pool);
  return chars;
}

std::string Vocabulary::name(NameKind kind, std::uint64_t rank) const {
  Random random(mix(seed_ + static_cast<std::uint64_t>(kind) * 0x51ED27, rank));
  switch (kind) {
    case NameKind::PersonEn:
      return pick(random, parts_.first_names) + " " + latin_word(random, 2 + static_cast<int>(random.below(2)));
    case NameKind::PersonZh:
      return pick(random, parts_.han_surnames) + han_chars(random, parts_.han_given, 1 + static_cast<int>(random.below(4) != 0));
    case NameKind::OrganizationEn:
      return latin_word(random, 2) + " " + pick(random, parts_.org_suffixes);
    case NameKind::OrganizationZh:
      return han_chars(random, parts_.han_org_heads, 2) + pick(random, parts_.han_org_suffixes);
    case NameKind::Product:
      return latin_word(random, 2) + pick(random, parts_.product_tails);
  }
  return {};
}

}  // namespace kg::bench
