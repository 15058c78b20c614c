// Everything loaded from data/patterns: the patterns (relations and discovery), pronouns,
// negation cues, words that are never names, product suffixes and abbreviations. Every
// literal the text is searched for goes into one automaton, so one pass over the
// lower-cased text finds every trigger, pronoun and negation cue.
#pragma once

#include <filesystem>
#include <string>
#include <unordered_set>
#include <vector>

#include "aho_corasick.hpp"
#include "literal_index.hpp"
#include "kg/ontology/ontology.hpp"
#include "mention.hpp"
#include "pattern.hpp"

namespace kg::extract {

// What an automaton hit stands for.
// A fold_key without its accents, lower-cased again: "Élodie" and "Elodie" give "elodie".
std::string unaccented(std::string_view folded);

struct Cue {
  enum class Kind : std::uint8_t { Trigger, Pronoun, Negation } kind;
  std::uint32_t pattern = 0;       // Trigger
  Reference reference = Reference::None;  // Pronoun
  bool object_case = false;               // Pronoun: "me", "him", never a clause's subject
  bool subject_case = false;              // Pronoun: "公司" stands for one only at a clause's start
  bool salient = false;                   // Pronoun: may stand for the document's main organisation
  bool title = false;  // Trigger: a job title, a noun already: 工程师方以宁 is no compound like 开发方
  bool hedge = false;  // Negation: doubts the rest of its sentence, not only its clause
  bool epithet = false;  // Pronoun: the latest organisation named before it ("the chipmaker")
};

// A job title and the relation it states between its holder and the organisation
// ("CEO": ceoOf). Forms are folded like pattern literals.
struct TitleForm {
  std::string form;
  std::uint32_t predicate = 0;
};

class RuleSet {
 public:
  RuleSet() = default;
  // `path` is a .json file or a folder of them (read in name order). Throws SourceError
  // (Data) with file:line:col for malformed files, unknown predicates, types or slots.
  static RuleSet load(const std::filesystem::path& path, const Ontology& ontology);
  // One file's content (tests).
  static RuleSet parse(std::string content, std::string name, const Ontology& ontology);

  const std::vector<Pattern>& patterns() const { return patterns_; }
  const Cue& cue(std::uint32_t id) const { return cues_[id]; }
  const AhoCorasick& cue_automaton() const { return automaton_; }

