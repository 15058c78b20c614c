#include "mention_stages.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <set>

#include "char_class.hpp"
#include "lexicon.hpp"
#include "name_discovery.hpp"

namespace kg::extract {
namespace {

// A Han label such as 林悦: a family name and one or two more characters.
bool han_person_name(std::string_view label, const RuleSet& rules) {
  std::vector<std::size_t> starts;
  for (std::size_t pos = 0; pos < label.size();) {
    starts.push_back(pos);
    const char32_t cp = text::decode_next(label, pos);
    if (!text::is_han(cp) || rules.is_han_name_break(cp)) return false;
  }
  if (starts.size() < 2 || starts.size() > 4) return false;
  const bool single = rules.is_han_surname(label.substr(0, starts[1]));
  const bool compound = starts.size() >= 3 && rules.is_han_surname(label.substr(0, starts[2]));
  return (single && starts.size() <= 3) || compound;
}

// Key-text positions of the capitals ('A' to 'Z') that follow no Latin letter or digit.
std::vector<std::uint32_t> capitalised_word_starts(const DocumentText& doc) {
  std::vector<std::uint32_t> starts;
  const std::string_view norm = doc.norm.text;
  std::uint32_t k = 0;
  for (std::uint32_t b = 0; b < norm.size(); ++b) {
    if (!is_upper(static_cast<unsigned char>(norm[b]))) continue;
    const char32_t before = cp_before(norm, b);
    if (text::is_latin_letter(before) || text::is_ascii_digit(before)) continue;
    // A letter is no separator: its key byte is the first one from b on.
    k = doc.key_position(b, k);
    starts.push_back(k);
  }
  return starts;
}

// Whether a Han name may end at `pos`: the text ends, or goes on with no Han character, a
// particle, a word that follows names, or a trigger or title (scan_cues has found them).
bool han_name_ends_at(const DocumentState& state, std::uint32_t pos) {
  const std::string_view norm = state.doc.norm.text;
  const RuleSet& rules = state.k.rules;
  if (pos >= norm.size()) return true;
  const char32_t next = cp_at(norm, pos);
  if (!text::is_han(next) || rules.is_han_name_break(next) || rules.is_han_run_break(next)) return true;
  if (rules.han_name_follower_at(norm, pos) || rules.han_organization_verb_at(norm, pos) ||
      rules.han_person_verb_at(norm, pos))
    return true;
  const auto trigger = std::lower_bound(state.triggers.begin(), state.triggers.end(), pos,
                                        [](const CueHit& h, std::uint32_t at) { return h.begin < at; });
  return trigger != state.triggers.end() && trigger->begin == pos;
}

}  // namespace

void trim_lexicon_verb_tails(DocumentState& state) {
  const Knowledge& k = state.k;
  const std::string_view norm = state.doc.norm.text;
  for (Mention& m : state.mentions) {
    if (m.kind != MentionKind::Lexicon) continue;
    const std::string_view form = norm.substr(m.begin, m.end - m.begin);
    for (const std::string& tail : k.rules.lexicon_verb_tails()) {
      // The marker is the tail's last character; the verb is what comes before it.
      std::size_t marker = tail.size() - 1;
      while (marker > 0 && (static_cast<unsigned char>(tail[marker]) & 0xC0) == 0x80) --marker;
      const std::string_view verb = std::string_view(tail).substr(0, marker);
      if (verb.empty() || form.size() <= verb.size() || !form.ends_with(verb) ||
          norm.substr(m.end).substr(0, tail.size() - marker) != std::string_view(tail).substr(marker))
        continue;
      const std::uint32_t entry = k.lexicon.find_key(fold_key(form.substr(0, form.size() - verb.size())));
      if (entry == kNone) continue;
      m.end -= static_cast<std::uint32_t>(verb.size());
      m.lexicon_entry = entry;
      m.type = k.lexicon.entries()[entry].type;
      break;
    }
  }
}

namespace {

// A stopword, a name suffix or a lexicon form: a word that names no one on its own.
bool ordinary_or_known(const DocumentState& state, const std::string& key) {
  return state.k.rules.is_stopword(key) || state.k.rules.is_name_suffix(key) || state.k.lexicon.find_key(key) != kNone;
}

// A capitalised word of letters that is no stopword and no start of a known name.
bool name_word(const DocumentState& state, std::uint32_t begin, std::uint32_t end) {
  const std::string_view norm = state.doc.norm.text;
  if (end - begin < 2 || !is_upper(cp_at(norm, begin))) return false;
  bool lower = false;
  for (std::size_t i = begin; i < end; i += cp_length(norm, i)) {
    const char32_t cp = cp_at(norm, i);
    if (!text::is_latin_letter(cp) && cp != '-') return false;
    if (is_lower(cp)) lower = true;
  }
  const std::string key = fold_key(norm.substr(begin, end - begin));
  // "London Mayor Sadiq Khan": a title after a place leaves it a place.
  const auto& titles = state.k.rules.titles();
  if (std::any_of(titles.begin(), titles.end(), [&](const TitleForm& t) { return t.form == key; })) return false;
  return lower && !ordinary_or_known(state, key) && !state.overlaps_mention(begin, end);
}

}  // namespace

void release_places_inside_names(DocumentState& state) {
  const Knowledge& k = state.k;
  const std::string_view norm = state.doc.norm.text;
  std::erase_if(state.mentions, [&](const Mention& m) {
    if (m.kind != MentionKind::Lexicon || m.type != k.place || !is_upper(cp_at(norm, m.begin))) return false;
    if (m.end + 1 < norm.size() && norm[m.end] == ' ') {
      std::uint32_t end = m.end + 1;
      while (end < norm.size() && (text::is_latin_letter(cp_at(norm, end)) || norm[end] == '-')) end += static_cast<std::uint32_t>(cp_length(norm, end));
      if (name_word(state, m.end + 1, end)) return true;
    }
    if (m.begin > 1 && norm[m.begin - 1] == ' ') {
      std::uint32_t begin = m.begin - 1;
      while (begin > 0 && text::is_latin_letter(cp_before(norm, begin))) begin = static_cast<std::uint32_t>(prev_start(norm, begin));
      // Not at a sentence's start, where any word is capitalised.
      const bool sentence_start = begin == 0 || norm[begin - 1] == '\n' || (begin >= 2 && (norm[begin - 2] == '.' || norm[begin - 2] == '!' || norm[begin - 2] == '?'));
      if (!sentence_start && name_word(state, begin, m.begin - 1)) return true;
    }
    return false;
  });
}

void release_names_inside_titles(DocumentState& state) {
  constexpr std::size_t kMaxTitleBytes = 180;
  const std::string_view norm = state.doc.norm.text;
  const std::string_view open = "《", close = "》";
  std::vector<std::pair<std::uint32_t, std::uint32_t>> titles;  // inside the marks
  for (std::size_t at = norm.find(open); at != std::string_view::npos; at = norm.find(open, at + open.size())) {
    const std::size_t begin = at + open.size();
    const std::size_t end = norm.find(close, begin);
    if (end == std::string_view::npos) break;
    const std::string_view inside = norm.substr(begin, end - begin);
    if (end - begin > kMaxTitleBytes || inside.find('\n') != std::string_view::npos || inside.find(open) != std::string_view::npos) continue;
    titles.emplace_back(static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end));
  }
  if (titles.empty()) return;
  std::erase_if(state.mentions, [&](const Mention& m) {
    if (m.kind != MentionKind::Lexicon) return false;
    const auto t = std::upper_bound(titles.begin(), titles.end(), std::make_pair(m.begin, kNone));
    if (t == titles.begin()) return false;
    const auto& [begin, end] = *std::prev(t);
    return m.begin >= begin && m.end <= end && (m.begin > begin || m.end < end);
  });
}

