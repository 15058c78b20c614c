#include "record_json.hpp"

#include <rapidjson/document.h>
#include <rapidjson/encodedstream.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <stdexcept>

#include "kg/ontology/json_numbers.hpp"
#include "kg/text/utf8.hpp"
#include "xml_text.hpp"

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

// Reads JSON exactly as the *_to_json functions above write it (RapidJSON's Writer: no
// spaces, keys in a fixed order), without a JSON parser: a GraphML file holds one evidence
// list per edge, and parsing each through RapidJSON cost more than all the XML around it.
// It accepts only text that RapidJSON reads to the same values: strings without escapes or
// control characters, in well-formed UTF-8; counts of plain digits; numbers without a sign
// or exponent. Anything else, valid or not, is left to the parser, which also words the
// errors.
class WrittenJson {
 public:
  explicit WrittenJson(std::string_view json) : p_(json.data()), end_(json.data() + json.size()) {}

  bool done() const { return p_ == end_; }

  // Steps over `token` when the text continues with it.
  bool literal(std::string_view token) {
    if (static_cast<std::size_t>(end_ - p_) < token.size() || std::memcmp(p_, token.data(), token.size()) != 0)
      return false;
    p_ += token.size();
    return true;
  }

  bool string(std::string_view& out) {
    if (!literal("\"")) return false;
    const auto* close = static_cast<const char*>(std::memchr(p_, '"', static_cast<std::size_t>(end_ - p_)));
    if (!close) return false;
    const std::string_view text(p_, static_cast<std::size_t>(close - p_));
    for (const char c : text)
      if (c == '\\' || static_cast<unsigned char>(c) < 0x20) return false;
    // Stricter than JSON (U+FFFE and U+FFFF go to the parser too), never looser.
    if (xml_legal_prefix(text) != text.size()) return false;
    out = text;
    p_ = close + 1;
    return true;
  }

  // A non-negative integer that fits 64 bits, as RapidJSON's IsUint64 takes it.
  bool count(std::uint64_t& out) {
    const std::string_view digits = integer_part();
    if (digits.empty()) return false;
    const auto result = std::from_chars(digits.data(), digits.data() + digits.size(), out);
    return result.ec == std::errc() && !at_fraction_or_exponent();
  }

  // A number with at most 20 integer digits and no exponent, converted as the parser does
  // (ExactNumbers): RapidJSON refuses some numbers with exponents that std::from_chars takes.
  bool number(double& out) {
    const char* start = p_;
    const std::size_t digits = integer_part().size();
    if (digits == 0 || digits > 20) return false;
    if (literal(".") && skip_digits() == 0) return false;
    if (at_fraction_or_exponent()) return false;
    DoubleOf value;
    if (!ExactNumbers<DoubleOf>{value}.RawNumber(start, static_cast<rapidjson::SizeType>(p_ - start), false))
      return false;
    out = value.number;
    return true;
  }

 private:
  // Takes a number in whatever form ExactNumbers hands it on.
  struct DoubleOf {
    double number = 0.0;
    bool Int(int i) { return set(i); }
    bool Uint(unsigned i) { return set(i); }
    bool Int64(std::int64_t i) { return set(static_cast<double>(i)); }
    bool Uint64(std::uint64_t i) { return set(static_cast<double>(i)); }
    bool Double(double d) { return set(d); }
    bool set(double d) {
      number = d;
      return true;
    }
  };

  std::size_t skip_digits() {
    const char* start = p_;
    while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    return static_cast<std::size_t>(p_ - start);
  }
  // JSON's int: 0, or digits without a leading zero. Empty when there is none.
  std::string_view integer_part() {
    const char* start = p_;
    skip_digits();
    const std::string_view digits(start, static_cast<std::size_t>(p_ - start));
    if (digits.size() > 1 && digits.front() == '0') return {};
    return digits;
  }
  bool at_fraction_or_exponent() const { return p_ < end_ && (*p_ == '.' || *p_ == 'e' || *p_ == 'E'); }

  const char* p_;
  const char* end_;
};

// The evidence list as evidence_to_json writes it, into `out`; false for any other text.
bool evidence_as_written(std::string_view json, std::vector<Evidence>& out) {
  WrittenJson in(json);
  if (!in.literal("[")) return false;
  if (in.literal("]")) return in.done();
  do {
    Evidence e;
    std::uint64_t document = 0;
    std::string_view sentence, rule;
    if (!(in.literal("{\"document\":") && in.count(document) && document <= std::numeric_limits<DocumentId>::max() &&
          in.literal(",\"begin\":") && in.count(e.begin) && in.literal(",\"end\":") && in.count(e.end) &&
          in.literal(",\"sentence\":") && in.string(sentence) && in.literal(",\"rule\":") && in.string(rule) &&
          in.literal(",\"confidence\":") && in.number(e.confidence) && in.literal("}")))
      return false;
    e.document = static_cast<DocumentId>(document);
    e.sentence = sentence;
    e.rule = rule;
    out.push_back(std::move(e));
  } while (in.literal(","));
  return in.literal("]") && in.done();
}

// The string list as strings_to_json writes it, into `out`; false for any other text.
bool strings_as_written(std::string_view json, std::vector<std::string>& out) {
  WrittenJson in(json);
  if (!in.literal("[")) return false;
  if (in.literal("]")) return in.done();
  do {
    std::string_view text;
    if (!in.string(text)) return false;
    out.emplace_back(text);
  } while (in.literal(","));
  return in.literal("]") && in.done();
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
  std::vector<std::string> values;
  if (strings_as_written(json, values)) return values;
  values.clear();
  const ParsedArray document(json);
  for (const auto& value : document.items()) {
    if (!value.IsString()) throw std::runtime_error("expected an array of strings");
    values.emplace_back(value.GetString(), value.GetStringLength());
  }
  return values;
}

std::vector<Evidence> evidence_from_json(std::string_view json) {
  std::vector<Evidence> evidence;
  if (evidence_as_written(json, evidence)) return evidence;
  evidence.clear();
  const ParsedArray document(json);
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
