// Exact JSON numbers without RapidJSON 1.1's full-precision parser, which has undefined
// behaviour on some inputs (a zero significand with a large exponent, "0e+71", passes 0 to
// clz). Parse with kParseNumbersAsStringsFlag through ExactNumbers: each number reaches the
// wrapped handler as Int, Uint, Int64, Uint64 or Double, as RapidJSON would call it, with
// doubles correctly rounded (std::from_chars); one too small for a double becomes 0 or a
// subnormal. RapidJSON itself refuses one too large; should one still arrive, parsing stops
// with out_of_range set.
#pragma once

#include <rapidjson/rapidjson.h>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <system_error>

namespace kg {

template <typename Handler>
struct ExactNumbers {
  Handler& next;
  bool out_of_range = false;

  bool RawNumber(const char* s, rapidjson::SizeType n, bool) {
    const char* end = s + n;
    if (std::string_view(s, n).find_first_of(".eE") == std::string_view::npos) {
      if (*s == '-') {
        std::int64_t v = 0;
        if (const auto r = std::from_chars(s, end, v); r.ec == std::errc() && r.ptr == end)
          return v >= std::numeric_limits<int>::min() ? next.Int(static_cast<int>(v)) : next.Int64(v);
      } else {
        std::uint64_t v = 0;
        if (const auto r = std::from_chars(s, end, v); r.ec == std::errc() && r.ptr == end)
          return v <= std::numeric_limits<unsigned>::max() ? next.Uint(static_cast<unsigned>(v)) : next.Uint64(v);
      }
    }
    double d = 0;
    const auto r = std::from_chars(s, end, d);
    if (r.ec == std::errc::result_out_of_range) d = std::strtod(std::string(s, n).c_str(), nullptr);  // underflow: 0 or subnormal
    if (r.ptr != end || !std::isfinite(d)) {
      out_of_range = true;
      return false;
    }
    return next.Double(d);
  }
  bool Null() { return next.Null(); }
  bool Bool(bool b) { return next.Bool(b); }
  bool Int(int i) { return next.Int(i); }
  bool Uint(unsigned i) { return next.Uint(i); }
  bool Int64(std::int64_t i) { return next.Int64(i); }
  bool Uint64(std::uint64_t i) { return next.Uint64(i); }
  bool Double(double d) { return next.Double(d); }
  bool String(const char* s, rapidjson::SizeType n, bool copy) { return next.String(s, n, copy); }
  bool StartObject() { return next.StartObject(); }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) { return next.Key(s, n, copy); }
  bool EndObject(rapidjson::SizeType n) { return next.EndObject(n); }
  bool StartArray() { return next.StartArray(); }
  bool EndArray(rapidjson::SizeType n) { return next.EndArray(n); }
};

}  // namespace kg
