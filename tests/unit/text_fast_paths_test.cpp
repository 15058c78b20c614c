// The fast paths of NFKC, case folding and decoding against the plain library calls they
// stand in for.
#include <doctest/doctest.h>
#include <utf8proc.h>

#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "kg/text/normalize.hpp"
#include "kg/text/utf8.hpp"

using namespace kg;

namespace {

std::string library_map(std::string_view s, int options) {
  utf8proc_uint8_t* raw = nullptr;
  const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                              static_cast<utf8proc_ssize_t>(s.size()), &raw, static_cast<utf8proc_option_t>(options));
  std::string out = n < 0 ? std::string(s) : std::string(reinterpret_cast<const char*>(raw), static_cast<std::size_t>(n));
  std::free(raw);
  return out;
}

constexpr int kNfkc = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT;

// normalize_nfkc as first written: every code point through the library's properties,
// every segment encoded anew.
text::NormalizedText reference_nfkc(std::string_view original) {
  text::NormalizedText r;
  std::uint32_t cp_index = 0;
  std::size_t pos = 0;
  const auto byte_at = [&](std::size_t i) { return static_cast<unsigned char>(original[i]); };
  while (pos < original.size()) {
    if (byte_at(pos) < 0x80 && (pos + 1 == original.size() || byte_at(pos + 1) < 0x80)) {
      r.text.push_back(original[pos++]);
      r.origin.push_back(cp_index++);
      continue;
    }
    const std::uint32_t start = cp_index;
    std::string segment;
    const std::size_t before = pos;
    const char32_t cp = text::decode_next(original, pos);
    if (cp == text::kReplacement && original.substr(before, pos - before) != "\xEF\xBF\xBD") ++r.replaced_bytes;
    text::append_utf8(segment, cp);
    ++cp_index;
    bool alone = true;
    while (pos < original.size() && byte_at(pos) >= 0x80) {
      std::size_t peek = pos;
      const char32_t next = text::decode_next(original, peek);
      if (next == text::kReplacement || utf8proc_get_property(static_cast<utf8proc_int32_t>(next))->combining_class == 0)
        break;
      text::append_utf8(segment, next);
      pos = peek;
      ++cp_index;
      alone = false;
    }
    const bool unchanged = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp))->decomp_seqindex == UINT16_MAX;
    const std::string out = alone && unchanged ? segment : library_map(segment, kNfkc);
    r.text += out;
    r.origin.insert(r.origin.end(), out.size(), start);
  }
  r.origin.push_back(cp_index);
  return r;
}

// Random text from pieces that exercise every path: ASCII runs, Han, full-width forms,
// combining marks after ASCII and after Han, ligatures, invalid and truncated bytes.
std::string random_text(std::mt19937& rng) {
  static const std::vector<std::string> pieces = {
      "a", "Z", " ", "OpenAI", ",", "\n", "\xE5\xA5\xA5", "\xE7\x89\xB9", "\xE4\xB8\x80", "\xE9\xBF\xBF",
      "\xE3\x90\x80", "\xEF\xBC\xAF", "\xEF\xBC\x8C", "\xCC\x81", "\xCC\xA3", "\xEF\xAC\x81", "\xE2\x91\xA0",
      "\xC3\xA9", "\xC3\x89", "\xE1\x84\x80", "\xE1\x85\xA1", "\xFF", "\xE4\xB8", "\xEF\xBF\xBD", "\xF0\x9F\x98\x80",
      "\xE3\x80\x80", "\xC2\xB7", "\xE2\x84\xAA", "\xCE\xA3", std::string(1, '\0')};
  std::string s;
  const int n = std::uniform_int_distribution<int>(0, 12)(rng);
  for (int i = 0; i < n; ++i) s += pieces[std::uniform_int_distribution<std::size_t>(0, pieces.size() - 1)(rng)];
  return s;
}

}  // namespace

TEST_CASE("the CJK blocks taken as plain need neither decomposition nor composition") {
  for (char32_t cp = 0x3400; cp <= 0x9FFF; ++cp) {
    if (cp > 0x4DBF && cp < 0x4E00) continue;
    const auto* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
    REQUIRE(p->combining_class == 0);
    REQUIRE(p->decomp_seqindex == UINT16_MAX);
    REQUIRE(p->casefold_seqindex == UINT16_MAX);
  }
}