void split_makers_from_products(DocumentState& state) {
  const Knowledge& k = state.k;
  const std::string_view norm = state.doc.norm.text;
  std::vector<Mention> out;
  out.reserve(state.mentions.size());
  for (const Mention& m : state.mentions) {
    std::uint32_t maker_end = kNone, maker_entry = kNone;
    if (m.kind == MentionKind::Lexicon && m.type == k.product) {
      // [m.begin, at) is all Han, of han_chars characters.
      std::size_t han_chars = 0;
      for (std::uint32_t at = m.begin; at < m.end && text::is_han(cp_at(norm, at));) {
        at += static_cast<std::uint32_t>(cp_length(norm, at));
        // Only before a model's code (空客A320, 小米15), not inside a brand (腾讯视频).
        if (++han_chars < 2 || at == m.end || !is_latin_word(cp_at(norm, at))) continue;
        const std::uint32_t entry = k.lexicon.find_key(fold_key(norm.substr(m.begin, at - m.begin)));
        if (entry != kNone && k.lexicon.entries()[entry].type == k.organization) {
          maker_end = at;
          maker_entry = entry;
        }
      }
    }
    if (maker_end == kNone) {
      out.push_back(m);
      continue;
    }
    Mention maker = m;
    maker.end = maker_end;
    maker.lexicon_entry = maker_entry;
    maker.type = k.organization;
    Mention product = m;
    product.begin = norm[maker_end] == ' ' ? maker_end + 1 : maker_end;
    out.push_back(maker);
    out.push_back(product);
  }
  state.mentions = std::move(out);
}

void release_persons_inside_names(DocumentState& state) {
  const Knowledge& k = state.k;
  const std::string_view norm = state.doc.norm.text;
  std::erase_if(state.mentions, [&](const Mention& m) {
    if (m.kind != MentionKind::Lexicon || m.type != k.person) return false;
    const std::string_view form = norm.substr(m.begin, m.end - m.begin);
    std::size_t chars = 0;
    for (std::size_t pos = 0; pos < form.size(); pos += cp_length(form, pos), ++chars)
      if (!text::is_han(cp_at(form, pos))) return false;
    // The longer name must end where a name may: 李沐阳将转任, not 雷军影响很深.
    return chars == 2 && !han_name_ends_at(state, m.end) &&
           han_name_ends_at(state, m.end + static_cast<std::uint32_t>(cp_length(norm, m.end)));
  });
}

