// Fuzz support: the readers take paths, so each input is written to one scratch file.
#pragma once

#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

namespace kg::fuzz {

// Writes the input to a per-process scratch file with the given extension; returns its path.
inline std::filesystem::path scratch_file(const std::uint8_t* data, std::size_t size, const char* extension) {
  static const std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("kg-fuzz-" + std::to_string(::getpid()) + extension);
  std::ofstream(path, std::ios::binary | std::ios::trunc).write(reinterpret_cast<const char*>(data),
                                                                  static_cast<std::streamsize>(size));
  return path;
}

}  // namespace kg::fuzz
