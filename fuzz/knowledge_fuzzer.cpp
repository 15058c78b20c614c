// Arbitrary bytes as a lexicon or a pattern file (the first byte chooses): either a clean
// SourceError or a loaded file.
#include <cstdint>
#include <string>

#include "fuzz_support.hpp"
#include "kg/ontology/ontology.hpp"
#include "kg/text/source_error.hpp"
#include "lexicon.hpp"
#include "rule_set.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string content(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    if (data[0] % 2 == 0)
      kg::extract::Lexicon::parse(std::move(content), "fuzz-lexicon.json", kg::fuzz::bundled_ontology());
    else
      kg::extract::RuleSet::parse(std::move(content), "fuzz-patterns.json", kg::fuzz::bundled_ontology());
  } catch (const kg::SourceError&) {
  }
  return 0;
}
