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

// The CJK ideographs of the two main blocks have no decomposition, no case and combining
// class 0 (the text tests check every one against utf8proc): the usual Chinese character
// needs no property lookup.
constexpr bool is_plain_han(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF);
}

bool is_combining(char32_t cp) {
  return !is_plain_han(cp) && utf8proc_get_property(static_cast<utf8proc_int32_t>(cp))->combining_class != 0;
}

// A code point without any decomposition mapping is its own NFKC when it stands alone
// (checked against utf8proc_map for every code point); it spares the library call.
bool unchanged_by_nfkc(char32_t cp) {
  return is_plain_han(cp) || utf8proc_get_property(static_cast<utf8proc_int32_t>(cp))->decomp_seqindex == UINT16_MAX;
}

// Where normalize() puts its output: the text alone, or the text and its origin map.
struct TextOnly {
  std::string& text;
  void append(std::string_view bytes, std::uint32_t) { text.append(bytes); }
  void append_plain_run(std::string_view bytes, std::uint32_t) { text.append(bytes); }
};
struct TextAndOrigin {
  std::string& text;
  std::vector<std::uint32_t>& origin;
  // Every byte of one segment's output maps to the segment's first original code point.
  void append(std::string_view bytes, std::uint32_t code_point) {
    text.append(bytes);
    origin.insert(origin.end(), bytes.size(), code_point);
  }
  // Valid UTF-8 copied as it is, one segment per character: each byte maps to the code
  // point it belongs to, counted from `first_code_point`.
  void append_plain_run(std::string_view bytes, std::uint32_t first_code_point) {
    text.append(bytes);
    const std::size_t had = origin.size();
    origin.resize(had + bytes.size());
    std::uint32_t* out = origin.data() + had;
    std::uint32_t cp = first_code_point - 1;
    for (const char c : bytes) {
      cp += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
      *out++ = cp;
    }
  }
};

constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";

// NFKC, one starter and its combining marks at a time: composition never crosses such a
// segment, so every output byte maps to the segment's first original code point. Returns
// the code point count; counts replaced bytes.
template <typename Out>
std::uint32_t normalize(std::string_view original, std::uint32_t cp_index, Out out, std::size_t& replaced) {
  std::string segment;
  std::size_t pos = 0;
  const std::size_t size = original.size();
  const auto byte_at = [&](std::size_t i) { return static_cast<unsigned char>(original[i]); };
  // Whether a combining mark starts at i (never ASCII; U+FFFD for a bad byte is none).
  const auto mark_at = [&](std::size_t i) {
    if (i >= size || byte_at(i) < 0x80) return false;
    const char32_t cp = decode_next(original, i);
    return cp != kReplacement && is_combining(cp);
  };
  while (pos < size) {
    // A run of characters that are each their own segment (no mark follows) and their own
    // NFKC is copied as it is: nearly all text.
    const std::size_t run_start = pos;
    const std::uint32_t run_code_point = cp_index;
    while (pos < size) {
      // ASCII followed by ASCII: no mark can follow.
      while (pos + 1 < size && byte_at(pos) < 0x80 && byte_at(pos + 1) < 0x80) {
        ++pos;
        ++cp_index;
      }
      std::size_t next = pos + 1;
      if (byte_at(pos) >= 0x80) {
        next = pos;
        const char32_t cp = decode_next(original, next);
        if (cp == kReplacement || !unchanged_by_nfkc(cp)) break;
      }
      if (mark_at(next)) break;
      pos = next;
      ++cp_index;
    }
    if (pos > run_start) out.append_plain_run(original.substr(run_start, pos - run_start), run_code_point);
    if (pos == size) break;
    // One segment the long way: a starter with marks, a decomposable character or a bad byte.
    const std::uint32_t segment_start = cp_index;
    const std::size_t before = pos;
    const char32_t cp = decode_next(original, pos);
    const bool replacement = cp == kReplacement && original.substr(before, pos - before) != kReplacementUtf8;
    if (replacement) ++replaced;
    ++cp_index;
    const std::size_t starter_end = pos;
    while (mark_at(pos)) {
      decode_next(original, pos);
      ++cp_index;
    }
    if (pos == starter_end && unchanged_by_nfkc(cp)) {
      // A lone replacement character (a bad byte, or U+FFFD itself).
      out.append(replacement ? kReplacementUtf8 : original.substr(before, pos - before), segment_start);
      continue;
    }
    // Marks that followed a starter are valid UTF-8 too (decoding stopped at the first invalid byte).
    segment.clear();
    append_utf8(segment, cp);
    segment.append(original.substr(starter_end, pos - starter_end));
    out.append(map_utf8(segment, kNfkc), segment_start);
  }
  return cp_index;
}

// True when NFKC and case folding leave `s` as it is but for ASCII upper case: only
// ASCII and plain Han characters (valid UTF-8 throughout).
bool ascii_or_plain_han(std::string_view s) {
  for (std::size_t pos = 0; pos < s.size();) {
    const auto lead = static_cast<unsigned char>(s[pos]);
    if (lead < 0x80) {
      ++pos;
      continue;
    }
    if (!is_plain_han(decode_next(s, pos))) return false;
  }
  return true;
}

}  // namespace

bool is_nfkc_stable(std::string_view utf8) {
  for (std::size_t pos = 0; pos < utf8.size();) {
    if (static_cast<unsigned char>(utf8[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const char32_t cp = decode_next(utf8, pos);
    // Every character its own segment, copied as it is (U+FFFD may stand for invalid bytes).
    if (cp == kReplacement || is_combining(cp) || !unchanged_by_nfkc(cp)) return false;
  }
  return true;
}

NormalizedText normalize_nfkc(std::string_view original, std::uint32_t base_offset) {
  NormalizedText result;
  result.text.reserve(original.size());
  result.origin.reserve(original.size() + 1);
  const std::uint32_t end =
      normalize(original, base_offset, TextAndOrigin{result.text, result.origin}, result.replaced_bytes);
  result.origin.push_back(end);
  return result;
}

std::string nfkc(std::string_view original) {
  if (is_nfkc_stable(original)) return std::string(original);
  std::string text;
  text.reserve(original.size());
  std::size_t replaced = 0;
  normalize(original, 0, TextOnly{text}, replaced);
  return text;
}

std::string casefold(std::string_view utf8) {
  if (ascii_or_plain_han(utf8)) {
    std::string out(utf8);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  return map_utf8(to_valid_utf8(utf8), kNfkc | UTF8PROC_CASEFOLD);
}

std::string strip_marks(std::string_view utf8) {
  if (ascii_or_plain_han(utf8)) return std::string(utf8);
  return map_utf8(to_valid_utf8(utf8), UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK);
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
