#include "lexicon.hpp"

#include <algorithm>
#include <bit>
#include <map>

#include "char_class.hpp"
#include "kg/ontology/json_file.hpp"

namespace kg::extract {
namespace {

std::uint32_t type_index(const Ontology& ontology, std::string_view name) {
  const auto& types = ontology.types();
  for (std::size_t i = 0; i < types.size(); ++i)
    if (types[i].name == name) return static_cast<std::uint32_t>(i);
  return kNone;
}

// Latin letters glued after a match that still leave it a word: a short upper-case
// acronym ("OpenAICEO").
bool glued_acronym(std::string_view s, std::size_t pos) {
  std::size_t n = 0;
  while (pos + n < s.size() && is_upper(static_cast<unsigned char>(s[pos + n]))) ++n;
  return n >= 2 && n <= 4 && !is_latin_word(cp_at(s, pos + n));
}

}  // namespace

bool latin_boundaries_ok(std::string_view s, std::uint32_t begin, std::uint32_t end, bool strict, bool strict_begin) {
  if (begin >= end) return false;
  // Characters of three or four bytes (all of Han) are no Latin letters or digits: a span
  // that starts and ends with one has no word boundary to check, the usual Chinese cue.
  const auto lead = [&](std::size_t pos) { return static_cast<unsigned char>(s[pos]); };
  if (lead(begin) >= 0xE0 && end <= s.size() && lead(prev_start(s, end)) >= 0xE0) return true;
  const char32_t first = cp_at(s, begin);
  const char32_t last = cp_before(s, end);
  const char32_t before = cp_before(s, begin);
  const char32_t after = cp_at(s, end);
  if (is_latin_word(first)) {
    if (text::is_latin_letter(before) && (strict || strict_begin || !(is_lower(before) && is_upper(first))))
      return false;
    if (text::is_ascii_digit(before) && (strict || !text::is_latin_letter(first))) return false;
  }
  if (is_latin_word(last)) {
    if (text::is_latin_letter(after) &&
        (strict || !((is_lower(last) && is_upper(after)) ||
                     (is_upper(last) && glued_acronym(s, end)))))
      return false;
    if (text::is_ascii_digit(after) && (strict || !text::is_latin_letter(last))) return false;
    // "GPT-5" is not found inside "GPT-5.2": a version number goes on.
    if (text::is_ascii_digit(last) && (after == '.' || after == '-') &&
        text::is_ascii_digit(cp_at(s, end + 1)))
      return false;
  }
  return true;
}

bool hyphen_continues(std::string_view s, std::uint32_t end) {
  const char32_t after = cp_at(s, end + 1);
  return end > 0 && is_latin_word(cp_before(s, end)) && cp_at(s, end) == '-' &&
         (is_upper(after) || text::is_ascii_digit(after));
}

namespace {

// The reference form of keep_longest's selection, kept for inputs with empty spans
// (which the occupancy bitmap below cannot represent).
std::vector<std::uint32_t> select_longest_with_map(const std::vector<Mention>& mentions,
                                                  const std::vector<std::uint32_t>& order) {
  std::map<std::uint32_t, std::uint32_t> taken;  // begin -> end
  std::vector<std::uint32_t> kept;
  for (const std::uint32_t i : order) {
    const Mention& m = mentions[i];
    auto next = taken.lower_bound(m.begin);
    if (next != taken.end() && next->first < m.end) continue;
    if (next != taken.begin() && std::prev(next)->second > m.begin) continue;
    taken.emplace(m.begin, m.end);
    kept.push_back(i);
  }
  return kept;
}

// Longest first, then leftmost, ties in input order (as a stable sort would leave them).
std::vector<std::uint32_t> longest_first_by_sort(const std::vector<Mention>& mentions) {
  struct Rank {
    std::uint64_t length_and_begin;  // ~length, begin
    std::uint32_t index;
    bool operator<(const Rank& o) const {
      return length_and_begin != o.length_and_begin ? length_and_begin < o.length_and_begin : index < o.index;
    }
  };
  std::vector<Rank> ranks(mentions.size());
  for (std::uint32_t i = 0; i < ranks.size(); ++i) {
    const std::uint32_t length = mentions[i].end - mentions[i].begin;
    ranks[i] = Rank{(std::uint64_t{~length} << 32) | mentions[i].begin, i};
  }
  std::sort(ranks.begin(), ranks.end());
  std::vector<std::uint32_t> order(ranks.size());
  for (std::size_t i = 0; i < ranks.size(); ++i) order[i] = ranks[i].index;
  return order;
}

// Indices of `keys` in increasing key order, equal keys in index order: a radix sort, one
// counting pass per 11 bits of the widest key (mention keys have about 33: three passes).
std::vector<std::uint32_t> stable_order(const std::vector<std::uint64_t>& keys) {
  constexpr int kDigitBits = 11;
  constexpr std::uint64_t kDigitMask = (std::uint64_t{1} << kDigitBits) - 1;
  std::uint64_t all = 0;
  for (const std::uint64_t k : keys) all |= k;
  std::vector<std::uint32_t> order(keys.size()), next(keys.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<std::uint32_t> start(kDigitMask + 2);
  for (int shift = 0; shift < 64 && (all >> shift) != 0; shift += kDigitBits) {
    std::fill(start.begin(), start.end(), 0);
    for (const std::uint32_t i : order) ++start[((keys[i] >> shift) & kDigitMask) + 1];
    for (std::size_t d = 1; d < start.size(); ++d) start[d] += start[d - 1];
    for (const std::uint32_t i : order) next[start[(keys[i] >> shift) & kDigitMask]++] = i;
    order.swap(next);
  }
  return order;
}

// With only non-empty spans, a mention overlaps the ones taken before exactly when one
// of its bytes is already covered: one bit per byte of the spanned range.
std::vector<std::uint32_t> select_longest_with_bits(const std::vector<Mention>& mentions,
                                                   const std::vector<std::uint32_t>& order,
                                                   std::uint32_t low, std::uint32_t high) {
  std::vector<std::uint64_t> covered((high - low) / 64 + 1, 0);
  const auto is_set = [&](std::uint32_t b) { return (covered[(b - low) >> 6] >> ((b - low) & 63)) & 1; };
  std::vector<std::uint32_t> kept;
  kept.reserve(order.size());
  for (const std::uint32_t i : order) {
    const Mention& m = mentions[i];
    bool free = true;
    for (std::uint32_t b = m.begin; b < m.end && free; ++b) free = !is_set(b);
    if (!free) continue;
    for (std::uint32_t b = m.begin; b < m.end; ++b) covered[(b - low) >> 6] |= std::uint64_t{1} << ((b - low) & 63);
    kept.push_back(i);
  }
  return kept;
}

}  // namespace

void keep_longest(std::vector<Mention>& mentions) {
  if (mentions.empty()) return;
  bool any_empty = false;
  std::uint32_t low = mentions.front().begin, high = mentions.front().end, longest = 0;
  for (const Mention& m : mentions) {
    any_empty = any_empty || m.end <= m.begin;
    low = std::min(low, m.begin);
    high = std::max(high, m.end);
    longest = std::max(longest, m.end - m.begin);
  }
  std::vector<std::uint32_t> kept;
  if (any_empty) {
    kept = select_longest_with_map(mentions, longest_first_by_sort(mentions));
    // Same comparisons on the same sequence as sorting the mentions themselves.
    std::sort(kept.begin(), kept.end(),
              [&](std::uint32_t a, std::uint32_t b) { return mentions[a].begin < mentions[b].begin; });
  } else {
    // Longest first, then leftmost, ties in input order, as packed keys.
    const int begin_bits = std::bit_width(high - low);
    std::vector<std::uint64_t> keys(mentions.size());
    for (std::size_t i = 0; i < mentions.size(); ++i) {
      const Mention& m = mentions[i];
      keys[i] = (std::uint64_t{longest - (m.end - m.begin)} << begin_bits) | (m.begin - low);
    }
    kept = select_longest_with_bits(mentions, stable_order(keys), low, high);
    // Kept spans do not overlap and are not empty, so their begins differ.
    keys.resize(kept.size());
    for (std::size_t i = 0; i < kept.size(); ++i) keys[i] = mentions[kept[i]].begin - low;
    const auto by_begin = stable_order(keys);
    std::vector<std::uint32_t> sorted(kept.size());
    for (std::size_t i = 0; i < kept.size(); ++i) sorted[i] = kept[by_begin[i]];
    kept = std::move(sorted);
  }
  std::vector<Mention> result;
  result.reserve(kept.size());
  for (const std::uint32_t i : kept) result.push_back(mentions[i]);
  mentions = std::move(result);
}

Lexicon Lexicon::load(const std::filesystem::path& path, const Ontology& ontology) {
  return from_json(JsonFile::load(path, ErrorKind::Data), ontology);
}

Lexicon Lexicon::parse(std::string content, std::string name, const Ontology& ontology) {
  return from_json(JsonFile::parse(std::move(content), std::move(name), ErrorKind::Data), ontology);
}

Lexicon Lexicon::from_json(const JsonFile& file, const Ontology& ontology) {
  const auto& root = file.object(file.root(), "the lexicon");
  file.only_keys(root, {"description", "version", "entities"});
  const auto& list = file.array(file.required(root, "entities"), "\"entities\"");
  Lexicon lexicon;
  lexicon.person_type_ = type_index(ontology, "Person");
  for (const auto& item : list.GetArray()) {
    file.object(item, "an entity");
    file.only_keys(item, {"name", "type", "aliases", "exact_aliases", "description"});
    LexiconEntry entry;
    entry.name = file.string(item, "name");
    const std::string type = file.string(item, "type");
    entry.type = type_index(ontology, type);
    if (entry.type == kNone)
      file.fail(file.required(item, "type"), "unknown entity type \"" + type + "\"");
    entry.aliases = file.strings(item, "aliases");
    entry.exact_aliases = file.strings(item, "exact_aliases");
    for (const auto* list_key : {"aliases", "exact_aliases"})
      if (const auto* v = file.optional(item, list_key))
        for (const auto& s : file.strings(item, list_key))
          if (fold_key(s).empty()) file.fail(*v, "an alias is empty once normalised");
    if (fold_key(entry.name).empty()) file.fail(item, "the name is empty once normalised");
    lexicon.entries_.push_back(std::move(entry));
  }
  lexicon.finish();
  return lexicon;
}

void Lexicon::add_form(std::uint32_t entry, const std::string& form, bool exact) {
  const std::string key = fold_key(form);
  if (key.empty()) return;
  forms_.push_back(Form{entry, exact ? text::normalize_nfkc(form).text : std::string()});
  automaton_.add(key, static_cast<std::uint32_t>(forms_.size() - 1));
  if (!exact) keys_.emplace_back(key, entry);
}

void Lexicon::finish() {
  for (std::uint32_t i = 0; i < entries_.size(); ++i) {
    const auto& e = entries_[i];
    // A name also listed as an exact alias ("X") is matched only exactly.
    const bool exact_name = std::find(e.exact_aliases.begin(), e.exact_aliases.end(), e.name) !=
                            e.exact_aliases.end();
    if (!exact_name) add_form(i, e.name, false);
    for (const auto& a : e.aliases) add_form(i, a, false);
    for (const auto& a : e.exact_aliases) add_form(i, a, true);
  }
  automaton_.build();
  std::stable_sort(keys_.begin(), keys_.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
}

std::uint32_t Lexicon::find_key(std::string_view key) const {
  const auto it = std::lower_bound(keys_.begin(), keys_.end(), key,
                                   [](const auto& a, std::string_view k) { return a.first < k; });
  return (it != keys_.end() && it->first == key) ? it->second : kNone;
}

void Lexicon::find(const DocumentText& doc, std::vector<Mention>& out) const {
  std::vector<Mention> found;
  const std::string_view text = doc.norm.text;
  automaton_.scan(doc.key, [&](std::size_t end, const AhoCorasick::Hit& hit) {
    const std::size_t key_begin = end - hit.length;
    const std::uint32_t begin = doc.key_to_norm[key_begin];
    const std::uint32_t stop = doc.key_to_norm[end - 1] + 1;
    const Form& form = forms_[hit.value];
    if (!form.exact.empty() && text.substr(begin, stop - begin) != form.exact) return;
    const bool strict = !form.exact.empty() && text::count_code_points(form.exact) == 1;
    // An exact form is an ordinary word written as a name (Loom, Notion): it never ends a
    // glued word (GeoLoom), though it may start one (CursorAI).
    if (!latin_boundaries_ok(text, begin, stop, strict, !form.exact.empty()) || hyphen_continues(text, stop)) return;
    // "王兴兴" is not 王兴 and a stray 兴: a Han name whose last character repeats goes on.
    if (entries_[form.entry].type == person_type_ && text::is_han(cp_before(text, stop)) &&
        cp_at(text, stop) == cp_before(text, stop))
      return;
    Mention m;
    m.begin = begin;
    m.end = stop;
    m.kind = MentionKind::Lexicon;
    m.lexicon_entry = form.entry;
    m.type = entries_[form.entry].type;
    found.push_back(std::move(m));
  });
  keep_longest(found);
  out.insert(out.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
}

}  // namespace kg::extract
