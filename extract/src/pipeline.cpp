#include "pipeline.hpp"

#include "discovery.hpp"
#include "document_state.hpp"
#include "mention_stages.hpp"
#include "relation_pass.hpp"
#include "resolution.hpp"
#include "standalone_names.hpp"

namespace kg::extract {

DocumentResult run_pipeline(const Knowledge& knowledge, std::string_view name, std::string_view text) {
  DocumentState state(knowledge, text);
  DocumentResult result;
  result.name = std::string(name);
  result.code_points = state.doc.norm.origin.back();
  result.replaced_bytes = state.doc.norm.replaced_bytes;
  result.sentences = state.sentences.size();

  knowledge.lexicon.find(state.doc, state.mentions);
  scan_cues(state);
  trim_lexicon_verb_tails(state);
  release_places_inside_names(state);
  split_makers_from_products(state);
  release_names_inside_titles(state);
  compose_product_mentions(state);
  release_persons_inside_names(state);
  extend_organization_mentions(state);
  add_district_mentions(state);
  add_lexicon_short_forms(state);
  state.literals = knowledge.literals.scan(state.doc.lower);
  add_speaker_mentions(state);
  add_pronoun_mentions(state);
  add_standalone_names(state);
  discover_names(state);
  absorb_legal_forms(state);
  add_han_given_name_mentions(state);

  result.entities = resolve_entities(state.doc, state.mentions, state.names, knowledge, state.entry_entities);
  for (const auto& m : state.mentions)
    if (m.kind != MentionKind::Pronoun) ++result.mentions;
  relate(state, text, result);
  return result;
}

}  // namespace kg::extract
