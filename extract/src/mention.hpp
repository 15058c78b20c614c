// A mention: a span of the normalised text that names an entity (from the lexicon or
// discovered from context) or refers to one (a pronoun, resolved later).
#pragma once

#include <cstdint>

namespace kg::extract {

enum class MentionKind : std::uint8_t { Lexicon, Discovered, Pronoun };

// What a pronoun refers to.
enum class Reference : std::uint8_t {
  None,     // plural or otherwise unusable ("we", 我们)
  Self,     // first person: the self-introduced person of the turn, else the speaker
  Person,   // third person: the most recent person
  Nearest,  // possessive "its"/其: the most recent person or organisation in the sentence
  Organization,  // "the company"/该公司: the organisation the latest sentences start with
  SpeakerOrganization,  // "we"/我们 of a person speaking: the organisation that person founded or leads
};

inline constexpr std::uint32_t kNone = 0xFFFFFFFFu;

// Fields ordered for size (40 bytes): stages copy and sort hundreds of thousands.
struct Mention {
  double confidence = 1.0;
  std::uint32_t begin = 0, end = 0;     // normalised-text bytes, end exclusive
  std::uint32_t lexicon_entry = kNone;  // Lexicon: the entry
  std::uint32_t type = kNone;           // ontology type index (Lexicon, Discovered)
  std::uint32_t name = kNone;           // Discovered: display name ("Keith Curry"), a NameTable id
  std::uint32_t entity = kNone;         // document entity, set by resolution
  std::uint32_t head_entry = kNone;     // a composed product ("Codex CLI"): its head's entry
  MentionKind kind = MentionKind::Lexicon;
  Reference reference = Reference::None;  // Pronoun
  bool surname : 1 = false;      // a lone family name standing for a full name
  bool object_case : 1 = false;  // Pronoun: "me", "him": no clause's subject
  bool subject_case : 1 = false; // Pronoun: a bare "公司" at a clause's start
  bool salient : 1 = false;      // Pronoun: "the company" may stand for the document's main one
  bool epithet : 1 = false;      // Pronoun: "the chipmaker" is the latest organisation named before it
  bool given_name : 1 = false;   // a lone Han given name standing for a full name (秋衡 for 吕秋衡)
  bool repeat : 1 = false;       // another occurrence of a discovered name: it casts no type vote
};
static_assert(sizeof(Mention) <= 40);

}  // namespace kg::extract
