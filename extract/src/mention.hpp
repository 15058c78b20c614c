// A mention: a span of the normalised text that names an entity (from the lexicon or
// discovered from context) or refers to one (a pronoun, resolved later).
#pragma once

#include <cstdint>
#include <string>

namespace kg::extract {

enum class MentionKind : std::uint8_t { Lexicon, Discovered, Pronoun };

// What a pronoun refers to.
enum class Reference : std::uint8_t {
  None,     // plural or otherwise unusable ("we", 我们)
  Self,     // first person: the self-introduced person of the turn, else the speaker
  Person,   // third person: the most recent person
  Nearest,  // possessive "its"/其: the most recent person or organisation in the sentence
  Organization,  // "the company"/该公司: the organisation the latest sentences start with
};

inline constexpr std::uint32_t kNone = 0xFFFFFFFFu;

struct Mention {
  std::uint32_t begin = 0, end = 0;  // normalised-text bytes, end exclusive
  MentionKind kind = MentionKind::Lexicon;
  std::uint32_t lexicon_entry = kNone;  // Lexicon: the entry
  std::uint32_t type = kNone;           // ontology type index (Lexicon, Discovered)
  std::string name;                     // Discovered: display name ("Keith Curry")
  double confidence = 1.0;
  Reference reference = Reference::None;  // Pronoun
  std::uint32_t entity = kNone;           // document entity, set by resolution
  bool surname = false;                   // a lone family name standing for a full name
  std::uint32_t head_entry = kNone;       // a composed product ("Codex CLI") or unit: its head's entry
  std::uint32_t head_end = 0;             // a Han unit (阿里云视觉智能实验室): where its head's name ends
  std::uint32_t head_entity = kNone;      // that head's document entity, set by resolution
};

}  // namespace kg::extract
