#include "kg/ontology/json_file.hpp"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <fstream>
#include <sstream>

#include "kg/ontology/json_numbers.hpp"
#include "kg/text/utf8.hpp"

namespace kg {
namespace {

// Forwards SAX events to a Document while recording the stream offset of each value, in
// the order the values appear: the same order as a pre-order walk of the finished DOM.
template <typename Stream>
struct RecordingHandler {
  rapidjson::Document& document;
  Stream& stream;
  std::vector<std::size_t>& offsets;

  bool note() {
    offsets.push_back(stream.Tell());
    return true;
  }
  bool Null() { return note() && document.Null(); }
  bool Bool(bool b) { return note() && document.Bool(b); }
  bool Int(int i) { return note() && document.Int(i); }
  bool Uint(unsigned i) { return note() && document.Uint(i); }
  bool Int64(std::int64_t i) { return note() && document.Int64(i); }
  bool Uint64(std::uint64_t i) { return note() && document.Uint64(i); }
  bool Double(double d) { return note() && document.Double(d); }
  // Numbers arrive as text (kParseNumbersAsStringsFlag) and are converted exactly.
  ExactNumbers<rapidjson::Document> numbers{document};
  bool RawNumber(const char* s, rapidjson::SizeType n, bool copy) { return note() && numbers.RawNumber(s, n, copy); }
  bool String(const char* s, rapidjson::SizeType n, bool copy) {
    return note() && document.String(s, n, copy);
  }
  bool StartObject() { return note() && document.StartObject(); }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) { return document.Key(s, n, copy); }
  bool EndObject(rapidjson::SizeType n) { return document.EndObject(n); }
  bool StartArray() { return note() && document.StartArray(); }
  bool EndArray(rapidjson::SizeType n) { return document.EndArray(n); }
};

void assign_offsets(const rapidjson::Value& value, const std::vector<std::size_t>& offsets,
                    std::size_t& next, std::unordered_map<const rapidjson::Value*, std::size_t>& out) {
  if (next < offsets.size()) out.emplace(&value, offsets[next]);
  ++next;
  if (value.IsObject()) {
    for (const auto& member : value.GetObject()) assign_offsets(member.value, offsets, next, out);
  } else if (value.IsArray()) {
    for (const auto& element : value.GetArray()) assign_offsets(element, offsets, next, out);
  }
}

const char* kind_name(const rapidjson::Value& v) {
  switch (v.GetType()) {
    case rapidjson::kNullType: return "null";
    case rapidjson::kFalseType:
    case rapidjson::kTrueType: return "a boolean";
    case rapidjson::kObjectType: return "an object";
    case rapidjson::kArrayType: return "an array";
    case rapidjson::kStringType: return "a string";
    case rapidjson::kNumberType: return "a number";
  }
  return "a value";
}

}  // namespace

JsonFile JsonFile::load(const std::filesystem::path& path, ErrorKind kind, bool allow_comments) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw SourceError(kind, path.string(), "cannot open file for reading");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw SourceError(kind, path.string(), "read error");
  return parse(buffer.str(), path.string(), kind, allow_comments);
}

JsonFile JsonFile::parse(std::string content, std::string name, ErrorKind kind, bool allow_comments) {
  JsonFile file;
  file.name_ = std::move(name);
  file.content_ = std::move(content);
  file.kind_ = kind;
  // RapidJSON's UTF-8 validation reads past the end of a sequence cut short by the end of
  // the text, so invalid UTF-8 is refused here, before it gets there.
  for (std::size_t pos = 0; pos < file.content_.size();) {
    const std::size_t start = pos;
    const char32_t cp = text::decode_next(file.content_, pos);
    if (cp == text::kReplacement && pos - start == 1)
      throw SourceError(kind, file.name_, position_of(file.content_, start), "invalid UTF-8");
  }
  std::vector<std::size_t> offsets;
  rapidjson::StringStream stream(file.content_.c_str());
  rapidjson::ParseResult result;
  bool out_of_range = false;
  auto generate = [&](rapidjson::Document& document) {
    rapidjson::Reader reader;
    RecordingHandler<rapidjson::StringStream> handler{document, stream, offsets};
    constexpr unsigned kStrict = rapidjson::kParseValidateEncodingFlag | rapidjson::kParseNumbersAsStringsFlag;
    constexpr unsigned kLenient = kStrict | rapidjson::kParseCommentsFlag;
    result = allow_comments ? reader.Parse<kLenient>(stream, handler)
                            : reader.Parse<kStrict>(stream, handler);
    out_of_range = handler.numbers.out_of_range;
    return !result.IsError();
  };
  file.document_.Populate(generate);
  if (result.IsError() && out_of_range)
    throw SourceError(kind, file.name_, position_of(file.content_, result.Offset()),
                      "invalid JSON: number out of the range of a double");
  if (result.IsError()) {
    throw SourceError(kind, file.name_, position_of(file.content_, result.Offset()),
                      std::string("invalid JSON: ") + rapidjson::GetParseError_En(result.Code()));
  }
  if (file.content_.find('\0') != std::string::npos && file.content_.find('\0') < stream.Tell()) {
    throw SourceError(kind, file.name_, position_of(file.content_, file.content_.find('\0')),
                      "NUL byte in JSON text");
  }
  std::size_t next = 0;
  assign_offsets(file.document_, offsets, next, file.offsets_);
  return file;
}