  bool is_stopword(std::string_view folded_name) const { return stopwords_.contains(folded_name); }
  bool is_product_suffix(std::string_view folded) const { return product_suffixes_.contains(folded); }
  // Words that end an organisation's name ("Fernbrook AI", "Quillfeather Labs").
  bool is_name_suffix(std::string_view folded) const { return name_suffixes_.contains(folded); }
  // Name suffixes that close the same company's name as its stem ("Hollow Pine Brewing Co."
  // is Hollow Pine), unlike "Quillmark Labs" beside its parent Quillmark.
  bool is_legal_form_suffix(std::string_view folded) const { return legal_form_suffixes_.contains(folded); }
  // Words after which a name goes on with "of" ("University of Toronto", "Bank of England").
  bool is_of_name_head(std::string_view folded) const { return of_name_heads_.contains(folded); }
  // Lower-case words inside a person's name (van, de, von der: Pieter van Amstel), longest first.
  const std::vector<std::string>& name_particles() const { return name_particles_; }
  // Words that make an adjective of a name joined by a hyphen ("Oryon-based", "Google-backed").
  bool is_adjective_suffix(std::string_view folded) const { return adjective_suffixes_.contains(folded); }
  // Words that end a Han organisation name (科技, 资本): "栖木科技" is found from its suffix.
  const std::vector<std::string>& han_org_suffixes() const { return han_org_suffixes_; }
  // Words that end the name of a unit of a known organisation (实验室, 研究院, 学院).
  const std::vector<std::string>& han_unit_suffixes() const { return han_unit_suffixes_; }
  // Words after which a Han name with a version is a product (基座模型星衍-3, 芯片澜芯L1).
  const std::vector<std::string>& han_product_kinds() const { return han_product_kinds_; }
  // Markers after an owner before what it owns (的, 's, 开源的): "阿里巴巴开源的通义千问".
  const std::vector<std::string>& possessive_markers() const { return possessive_markers_; }
  // Words for kinds of organisation (厂商, 公司, startup): a name ending with one describes.
  const std::vector<std::string>& organization_kinds() const { return organization_kinds_; }
  // Where a short description ending with an `organization_kinds` word ("手机厂商",
  // "the chipmaker") starts, when it ends at `end` and starts no earlier than `floor`; else `end`.
  std::uint32_t organization_kind_start(std::string_view norm, std::uint32_t floor, std::uint32_t end) const;
  // First names ("Priya", "Tomás"): a capitalised run of words starting with one names a person.
  // Accents are ignored: "Élodie" is the listed "Elodie".
  bool is_given_name(std::string_view folded) const { return contains_unaccented(given_names_, folded); }
  // Family names written in Latin letters that end a person's name after any first name
  // ("Wen Li", "Minji Kim"): common East and South Asian surnames, which first-name lists miss.
  bool is_latin_surname(std::string_view folded) const { return contains_unaccented(latin_surnames_, folded); }
  // Does a word that only a person does (毕业于, 表示, 出任) start at `pos` of `text`?
  bool han_person_verb_at(std::string_view text, std::size_t pos) const {
    for (const auto& word : han_person_verbs_)
      if (text.compare(pos, word.size(), word) == 0) return true;
    return false;
  }
  // Does a word that companies do (完成, 成立于, 推出) start at `pos` of `text`?
  bool han_organization_verb_at(std::string_view text, std::size_t pos) const {
    for (const auto& word : han_organization_verbs_)
      if (text.compare(pos, word.size(), word) == 0) return true;
    return false;
  }
  // Chinese family names (one or two characters) that start a Han person name.
  bool is_han_surname(std::string_view han) const { return han_surnames_.contains(han); }
  // Characters that make a noun of the Han verb before them (开发者, 投资人, 收购方): a
  // trigger so followed is no verb.
  bool is_han_noun_suffix(char32_t cp) const { return han_noun_suffixes_.count(cp) > 0; }
  // Characters (particles, copulas) that never occur inside a discovered Han name.
  bool is_han_name_break(char32_t cp) const { return han_name_breaks_.count(cp) > 0; }
  // Words that open a clause but never a Han name taken back to the clause start (是, 该, 出任),
  // and characters never inside one (的, 位).
  const std::vector<std::string>& han_run_openers() const { return han_run_openers_; }
  bool is_han_run_break(char32_t cp) const { return han_run_breaks_.count(cp) > 0; }
  // A han_run_openers word of one character (由, 被, 在).
  bool is_han_run_opener(char32_t cp) const { return han_single_openers_.count(cp) > 0; }
  // A verb and the aspect marker after it ("投资了"): a Han lexicon form ending in the verb,
  // followed by the marker, is the shorter name and a verb (腾讯投资了X is 腾讯 investing).
  const std::vector<std::string>& lexicon_verb_tails() const { return lexicon_verb_tails_; }
  // Words before an organisation that make its title a former one (前, 原: 前谷歌工程师张明远).
  const std::vector<std::string>& former_prefixes() const { return former_prefixes_; }
  // Does a word that typically follows a name (表示, 毕业) start at `pos` of `text`?
  bool han_name_follower_at(std::string_view text, std::size_t pos) const {
    for (const auto& word : han_name_followers_)
      if (text.compare(pos, word.size(), word) == 0) return true;
    return false;
  }
  // Does a Han `name` end with a title of two characters or more, or a Han title joiner
  // ("玄甲创始人兼" of 玄甲创始人兼CEO), after something else?
  bool ends_with_han_title(std::string_view name) const {
    for (const auto& end : han_title_ends_)
      if (name.size() > end.size() && name.ends_with(end)) return true;
    return false;
  }
  // Does `name` end with such a word of two characters or more, after something else?
  bool ends_with_name_follower(std::string_view name) const {
    for (const auto& word : han_name_followers_)
      if (word.size() >= 6 && name.size() > word.size() && name.ends_with(word)) return true;
    return false;
  }
  // Words that make an institution of the place written right before them (嘉兴日报, 杭州银行),
  // longest first.
  const std::vector<std::string>& place_org_suffixes() const { return place_org_suffixes_; }
  // Ontology indexes of the types discovery treats specially (Han family names, pronouns).
  std::uint32_t person_type() const { return person_type_; }
  std::uint32_t organization_type() const { return organization_type_; }
  std::uint32_t product_type() const { return product_type_; }
  std::uint32_t place_type() const { return place_type_; }
  std::uint32_t work_type() const { return work_type_; }
  // Lower-case words inside a work's title ("the", "of": Counting the Invisible).
  const std::vector<std::string>& title_small_words() const { return title_small_words_; }
  // Words in parentheses before another name of the entity just named: "(often shortened to
  // Quillmark)", "（以下简称“澜庭集团”）".
  const std::vector<std::string>& alias_cues() const { return alias_cues_; }
  // Keys of infobox lines that give the page's subject another name (中文名, 外文名, 简称),
  // longest first.
  const std::vector<std::string>& infobox_name_keys() const { return infobox_name_keys_; }
  // Words of a line of business that, right after a known organisation's Han name and
  // ending a name, make a unit of it (大疆农业 of 大疆).
  const std::vector<std::string>& han_business_suffixes() const { return han_business_suffixes_; }
  // Words ending in 区 or 县 that name a kind of area, not a district (高新区, 自治区, 园区).
  const std::vector<std::string>& han_zone_words() const { return han_zone_words_; }
  // A Chinese company's legal forms (有限公司, 股份有限公司), which end its registered name.
  const std::vector<std::string>& han_legal_forms() const { return han_legal_forms_; }
  // Words that may stand between an organisation and a title of its own (的, 公司, 前, 's),
  // lower-cased, longest first; any other word there names a unit.
  const std::vector<std::string>& title_gap_fillers() const { return title_gap_fillers_; }
  // Kind words before a quoted name that describe it (法律科技公司「衡律智能」).
  const std::vector<std::string>& quoted_name_kinds() const { return quoted_name_kinds_; }
  const std::unordered_set<std::string>& abbreviations() const { return abbreviations_; }
  // Titles for {titles}, longest form first, and the words that join two of them (兼, and).
  const std::vector<TitleForm>& titles() const { return titles_; }
  const std::vector<std::string>& title_joiners() const { return title_joiners_; }
  // Words that open a clause sharing the sentence's subject ("and", 并, 随后), longest first.
  const std::vector<std::string>& clause_coordinators() const { return clause_coordinators_; }
  // Coordinators after which a name just before was the object of the clause before
  // ("develops Claude and competes with"), not the new clause's subject ("小米还在...").
  bool follows_object(std::string_view folded) const { return object_coordinators_.contains(folded); }
  // Words that open a relative clause (", which ..."), whose subject is the noun before it.
  const std::vector<std::string>& relative_pronouns() const { return relative_pronouns_; }
  // Adverbs that follow the subject of a new clause ("and Altman later ran"): a list item
  // so followed starts that clause instead.
  const std::vector<std::string>& subject_adverbs() const { return subject_adverbs_; }
  // Descriptors a list item may carry without an article ("existing investor Accel"), longest first.
  const std::vector<std::string>& list_descriptors() const { return list_descriptors_; }
  // Words around a name that make it a source of speech (据X介绍, X said), not a subject.
  const std::vector<std::string>& reporting_after() const { return reporting_after_; }
  const std::vector<std::string>& reporting_before() const { return reporting_before_; }
  // The lists above that the matcher tries at many positions, by first and last byte.
  const LiteralIndex& title_index() const { return title_index_; }
  const LiteralIndex& title_joiner_index() const { return title_joiner_index_; }
  const LiteralIndex& clause_coordinator_index() const { return clause_coordinator_index_; }
  const LiteralIndex& relative_pronoun_index() const { return relative_pronoun_index_; }
  const LiteralIndex& subject_adverb_index() const { return subject_adverb_index_; }
  const LiteralIndex& list_descriptor_index() const { return list_descriptor_index_; }
  const LiteralIndex& reporting_after_index() const { return reporting_after_index_; }
  const LiteralIndex& reporting_before_index() const { return reporting_before_index_; }

