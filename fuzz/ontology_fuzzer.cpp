// Arbitrary bytes as an ontology file: either a clean SourceError or an ontology.
#include <cstdint>
#include <string>

#include "kg/ontology/ontology.hpp"
#include "kg/text/source_error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    kg::Ontology::parse(std::string(reinterpret_cast<const char*>(data), size), "fuzz.json");
  } catch (const kg::SourceError&) {
  }
  return 0;
}
