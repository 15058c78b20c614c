#include "input_files.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "kg/text/source_error.hpp"

namespace kg::cli {
namespace fs = std::filesystem;

namespace {
bool is_text_file(const fs::path& path) {
  const auto ext = path.extension().string();
  return ext == ".txt" || ext == ".md";
}
}  // namespace

std::vector<std::string> expand_inputs(const std::vector<std::string>& arguments) {
  std::vector<std::string> documents;
  for (const auto& argument : arguments) {
    if (argument == "-") {
      documents.push_back(argument);
      continue;
    }
    std::error_code error;
    const auto status = fs::status(argument, error);
    if (error || !fs::exists(status)) {
      throw SourceError(ErrorKind::Input, argument, "no such file or directory");
    }
    if (!fs::is_directory(status)) {
      documents.push_back(argument);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(argument, fs::directory_options::skip_permission_denied, error);
    if (error) throw SourceError(ErrorKind::Input, argument, "cannot list directory: " + error.message());
    for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
      if (error) throw SourceError(ErrorKind::Input, argument, "cannot list directory: " + error.message());
      if (it->is_regular_file(error) && is_text_file(it->path())) found.push_back(it->path().string());
    }
    if (found.empty()) throw SourceError(ErrorKind::Input, argument, "directory holds no .txt or .md file");
    std::sort(found.begin(), found.end());
    documents.insert(documents.end(), found.begin(), found.end());
  }
  return documents;
}

std::unique_ptr<std::istream> open_document(const std::string& name) {
  if (name == "-") return std::make_unique<std::istream>(std::cin.rdbuf());
  std::error_code error;
  if (fs::is_directory(name, error)) throw SourceError(ErrorKind::Input, name, "is a directory");
  auto in = std::make_unique<std::ifstream>(name, std::ios::binary);
  if (!*in) throw SourceError(ErrorKind::Input, name, "cannot open file for reading (permission denied?)");
  return in;
}

bool looks_binary(std::string_view bytes) {
  const auto head = bytes.substr(0, 64 * 1024);
  return head.find('\0') != std::string_view::npos;
}

}  // namespace kg::cli
