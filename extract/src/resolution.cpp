#include "resolution.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

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

}  // namespace

std::vector<FoundEntity> resolve_entities(const DocumentText& doc, std::vector<Mention>& mentions,
                                          const Knowledge& k) {
  std::vector<FoundEntity> entities;
  std::unordered_map<std::uint32_t, std::uint32_t> by_entry;
  std::unordered_map<std::string, std::uint32_t> by_key;
  std::vector<std::uint32_t> entity_type;

  // Discovered names: one type per name key, the best supported one.
  std::map<std::string, std::map<std::uint32_t, double>> support;
  for (const auto& m : mentions)
    if (m.kind == MentionKind::Discovered) support[fold_key(m.name)][m.type] += m.confidence;

  auto entity_for_entry = [&](std::uint32_t entry) {
    auto [it, fresh] = by_entry.try_emplace(entry, static_cast<std::uint32_t>(entities.size()));
    if (fresh) {
      const auto& e = k.lexicon.entries()[entry];
      entities.push_back(FoundEntity{e.name, k.type_name(e.type), {}, 0, {}});
      entity_type.push_back(e.type);
    }
    return it->second;
  };

  for (auto& m : mentions) {
    if (m.kind == MentionKind::Pronoun) continue;
    const std::string surface(doc.slice(m.begin, m.end));
    if (m.kind == MentionKind::Lexicon) {
      m.entity = entity_for_entry(m.lexicon_entry);
      FoundEntity& e = entities[m.entity];
      if (surface != e.name && std::find(e.aliases.begin(), e.aliases.end(), surface) == e.aliases.end())
        e.merges.push_back("\"" + surface + "\" is a lexicon form of \"" + e.name + "\"");
      add_form(e, surface);
    } else {
      const std::string key = fold_key(m.name);
      if (const auto entry = k.lexicon.find_key(key); entry != kNone) {
        m.entity = entity_for_entry(entry);
        m.type = k.lexicon.entries()[entry].type;
        FoundEntity& e = entities[m.entity];
        if (surface != e.name && std::find(e.aliases.begin(), e.aliases.end(), surface) == e.aliases.end())
          e.merges.push_back(m.surname ? "\"" + surface + "\" is the family name of the only \"" + e.name +
                                             "\" of the document"
                                       : "\"" + surface + "\" is read as the lexicon entity \"" + e.name + "\"");
        add_form(e, surface);
      } else {
        const auto& types = support[key];
        m.type = std::max_element(types.begin(), types.end(), [](const auto& a, const auto& b) {
                   return a.second < b.second;
                 })->first;
        auto [it, fresh] = by_key.try_emplace(key, static_cast<std::uint32_t>(entities.size()));
        if (fresh) {
          entities.push_back(FoundEntity{m.name, k.type_name(m.type), {}, 0, {}});
          entity_type.push_back(m.type);
        }
        m.entity = it->second;
        FoundEntity& e = entities[m.entity];
        if (surface != e.name && std::find(e.aliases.begin(), e.aliases.end(), surface) == e.aliases.end())
          e.merges.push_back(m.surname ? "\"" + surface + "\" is the family name of the only \"" + e.name +
                                             "\" of the document"
                                       : "\"" + surface + "\" is written without spaces; read as \"" + e.name + "\"");
        add_form(e, surface);
      }
    }
    ++entities[m.entity].mentions;
  }

  // A composed name's head: a Han unit names its parent (阿里云视觉智能实验室 is part of
  // 阿里云), which thereby becomes an entity of the document with that form; other
  // composed names ("Codex CLI", "Amazon Robotics") only when the document mentions the
  // head on its own.
  for (auto& m : mentions) {
    if (m.head_entry == kNone || m.entity == kNone) continue;
    if (m.head_end > m.begin) {
      m.head_entity = entity_for_entry(m.head_entry);
      add_form(entities[m.head_entity], doc.slice(m.begin, m.head_end));
    } else if (const auto it = by_entry.find(m.head_entry); it != by_entry.end()) {
      m.head_entity = it->second;
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

  // A one-word discovered person joins the only full name ending with that word.
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_surname;
  for (std::uint32_t i = 0; i < entities.size(); ++i)
    if (entity_type[i] == k.person && redirect[i] == i)
      if (auto last = last_token(entities[i].name); !last.empty()) by_surname[fold_key(last)].push_back(i);
  for (const auto& [key, i] : by_key) {
    if (entity_type[i] != k.person || entities[i].name.find(' ') != std::string::npos) continue;
    const auto it = by_surname.find(key);
    if (it == by_surname.end() || it->second.size() != 1) continue;
    join(i, it->second.front(), "is the surname of the only full name");
  }
  // Drop the joined entities and renumber.
  std::vector<std::uint32_t> renumber(entities.size(), kNone);
  std::vector<FoundEntity> kept;
  for (std::uint32_t i = 0; i < entities.size(); ++i)
    if (redirect[i] == i) {
      renumber[i] = static_cast<std::uint32_t>(kept.size());
      kept.push_back(std::move(entities[i]));
    }
  for (auto& m : mentions) {
    if (m.entity != kNone) m.entity = renumber[redirect[redirect[m.entity]]];
    if (m.head_entity != kNone) m.head_entity = renumber[redirect[m.head_entity]];
  }
  return kept;
}

}  // namespace kg::extract
