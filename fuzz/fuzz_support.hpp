// Fuzz support: the bundled ontology, loaded once, and a scratch file for the readers,
// which take paths.
#pragma once

#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "kg/ontology/ontology.hpp"

namespace kg::fuzz {

inline const Ontology& bundled_ontology() {
  static const Ontology instance = Ontology::load(KG_SOURCE_DATADIR "/ontology.json");
  return instance;
}

// Writes the input to a per-process scratch file with the given extension; returns its path.
inline std::filesystem::path scratch_file(const std::uint8_t* data, std::size_t size, const char* extension) {
  static const std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("kg-fuzz-" + std::to_string(::getpid()) + extension);
  std::ofstream(path, std::ios::binary | std::ios::trunc).write(reinterpret_cast<const char*>(data),
                                                                  static_cast<std::streamsize>(size));
  return path;
}

}  // namespace kg::fuzz