void add_lexicon_short_forms(DocumentState& state) {
  const Knowledge& k = state.k;
  const RuleSet& rules = k.rules;
  const std::string_view norm = state.doc.norm.text;
  constexpr std::size_t kMinStemChars = 2;
  std::map<std::string, std::uint32_t> entry_of_stem;  // kNone when two entries share it
  for (const Mention& m : state.mentions) {
    if (m.kind != MentionKind::Lexicon || m.type != k.organization) continue;
    const std::string_view form = norm.substr(m.begin, m.end - m.begin);
    for (const auto& suffix : rules.han_org_suffixes()) {
      if (form.size() <= suffix.size() || !form.ends_with(suffix)) continue;
      const std::string_view stem = form.substr(0, form.size() - suffix.size());
      std::size_t chars = 0;
      bool han = true;
      for (std::size_t pos = 0; pos < stem.size(); pos += cp_length(stem, pos), ++chars) han = han && text::is_han(cp_at(stem, pos));
      if (!han || chars < kMinStemChars || !plausible_name(stem, rules) || k.lexicon.find_key(fold_key(stem)) != kNone) break;
      const auto [it, fresh] = entry_of_stem.try_emplace(std::string(stem), m.lexicon_entry);
      if (!fresh && it->second != m.lexicon_entry) it->second = kNone;
      break;
    }
  }
  if (entry_of_stem.empty()) return;
  // A stem starts a name only after no Han character, a particle, a trigger or another
  // mention: 启明 of 启明创投 is not the end of 邓启明.
  std::set<std::uint32_t> ends;
  for (const auto& t : state.triggers) ends.insert(t.end);
  for (const auto& m : state.mentions) ends.insert(m.end);
  const auto may_start = [&](std::uint32_t b) {
    if (b == 0) return true;
    const char32_t before = cp_before(norm, b);
    return !text::is_han(before) || rules.is_han_name_break(before) || rules.is_han_run_break(before) || ends.contains(b);
  };
  std::vector<Mention> added;
  for (const auto& [stem, entry] : entry_of_stem) {
    if (entry == kNone) continue;
    std::vector<std::uint32_t> at;
    bool alone = false;
    for (std::size_t pos = norm.find(stem); pos != std::string_view::npos; pos = norm.find(stem, pos + stem.size())) {
      const auto b = static_cast<std::uint32_t>(pos), e = static_cast<std::uint32_t>(pos + stem.size());
      if (state.overlaps_mention(b, e) || !may_start(b)) continue;
      at.push_back(b);
      alone = alone || han_name_ends_at(state, e);
    }
    // Written alone somewhere ("极飞由彭斌...创办"), not only inside other words.
    if (!alone) continue;
    for (const std::uint32_t b : at) {
      Mention m;
      m.begin = b;
      m.end = b + static_cast<std::uint32_t>(stem.size());
      m.lexicon_entry = entry;
      m.type = k.organization;
      m.confidence = 0.85;
      added.push_back(m);
    }
  }
  state.add_mentions(std::move(added));
}

void absorb_legal_forms(DocumentState& state) {
  const Knowledge& k = state.k;
  const RuleSet& rules = k.rules;
  const std::string_view norm = state.doc.norm.text;
  const auto limit = static_cast<std::uint32_t>(norm.size());
  const auto word_end = [&](std::uint32_t at) {
    while (at < limit && text::is_latin_letter(cp_at(norm, at))) at += static_cast<std::uint32_t>(cp_length(norm, at));
    return at;
  };
  std::size_t sentence = 0;
  for (std::size_t i = 0; i < state.mentions.size(); ++i) {
    Mention& m = state.mentions[i];
    if (m.kind == MentionKind::Pronoun || m.type != k.organization || m.end >= limit) continue;
    while (sentence + 1 < state.sentences.size() && state.sentences[sentence].end <= m.begin) ++sentence;
    // The form: the mention's last word ("Lanternfish Games Inc"), or one after it.
    std::uint32_t begin = m.end;
    while (begin > m.begin && text::is_latin_letter(cp_before(norm, begin))) begin = static_cast<std::uint32_t>(prev_start(norm, begin));
    std::uint32_t end = m.end;
    if (begin == m.end || !rules.is_legal_form_suffix(fold_key(norm.substr(begin, m.end - begin)))) {
      std::uint32_t at = m.end;
      if (at < limit && norm[at] == ',') ++at;
      if (at >= limit || norm[at] != ' ') continue;
      begin = at + 1;
      end = word_end(begin);
      // A capitalised word ending there ("Inc", "GmbH"; "plc"), not "co-founder".
      const bool whole_word = end < limit && norm[end] != '-' && !is_latin_word(cp_at(norm, end));
      const bool capitalised = end > begin && (is_upper(cp_at(norm, begin)) || norm.substr(begin, end - begin) == "plc");
      if (!whole_word || !capitalised || !rules.is_legal_form_suffix(fold_key(norm.substr(begin, end - begin)))) continue;
    }
    if (end < limit && norm[end] == '.' && rules.abbreviations().contains(fold_key(norm.substr(begin, end - begin)))) ++end;
    const bool next_inside = i + 1 < state.mentions.size() && state.mentions[i + 1].begin < end;
    if (end == m.end || next_inside || end > state.sentences[sentence].end) continue;
    m.end = end;
  }
}

