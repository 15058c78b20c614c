// Whole-file reading for the graph loaders.
#pragma once

#include <filesystem>
#include <string>

namespace kg::io::detail {

// The bytes of `path`; throws SourceError(ErrorKind::Input) naming the file when unreadable.
std::string read_whole_file(const std::filesystem::path& path);

}  // namespace kg::io::detail
