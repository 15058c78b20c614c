#include "kg/text/normalize.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

#include "kg/text/utf8.hpp"

namespace kg::text {
namespace {

struct FreeDeleter {
  void operator()(utf8proc_uint8_t* p) const { std::free(p); }
};

// Runs utf8proc on valid UTF-8 with the given options; returns the input on failure.
std::string map_utf8(std::string_view valid, int options) {
  utf8proc_uint8_t* raw = nullptr;
  const auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(valid.data()),
                                   static_cast<utf8proc_ssize_t>(valid.size()), &raw,
                                   static_cast<utf8proc_option_t>(options));
  std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owned(raw);
  if (length < 0) return std::string(valid);
  return std::string(reinterpret_cast<const char*>(raw), static_cast<std::size_t>(length));
}

constexpr int kNfkc = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT;

bool is_combining(char32_t cp) {
  return utf8proc_get_property(static_cast<utf8proc_int32_t>(cp))->combining_class != 0;
}

// A code point without any decomposition mapping is its own NFKC when it stands alone
// (checked against utf8proc_map for every code point); it spares the library call.
bool unchanged_by_nfkc(char32_t cp) {
  return utf8proc_get_property(static_cast<utf8proc_int32_t>(cp))->decomp_seqindex == UINT16_MAX;
}

}  // namespace

NormalizedText normalize_nfkc(std::string_view original, std::uint32_t base_offset) {
  NormalizedText result;
  result.text.reserve(original.size());
  result.origin.reserve(original.size() + 1);
  std::uint32_t cp_index = base_offset;
  std::string segment;
  std::size_t pos = 0;
  const std::size_t size = original.size();
  const auto byte_at = [&](std::size_t i) { return static_cast<unsigned char>(original[i]); };
  // Normalise one starter and its combining marks at a time: composition never crosses
  // such a segment, so every output byte maps to the segment's first original code point.
  while (pos < size) {
    // ASCII followed by ASCII is its own segment and NFKC leaves it alone: the common case.
    if (byte_at(pos) < 0x80 && (pos + 1 == size || byte_at(pos + 1) < 0x80)) {
      result.text.push_back(original[pos]);
      result.origin.push_back(cp_index);
      ++cp_index;
      ++pos;
      continue;
    }
    const std::uint32_t segment_start = cp_index;
    segment.clear();
    std::size_t before = pos;
    char32_t cp = decode_next(original, pos);
    if (cp == kReplacement && original.substr(before, pos - before) != "\xEF\xBF\xBD")
      ++result.replaced_bytes;
    append_utf8(segment, cp);
    ++cp_index;
    bool alone = true;
    while (pos < size && byte_at(pos) >= 0x80) {  // no ASCII character is combining
      std::size_t peek = pos;
      const char32_t next = decode_next(original, peek);
      if (next == kReplacement || !is_combining(next)) break;
      append_utf8(segment, next);
      pos = peek;
      ++cp_index;
      alone = false;
    }
    if (alone && unchanged_by_nfkc(cp)) {
      result.text += segment;
      result.origin.insert(result.origin.end(), segment.size(), segment_start);
      continue;
    }
    const std::string normalized = map_utf8(segment, kNfkc);
    result.text += normalized;
    result.origin.insert(result.origin.end(), normalized.size(), segment_start);
  }
  result.origin.push_back(cp_index);
  return result;
}

std::string casefold(std::string_view utf8) {
  return map_utf8(to_valid_utf8(utf8), kNfkc | UTF8PROC_CASEFOLD);
}

std::string name_key(std::string_view name) {
  const std::string folded = casefold(name);
  std::string key;
  key.reserve(folded.size());
  for (std::size_t pos = 0; pos < folded.size();) {
    const std::size_t start = pos;
    const char32_t cp = decode_next(folded, pos);
    const bool dropped = is_space(cp) || cp == '-' || cp == '_' || cp == '.' || cp == 0xB7 ||
                         cp == 0x30FB || cp == 0x2022;
    if (!dropped) key.append(folded, start, pos - start);
  }
  return key;
}

}  // namespace kg::text