void compose_product_mentions(DocumentState& state) {
  const Knowledge& k = state.k;
  auto composed = compose_products(state.doc, state.mentions, k.entry_names, k.product, k.rules, state.names);
  std::vector<Mention> added;
  for (auto& c : composed) {
    c.mention.head_entry = c.head_entry;
    added.push_back(c.mention);
  }
  state.add_mentions(std::move(added));
  state.add_mentions(versioned_products(state.doc, state.mentions, k.product, k.rules, state.names));
}

namespace {

constexpr int kMaxHanUnitChars = 16;  // 视觉智能实验室 after 阿里云, Robotics X实验室 after 腾讯

// "阿里云视觉智能实验室", "卡内基梅隆大学机器人研究所": the characters after a known
// organisation up to a unit suffix; the end of the unit's name, or kNone.
std::uint32_t han_unit_end(const DocumentState& state, std::uint32_t pos) {
  const std::string_view norm = state.doc.norm.text;
  const RuleSet& rules = state.k.rules;
  // "中国航天科技集团下属研究院": a unit's name opens with no clause word.
  for (const auto& opener : rules.han_run_openers())
    if (norm.compare(pos, opener.size(), opener) == 0) return kNone;
  // "浙江大学教授沈立衡担任实验室主任", "与北京体育大学共建青训研究中心": nor holds a title or a
  // person's or a company's verb before its suffix.
  const auto holds_trigger = [&](std::uint32_t end) {
    for (std::uint32_t at = pos; at < end; at += static_cast<std::uint32_t>(cp_length(norm, at))) {
      if (rules.han_person_verb_at(norm, at) || rules.han_organization_verb_at(norm, at)) return true;
      for (const auto& title : rules.titles())
        if (title.form.size() <= end - at && norm.compare(at, title.form.size(), title.form) == 0) return true;
    }
    return false;
  };
  std::uint32_t at = pos;
  for (int chars = 0; chars < kMaxHanUnitChars && at < norm.size(); ++chars) {
    const char32_t cp = cp_at(norm, at);
    // Latin letters and digits may name the unit too: 腾讯Robotics X实验室, 华为2012实验室.
    const bool name_char = text::is_han(cp) ? !rules.is_han_name_break(cp) : is_latin_word(cp) || (cp == ' ' && at > pos);
    if (!name_char) return kNone;
    at += static_cast<std::uint32_t>(cp_length(norm, at));
    for (const auto& suffix : rules.han_unit_suffixes())
      if (at - pos >= suffix.size() && at - pos >= 6 && norm.substr(at - suffix.size(), suffix.size()) == suffix)
        return holds_trigger(at - static_cast<std::uint32_t>(suffix.size())) ? kNone : at;
  }
  return kNone;
}

}  // namespace

namespace {

constexpr int kMaxRegisteredNameChars = 20;
constexpr int kMaxDistrictChars = 4;  // 昌江区, 南湖区 after their city
constexpr double kDistrictConfidence = 0.7;

}  // namespace

std::uint32_t registered_name_end(const DocumentState& state, std::uint32_t pos) {
  const std::string_view norm = state.doc.norm.text;
  const RuleSet& rules = state.k.rules;
  std::uint32_t at = pos;
  for (int chars = 0; chars < kMaxRegisteredNameChars && at < norm.size(); ++chars) {
    // The form may hold a particle (有限公司): it is looked for before the character is.
    if (at > pos)
      for (const auto& form : rules.han_legal_forms())
        if (norm.compare(at, form.size(), form) == 0) return at + static_cast<std::uint32_t>(form.size());
    // "苏州本地殡葬服务企业归园生命服务有限公司": a kind word describes the name that follows it.
    for (const auto& kind : rules.quoted_name_kinds())
      if (norm.compare(at, kind.size(), kind) == 0) return kNone;
    const char32_t cp = cp_at(norm, at);
    // The form anchors the name, so 和 after its first character is part of it (景和陶瓷).
    const bool inner_and = cp == U'和' && at > pos;
    if (!text::is_han(cp) || (rules.is_han_name_break(cp) && !inner_and) || rules.is_han_run_break(cp)) return kNone;
    at += static_cast<std::uint32_t>(cp_length(norm, at));
  }
  return kNone;
}

namespace {

// Where a han_business_suffixes word starting at `pos` ends, when a name may end there; else kNone.
std::uint32_t business_unit_end(const DocumentState& state, std::uint32_t pos) {
  const std::string_view norm = state.doc.norm.text;
  for (const auto& word : state.k.rules.han_business_suffixes())
    if (norm.compare(pos, word.size(), word) == 0) {
      const auto end = static_cast<std::uint32_t>(pos + word.size());
      return han_name_ends_at(state, end) ? end : kNone;
    }
  return kNone;
}

}  // namespace