TextPosition JsonFile::position(const rapidjson::Value& at) const {
  const auto it = offsets_.find(&at);
  if (it == offsets_.end()) return {};
  // Offsets are recorded just after a value was read; step back to its first byte for
  // containers, whose opening bracket is the byte before.
  std::size_t offset = it->second;
  if ((at.IsObject() || at.IsArray()) && offset > 0) --offset;
  return position_of(content_, offset);
}

void JsonFile::fail(const rapidjson::Value& at, const std::string& problem) const {
  throw SourceError(kind_, name_, position(at), problem);
}

const rapidjson::Value& JsonFile::object(const rapidjson::Value& at, std::string_view what) const {
  if (!at.IsObject()) fail(at, std::string(what) + " must be an object, not " + kind_name(at));
  return at;
}

const rapidjson::Value& JsonFile::array(const rapidjson::Value& at, std::string_view what) const {
  if (!at.IsArray()) fail(at, std::string(what) + " must be an array, not " + kind_name(at));
  return at;
}

const rapidjson::Value* JsonFile::optional(const rapidjson::Value& object, const char* key) const {
  const auto it = object.FindMember(key);
  return it == object.MemberEnd() ? nullptr : &it->value;
}

const rapidjson::Value& JsonFile::required(const rapidjson::Value& object, const char* key) const {
  const auto* value = optional(object, key);
  if (!value) fail(object, std::string("missing required key \"") + key + "\"");
  return *value;
}

std::string JsonFile::string(const rapidjson::Value& object, const char* key) const {
  const auto& value = required(object, key);
  if (!value.IsString()) fail(value, std::string("\"") + key + "\" must be a string, not " + kind_name(value));
  if (value.GetStringLength() == 0) fail(value, std::string("\"") + key + "\" must not be empty");
  return {value.GetString(), value.GetStringLength()};
}

std::string JsonFile::string_or(const rapidjson::Value& object, const char* key, std::string fallback) const {
  const auto* value = optional(object, key);
  if (!value || value->IsNull()) return fallback;
  if (!value->IsString()) fail(*value, std::string("\"") + key + "\" must be a string, not " + kind_name(*value));
  return {value->GetString(), value->GetStringLength()};
}

bool JsonFile::boolean_or(const rapidjson::Value& object, const char* key, bool fallback) const {
  const auto* value = optional(object, key);
  if (!value) return fallback;
  if (!value->IsBool()) fail(*value, std::string("\"") + key + "\" must be true or false, not " + kind_name(*value));
  return value->GetBool();
}

double JsonFile::number_or(const rapidjson::Value& object, const char* key, double fallback) const {
  const auto* value = optional(object, key);
  if (!value) return fallback;
  if (!value->IsNumber()) fail(*value, std::string("\"") + key + "\" must be a number, not " + kind_name(*value));
  return value->GetDouble();
}

std::vector<std::string> JsonFile::strings(const rapidjson::Value& object, const char* key) const {
  std::vector<std::string> out;
  const auto* value = optional(object, key);
  if (!value || value->IsNull()) return out;
  if (value->IsString()) {
    out.emplace_back(value->GetString(), value->GetStringLength());
    return out;
  }
  if (!value->IsArray()) fail(*value, std::string("\"") + key + "\" must be a string or an array of strings");
  for (const auto& element : value->GetArray()) {
    if (!element.IsString()) fail(element, std::string("\"") + key + "\" must hold only strings, not " + kind_name(element));
    out.emplace_back(element.GetString(), element.GetStringLength());
  }
  return out;
}

void JsonFile::only_keys(const rapidjson::Value& object, std::initializer_list<std::string_view> allowed) const {
  for (const auto& member : object.GetObject()) {
    const std::string_view key(member.name.GetString(), member.name.GetStringLength());
    bool known = false;
    for (auto a : allowed) known = known || a == key;
    if (!known) {
      std::string list;
      for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      fail(member.value, "unknown key \"" + std::string(key) + "\" (expected one of: " + list + ")");
    }
  }
}

}  // namespace kg
