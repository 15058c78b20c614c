#include "resolution.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

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
                                          const NameTable& names, const Knowledge& k) {
  std::vector<FoundEntity> entities;
  std::vector<std::uint32_t> entity_of_entry(k.lexicon.entries().size(), kNone);
  // Kept for the order in which surnames are joined below (its iteration order).
  std::unordered_map<std::string, std::uint32_t> by_key;
  std::vector<std::uint32_t> entity_of_key(names.key_count(), kNone);
  std::vector<std::uint32_t> entity_type;

  // Discovered names: one type per name key, the best supported one.
  std::vector<TypeVotes> support(names.key_count());
  for (const auto& m : mentions)
    if (m.kind == MentionKind::Discovered) support[names.key_id(m.name)].add(m.type, m.confidence);
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
          record_surface(e, surface, [&] {
            return m.surname ? quoted() + " is the family name of the only \"" + e.name + "\" of the document"
                             : quoted() + " is read as the lexicon entity \"" + e.name + "\"";
          });
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
          record_surface(e, surface, [&] {
            return m.surname ? quoted() + " is the family name of the only \"" + e.name + "\" of the document"
                             : quoted() + " is written without spaces; read as \"" + e.name + "\"";
          });
      }
    }
    ++entities[m.entity].mentions;
  }

  // A one-word discovered person joins the only full name ending with that word.
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_surname;
  for (std::uint32_t i = 0; i < entities.size(); ++i)
    if (entity_type[i] == k.person)
      if (auto last = last_token(entities[i].name); !last.empty()) by_surname[fold_key(last)].push_back(i);
  std::vector<std::uint32_t> redirect(entities.size());
  for (std::uint32_t i = 0; i < entities.size(); ++i) redirect[i] = i;
  for (const auto& [key, i] : by_key) {
    if (entity_type[i] != k.person || entities[i].name.find(' ') != std::string::npos) continue;
    const auto it = by_surname.find(key);
    if (it == by_surname.end() || it->second.size() != 1) continue;
    const std::uint32_t full = it->second.front();
    redirect[i] = full;
    FoundEntity& target = entities[full];
    target.merges.push_back("\"" + entities[i].name + "\" is the surname of the only full name \"" +
                            target.name + "\" in the document");
    add_form(target, entities[i].name);
    for (const auto& a : entities[i].aliases) add_form(target, a);
    target.mentions += entities[i].mentions;
    entities[i].mentions = 0;
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
    if (m.entity != kNone) m.entity = renumber[redirect[m.entity]];
  return kept;
}

}  // namespace kg::extract