void add_district_mentions(DocumentState& state) {
  const Knowledge& k = state.k;
  const std::string_view norm = state.doc.norm.text;
  std::vector<Mention> added;
  for (const Mention& m : state.mentions) {
    if (m.kind != MentionKind::Lexicon || m.type != k.place || !text::is_han(cp_before(norm, m.end))) continue;
    std::uint32_t at = m.end;
    for (const std::string_view level : {"省", "市"})
      if (norm.compare(at, level.size(), level) == 0) at += static_cast<std::uint32_t>(level.size());
    const std::uint32_t begin = at;
    for (int chars = 0; chars < kMaxDistrictChars && at < norm.size(); ++chars) {
      const char32_t cp = cp_at(norm, at);
      if (!text::is_han(cp) || k.rules.is_han_name_break(cp) || k.rules.is_han_run_break(cp)) break;
      at += static_cast<std::uint32_t>(cp_length(norm, at));
      if (chars < 1 || (cp != U'区' && cp != U'县')) continue;
      // The district's name ends there (昌江区的, 昌江区。), not inside a word (设立区域总部).
      const char32_t next = at < norm.size() ? cp_at(norm, at) : U' ';
      const std::string_view name = norm.substr(begin, at - begin);
      const auto& zones = k.rules.han_zone_words();
      if ((text::is_han(next) && !k.rules.is_han_name_break(next)) || state.overlaps_mention(begin, at) ||
          std::any_of(zones.begin(), zones.end(), [&](const std::string& z) { return name.ends_with(z); }))
        break;
      Mention district;
      district.begin = begin;
      district.end = at;
      district.kind = MentionKind::Discovered;
      district.type = k.place;
      district.name = state.names.intern(name);
      district.confidence = kDistrictConfidence;
      added.push_back(district);
      break;
    }
  }
  if (!added.empty()) state.add_mentions(std::move(added));
}

void extend_organization_mentions(DocumentState& state) {
  const Knowledge& k = state.k;
  const std::string_view norm = state.doc.norm.text;
  const auto limit = static_cast<std::uint32_t>(norm.size());
  std::vector<Mention> added;
  // A new organisation from m's start to `end`; a unit keeps m as its head (parent).
  auto organization = [&](const Mention& m, std::uint32_t end, std::uint32_t head_entry) {
    Mention org;
    org.begin = m.begin;
    org.end = end;
    org.kind = MentionKind::Discovered;
    org.type = k.organization;
    org.name = state.names.intern(norm.substr(m.begin, end - m.begin));
    org.confidence = 0.75;
    org.head_entry = head_entry;
    added.push_back(org);
  };
  auto unit = [&](const Mention& m, std::uint32_t end) { organization(m, end, m.lexicon_entry); };
  for (std::size_t i = 0; i < state.mentions.size(); ++i) {
    const Mention& m = state.mentions[i];
    // "Ubisoft Montreal", "Vodafone Portugal": a known organisation and a known place right
    // after it, ending the name, are its unit there.
    if (m.kind == MentionKind::Lexicon && m.type == k.organization && i + 1 < state.mentions.size() &&
        is_latin_word(cp_before(norm, m.end))) {
      const Mention& place = state.mentions[i + 1];
      const bool next_word = place.end + 1 < limit && norm[place.end] == ' ' && is_upper(cp_at(norm, place.end + 1));
      if (place.kind == MentionKind::Lexicon && place.type == k.place && place.begin == m.end + 1 && norm[m.end] == ' ' &&
          is_upper(cp_at(norm, place.begin)) && (place.end >= limit || (!is_latin_word(cp_at(norm, place.end)) && norm[place.end] != '-')) &&
          !next_word) {
        unit(m, place.end);
        continue;
      }
    }
    // "嘉兴日报", "杭州银行": a known place and an institution word are a new organisation.
    if (m.kind == MentionKind::Lexicon && m.type == k.place && m.end < limit && text::is_han(cp_at(norm, m.end))) {
      // The place may carry its level: 嘉兴市国资委.
      std::uint32_t at = m.end;
      for (const std::string_view level : {"市", "省", "县", "区"})
        if (norm.compare(at, level.size(), level) == 0) at += static_cast<std::uint32_t>(level.size());
      bool found = false;
      for (const auto& suffix : k.rules.place_org_suffixes())
        if (norm.compare(at, suffix.size(), suffix) == 0) {
          organization(m, at + static_cast<std::uint32_t>(suffix.size()), kNone);
          found = true;
          break;
        }
      // "武汉江城冷藏运输有限公司": a registered name opens with its place.
      if (const std::uint32_t end = found ? kNone : registered_name_end(state, m.end); end != kNone) organization(m, end, kNone);
      continue;
    }
    if (m.kind != MentionKind::Lexicon || m.type != k.organization || m.end >= limit) continue;
    if (const std::uint32_t end = han_unit_end(state, m.end); end != kNone) {
      unit(m, end);
      continue;
    }
    // "大疆农业": a business word right after the known name, ending a name there.
    if (const std::uint32_t end = business_unit_end(state, m.end); end != kNone) {
      unit(m, end);
      continue;
    }
    if (text::is_han(cp_at(norm, m.end))) continue;
    // "字节跳动AI Lab": after a Han name the unit's Latin words follow without a space.
    const bool glued = text::is_han(cp_before(norm, m.end)) && is_upper(static_cast<unsigned char>(norm[m.end]));
    if (!glued && (m.end + 1 >= limit || norm[m.end] != ' ')) continue;
    const std::uint32_t start = glued ? m.end : m.end + 1;
    std::uint32_t end = capture_latin_forward(norm, start, limit, k.rules);
    if (glued && end == start) {
      // "AI Lab": a suffix word that is also a stopword opens the unit's name.
      std::uint32_t word_end = start;
      while (word_end < limit && is_latin_word(cp_at(norm, word_end))) ++word_end;
      if (k.rules.is_name_suffix(fold_key(norm.substr(start, word_end - start))) && word_end + 1 < limit &&
          norm[word_end] == ' ') {
        const std::uint32_t rest = capture_latin_forward(norm, word_end + 1, limit, k.rules);
        if (rest > word_end + 1) end = rest;
      }
    }
    const std::string_view words = norm.substr(start, end - start);
    const auto space = words.rfind(' ');
    const std::string last = fold_key(space == std::string_view::npos ? words : words.substr(space + 1));
    // A suffix alone makes a unit ("Salesforce Ventures") unless it is a mere legal or
    // generic word, listed among the stopwords: "Nvidia Inc" stays Nvidia.
    if (end == start || !k.rules.is_name_suffix(last) ||
        (space == std::string_view::npos && k.rules.is_stopword(last)))
      continue;
    unit(m, end);
  }
  state.add_mentions(std::move(added));
}

