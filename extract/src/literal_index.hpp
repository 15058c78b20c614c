// Which literals of a word list can match at a position, told by the one byte there. A
// literal compared byte by byte from one end fails at once where its first (forwards) or
// last (backwards) byte differs from the text's; lists of titles, clause coordinators or
// reporting cues are tried at many positions, and most of them fail that way. The
// candidates (a superset: each is still compared) come in the list's order, so "the first
// that matches" is unchanged.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

// Stands for the byte at the end of the text (or before its start): only an empty literal
// matches there.
inline constexpr int kNoByte = 256;

// Calls add(b) for each byte b (or kNoByte) at which `form` may match, judged by its first
// byte (`first`) or its last.
template <typename Add>
void for_each_fitting_byte(std::string_view form, bool first, Add&& add) {
  if (form.empty()) {
    for (int b = 0; b <= kNoByte; ++b) add(b);
    return;
  }
  const auto byte = static_cast<unsigned char>(first ? form.front() : form.back());
  add(byte);
  if (byte == ' ') add('\t');
}

// The bytes at which one of a few literals (a pattern element's alternatives) may match,
// as for_each_fitting_byte gives them.
class ByteSet {
 public:
  ByteSet() = default;
  ByteSet(const std::vector<std::string>& forms, bool first) {
    for (const auto& form : forms)
      for_each_fitting_byte(form, first, [&](int b) { bits_[b / 64] |= std::uint64_t{1} << (b % 64); });
  }
  bool has(int byte) const { return (bits_[byte / 64] >> (byte % 64)) & 1; }

 private:
  std::array<std::uint64_t, kNoByte / 64 + 1> bits_{};
};

class LiteralIndex {
 public:

  LiteralIndex() = default;
  // `form_of(item)` gives each item's literal; ' ' in a literal matches a blank or a tab.
  template <typename Items, typename FormOf>
  LiteralIndex(const Items& items, FormOf&& form_of) {
    std::vector<std::string_view> forms;
    for (const auto& item : items) forms.push_back(form_of(item));
    fill(forms, true, starting_);
    fill(forms, false, ending_);
  }

  // Indexes of the literals that may start at a byte (or kNoByte).
  std::span<const std::uint32_t> starting(int byte) const { return starting_.of(byte); }
  // Indexes of the literals that may end right before a byte (or kNoByte).
  std::span<const std::uint32_t> ending(int byte) const { return ending_.of(byte); }

 private:
  struct Buckets {
    std::array<std::uint32_t, kNoByte + 2> begin{};
    std::vector<std::uint32_t> ids;
    std::span<const std::uint32_t> of(int byte) const {
      return std::span<const std::uint32_t>(ids).subspan(begin[byte], begin[byte + 1] - begin[byte]);
    }
  };

  static void fill(const std::vector<std::string_view>& forms, bool first, Buckets& out) {
    std::array<std::vector<std::uint32_t>, kNoByte + 1> lists;
    for (std::uint32_t i = 0; i < forms.size(); ++i)
      for_each_fitting_byte(forms[i], first, [&](int b) { lists[b].push_back(i); });
    for (int b = 0; b <= kNoByte; ++b) {
      out.begin[b + 1] = out.begin[b] + static_cast<std::uint32_t>(lists[b].size());
      out.ids.insert(out.ids.end(), lists[b].begin(), lists[b].end());
    }
  }

  Buckets starting_, ending_;
};

}  // namespace kg::extract
