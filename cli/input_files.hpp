// Turning the INPUT arguments of kg into documents: files, folders of *.txt / *.md
// (recursively, in sorted order) and "-" for standard input.
#pragma once

#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kg::cli {

// Expands arguments into document names ("-" kept as is). Throws SourceError (Input)
// for a missing path or a folder without any .txt or .md file.
std::vector<std::string> expand_inputs(const std::vector<std::string>& arguments);

// Opens a document for reading ("-" = standard input). Throws SourceError (Input) when
// the file cannot be opened.
std::unique_ptr<std::istream> open_document(const std::string& name);

// True for content that is clearly not text (NUL bytes in its first 64 KiB).
bool looks_binary(std::string_view bytes);

}  // namespace kg::cli