 private:
  void cues_keys_add(std::string key, Cue cue);
  void finish(const Ontology& ontology);

  struct PendingTitles {
    std::uint32_t pattern;
    std::string file;
  };

  std::vector<Pattern> patterns_;
  std::vector<TitleForm> titles_;
  std::vector<std::string> organization_kinds_;
  std::vector<std::string> han_product_kinds_;
  std::vector<std::string> possessive_markers_;
  std::vector<std::string> title_joiners_, clause_coordinators_, relative_pronouns_, list_descriptors_, subject_adverbs_, reporting_after_,
      reporting_before_;
  LiteralIndex title_index_, title_joiner_index_, clause_coordinator_index_, relative_pronoun_index_,
      subject_adverb_index_, list_descriptor_index_, reporting_after_index_, reporting_before_index_;
  std::vector<PendingTitles> title_patterns_;  // their triggers are the titles, known at the end
  std::vector<Cue> cues_;
  std::vector<std::pair<std::string, std::uint32_t>> cue_keys_;  // literal -> cue
  // Looked up by string_view on the hot path, without building a string.
  struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;
  // An ASCII key is its own unaccented form: only other keys are stripped (and copied).
  template <typename Set>
  static bool contains_unaccented(const Set& set, std::string_view folded) {
    for (const char c : folded)
      if (static_cast<unsigned char>(c) >= 0x80) return set.contains(unaccented(folded));
    return set.contains(folded);
  }
  WordSet object_coordinators_, stopwords_, product_suffixes_, name_suffixes_, legal_form_suffixes_, han_surnames_, of_name_heads_, given_names_, latin_surnames_,
      adjective_suffixes_;
  std::unordered_set<std::string> abbreviations_;
  std::unordered_set<char32_t> han_name_breaks_, han_run_breaks_, han_single_openers_, han_noun_suffixes_;
  std::vector<std::string> place_org_suffixes_, han_title_ends_;
  std::vector<std::string> han_run_openers_, name_particles_, lexicon_verb_tails_, former_prefixes_;
  std::vector<std::string> han_org_suffixes_, han_name_followers_, han_person_verbs_, han_organization_verbs_,
      han_unit_suffixes_;
  AhoCorasick automaton_;
  std::uint32_t person_type_ = kNone, organization_type_ = kNone, product_type_ = kNone, place_type_ = kNone,
                work_type_ = kNone;
  std::vector<std::string> title_small_words_, quoted_name_kinds_, alias_cues_, infobox_name_keys_, han_business_suffixes_, han_legal_forms_, han_zone_words_, title_gap_fillers_;
  friend class RuleFileReader;
};

}  // namespace kg::extract
