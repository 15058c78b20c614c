#include "name_discovery.hpp"

#include "char_class.hpp"

namespace kg::extract {
namespace {

constexpr int kMaxNameTokens = 4;  // words of a discovered Latin name (an "of" phrase counts once)

bool token_char(char32_t cp) { return is_latin_word(cp) || cp == '-' || cp == '\''; }

// End of the Latin token starting at pos.
std::uint32_t token_end(std::string_view s, std::uint32_t pos, std::uint32_t limit) {
  while (pos < limit) {
    const char32_t cp = cp_at(s, pos);
    if (!token_char(cp)) break;
    pos += static_cast<std::uint32_t>(cp_length(s, pos));
  }
  while (pos > 0 && (s[pos - 1] == '-' || s[pos - 1] == '\'')) --pos;
  // "Fernhill's": the possessive ending is no part of the name.
  if (pos >= 3 && s.substr(pos - 2, 2) == "'s" && s[pos - 3] != '\'') pos -= 2;
  return pos;
}

std::uint32_t token_begin(std::string_view s, std::uint32_t pos, std::uint32_t floor) {
  std::uint32_t start = pos;
  while (start > floor) {
    const char32_t cp = cp_before(s, start);
    if (!token_char(cp)) break;
    start = static_cast<std::uint32_t>(prev_start(s, start));
  }
  while (start < pos && (s[start] == '-' || s[start] == '\'')) ++start;
  return start;
}

bool capitalised(std::string_view s, std::uint32_t pos) { return is_upper(cp_at(s, pos)); }

// "Oryon-based", "Google-backed": an adjective, never part of a name ("Min-jae" is one).
bool adjectival_compound(std::string_view token, const RuleSet& rules) {
  const auto hyphen = token.rfind('-');
  return hyphen != std::string_view::npos && rules.is_adjective_suffix(fold_key(token.substr(hyphen + 1)));
}

bool is_stop_token(std::string_view token, const RuleSet& rules) {
  return adjectival_compound(token, rules) || rules.is_stopword(fold_key(token));
}

// "the tactical game The Hollow Crown": a capital "The" after a lower-case word opens a
// title when a capitalised word follows, where at a sentence's start it is only "the".
bool title_article(std::string_view s, std::uint32_t pos, std::uint32_t end, std::uint32_t limit,
                   const RuleSet& rules) {
  if (s.substr(pos, end - pos) != "The" || pos < 2 || s[pos - 1] != ' ' || !is_lower(cp_before(s, pos - 1)))
    return false;
  if (end + 1 >= limit || s[end] != ' ' || !capitalised(s, end + 1)) return false;
  const std::uint32_t next = token_end(s, end + 1, limit);
  return next > end + 1 && !is_stop_token(s.substr(end + 1, next - end - 1), rules);
}

// Where the capitalised word after a name particle starts ("Pieter| van |Amstel"), when one
// follows the token ending at `end`; 0 otherwise.
std::uint32_t after_particle(std::string_view s, std::uint32_t end, std::uint32_t limit, const RuleSet& rules) {
  if (end >= limit || s[end] != ' ') return 0;
  for (const auto& particle : rules.name_particles()) {
    const std::uint32_t next = end + 1 + static_cast<std::uint32_t>(particle.size()) + 1;
    if (next < limit && s.substr(end + 1, particle.size()) == particle && s[next - 1] == ' ' && capitalised(s, next))
      return next;
  }
  return 0;
}

// Where the capitalised word before a name particle starts ("Pieter| van |Amstel"), when one
// precedes the token starting at `begin`; `begin` otherwise.
std::uint32_t before_particle(std::string_view s, std::uint32_t begin, std::uint32_t floor, const RuleSet& rules) {
  for (const auto& particle : rules.name_particles()) {
    const std::size_t span = particle.size() + 2;
    if (begin < floor + span + 1 || s[begin - 1] != ' ' || s[begin - span] != ' ' ||
        s.substr(begin - span + 1, particle.size()) != particle)
      continue;
    const std::uint32_t previous = token_begin(s, static_cast<std::uint32_t>(begin - span), floor);
    if (previous < begin - span && capitalised(s, previous)) return previous;
  }
  return begin;
}

// After a name token ending at `end`: where ", B & C" (or ", B, C & D") ends, when
// single capitalised words follow, joined by commas and a closing ampersand; else kNone.
std::uint32_t comma_partners_end(std::string_view s, std::uint32_t end, std::uint32_t limit) {
  constexpr int kMaxPartners = 4;
  std::uint32_t at = end;
  for (int partners = 0; partners < kMaxPartners; ++partners) {
    const bool amp = s.substr(at, 3) == " & ";
    if (!amp && s.substr(at, 2) != ", ") return kNone;
    const std::uint32_t word = at + (amp ? 3 : 2);
    if (word >= limit || !capitalised(s, word)) return kNone;
    at = token_end(s, word, limit);
    if (at == word) return kNone;
    if (amp) return at;
  }
  return kNone;
}

}  // namespace

std::uint32_t capture_latin_forward(std::string_view s, std::uint32_t pos, std::uint32_t limit,
                                    const RuleSet& rules) {
  if (!capitalised(s, pos) || text::is_latin_letter(cp_before(s, pos))) return pos;
  std::uint32_t end = token_end(s, pos, limit);
  if (end == pos || (is_stop_token(s.substr(pos, end - pos), rules) && !title_article(s, pos, end, limit, rules)))
    return pos;
  std::uint32_t last = pos;  // start of the latest token
  for (int tokens = 1; tokens < kMaxNameTokens; ++tokens) {
    // "Technical University of Denmark", "Center for Humane Technology": after a head word,
    // "of" or "for" and a capitalised word go on.
    const std::uint32_t joiner = s.substr(end, 4) == " of " ? 4 : s.substr(end, 5) == " for " ? 5 : 0;
    if (joiner && rules.is_of_name_head(fold_key(s.substr(last, end - last))) && end + joiner < limit &&
        capitalised(s, end + joiner)) {
      last = end + joiner;
      end = token_end(s, last, limit);
      continue;
    }
    // "Hollis & Reed": an ampersand between capitalised words joins them.
    if (s.substr(end, 3) == " & " && end + 3 < limit && capitalised(s, end + 3)) {
      last = end + 3;
      end = token_end(s, last, limit);
      continue;
    }
    // "Keefe, Bruyette & Woods": a firm's partners joined by commas up to a closing ampersand.
    if (const std::uint32_t joined = comma_partners_end(s, end, limit); joined != kNone) {
      last = token_begin(s, joined, pos);
      end = joined;
      continue;
    }
    if (const std::uint32_t named = after_particle(s, end, limit, rules)) {
      last = named;
      end = token_end(s, last, limit);
      continue;
    }
    if (end + 1 >= limit || s[end] != ' ' || !capitalised(s, end + 1)) break;
    const std::uint32_t next = token_end(s, end + 1, limit);
    const std::string_view token = s.substr(end + 1, next - end - 1);
    if (is_stop_token(token, rules) && !rules.is_name_suffix(fold_key(token))) break;
    last = end + 1;
    end = next;
  }
  if (text::is_latin_letter(cp_at(s, end))) return pos;
  // "Run:ai", "Node:js": a colon inside a word cuts no name out of it.
  if (end + 1 < s.size() && s[end] == ':' && text::is_latin_letter(cp_at(s, end + 1))) return pos;
  return end;
}

std::uint32_t capture_latin_backward(std::string_view s, std::uint32_t pos, std::uint32_t floor,
                                     const RuleSet& rules) {
  if (pos <= floor || text::is_latin_letter(cp_at(s, pos))) return pos;
  // A possessive ends no name: "Fernhill's", "Driftless Labs'".
  if (pos >= floor + 2 && (s.substr(pos - 2, 2) == "'s" || (s[pos - 1] == '\'' && s[pos - 2] == 's'))) return pos;
  std::uint32_t begin = token_begin(s, pos, floor);
  if (begin == pos || !capitalised(s, begin)) return pos;
  // A name may end with a suffix word ("Fernbrook AI") but not consist of one.
  const std::string_view last = s.substr(begin, pos - begin);
  const bool suffix_only = is_stop_token(last, rules);
  if (suffix_only && !rules.is_name_suffix(fold_key(last))) return pos;
  const std::uint32_t last_begin = begin;
  for (int tokens = 1; tokens < 4; ++tokens) {
    if (begin >= floor + 4 && s.substr(begin - 3, 3) == " & ") {
      const std::uint32_t previous = token_begin(s, begin - 3, floor);
      if (previous < begin - 3 && capitalised(s, previous)) {
        begin = previous;
        continue;
      }
    }
    if (const std::uint32_t named = before_particle(s, begin, floor, rules); named != begin) {
      begin = named;
      continue;
    }
    if (begin < floor + 2 || s[begin - 1] != ' ') break;
    const std::uint32_t previous = token_begin(s, begin - 1, floor);
    if (previous == begin - 1 || !capitalised(s, previous) ||
        is_stop_token(s.substr(previous, begin - 1 - previous), rules))
      break;
    begin = previous;
  }
  return (suffix_only && begin == last_begin) ? pos : begin;
}

std::uint32_t capitalised_word_before(std::string_view text, std::uint32_t pos) {
  if (pos < 2 || text[pos - 1] != ' ') return kNone;
  std::size_t start = pos - 1;
  while (start > 0 && is_latin_word(cp_before(text, start))) start = prev_start(text, start);
  return start < pos - 1 && is_upper(cp_at(text, start)) ? static_cast<std::uint32_t>(start) : kNone;
}

std::uint32_t capture_line_rest(std::string_view s, std::uint32_t pos, std::uint32_t limit) {
  std::uint32_t end = pos;
  std::size_t count = 0;
  while (end < limit) {
    const char32_t cp = cp_at(s, end);
    // A hyphen or an apostrophe joins two letters of one name (Ben-Ari, O'Reilly).
    const bool joiner = (cp == '-' || cp == '\'') && end > pos && is_latin_word(cp_before(s, end)) &&
                        end + 1 < limit && is_latin_word(cp_at(s, end + 1));
    if (!(text::is_han(cp) || is_latin_word(cp) || cp == ' ' || cp == 0xB7 || joiner)) break;
    end += static_cast<std::uint32_t>(cp_length(s, end));
    ++count;
  }
  while (end > pos && s[end - 1] == ' ') --end;
  return (count >= 2 && count <= 12) ? end : pos;
}

namespace {

// "直接向集团", "转任集团", "原集团": a bare kind word (集团 for "the group") after a verb or a
// preposition is no company's name. A Han name ending in an organisation suffix needs a stem
// of two characters or more whose last one is no particle or clause word.
bool plausible_han_organization(std::string_view surface, const RuleSet& rules) {
  for (const auto& suffix : rules.han_org_suffixes()) {
    if (!surface.ends_with(suffix)) continue;
    const std::string_view stem = surface.substr(0, surface.size() - suffix.size());
    if (stem.empty()) return false;
    if (!text::is_han(cp_at(stem, 0))) return true;
    if (text::count_code_points(stem) < 2) return false;
    const char32_t last = cp_before(stem, static_cast<std::uint32_t>(stem.size()));
    return !rules.is_han_name_break(last) && !rules.is_han_run_break(last);
  }
  return true;
}

}  // namespace

bool plausible_name(std::string_view surface, const RuleSet& rules) {
  if (!plausible_han_organization(surface, rules)) return false;
  // "多家车企", "其中包括": a word that opens clauses, of two characters or more, opens no name;
  // "湘江资本领投": one that follows names ends none.
  if (text::is_han(cp_at(surface, 0))) {
    for (const auto& opener : rules.han_run_openers())
      if (opener.size() > 3 && surface.starts_with(opener)) return false;
    if (rules.ends_with_name_follower(surface) || rules.ends_with_han_title(surface)) return false;
  }
  const std::string key = fold_key(surface);
  if (key.empty() || rules.is_stopword(key)) return false;
  const std::size_t cps = text::count_code_points(key);
  if (cps < 2 || cps > 40) return false;
  bool has_letter = false;
  for (std::size_t pos = 0; pos < key.size();) {
    const char32_t cp = text::decode_next(key, pos);
    if (!text::is_ascii_digit(cp)) has_letter = true;
  }
  if (!has_letter) return false;
  return surface.find("://") == std::string_view::npos && key.rfind("www", 0) != 0 &&
         surface.find('@') == std::string_view::npos;
}

std::string display_name(std::string_view surface, bool person) {
  if (!person) return std::string(surface);
  // Split only plain glued words, each part capitalised and at least three letters, but the
  // last, a family name, may have two ("OscarLi", "JasonXu").
  std::vector<std::size_t> cuts;
  std::size_t part = 0;
  for (std::size_t i = 0; i < surface.size(); ++i) {
    const char c = surface[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return std::string(surface);
    if (i == 0 && !is_upper(static_cast<unsigned char>(c))) return std::string(surface);
    if (i > 0 && is_upper(static_cast<unsigned char>(c))) {
      if (i - part < 3 || !is_lower(static_cast<unsigned char>(surface[i - 1])))
        return std::string(surface);
      cuts.push_back(i);
      part = i;
    }
  }
  if (cuts.empty() || surface.size() - part < 2) return std::string(surface);
  std::string out;
  std::size_t from = 0;
  for (const std::size_t cut : cuts) {
    out.append(surface.substr(from, cut - from));
    out.push_back(' ');
    from = cut;
  }
  out.append(surface.substr(from));
  return out;
}

namespace {

// Characters after a number that make it a quantity, not a version (2亿用户, 3年).
bool quantity_unit(char32_t cp) {
  static constexpr std::u32string_view kUnits = U"亿万千百个家年月日倍次名位款元美%";
  return kUnits.find(cp) != std::u32string_view::npos;
}

// A model's parameter count at `pos` (" 405B", "-7B") is part of its name: its end, or pos.
std::uint32_t parameter_count_end(std::string_view s, std::uint32_t pos) {
  const auto digit_at = [&](std::size_t at) { return at < s.size() && text::is_ascii_digit(static_cast<unsigned char>(s[at])); };
  if (pos >= s.size() || (s[pos] != ' ' && s[pos] != '-') || !digit_at(pos + 1)) return pos;
  std::size_t q = pos + 1;
  while (digit_at(q)) ++q;
  // Billions only: "100M" after a name is more often users than parameters.
  if (q >= s.size() || s[q] != 'B' || is_latin_word(cp_at(s, q + 1))) return pos;
  return static_cast<std::uint32_t>(q + 1);
}

}  // namespace

// End of a version starting at `pos` (" 3", "-4.6", "2.5", " K2", "大模型5.0 Turbo"), or `pos`.
std::uint32_t version_end(std::string_view s, std::uint32_t pos, const RuleSet& rules) {
  const auto size = static_cast<std::uint32_t>(s.size());
  const auto digit_at = [&](std::uint32_t at) { return at < size && text::is_ascii_digit(static_cast<unsigned char>(s[at])); };
  std::uint32_t p = pos;
  for (std::string_view kind : {std::string_view("大模型"), std::string_view("模型")})
    if (s.substr(p, kind.size()) == kind && digit_at(p + static_cast<std::uint32_t>(kind.size()))) {
      p += static_cast<std::uint32_t>(kind.size());
      break;
    }
  // A known versioned name ("Llama 3.1") with its parameter count ("405B").
  if (const std::uint32_t counted = parameter_count_end(s, p); counted > p) return counted;
  // "Llama 3" known, ".1" written after it: the version goes on.
  const bool continued = p > 0 && p == pos && s[p - 1] >= '0' && s[p - 1] <= '9' && p < size && s[p] == '.' && digit_at(p + 1);
  const bool spaced = !continued && p < size && s[p] == ' ';
  if (!continued && p < size && (s[p] == ' ' || s[p] == '-')) ++p;
  // Capitals before the number: " K2", " MI325X".
  std::uint32_t capitals = 0;
  while (!continued && capitals < 3 && p + capitals < size && is_upper(static_cast<unsigned char>(s[p + capitals]))) ++capitals;
  const bool lettered = capitals > 0 && digit_at(p + capitals);
  if (lettered) p += capitals;
  const std::uint32_t digits = p;
  while (digit_at(p)) ++p;
  if (p == digits && !continued) return pos;
  const std::uint32_t whole = p - digits;
  bool dotted = false;
  while (p + 1 < size && s[p] == '.' && digit_at(p + 1)) {
    p += 2;
    while (digit_at(p)) ++p;
    dotted = true;
  }
  // One letter may close an undotted version ("昇腾910C", "GPT-4o"), not a word ("3 Days");
  // after a dotted one it is a multiplier ("GPT-5.2x").
  if (!dotted && p < size && text::is_latin_letter(cp_at(s, p)) && !is_latin_word(cp_at(s, p + 1))) ++p;
  const char32_t next = cp_at(s, p);
  if (is_latin_word(next) || quantity_unit(next) || (spaced && !dotted && !lettered && whole > 2)) return pos;
  p = parameter_count_end(s, p);
  // "文心大模型4.5 Turbo", "Qwen3-Max": a product suffix goes with the version.
  if (p < size && (s[p] == ' ' || s[p] == '-') && is_upper(cp_at(s, p + 1))) {
    std::uint32_t end = token_end(s, p + 1, size);
    // "Coder" of "Coder-7B": the suffix is the word before a hyphen and a count.
    if (const auto hyphen = s.substr(p + 1, end - p - 1).find('-'); hyphen != std::string_view::npos)
      end = p + 1 + static_cast<std::uint32_t>(hyphen);
    if (rules.is_product_suffix(fold_key(s.substr(p + 1, end - p - 1)))) p = end;
  }
  // "Qwen2.5-Coder-7B": a parameter count may follow the suffix too.
  if (p + 1 < size && s[p] == '-' && digit_at(p + 1)) {
    const std::uint32_t counted = parameter_count_end(s, p + 1);
    if (counted > p + 1) p = counted;
  }
  return p;
}

namespace {

// A chip's or a device's model code at `pos`: one to four capitals and at least two digits,
// with at most one closing letter ("H100", "MI300", "RTX4090", "910C" after a name): its end, or pos.
std::uint32_t model_code_end(std::string_view s, std::uint32_t pos) {
  std::uint32_t p = pos;
  while (p < s.size() && p - pos < 5 && is_upper(static_cast<unsigned char>(s[p]))) ++p;
  const std::uint32_t letters = p - pos;
  const std::uint32_t digits = p;
  while (p < s.size() && text::is_ascii_digit(static_cast<unsigned char>(s[p]))) ++p;
  if (letters < 1 || letters > 4 || p - digits < 2) return pos;
  if (p < s.size() && is_upper(static_cast<unsigned char>(s[p]))) ++p;
  const char32_t next = cp_at(s, p);
  if (is_latin_word(next) || next == '.' || next == '-' || quantity_unit(next)) return pos;
  return p;
}

// A name shaped like a model with a dotted version at `pos` ("GLM-4.6", "GPT-5.3") or a
// model code ("H100"): its end, or pos.
std::uint32_t model_shape_end(std::string_view s, std::uint32_t pos, const RuleSet& rules) {
  if (!is_upper(cp_at(s, pos)) || is_latin_word(cp_before(s, pos))) return pos;
  if (const std::uint32_t code = model_code_end(s, pos); code > pos) return code;
  std::uint32_t p = pos;
  while (p < s.size() && text::is_latin_letter(cp_at(s, p))) ++p;
  if (p - pos < 2) return pos;
  const std::uint32_t end = version_end(s, p, rules);
  return end > p && s.substr(p, end - p).find('.') != std::string_view::npos ? end : pos;
}

// Where a Han name of two to four characters ending at `pos` starts, when a product kind
// word (`han_product_kinds`: 模型, 芯片, 版本) stands right before it and nothing before
// `floor` is taken; kNone otherwise.
std::uint32_t han_name_after_kind(std::string_view s, std::uint32_t pos, std::uint32_t floor, const RuleSet& rules) {
  std::uint32_t start = pos;
  for (int chars = 1; chars <= 4 && start > floor; ++chars) {
    const char32_t cp = cp_before(s, start);
    if (!text::is_han(cp) || rules.is_han_name_break(cp)) return kNone;
    start = static_cast<std::uint32_t>(prev_start(s, start));
    if (chars < 2) continue;
    for (const auto& kind : rules.han_product_kinds())
      if (start >= floor + kind.size() && s.substr(start - kind.size(), kind.size()) == kind) return start;
  }
  return kNone;
}

}  // namespace

std::vector<Mention> versioned_products(const DocumentText& doc, const std::vector<Mention>& mentions,
                                        std::uint32_t product_type, const RuleSet& rules, NameTable& names) {
  std::vector<Mention> out;
  const std::string_view s = doc.norm.text;
  auto add = [&](std::uint32_t begin, std::uint32_t end) {
    Mention m;
    m.begin = begin;
    m.end = end;
    m.kind = MentionKind::Discovered;
    m.type = product_type;
    m.name = names.intern(s.substr(begin, end - begin));
    m.confidence = 0.8;
    out.push_back(m);
  };
  std::size_t next = 0;  // mentions are sorted: the first one not yet passed
  for (std::uint32_t pos = 0; pos < s.size(); ++pos) {
    while (next < mentions.size() && mentions[next].end <= pos) ++next;
    if (next < mentions.size() && mentions[next].begin <= pos) {
      const Mention& m = mentions[next];
      if (pos == m.begin && m.kind == MentionKind::Lexicon && m.type == product_type)
        if (const std::uint32_t end = version_end(s, m.end, rules); end > m.end) add(m.begin, end);
      pos = m.end - 1;
      continue;
    }
    // "基座模型星衍-3": a Han name right after a product kind word, with a version.
    if ((s[pos] == '-' || (s[pos] >= '0' && s[pos] <= '9')) && pos > 0 && text::is_han(cp_before(s, pos))) {
      const std::uint32_t floor = next > 0 ? mentions[next - 1].end : 0;
      const std::uint32_t start = han_name_after_kind(s, pos, floor, rules);
      const std::uint32_t end = start == kNone ? pos : version_end(s, pos, rules);
      if (end > pos && (next >= mentions.size() || mentions[next].begin >= end) &&
          !rules.is_stopword(fold_key(s.substr(start, pos - start)))) {
        add(start, end);
        pos = end - 1;
        continue;
      }
    }
    // A model's name starts with a capital: the byte test spares model_shape_end's decoding.
    if (!may_start_upper(s[pos])) continue;
    const std::uint32_t end = model_shape_end(s, pos, rules);
    if (end > pos && (next >= mentions.size() || mentions[next].begin >= end) &&
        !rules.is_stopword(fold_key(s.substr(pos, end - pos)))) {
      add(pos, end);
      pos = end - 1;
    }
  }
  return out;
}

std::vector<ComposedProduct> compose_products(const DocumentText& doc,
                                              const std::vector<Mention>& lexicon_mentions,
                                              const std::vector<std::string>& entry_names,
                                              std::uint32_t product_type, const RuleSet& rules,
                                              NameTable& names) {
  std::vector<ComposedProduct> out;
  const std::string_view s = doc.norm.text;
  std::size_t next = 0;  // the first lexicon mention not before the word being looked at
  for (const Mention& m : lexicon_mentions) {
    if (m.type != product_type || m.end >= s.size()) continue;
    std::uint32_t start = m.end;
    if (s[start] == ' ') ++start;
    if (!is_upper(cp_at(s, start))) continue;
    std::uint32_t end = token_end(s, start, static_cast<std::uint32_t>(s.size()));
    if (end == start || text::is_latin_letter(cp_at(s, end))) continue;
    const std::string_view word = s.substr(start, end - start);
    const bool suffix = rules.is_product_suffix(fold_key(word));
    // "Gemini Robotics", "ClaudeSonnet": another capitalised word names a model of the family
    // (no part-of: the family is not always a product of its own), unless it is known.
    while (next < lexicon_mentions.size() && lexicon_mentions[next].begin < start) ++next;
    const bool known = next < lexicon_mentions.size() && lexicon_mentions[next].begin < end;
    if (!suffix && (known || word.size() < 3 || is_stop_token(word, rules) || !is_lower(cp_at(s, end - 1)))) continue;
    if (!suffix) end = version_end(s, end, rules);
    ComposedProduct composed;
    composed.head_entry = suffix ? m.lexicon_entry : kNone;
    composed.mention.begin = m.begin;
    composed.mention.end = end;
    composed.mention.kind = MentionKind::Discovered;
    composed.mention.type = product_type;
    composed.mention.name = names.intern(entry_names[m.lexicon_entry] + " " + std::string(s.substr(start, end - start)));
    composed.mention.confidence = 0.8;
    out.push_back(composed);
  }
  return out;
}

}  // namespace kg::extract
