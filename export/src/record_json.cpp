#include "record_json.hpp"

#include <rapidjson/document.h>
#include <rapidjson/encodedstream.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <stdexcept>

#include "kg/ontology/json_numbers.hpp"
#include "kg/text/utf8.hpp"

namespace kg::io::detail {

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void put_string(JsonWriter& writer, std::string_view text) {
  std::string storage;
  const std::string_view valid = valid_utf8(text, storage);
  writer.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

std::string finished(const rapidjson::StringBuffer& buffer) {
  return std::string(buffer.GetString(), buffer.GetSize());
}

// A parsed JSON array. Records are small and parsed once per node or edge, so the values and
// the parser's stack live in buffers inside this object rather than in fresh heap blocks
// (the stack's first kilobyte alone made malloc consolidate its free lists on every record).
class ParsedArray {
  using Pool = rapidjson::MemoryPoolAllocator<>;
  using Document = rapidjson::GenericDocument<rapidjson::UTF8<>, Pool, Pool>;

 public:
  explicit ParsedArray(std::string_view json)
      : pool_(buffer_, sizeof buffer_),
        stack_pool_(stack_buffer_, sizeof stack_buffer_),
        document_(&pool_, sizeof stack_buffer_ / 2, &stack_pool_) {
    // Numbers as text, converted exactly by ExactNumbers (RapidJSON's full-precision parser
    // has undefined behaviour on some numbers); the reader's stack shares the stack pool.
    constexpr unsigned kFlags = rapidjson::kParseValidateEncodingFlag | rapidjson::kParseNumbersAsStringsFlag;
    auto parse = [&](Document& document) {
      rapidjson::MemoryStream bytes(json.data(), json.size());
      rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> in(bytes);
      rapidjson::GenericReader<rapidjson::UTF8<>, rapidjson::UTF8<>, Pool> reader(&stack_pool_);
      ExactNumbers<Document> numbers{document};
      result_ = reader.Parse<kFlags>(in, numbers);
      return !result_.IsError();
    };
    document_.Populate(parse);
    if (result_.IsError())
      throw std::runtime_error(std::string("invalid JSON at offset ") + std::to_string(result_.Offset()) + ": " +
                               rapidjson::GetParseError_En(result_.Code()));
    if (!document_.IsArray()) throw std::runtime_error("expected a JSON array");
  }
  ParsedArray(const ParsedArray&) = delete;
  ParsedArray& operator=(const ParsedArray&) = delete;

  auto items() const { return document_.GetArray(); }

 private:
  // RapidJSON lays its chunk header (pointers and sizes) at the start of each buffer.
  alignas(std::max_align_t) char buffer_[8192];
  alignas(std::max_align_t) char stack_buffer_[2048];
  Pool pool_;
  Pool stack_pool_;
  Document document_;
  rapidjson::ParseResult result_;
};

const rapidjson::Value& member(const rapidjson::Value& object, const char* key) {
  const auto it = object.FindMember(key);
  if (it == object.MemberEnd()) throw std::runtime_error(std::string("missing \"") + key + "\"");
  return it->value;
}

std::string string_member(const rapidjson::Value& object, const char* key) {
  const auto& value = member(object, key);
  if (!value.IsString()) throw std::runtime_error(std::string("\"") + key + "\" must be a string");
  return {value.GetString(), value.GetStringLength()};
}

std::uint64_t count_member(const rapidjson::Value& object, const char* key) {
  const auto& value = member(object, key);
  if (!value.IsUint64())
    throw std::runtime_error(std::string("\"") + key + "\" must be a non-negative integer");
  return value.GetUint64();
}

const rapidjson::Value& object_at(const rapidjson::Value& value) {
  if (!value.IsObject()) throw std::runtime_error("expected a JSON object in the array");
  return value;
}

}  // namespace

std::string_view valid_utf8(std::string_view text, std::string& storage) {
  // Most text is ASCII: skip it eight bytes at a time, and decode only from the first byte
  // that is not (a sequence starts there, since all before it were single bytes).
  std::size_t ascii = 0;
  for (std::uint64_t word; ascii + 8 <= text.size(); ascii += 8) {
    std::memcpy(&word, text.data() + ascii, 8);
    if (word & 0x8080808080808080u) break;
  }
  while (ascii < text.size() && static_cast<unsigned char>(text[ascii]) < 0x80) ++ascii;
  if (ascii == text.size() || text::is_valid_utf8(text.substr(ascii))) return text;
  storage = text::to_valid_utf8(text);
  return storage;
}

std::string evidence_sentences(const EvidenceList& evidence) {
  std::string text;
  for (const EvidenceView e : evidence) {
    if (!text.empty()) text += '\n';
    text += e.sentence;
  }
  return text;
}

std::string strings_to_json(const std::vector<std::string>& values) {
  rapidjson::StringBuffer buffer;
  JsonWriter writer(buffer);
  writer.StartArray();
  for (const auto& value : values) put_string(writer, value);
  writer.EndArray();
  return finished(buffer);
}

std::string evidence_to_json(const EvidenceList& evidence) {
  rapidjson::StringBuffer buffer;
  JsonWriter writer(buffer);
  writer.StartArray();
  for (const EvidenceView e : evidence) {
    writer.StartObject();
    writer.Key("document");
    writer.Uint(e.document);
    writer.Key("begin");
    writer.Uint64(e.begin);
    writer.Key("end");
    writer.Uint64(e.end);
    writer.Key("sentence");
    put_string(writer, e.sentence);
    writer.Key("rule");
    put_string(writer, e.rule);
    writer.Key("confidence");
    writer.Double(e.confidence);
    writer.EndObject();
  }
  writer.EndArray();
  return finished(buffer);
}

std::string documents_to_json(const std::vector<Document>& documents) {
  rapidjson::StringBuffer buffer;
  JsonWriter writer(buffer);
  writer.StartArray();
  for (const auto& d : documents) {
    writer.StartObject();
    writer.Key("name");
    put_string(writer, d.name);
    writer.Key("code_points");
    writer.Uint64(d.code_points);
    writer.EndObject();
  }
  writer.EndArray();
  return finished(buffer);
}

std::vector<std::string> strings_from_json(std::string_view json) {
  const ParsedArray document(json);
  std::vector<std::string> values;
  for (const auto& value : document.items()) {
    if (!value.IsString()) throw std::runtime_error("expected an array of strings");
    values.emplace_back(value.GetString(), value.GetStringLength());
  }
  return values;
}

std::vector<Evidence> evidence_from_json(std::string_view json) {
  const ParsedArray document(json);
  std::vector<Evidence> evidence;
  for (const auto& item : document.items()) {
    const auto& record = object_at(item);
    Evidence e;
    const std::uint64_t doc = count_member(record, "document");
    if (doc > std::numeric_limits<DocumentId>::max())
      throw std::runtime_error("\"document\" is out of range");
    e.document = static_cast<DocumentId>(doc);
    e.begin = count_member(record, "begin");
    e.end = count_member(record, "end");
    e.sentence = string_member(record, "sentence");
    e.rule = string_member(record, "rule");
    const auto& confidence = member(record, "confidence");
    if (!confidence.IsNumber()) throw std::runtime_error("\"confidence\" must be a number");
    e.confidence = confidence.GetDouble();
    evidence.push_back(std::move(e));
  }
  return evidence;
}

std::vector<Document> documents_from_json(std::string_view json) {
  const ParsedArray parsed(json);
  std::vector<Document> documents;
  for (const auto& item : parsed.items()) {
    const auto& record = object_at(item);
    Document d;
    d.name = string_member(record, "name");
    d.code_points = count_member(record, "code_points");
    documents.push_back(std::move(d));
  }
  return documents;
}

}  // namespace kg::io::detail