TEST_CASE("NFKC with fast paths equals the code point by code point reference") {
  std::mt19937 rng(7);
  for (int i = 0; i < 20000; ++i) {
    const std::string s = random_text(rng);
    const auto fast = text::normalize_nfkc(s);
    const auto slow = reference_nfkc(s);
    REQUIRE(fast.text == slow.text);
    REQUIRE(fast.origin == slow.origin);
    REQUIRE(fast.replaced_bytes == slow.replaced_bytes);
    REQUIRE(text::nfkc(s) == slow.text);
    if (text::is_nfkc_stable(s)) REQUIRE(slow.text == s);
  }
}

TEST_CASE("text NFKC leaves as it is counts as stable, other text does not") {
  CHECK(text::is_nfkc_stable("OpenAI CEO, 奥特曼·山姆。"));
  CHECK(text::is_nfkc_stable(""));
  CHECK_FALSE(text::is_nfkc_stable("ï¼¯"));    // full-width O
  CHECK_FALSE(text::is_nfkc_stable("Ã©"));        // é has a decomposition
  CHECK_FALSE(text::is_nfkc_stable("eÌ"));       // a combining mark
  CHECK_FALSE(text::is_nfkc_stable("aÿ"));           // invalid UTF-8
}

TEST_CASE("NFKC offsets start at the base offset") {
  const auto n = text::normalize_nfkc("ab\xE5\xA5\xA5", 10);
  CHECK(n.origin == std::vector<std::uint32_t>{10, 11, 12, 12, 12, 13});
}

TEST_CASE("case folding with fast paths equals the library's") {
  for (int c = 0; c < 0x80; ++c) {
    const std::string s(1, static_cast<char>(c));
    REQUIRE(text::casefold(s) == library_map(s, kNfkc | UTF8PROC_CASEFOLD));
  }
  std::mt19937 rng(11);
  for (int i = 0; i < 20000; ++i) {
    const std::string s = text::to_valid_utf8(random_text(rng));
    REQUIRE(text::casefold(s) == library_map(s, kNfkc | UTF8PROC_CASEFOLD));
  }
  CHECK(text::casefold("OpenAI\xE5\xA5\xA5") == "openai\xE5\xA5\xA5");
}

namespace {

// decode_next as first written: length from the lead byte, then one check after another.
char32_t reference_decode(std::string_view bytes, std::size_t& pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) return ++pos, lead;
  int length = 0;
  char32_t cp = 0, min_value = 0;
  if (lead >= 0xC2 && lead <= 0xDF) length = 2, cp = lead & 0x1F, min_value = 0x80;
  else if (lead >= 0xE0 && lead <= 0xEF) length = 3, cp = lead & 0x0F, min_value = 0x800;
  else if (lead >= 0xF0 && lead <= 0xF4) length = 4, cp = lead & 0x07, min_value = 0x10000;
  else return ++pos, text::kReplacement;
  if (pos + length > bytes.size()) return ++pos, text::kReplacement;
  for (int i = 1; i < length; ++i) {
    if ((byte(pos + i) & 0xC0) != 0x80) return ++pos, text::kReplacement;
    cp = (cp << 6) | (byte(pos + i) & 0x3F);
  }
  if (cp < min_value || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return ++pos, text::kReplacement;
  pos += length;
  return cp;
}

// Millions of inputs: counted rather than asserted one by one.
int mismatches = 0;
void check_decode(const std::string& s) {
  std::size_t a = 0, b = 0;
  const char32_t fast = text::decode_next(s, a);
  const char32_t slow = reference_decode(s, b);
  if (fast != slow || a != b) ++mismatches;
}

}  // namespace

TEST_CASE("decoding equals the reference on every lead and second byte, and on truncations") {
  const unsigned char tails[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
  for (int lead = 0; lead < 0x100; ++lead) {
    check_decode(std::string(1, static_cast<char>(lead)));
    for (int second = 0; second < 0x100; ++second) {
      const std::string two{static_cast<char>(lead), static_cast<char>(second)};
      check_decode(two);
      for (const unsigned char third : tails) {
        check_decode(two + static_cast<char>(third));
        for (const unsigned char fourth : tails) check_decode(two + static_cast<char>(third) + static_cast<char>(fourth));
      }
    }
  }
  CHECK(mismatches == 0);
}