void scan_cues(DocumentState& state) {
  const std::string_view norm = state.doc.norm.text;
  const RuleSet& rules = state.k.rules;
  rules.cue_automaton().scan(state.doc.lower, [&](std::size_t end, const AhoCorasick::Hit& hit) {
    const auto e = static_cast<std::uint32_t>(end);
    const auto b = e - hit.length;
    const Cue& cue = rules.cue(hit.value);
    if (!latin_boundaries_ok(norm, b, e, cue.kind != Cue::Kind::Trigger)) return;
    if (cue.kind == Cue::Kind::Trigger && !cue.title && text::is_han(cp_before(norm, e)) &&
        rules.is_han_noun_suffix(cp_at(norm, e)))
      return;
    switch (cue.kind) {
      case Cue::Kind::Trigger: state.triggers.push_back(CueHit{b, e, hit.value}); break;
      case Cue::Kind::Negation: state.negations.push_back(CueHit{b, e, hit.value}); break;
      case Cue::Kind::Pronoun: state.pronouns.push_back(CueHit{b, e, hit.value}); break;
    }
  });
  // The scan reports hits by end; a hit starts at most one cue length before the hits
  // ending shortly before it, so a stable insertion sort by begin moves each only a little.
  for (auto* hits : {&state.triggers, &state.negations, &state.pronouns})
    for (std::size_t i = 1; i < hits->size(); ++i) {
      const CueHit hit = (*hits)[i];
      std::size_t j = i;
      for (; j > 0 && (*hits)[j - 1].begin > hit.begin; --j) (*hits)[j] = (*hits)[j - 1];
      (*hits)[j] = hit;
    }
}

void add_speaker_mentions(DocumentState& state) {
  const std::string_view norm = state.doc.norm.text;
  const Knowledge& k = state.k;
  std::set<std::pair<std::uint32_t, std::uint32_t>> labels;
  for (const auto& s : state.sentences)
    if (s.speaker_end > s.speaker_begin) labels.emplace(s.speaker_begin, s.speaker_end);
  std::vector<Mention> added;
  for (const auto& [b, e] : labels) {
    const std::string_view label = norm.substr(b, e - b);
    if (state.overlaps_mention(b, e) || !plausible_name(label, k.rules) ||
        !(capture_latin_forward(norm, b, e, k.rules) == e || han_person_name(label, k.rules)))
      continue;
    Mention m;
    m.begin = b;
    m.end = e;
    m.kind = MentionKind::Discovered;
    m.type = k.person;
    m.name = state.names.intern(display_name(label, true));
    m.confidence = 0.7;
    added.push_back(m);
  }
  state.add_mentions(std::move(added));
}

void add_pronoun_mentions(DocumentState& state) {
  const std::string_view norm = state.doc.norm.text;
  for (const auto& hit : state.pronouns) {
    // "公司已获得...": a bare noun is a pronoun only where a clause starts, not in "X公司", "子公司".
    if (state.k.rules.cue(hit.cue).subject_case) {
      const char32_t before = cp_before(norm, hit.begin);
      if (text::is_han(before) || is_latin_word(before)) continue;
    }
    Mention m;
    m.begin = hit.begin;
    m.end = hit.end;
    m.kind = MentionKind::Pronoun;
    m.reference = state.k.rules.cue(hit.cue).reference;
    m.object_case = state.k.rules.cue(hit.cue).object_case;
    m.subject_case = state.k.rules.cue(hit.cue).subject_case;
    m.salient = state.k.rules.cue(hit.cue).salient;
    m.epithet = state.k.rules.cue(hit.cue).epithet;
    m.type = kNone;
    state.mentions.push_back(m);
  }
  keep_longest(state.mentions);
  std::erase_if(state.mentions, [](const Mention& m) {
    return m.kind == MentionKind::Pronoun && m.reference == Reference::None;
  });
}

