#include "read_file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "kg/text/source_error.hpp"

namespace kg::io::detail {

std::string read_whole_file(const std::filesystem::path& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error))
    throw SourceError(ErrorKind::Input, path.string(), "is a directory, not a graph file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw SourceError(ErrorKind::Input, path.string(), std::string("cannot open: ") + std::strerror(errno));
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) throw SourceError(ErrorKind::Input, path.string(), "cannot read the file");
  return std::move(content).str();
}

}  // namespace kg::io::detail
