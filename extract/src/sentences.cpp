#include "sentences.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "char_class.hpp"

namespace kg::extract {
namespace {

constexpr std::size_t kMaxHanLabel = 6;  // characters of a Han speaker label (司马相如, 主持人)

bool is_closing(char32_t cp) {
  switch (cp) {
    case '"': case '\'': case ')': case ']': case 0x201D: case 0x2019: case 0x300D:
    case 0x300F: case 0x3011: case 0x300B: case 0xFF09:
      return true;
    default:
      return false;
  }
}

std::uint32_t skip_space(std::string_view s, std::uint32_t pos, std::uint32_t end) {
  while (pos < end) {
    std::size_t after = pos;
    if (!text::is_space(text::decode_next(s, after))) break;
    pos = static_cast<std::uint32_t>(after);
  }
  return pos;
}

std::uint32_t trim_end(std::string_view s, std::uint32_t begin, std::uint32_t end) {
  while (end > begin && text::is_space(cp_before(s, end)))
    end = static_cast<std::uint32_t>(prev_start(s, end));
  return end;
}

// A speaker label: short, no sentence punctuation; when text follows on the same line it
// must look like a Latin name ("Sam Altman", "HOST"; not "Key people"), so "我的猜测是:..." is
// not a speaker; one capitalised word ("Products: A, B", "Founded: 2017") is an infobox key
// unless it is repeated (see repeated_labels_: "Raj:", "Q:").
bool is_speaker_label(std::string_view label, bool alone) {
  if (label.empty()) return false;
  std::size_t count = 0, words = 1;
  bool all_caps = true;
  bool latin_only = is_upper(cp_at(label, 0));
  for (std::size_t pos = 0; pos < label.size();) {
    const char32_t cp = text::decode_next(label, pos);
    ++count;
    if (is_clause_punct(cp) && cp != '.') return false;
    if (cp == ' ') ++words;
    // "Key people: ...": a word in lower case makes no name.
    if (cp == ' ' && pos < label.size() && !is_upper(cp_at(label, pos))) latin_only = false;
    if (!(is_latin_word(cp) || cp == ' ' || cp == '.' || cp == '-')) latin_only = false;
    if (is_lower(cp)) all_caps = false;
  }
  if (count > 24 || words > 4) return false;
  return alone || (latin_only && (words > 1 || all_caps));
}

class Splitter {
 public:
  Splitter(std::string_view s, const std::unordered_set<std::string>& abbreviations)
      : s_(s), abbreviations_(abbreviations) {}

  std::vector<Sentence> run() {
    note_repeated_labels();
    for_each_line([&](std::uint32_t begin, std::uint32_t end) { do_line(begin, end); });
    return std::move(out_);
  }

 private:
  template <typename F>
  void for_each_line(F&& f) const {
    const auto size = static_cast<std::uint32_t>(s_.size());
    for (std::uint32_t line = 0; line < size;) {
      std::uint32_t eol = line;
      while (eol < size && s_[eol] != '\n' && s_[eol] != '\r') ++eol;
      f(line, eol);
      line = eol + 1;
    }
  }

  // The text before the first colon of a line (trimmed) and the colon's position; empty and
  // `colon_at` unchanged when the line has no colon.
  std::string_view label_of(std::uint32_t begin, std::uint32_t end, std::uint32_t& colon_at) const {
    begin = skip_space(s_, begin, end);
    const std::size_t colon = s_.substr(begin, end - begin).find(':');
    if (colon == std::string_view::npos) return {};
    colon_at = begin + static_cast<std::uint32_t>(colon);
    const auto label_end = trim_end(s_, begin, colon_at);
    return s_.substr(begin, label_end - begin);
  }

  // Chinese transcripts write "顾临川：..." with the answer on the same line. A short Han
  // label, or one capitalised Latin word ("Ethan：", "Q:"), that starts two lines or more is a
  // speaker; once, it may be "原因：", "我的猜测是：" or an infobox key ("Founded: 2017").
  // Numbered labels (提问者1, 提问者2) count as one.
  void note_repeated_labels() {
    std::unordered_map<std::string_view, std::uint32_t> seen;
    for_each_line([&](std::uint32_t begin, std::uint32_t end) {
      std::uint32_t colon = 0;
      const std::string_view label = unnumbered(label_of(begin, end, colon));
      if (short_han(label) || one_latin_word(label)) ++seen[label];
    });
    for (const auto& [label, count] : seen)
      if (count >= 2) repeated_labels_.insert(label);
  }

  static std::string_view unnumbered(std::string_view label) {
    std::size_t end = label.size();
    while (end > 0 && (text::is_ascii_digit(label[end - 1]) || label[end - 1] == ' ')) --end;
    return end > 0 ? label.substr(0, end) : label;
  }

  static bool one_latin_word(std::string_view label) {
    if (label.empty() || label.size() > 24 || !is_upper(cp_at(label, 0))) return false;
    return std::all_of(label.begin(), label.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    });
  }

