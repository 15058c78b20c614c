#include "resolution.hpp"

#include "char_class.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "gloss_names.hpp"
#include "infobox_names.hpp"
#include "type_votes.hpp"

namespace kg::extract {
namespace {

void add_form(FoundEntity& e, std::string_view form) {
  if (form.empty() || form == e.name) return;
  if (std::find(e.aliases.begin(), e.aliases.end(), form) == e.aliases.end())
    e.aliases.emplace_back(form);
}

std::string last_token(std::string_view name) {
  const auto space = name.rfind(' ');
  return space == std::string_view::npos ? std::string() : std::string(name.substr(space + 1));
}

// The (entity, surface) pairs resolution has recorded: a later mention of a pair changes
// nothing but the count, as its surface is then the name or an alias of the entity.
class RecordedSurfaces {
 public:
  bool insert(std::uint32_t entity, std::string_view surface) { return set_.insert({entity, surface}).second; }

 private:
  struct Hash {
    std::size_t operator()(const std::pair<std::uint32_t, std::string_view>& p) const {
      return std::hash<std::string_view>{}(p.second) * 31 + p.first;
    }
  };
  std::unordered_set<std::pair<std::uint32_t, std::string_view>, Hash> set_;
};

// Notes a surface form of entity e: an alias, and why it was joined, the first time.
template <typename Why>
void record_surface(FoundEntity& e, std::string_view surface, Why&& why) {
  if (surface != e.name && std::find(e.aliases.begin(), e.aliases.end(), surface) == e.aliases.end())
    e.merges.push_back(why());
  add_form(e, surface);
}

}  // namespace

std::vector<FoundEntity> resolve_entities(const DocumentText& doc, std::vector<Mention>& mentions,
                                          const NameTable& names, const Knowledge& k,
                                          std::unordered_map<std::uint32_t, std::uint32_t>& entry_entities) {
  std::vector<FoundEntity> entities;
  std::vector<std::uint32_t> entity_of_entry(k.lexicon.entries().size(), kNone);
  // Kept for the order in which surnames are joined below (its iteration order).
  std::unordered_map<std::string, std::uint32_t> by_key;
  std::vector<std::uint32_t> entity_of_key(names.key_count(), kNone);
  std::vector<std::uint32_t> entity_type;

  // Discovered names: one type per name key, the best supported one.
  std::vector<TypeVotes> support(names.key_count());
  for (const auto& m : mentions)
    // Repeats copy the type of the capture they repeat: only what patterns said of the name votes.
    if (m.kind == MentionKind::Discovered) support[names.key_id(m.name)].add(m.type, m.repeat ? 0.0 : m.confidence);
  // The lexicon entry whose form a name key is, found once per key.
  constexpr std::uint32_t kUnknown = kNone - 1;
  std::vector<std::uint32_t> entry_of_key(names.key_count(), kUnknown);

  auto entity_for_entry = [&](std::uint32_t entry) {
    if (entity_of_entry[entry] == kNone) {
      entity_of_entry[entry] = static_cast<std::uint32_t>(entities.size());
      const auto& e = k.lexicon.entries()[entry];
      entities.push_back(FoundEntity{e.name, k.type_name(e.type), {}, 0, {}});
      entity_type.push_back(e.type);
    }
    return entity_of_entry[entry];
  };

  RecordedSurfaces recorded;
  for (auto& m : mentions) {
    if (m.kind == MentionKind::Pronoun) continue;
    const std::string_view surface = doc.slice(m.begin, m.end);
    const auto quoted = [&] {
      std::string q;
      q.reserve(surface.size() + 2);
      return q.append(1, '"').append(surface).append(1, '"');
    };
    // A lone family or given name, or else `otherwise`: why the surface is e's.
    const auto note = [&](const FoundEntity& e, const char* otherwise) {
      if (m.surname) return quoted() + " is the family name of the only \"" + e.name + "\" of the document";
      if (m.given_name) return quoted() + " is the given name of the only \"" + e.name + "\" of the document";
      return quoted() + otherwise + e.name + "\"";
    };
    if (m.kind == MentionKind::Lexicon) {
      m.entity = entity_for_entry(m.lexicon_entry);
      FoundEntity& e = entities[m.entity];
      if (recorded.insert(m.entity, surface))
        record_surface(e, surface, [&] { return quoted() + " is a lexicon form of \"" + e.name + "\""; });
    } else {
      const std::uint32_t key = names.key_id(m.name);
      if (entry_of_key[key] == kUnknown) entry_of_key[key] = k.lexicon.find_key(names.key(m.name));
      if (const auto entry = entry_of_key[key]; entry != kNone) {
        m.entity = entity_for_entry(entry);
        m.type = k.lexicon.entries()[entry].type;
        FoundEntity& e = entities[m.entity];
        if (recorded.insert(m.entity, surface))
          record_surface(e, surface, [&] { return note(e, " is read as the lexicon entity \""); });
      } else {
        m.type = support[key].best();
        if (entity_of_key[key] == kNone) {
          entity_of_key[key] = static_cast<std::uint32_t>(entities.size());
          by_key.emplace(names.key(m.name), entity_of_key[key]);
          entities.push_back(FoundEntity{names.name(m.name), k.type_name(m.type), {}, 0, {}});
          entity_type.push_back(m.type);
        }
        m.entity = entity_of_key[key];
        FoundEntity& e = entities[m.entity];
        if (recorded.insert(m.entity, surface))
          record_surface(e, surface, [&] { return note(e, " is written without spaces; read as \""); });
      }
    }
    ++entities[m.entity].mentions;
  }

  // A composed name's head: a Han unit names its parent (阿里云视觉智能实验室 is part of
  // 阿里云), which thereby becomes an entity of the document with that form; other
  // composed names ("Codex CLI", "Amazon Robotics") only when the document mentions the
  // head on its own.
  for (const auto& m : mentions) {
    if (m.head_entry == kNone || m.entity == kNone || m.type != k.organization) continue;
    const std::string_view surface = doc.slice(m.begin, m.end);
    if (!text::is_han(cp_before(surface, surface.size()))) continue;
    // The head's form is the longest start of the unit's name that is a form of the entry.
    for (std::size_t end = prev_start(surface, surface.size()); end > 0; end = prev_start(surface, end))
      if (k.lexicon.find_key(fold_key(surface.substr(0, end))) == m.head_entry) {
        add_form(entities[entity_for_entry(m.head_entry)], surface.substr(0, end));
        break;
      }
  }

  std::vector<std::uint32_t> redirect(entities.size());
  for (std::uint32_t i = 0; i < entities.size(); ++i) redirect[i] = i;
  auto join = [&](std::uint32_t from, std::uint32_t into, const std::string& why) {
    redirect[from] = into;
    FoundEntity& target = entities[into];
    target.merges.push_back("\"" + entities[from].name + "\" " + why + " \"" + target.name + "\" in the document");
    add_form(target, entities[from].name);
    for (const auto& a : entities[from].aliases) add_form(target, a);
    target.mentions += entities[from].mentions;
    entities[from].mentions = 0;
  };

  // "目川科技（Seemount）": a name and its gloss in the other script are one entity; a
  // lexicon entity absorbs a discovered one, two lexicon entities stay apart.
  const auto root = [&](std::uint32_t e) {
    while (redirect[e] != e) e = redirect[e];
    return e;
  };
  std::vector<char> lexical(entities.size(), 0);
  for (const std::uint32_t e : entity_of_entry)
    if (e != kNone) lexical[e] = 1;
  const auto join_gloss = [&](const Mention& m, std::uint32_t begin, std::uint32_t end) {
    const auto gloss = std::lower_bound(mentions.begin(), mentions.end(), begin,
                                        [](const Mention& x, std::uint32_t at) { return x.begin < at; });
    if (gloss == mentions.end() || gloss->begin != begin || gloss->end != end || gloss->entity == kNone) return;
    const std::uint32_t a = root(m.entity), b = root(gloss->entity);
    if (a == b || (lexical[a] && lexical[b]) || entity_type[a] != entity_type[b]) return;
    if (lexical[b]) join(a, b, "is glossed in parentheses as");
    else join(b, a, "is written in parentheses after");
  };
  for (const Mention& m : mentions) {
    if (m.entity == kNone || m.kind == MentionKind::Pronoun) continue;
    const GlossSpan g = gloss_after(doc.norm.text, m.end, k.rules);
    if (g.begin == kNone) continue;
    join_gloss(m, g.begin, g.end);
    if (g.alias_begin != kNone) join_gloss(m, g.alias_begin, g.alias_end);  // "（StarBlazeGaming，简称SBG）"
  }

  // An infobox's names of its page's subject are one entity; a lexicon entity absorbs the
  // others, two lexicon entities stay apart. The whole value is a form of it, also where a
  // mention covers only its start ("Hengjin Textile Group Co" of "..., Ltd.").
  std::uint32_t page_subject = kNone;
  for (const NameSpan& span : infobox_name_spans(doc.norm.text, k.rules)) {
    const auto m = std::lower_bound(mentions.begin(), mentions.end(), span.begin,
                                    [](const Mention& x, std::uint32_t at) { return x.begin < at; });
    if (m == mentions.end() || !names_whole(doc.norm.text, span, m->begin, m->end) || m->entity == kNone ||
        m->kind == MentionKind::Pronoun || !(m->type == k.person || m->type == k.organization || m->type == k.product))
      continue;
    const std::uint32_t e = root(m->entity);
    if (page_subject == kNone) {
      page_subject = e;
    } else if (e != page_subject && !(lexical[e] && lexical[page_subject])) {
      if (lexical[e]) {
        join(page_subject, e, "is another name, in the page's infobox, of");
        page_subject = e;
      } else {
        join(e, page_subject, "is another name, in the page's infobox, of");
      }
    }
    if (root(e) == page_subject) add_form(entities[page_subject], doc.slice(span.begin, span.end));
  }

  // "Helena Voss" joins the only "Helena Margarethe Voss": a middle name left out.
  const auto first_and_last = [](const std::string& name) {
    return fold_key(name.substr(0, name.find(' '))) + ' ' + fold_key(last_token(name));
  };
  std::unordered_map<std::string, std::vector<std::uint32_t>> with_middle;  // "first last" -> persons
  for (std::uint32_t j = 0; j < entities.size(); ++j) {
    const std::string& name = entities[j].name;
    if (entity_type[j] == k.person && name.find(' ') != name.rfind(' ')) with_middle[first_and_last(name)].push_back(j);
  }
  if (!with_middle.empty())
    for (const auto& [key, i] : by_key) {
      const auto space = entities[i].name.find(' ');
      if (entity_type[i] != k.person || space == std::string::npos || entities[i].name.rfind(' ') != space) continue;
      const auto it = with_middle.find(first_and_last(entities[i].name));
      if (it != with_middle.end() && it->second.size() == 1) join(i, it->second.front(), "leaves out the middle name of the only");
    }

  // A one-word discovered person joins the only full name ending with that word; of several,
  // the one introduced first when the word is used before any other is introduced ("Maren
  // Holloway ... says Holloway ... her brother, Caleb Holloway").
  std::vector<std::uint32_t> first_mention(entities.size(), kNone);
  for (const auto& m : mentions)
    if (m.entity != kNone && m.kind != MentionKind::Pronoun) first_mention[m.entity] = std::min(first_mention[m.entity], m.begin);
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_surname;
  for (std::uint32_t i = 0; i < entities.size(); ++i)
    if (entity_type[i] == k.person && redirect[i] == i)
      if (auto last = last_token(entities[i].name); !last.empty()) by_surname[fold_key(last)].push_back(i);
  for (const auto& [key, i] : by_key) {
    if (entity_type[i] != k.person || entities[i].name.find(' ') != std::string::npos) continue;
    const auto it = by_surname.find(key);
    if (it == by_surname.end()) continue;
    if (it->second.size() == 1) {
      join(i, it->second.front(), "is the surname of the only full name");
      continue;
    }
    std::vector<std::uint32_t> fulls = it->second;
    std::sort(fulls.begin(), fulls.end(), [&](auto a, auto b) { return first_mention[a] < first_mention[b]; });
    if (first_mention[fulls[0]] < first_mention[i] && first_mention[i] < first_mention[fulls[1]])
      join(i, fulls[0], "is the surname, used before any other of that family was named, of");
  }
  // Drop the joined entities and renumber.
  std::vector<std::uint32_t> renumber(entities.size(), kNone);
  std::vector<FoundEntity> kept;
  for (std::uint32_t i = 0; i < entities.size(); ++i)
    if (redirect[i] == i) {
      renumber[i] = static_cast<std::uint32_t>(kept.size());
      kept.push_back(std::move(entities[i]));
    }
  for (auto& m : mentions)
    if (m.entity != kNone) m.entity = renumber[redirect[redirect[m.entity]]];
  entry_entities.clear();
  for (std::uint32_t entry = 0; entry < entity_of_entry.size(); ++entry)
    if (entity_of_entry[entry] != kNone) entry_entities.emplace(entry, renumber[redirect[redirect[entity_of_entry[entry]]]]);
  return kept;
}

}  // namespace kg::extract
