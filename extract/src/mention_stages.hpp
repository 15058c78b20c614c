// The stages that find mentions besides the lexicon and pattern discovery: composed
// products, cue occurrences (triggers, pronouns, negations), speaker labels, pronoun
// mentions, and lone family names.
#pragma once

#include "document_state.hpp"

namespace kg::extract {

// "腾讯投资了X": a lexicon form ending in a verb that an aspect marker follows (the rule
// data's lexicon_verb_tails) is cut to the shorter known name before the verb.
void trim_lexicon_verb_tails(DocumentState& state);
// "Andes Cobre", "Sierra Nevada": a known place joined by a space to a capitalised word that
// is no known or ordinary word is the start or end of another name, so it is no place there;
// patterns and shapes may then read the whole name.
void release_places_inside_names(DocumentState& state);
// "《实时数仓：从Lambda到湖仓一体》": a known name inside a title in 《》 that is not all of it
// is part of the work's name, so it is no mention there.
void release_names_inside_titles(DocumentState& state);
// "空客A320", "华为Mate 60": a known product written as its known maker's Han name and a
// model's Latin code is two mentions, the maker's and the product's, so that the maker is
// found and relate_adjacent makes it the developer. A brand (腾讯视频) stays one, and so does
// "Microsoft Azure": English names products so without saying who makes them.
void split_makers_from_products(DocumentState& state);
// "李沐阳将转任": a known person's two-character Han name (李沐) followed by a character that
// may go on with a name (no particle, and no following word, trigger or title starting there)
// is the start of a three-character name when a name may end after that character, so it is
// no mention there (雷军影响很深 keeps 雷军). Needs scan_cues.
void release_persons_inside_names(DocumentState& state);
// "极飞科技 ... 极飞由彭斌创办": the Han stem of a known organisation's form in the document
// (its form without a han_org_suffixes word, two characters or more, itself no known name) is
// a short form of it wherever it stands, once it is written alone somewhere. Needs scan_cues.
void add_lexicon_short_forms(DocumentState& state);
// "Lanternfish Games Inc. (commonly ...) is", "Apple Inc. said": an organisation's legal form
// after its name (", Inc", " GmbH") and the abbreviation's period are part of the mention,
// so that patterns read on after them. Within the sentence only.
void absorb_legal_forms(DocumentState& state);
// "景德镇市昌江区": two or three characters and 区 or 县 right after a known place (and its
// level) are a district of it, a new place.
void add_district_mentions(DocumentState& state);
// Where a registered company name going on from `pos` ends with a han_legal_forms word
// ("江城冷藏运输有限公司"), through Han characters that break no name; else kNone.
std::uint32_t registered_name_end(const DocumentState& state, std::uint32_t pos);
// "CodexCLI": a known product and a suffix become one new product mention.
void compose_product_mentions(DocumentState& state);
// "Meta Superintelligence Labs", "Salesforce Ventures": a known organisation followed by
// capitalised words that end with a name suffix is a new organisation (part of the known
// one), not "Meta"; a legal suffix alone ("Nvidia Inc", a stopword) is not. Likewise Han
// characters after one up to a unit suffix (阿里云视觉智能实验室, 浙江大学竺可桢学院), and a line
// of business right after one where a name may end (大疆农业发布了...). Needs scan_cues.
void extend_organization_mentions(DocumentState& state);
// One pass of the rule automaton over the lower-cased text.
void scan_cues(DocumentState& state);
// Speaker labels that are a Latin name, or a Han name with a family name, and no known
// entity, name a person.
void add_speaker_mentions(DocumentState& state);
// Names win over pronouns inside them (其 in 土耳其); among pronouns the longest wins
// (我们 over 我), and pronouns that refer to no one are dropped.
void add_pronoun_mentions(DocumentState& state);
// A lone family name ("Mensch") stands for the only person of the document whose full
// name ends with it; so does a lone first name ("Amy") for the only one it starts.
void add_family_name_mentions(DocumentState& state);
// A Han given name of two characters written alone ("秋衡是我们的CTO") stands for the only
// person of the document whose three- or four-character name ends with it; "alone" means
// after no other Han character but a particle, and before a particle, a word that follows
// names, a person's verb or punctuation.
void add_han_given_name_mentions(DocumentState& state);

}  // namespace kg::extract