  static bool short_han(std::string_view label) {
    std::size_t count = 0;
    for (std::size_t pos = 0; pos < label.size(); ++count)
      if (!text::is_han(text::decode_next(label, pos))) return false;
    return count >= 1 && count <= kMaxHanLabel;
  }

  void do_line(std::uint32_t begin, std::uint32_t end) {
    begin = skip_space(s_, begin, end);
    end = trim_end(s_, begin, end);
    if (begin >= end) return;
    std::uint32_t colon = 0;
    const std::string_view label = label_of(begin, end, colon);
    if (!label.empty() || colon > begin) {
      const auto rest = skip_space(s_, colon + 1, end);
      if (is_speaker_label(label, rest >= end) || repeated_labels_.contains(unnumbered(label))) {
        ++turn_;
        speaker_begin_ = begin;
        speaker_end_ = begin + static_cast<std::uint32_t>(label.size());
        begin = rest;
      } else if (is_infobox_key(label) && !has_sentence_end(rest, end)) {
        // "Key people: A (CEO); B (CTO)": the semicolons part the items of one value.
        semicolon_ends_ = false;
      }
    }
    split(begin, end);
    semicolon_ends_ = true;
  }

  static bool is_infobox_key(std::string_view label) {
    if (label.empty() || label.size() > 24) return false;
    for (std::size_t pos = 0; pos < label.size();)
      if (is_clause_punct(text::decode_next(label, pos))) return false;
    return std::count(label.begin(), label.end(), ' ') < 3;
  }

  bool has_sentence_end(std::uint32_t begin, std::uint32_t end) const {
    for (std::size_t pos = begin; pos < end;) {
      const char32_t cp = text::decode_next(s_, pos);
      if (cp == 0x3002 || cp == '!' || cp == '?' || (cp == '.' && ends_at_dot(pos - 1, end)))
        return true;
    }
    return false;
  }

  bool ends_at_dot(std::uint32_t dot, std::uint32_t end) const {
    const char32_t next = cp_at(s_, dot + 1);
    if (dot + 1 < end && !(text::is_space(next) || is_closing(next) || text::is_han(next)))
      return false;
    const std::uint32_t after = skip_space(s_, dot + 1, end);
    if (after < end && is_lower(cp_at(s_, after))) return false;
    // The word before the dot: an abbreviation or an initial does not end a sentence.
    std::uint32_t w = dot;
    while (w > 0 && (text::is_latin_letter(cp_before(s_, w)) || cp_before(s_, w) == '.'))
      w = static_cast<std::uint32_t>(prev_start(s_, w));
    std::string word(s_.substr(w, dot - w));
    if (word.size() == 1 && is_upper(static_cast<unsigned char>(word[0]))) return false;
    for (char& c : word) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return word.empty() || !abbreviations_.count(word);
  }

  void split(std::uint32_t begin, std::uint32_t end) {
    std::uint32_t start = begin;
    std::uint32_t pos = begin;
    while (pos < end) {
      // Most bytes are ASCII that ends nothing: step over them while the piece is short.
      const auto byte = static_cast<unsigned char>(s_[pos]);
      if (byte < 0x80 && byte != '.' && byte != '!' && byte != '?' && byte != ';' &&
          pos + 1 - start < kMaxSentenceBytes) {
        ++pos;
        continue;
      }
      std::size_t after = pos;
      const char32_t cp = text::decode_next(s_, after);
      std::uint32_t next = static_cast<std::uint32_t>(after);
      const bool terminal = cp == 0x3002 || cp == '!' || cp == '?' || (cp == ';' && semicolon_ends_) ||
                            (cp == '.' && ends_at_dot(pos, end));
      const bool too_long = !terminal && next - start >= kMaxSentenceBytes;
      if (terminal || too_long) {
        while (terminal && next < end) {
          std::size_t past = next;
          const char32_t more = text::decode_next(s_, past);
          if (!(more == 0x3002 || more == '!' || more == '?' || more == '.' || is_closing(more)))
            break;
          next = static_cast<std::uint32_t>(past);
        }
        emit(start, next, too_long);
        start = next;
      }
      pos = next;
    }
    emit(start, end);
  }

  void emit(std::uint32_t begin, std::uint32_t end, bool cut = false) {
    begin = skip_space(s_, begin, end);
    end = trim_end(s_, begin, end);
    if (begin >= end) return;
    out_.push_back(Sentence{begin, end, turn_, speaker_begin_, speaker_end_, cut});
  }

  std::string_view s_;
  const std::unordered_set<std::string>& abbreviations_;
  std::vector<Sentence> out_;
  std::uint32_t turn_ = 0;
  std::uint32_t speaker_begin_ = 0, speaker_end_ = 0;
  std::unordered_set<std::string_view> repeated_labels_;
  bool semicolon_ends_ = true;
};

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text,
                                      const std::unordered_set<std::string>& abbreviations) {
  return Splitter(text, abbreviations).run();
}

}  // namespace kg::extract
