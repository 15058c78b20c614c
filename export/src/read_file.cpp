#include "read_file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>

#include "kg/text/source_error.hpp"

namespace kg::io::detail {

std::string read_whole_file(const std::filesystem::path& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error))
    throw SourceError(ErrorKind::Input, path.string(), "is a directory, not a graph file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw SourceError(ErrorKind::Input, path.string(), std::string("cannot open: ") + std::strerror(errno));
  // Read straight into the string (graph files are hundreds of megabytes), then whatever
  // follows if the size on disk was unknown or the file grew meanwhile.
  std::string content;
  const auto size = std::filesystem::file_size(path, error);
  if (!error && size > 0) {
    content.resize(static_cast<std::size_t>(size));
    in.read(content.data(), static_cast<std::streamsize>(size));
    content.resize(static_cast<std::size_t>(in.gcount()));
  }
  char block[1 << 16];
  while (in.read(block, sizeof block) || in.gcount() > 0) content.append(block, static_cast<std::size_t>(in.gcount()));
  if (in.bad()) throw SourceError(ErrorKind::Input, path.string(), "cannot read the file");
  return content;
}

}  // namespace kg::io::detail