namespace {

// "Maren Holloway", where "Holloway" is the family name of another person of the document
// (Caleb Holloway): the capitalised word before it is a first name when it is all letters,
// no known or ordinary word, and does not itself follow a capitalised word ("North Carolina").
bool plausible_first_name(const DocumentState& state, std::uint32_t begin, std::uint32_t end) {
  const std::string_view norm = state.doc.norm.text;
  if (end - begin < 2) return false;
  for (std::size_t i = begin; i < end; i += cp_length(norm, i))
    if (!text::is_latin_letter(cp_at(norm, i))) return false;
  if (begin > 0 && cp_before(norm, begin) == '-') return false;
  if (capitalised_word_before(norm, begin) != kNone) return false;
  return !ordinary_or_known(state, fold_key(norm.substr(begin, end - begin)));
}

}  // namespace

void add_family_name_mentions(DocumentState& state) {
  const Knowledge& k = state.k;
  const std::string_view norm = state.doc.norm.text;
  FamilyNameScan& scan = state.family_names;
  // family name key -> full names; the views are of names that outlive this call
  std::map<std::string_view, std::set<std::string_view>> full_names;
  // Each full name counts once, however many mentions carry it.
  std::vector<char> seen_entry(k.entry_names.size(), 0), seen_name(state.names.size(), 0);
  std::deque<std::string> first_keys;  // the first-name keys full_names views
  for (const auto& m : state.mentions) {
    if (m.kind == MentionKind::Pronoun || m.type != k.person) continue;
    const bool lexicon = m.kind == MentionKind::Lexicon;
    char& seen = lexicon ? seen_entry[m.lexicon_entry] : seen_name[m.name];
    if (seen) continue;
    seen = 1;
    const std::string& full = lexicon ? k.entry_names[m.lexicon_entry] : state.names.name(m.name);
    const std::string& key = lexicon ? k.entry_family_keys[m.lexicon_entry] : scan.family_key(state.names, m.name);
    if (key.empty()) continue;
    full_names[key].insert(full);
    // Interviews and transcripts call people by their first name ("Amy", "Raj and I").
    const std::string& first = first_keys.emplace_back(fold_key(std::string_view(full).substr(0, full.find(' '))));
    if (first.size() >= 3 && k.rules.is_given_name(first)) full_names[first].insert(full);
  }
  // A family name taken in an earlier round may since have become shared ("Lee" once
  // "Bo Lee" was discovered besides "Ann Lee"): it then stands for neither.
  std::erase_if(state.mentions, [&](const Mention& m) {
    if (!m.surname) return false;
    const auto it = full_names.find(fold_key(state.doc.slice(m.begin, m.end)));
    return it != full_names.end() && it->second.size() > 1;
  });
  // "Helena Voss" and "Helena Margarethe Voss" are one person: the longer form speaks.
  for (auto& [name_key, fulls] : full_names) {
    std::vector<std::string_view> shorter;
    for (const std::string_view name : fulls) {
      // A first-name key gathers many full names: each name's parts are found once, not
      // once per other name.
      const std::size_t space = name.find(' ');
      if (space != name.rfind(' ')) continue;
      const std::string_view first = name.substr(0, space + 1);
      for (const std::string_view other : fulls)
        if (other.size() > name.size() && other.starts_with(first) && other.ends_with(name.substr(space)))
          shorter.push_back(name);
    }
    for (const std::string_view name : shorter) fulls.erase(name);
  }
  std::vector<std::pair<std::string, std::string>> names;
  for (const auto& [key, fulls] : full_names)
    if (fulls.size() == 1) names.emplace_back(key, *fulls.begin());
  if (names.empty()) return;
  if (names != scan.names) {
    AhoCorasick automaton;
    for (std::uint32_t i = 0; i < names.size(); ++i) automaton.add(names[i].first, i);
    automaton.build();
    // A family name starts with a capital after no letter or digit: the keys are looked
    // for there only, then put in the order a scan of the whole key text would give (by
    // end, the longer of two ending together first).
    if (!scan.have_starts) {
      scan.starts = capitalised_word_starts(state.doc);
      scan.have_starts = true;
    }
    struct Found {
      std::uint32_t key_begin, key_end;
      AhoCorasick::Hit hit;
    };
    std::vector<Found> found;
    for (const std::uint32_t start : scan.starts)
      automaton.prefixes(state.doc.key, start, [&](std::size_t end, const AhoCorasick::Hit& hit) {
        found.push_back(Found{start, static_cast<std::uint32_t>(end), hit});
      });
    std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
      return a.key_end != b.key_end ? a.key_end < b.key_end : a.key_begin < b.key_begin;
    });
    scan.hits.clear();
    scan.full_names.clear();
    for (const Found& f : found) {
      const std::uint32_t b = state.doc.key_to_norm[f.key_begin];
      const std::uint32_t e = state.doc.key_to_norm[f.key_end - 1] + 1;
      if (!latin_boundaries_ok(norm, b, e, true)) continue;
      if (const std::uint32_t first = capitalised_word_before(norm, b); first == kNone)
        scan.hits.push_back(CueHit{b, e, f.hit.value});
      else if (plausible_first_name(state, first, b - 1))
        scan.full_names.push_back(CueHit{first, e, f.hit.value});
    }
    scan.names = std::move(names);
    scan.ids.clear();
    for (const auto& [key, full] : scan.names) scan.ids.push_back(state.names.intern(full));
  }
  std::vector<Mention> found;
  const auto add_person = [&](const CueHit& hit, std::uint32_t name, double confidence, bool surname) {
    if (state.overlaps_mention(hit.begin, hit.end)) return;
    Mention m;
    m.begin = hit.begin;
    m.end = hit.end;
    m.kind = MentionKind::Discovered;
    m.type = k.person;
    m.name = name;
    m.confidence = confidence;
    m.surname = surname;
    found.push_back(m);
  };
  for (const CueHit& hit : scan.hits) add_person(hit, scan.ids[hit.cue], 0.8, true);
  // Another person of the same family: a name of its own, which makes the family name shared.
  for (const CueHit& hit : scan.full_names)
    add_person(hit, state.names.intern(display_name(state.doc.slice(hit.begin, hit.end), true)), 0.7, false);
  std::sort(found.begin(), found.end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  state.add_mentions(std::move(found));
}

