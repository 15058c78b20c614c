// A JSON file parsed with RapidJSON that remembers where each value stands in the text,
// so that loaders can refuse a bad value with its file, line and column.
#pragma once

#include <rapidjson/document.h>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kg/text/source_error.hpp"

namespace kg {

class JsonFile {
 public:
  // Reads and parses `path`. Throws SourceError of `kind` when the file cannot be read or
  // is not JSON (with the position and RapidJSON's description). `//` and `/* */`
  // comments are accepted when `allow_comments` is set.
  static JsonFile load(const std::filesystem::path& path, ErrorKind kind, bool allow_comments = true);
  // Same, for text already in memory; `name` is used in error messages.
  static JsonFile parse(std::string content, std::string name, ErrorKind kind,
                        bool allow_comments = true);

  const rapidjson::Value& root() const { return document_; }
  const std::string& name() const { return name_; }
  const std::string& content() const { return content_; }

  // Throws SourceError at the position of `at` (a value of this file).
  [[noreturn]] void fail(const rapidjson::Value& at, const std::string& problem) const;

  // Checked access: each throws SourceError naming the key and the expected kind.
  const rapidjson::Value& object(const rapidjson::Value& at, std::string_view what) const;
  const rapidjson::Value& array(const rapidjson::Value& at, std::string_view what) const;
  const rapidjson::Value& required(const rapidjson::Value& object, const char* key) const;
  const rapidjson::Value* optional(const rapidjson::Value& object, const char* key) const;
  std::string string(const rapidjson::Value& object, const char* key) const;
  std::string string_or(const rapidjson::Value& object, const char* key, std::string fallback) const;
  bool boolean_or(const rapidjson::Value& object, const char* key, bool fallback) const;
  double number_or(const rapidjson::Value& object, const char* key, double fallback) const;
  // A string, or an array of strings, as a list.
  std::vector<std::string> strings(const rapidjson::Value& object, const char* key) const;
  // Fails on members other than `allowed`, so a misspelt key does not pass silently.
  void only_keys(const rapidjson::Value& object, std::initializer_list<std::string_view> allowed) const;

  JsonFile(JsonFile&&) = default;
  JsonFile& operator=(JsonFile&&) = default;

 private:
  JsonFile() = default;
  TextPosition position(const rapidjson::Value& at) const;

  std::string name_;
  std::string content_;
  ErrorKind kind_ = ErrorKind::Data;
  rapidjson::Document document_;
  std::unordered_map<const rapidjson::Value*, std::size_t> offsets_;
};

}  // namespace kg