namespace {

constexpr double kGivenNameFactor = 0.8;  // confidence a given name alone keeps of its person's

// The two-character given name of a Han person name (吕秋衡, 欧阳听澜), or empty.
std::string_view han_given_name(std::string_view name, const RuleSet& rules) {
  std::vector<std::size_t> starts;
  for (std::size_t pos = 0; pos < name.size();) {
    starts.push_back(pos);
    if (!text::is_han(text::decode_next(name, pos))) return {};
  }
  if (starts.size() == 3 && rules.is_han_surname(name.substr(0, starts[1]))) return name.substr(starts[1]);
  if (starts.size() == 4 && rules.is_han_surname(name.substr(0, starts[2]))) return name.substr(starts[2]);
  return {};
}

}  // namespace

void add_han_given_name_mentions(DocumentState& state) {
  const Knowledge& k = state.k;
  const RuleSet& rules = k.rules;
  const std::string_view norm = state.doc.norm.text;
  // given name -> the person mention it stands for; kNone once two people share it
  std::map<std::string_view, std::uint32_t> persons;
  for (std::uint32_t i = 0; i < state.mentions.size(); ++i) {
    const Mention& m = state.mentions[i];
    if (m.kind == MentionKind::Pronoun || m.type != k.person || m.surname || m.given_name) continue;
    const std::string_view given = han_given_name(state.doc.slice(m.begin, m.end), rules);
    if (given.empty()) continue;
    const auto [it, fresh] = persons.try_emplace(given, i);
    if (!fresh && it->second != kNone && state.doc.slice(state.mentions[it->second].begin, state.mentions[it->second].end) !=
                                             state.doc.slice(m.begin, m.end))
      it->second = kNone;
  }
  // One pass over the text for all the given names; each copies its person's mention, a
  // lexicon person's read by its canonical name.
  AhoCorasick given_names;
  std::vector<Mention> stands_for;
  for (const auto& [given, person] : persons) {
    if (person == kNone) continue;
    Mention m = state.mentions[person];
    if (m.kind == MentionKind::Lexicon) {
      m.kind = MentionKind::Discovered;
      m.name = state.names.intern(k.entry_names[m.lexicon_entry]);
      m.lexicon_entry = kNone;
    }
    m.confidence *= kGivenNameFactor;
    m.given_name = true;
    given_names.add(given, static_cast<std::uint32_t>(stands_for.size()));
    stands_for.push_back(m);
  }
  if (stands_for.empty()) return;
  given_names.build();
  std::vector<Mention> found;
  given_names.scan(norm, [&](std::size_t end, const AhoCorasick::Hit& hit) {
    const auto b = static_cast<std::uint32_t>(end - hit.length), e = static_cast<std::uint32_t>(end);
    const char32_t before = cp_before(norm, b);
    if (text::is_han(before) && !rules.is_han_name_break(before)) return;
    if (e < norm.size() && text::is_han(cp_at(norm, e)) && !rules.is_han_name_break(cp_at(norm, e)) &&
        !rules.han_name_follower_at(norm, e) && !rules.han_person_verb_at(norm, e))
      return;
    if (state.overlaps_mention(b, e)) return;
    Mention m = stands_for[hit.value];
    m.begin = b;
    m.end = e;
    found.push_back(m);
  });
  if (!found.empty()) state.add_mentions(std::move(found));
}

}  // namespace kg::extract
