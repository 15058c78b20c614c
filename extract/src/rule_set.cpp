#include "rule_set.hpp"

#include <algorithm>
#include <unordered_map>

#include "char_class.hpp"
#include "document_text.hpp"
#include "kg/ontology/json_file.hpp"
#include "kg/text/normalize.hpp"
#include "kg/text/utf8.hpp"

namespace kg::extract {

std::string unaccented(std::string_view folded) {
  std::string out = text::strip_marks(folded);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Reads one rule file into a RuleSet, failing at the offending JSON value.
class RuleFileReader {
 public:
  static void longest_first(std::vector<std::string>& words) {
    std::stable_sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  }
  // Appends the NFKC forms of the list `key` (when the file has it) to `out`.
  void nfkc_words(const rapidjson::Value& root, const char* key, std::vector<std::string>& out, bool sort = false) {
    for (const auto& word : file_.strings(root, key)) out.push_back(text::normalize_nfkc(word).text);
    if (sort) longest_first(out);
  }

  RuleFileReader(const JsonFile& file, const Ontology& ontology, RuleSet& rules)
      : file_(file), ontology_(ontology), rules_(rules) {}

  void run() {
    const auto& root = file_.object(file_.root(), "a pattern file");
    file_.only_keys(root, {"description", "patterns", "pronouns", "negations", "stopwords",
                           "product_suffixes", "abbreviations", "name_suffixes", "legal_form_suffixes", "place_org_suffixes", "han_org_suffixes", "han_name_followers", "han_surnames", "han_name_breaks", "han_run_openers", "han_run_breaks", "lexicon_verb_tails", "former_prefixes", "title_small_words", "quoted_name_kinds", "alias_cues", "infobox_name_keys", "han_business_suffixes", "han_legal_forms", "han_zone_words", "title_gap_fillers",
                           "of_name_heads", "name_particles", "given_names", "latin_surnames", "han_person_verbs", "titles",
                           "title_joiners", "clause_coordinators", "relative_pronouns", "list_descriptors", "subject_adverbs", "reporting_after", "reporting_before", "han_unit_suffixes", "han_organization_verbs",
                           "han_noun_suffixes", "object_coordinators", "hedges", "han_product_kinds", "organization_kinds",
                           "adjective_suffixes", "possessive_markers"});
    if (const auto* list = file_.optional(root, "patterns"))
      for (const auto& item : file_.array(*list, "\"patterns\"").GetArray()) pattern(item);
    if (const auto* list = file_.optional(root, "titles"))
      for (const auto& item : file_.array(*list, "\"titles\"").GetArray()) title(item);
    for (const auto& word : file_.strings(root, "title_joiners")) rules_.title_joiners_.push_back(fold_literal(word));
    for (const auto& word : file_.strings(root, "clause_coordinators"))
      rules_.clause_coordinators_.push_back(fold_literal(word));
    for (const auto& word : file_.strings(root, "organization_kinds"))
      rules_.organization_kinds_.push_back(text::normalize_nfkc(word).text);
    for (const auto& word : file_.strings(root, "possessive_markers"))
      rules_.possessive_markers_.push_back(fold_literal(word));
    for (const auto& word : file_.strings(root, "han_product_kinds"))
      rules_.han_product_kinds_.push_back(text::normalize_nfkc(word).text);
    for (const auto& word : file_.strings(root, "object_coordinators"))
      rules_.object_coordinators_.insert(fold_literal(word));
    for (const auto& word : file_.strings(root, "relative_pronouns")) rules_.relative_pronouns_.push_back(fold_literal(word));
    for (const auto& word : file_.strings(root, "list_descriptors")) rules_.list_descriptors_.push_back(fold_literal(word));
    for (const auto& word : file_.strings(root, "subject_adverbs")) rules_.subject_adverbs_.push_back(fold_literal(word));
    for (const auto& word : file_.strings(root, "reporting_after")) rules_.reporting_after_.push_back(fold_literal(word));
    for (const auto& word : file_.strings(root, "reporting_before")) rules_.reporting_before_.push_back(fold_literal(word));
    if (const auto* list = file_.optional(root, "pronouns"))
      for (const auto& item : file_.array(*list, "\"pronouns\"").GetArray()) pronoun(item);
    for (const auto& word : file_.strings(root, "negations"))
      rules_.cues_keys_add(fold_literal(word), Cue{Cue::Kind::Negation, 0, Reference::None});
    // Hedges ("报道称", "reportedly") put the rest of the sentence in doubt, past commas.
    for (const auto& word : file_.strings(root, "hedges"))
      rules_.cues_keys_add(fold_literal(word), Cue{.kind = Cue::Kind::Negation, .hedge = true});
    for (const auto& word : file_.strings(root, "stopwords")) rules_.stopwords_.insert(fold_key(word));
    for (const auto& word : file_.strings(root, "product_suffixes"))
      rules_.product_suffixes_.insert(fold_key(word));
    for (const auto& word : file_.strings(root, "name_suffixes"))
      rules_.name_suffixes_.insert(fold_key(word));
    for (const auto& word : file_.strings(root, "place_org_suffixes"))
      rules_.place_org_suffixes_.push_back(text::normalize_nfkc(word).text);
    // Longest first: 广播电视台 before 电视台.
    std::stable_sort(rules_.place_org_suffixes_.begin(), rules_.place_org_suffixes_.end(),
                     [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    for (const auto& word : file_.strings(root, "legal_form_suffixes")) {
      rules_.legal_form_suffixes_.insert(fold_key(word));
      rules_.name_suffixes_.insert(fold_key(word));
    }
    for (const auto& word : file_.strings(root, "of_name_heads")) rules_.of_name_heads_.insert(fold_key(word));
    for (const auto& word : file_.strings(root, "name_particles")) rules_.name_particles_.push_back(word);
    // Longest first, so that "van der" is tried before "van".
    std::stable_sort(rules_.name_particles_.begin(), rules_.name_particles_.end(),
                     [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    for (const auto& word : file_.strings(root, "adjective_suffixes"))
      rules_.adjective_suffixes_.insert(fold_key(word));
    for (const auto& word : file_.strings(root, "han_org_suffixes"))
      rules_.han_org_suffixes_.push_back(text::normalize_nfkc(word).text);
    for (const auto& word : file_.strings(root, "han_organization_verbs"))
      rules_.han_organization_verbs_.push_back(text::normalize_nfkc(word).text);
    for (const auto& word : file_.strings(root, "han_unit_suffixes"))
      rules_.han_unit_suffixes_.push_back(text::normalize_nfkc(word).text);
    for (const auto& word : file_.strings(root, "han_name_followers"))
      rules_.han_name_followers_.push_back(text::normalize_nfkc(word).text);
    for (const auto& word : file_.strings(root, "given_names")) rules_.given_names_.insert(unaccented(fold_key(word)));
    for (const auto& word : file_.strings(root, "latin_surnames"))
      rules_.latin_surnames_.insert(unaccented(fold_key(word)));
    for (const auto& word : file_.strings(root, "han_person_verbs"))
      rules_.han_person_verbs_.push_back(text::normalize_nfkc(word).text);
    for (const auto& word : file_.strings(root, "han_noun_suffixes"))
      for (std::size_t pos = 0; pos < word.size();) rules_.han_noun_suffixes_.insert(text::decode_next(word, pos));
    for (const auto& word : file_.strings(root, "han_surnames"))
      rules_.han_surnames_.insert(text::normalize_nfkc(word).text);
    for (const auto& word : file_.strings(root, "han_name_breaks"))
      for (std::size_t pos = 0; pos < word.size();) rules_.han_name_breaks_.insert(text::decode_next(word, pos));
    for (const auto& word : file_.strings(root, "han_run_openers")) {
      rules_.han_run_openers_.push_back(text::normalize_nfkc(word).text);
      const std::string& opener = rules_.han_run_openers_.back();
      std::size_t pos = 0;
      const char32_t first = text::decode_next(opener, pos);
      if (pos == opener.size()) rules_.han_single_openers_.insert(first);
    }
    for (const auto& word : file_.strings(root, "title_small_words")) rules_.title_small_words_.push_back(word);
    // Longest first: 英文名称 before 英文名, 中文名称 before 中文名.
    nfkc_words(root, "alias_cues", rules_.alias_cues_, true);
    nfkc_words(root, "infobox_name_keys", rules_.infobox_name_keys_, true);
    for (const auto& word : file_.strings(root, "title_gap_fillers")) rules_.title_gap_fillers_.push_back(fold_literal(word));
    longest_first(rules_.title_gap_fillers_);
    nfkc_words(root, "han_legal_forms", rules_.han_legal_forms_);
    nfkc_words(root, "han_zone_words", rules_.han_zone_words_);
    nfkc_words(root, "han_business_suffixes", rules_.han_business_suffixes_);
    nfkc_words(root, "quoted_name_kinds", rules_.quoted_name_kinds_);
    nfkc_words(root, "former_prefixes", rules_.former_prefixes_);
    nfkc_words(root, "lexicon_verb_tails", rules_.lexicon_verb_tails_);
    for (const auto& word : file_.strings(root, "han_run_breaks"))
      for (std::size_t pos = 0; pos < word.size();) rules_.han_run_breaks_.insert(text::decode_next(word, pos));
    for (const auto& word : file_.strings(root, "abbreviations"))
      rules_.abbreviations_.insert(fold_literal(word));
  }

 private:
  void pattern(const rapidjson::Value& item) {
    file_.object(item, "a pattern");
    file_.only_keys(item, {"id", "lang", "pattern", "predicate", "subject", "object", "relations",
                           "titles", "confidence", "introduces", "negation", "pairwise", "example", "description"});
    Pattern p;
    p.id = file_.string(item, "id");
    for (const auto& other : rules_.patterns_)
      if (other.id == p.id) file_.fail(file_.required(item, "id"), "duplicate pattern id \"" + p.id + "\"");
    const std::string lang = file_.string_or(item, "lang", "any");
    if (lang != "zh" && lang != "en" && lang != "any")
      file_.fail(file_.required(item, "lang"), "\"lang\" must be \"zh\", \"en\" or \"any\"");
    const auto& source = file_.required(item, "pattern");
    try {
      compile_pattern(file_.string(item, "pattern"), ontology_, p);
    } catch (const PatternSyntaxError& e) {
      file_.fail(source, std::string(e.what()) + " (at character " + std::to_string(e.offset + 1) +
                             " of the pattern)");
    }
    if (const auto* scope = file_.optional(item, "negation")) {
      const std::string negation = file_.string(item, "negation");
      if (negation == "phrase") p.phrase_negation = true;
      else if (negation != "clause") file_.fail(*scope, "\"negation\" must be \"clause\" or \"phrase\"");
    }
    p.pairwise = file_.boolean_or(item, "pairwise", false);
    p.confidence = file_.number_or(item, "confidence", 0.8);
    if (!(p.confidence > 0.0 && p.confidence <= 1.0))
      file_.fail(file_.required(item, "confidence"), "\"confidence\" must be in (0, 1]");
    if (file_.optional(item, "predicate")) relation(item, p);
    if (const auto* list = file_.optional(item, "relations"))
      for (const auto& r : file_.array(*list, "\"relations\"").GetArray()) {
        file_.object(r, "a relation");
        file_.only_keys(r, {"predicate", "subject", "object"});
        relation(r, p);
      }
    const bool uses_titles = p.elements[p.trigger].kind == ElementKind::Titles;
    if (const auto* spec = file_.optional(item, "titles")) {
      if (!uses_titles) file_.fail(*spec, "\"titles\" needs a {titles} element in the pattern");
      file_.object(*spec, "the slots of the titles");
      file_.only_keys(*spec, {"subject", "object"});
      for (const char* role : {"subject", "object"}) {
        const auto slot = slot_index(p, file_.string(*spec, role));
        if (slot == UINT32_MAX)
          file_.fail(file_.required(*spec, role), std::string("\"") + role + "\" names no slot of the pattern");
        (role[0] == 's' ? p.titles_subject : p.titles_object) = static_cast<std::int32_t>(slot);
      }
    } else if (uses_titles && !p.discovers) {
      file_.fail(source, "a pattern with {titles} needs \"titles\": {\"subject\": ..., \"object\": ...} or a \"new\" slot");
    }
    if (const auto* intro = file_.optional(item, "introduces")) {
      const auto slot = slot_index(p, file_.string(item, "introduces"));
      if (slot == UINT32_MAX) file_.fail(*intro, "\"introduces\" names no slot of the pattern");
      p.introduces = static_cast<std::int32_t>(slot);
    }
    if (!p.yields_relations() && !p.discovers && p.introduces < 0)
      file_.fail(item, "the pattern neither yields a relation nor discovers a name");
    const auto index = static_cast<std::uint32_t>(rules_.patterns_.size());
    if (uses_titles) rules_.title_patterns_.push_back(RuleSet::PendingTitles{index, file_.name()});
    for (const auto& alternative : p.elements[p.trigger].alternatives)
      rules_.cues_keys_add(alternative, Cue{Cue::Kind::Trigger, index, Reference::None});
    rules_.patterns_.push_back(std::move(p));
  }

  // The typed predicate named by `item`'s "predicate", or a failure at it.
  std::vector<Predicate>::const_iterator typed_predicate(const rapidjson::Value& item) const {
    const auto& pred_value = file_.required(item, "predicate");
    const std::string name = file_.string(item, "predicate");
    const auto& predicates = ontology_.predicates();
    const auto it = std::find_if(predicates.begin(), predicates.end(),
                                 [&](const Predicate& q) { return q.name == name; });
    if (it == predicates.end()) file_.fail(pred_value, "unknown predicate \"" + name + "\"");
    if (!it->typed) file_.fail(pred_value, "\"" + name + "\" is not a typed predicate");
    return it;
  }

  void title(const rapidjson::Value& item) {
    file_.object(item, "a title entry");
    file_.only_keys(item, {"predicate", "forms"});
    const auto predicate = static_cast<std::uint32_t>(typed_predicate(item) - ontology_.predicates().begin());
    for (const auto& form : file_.strings(item, "forms"))
      if (const std::string folded = fold_literal(form); !folded.empty())
        rules_.titles_.push_back(TitleForm{folded, predicate});
  }

  void relation(const rapidjson::Value& item, Pattern& p) {
    const auto& pred_value = file_.required(item, "predicate");
    const auto it = typed_predicate(item);
    const std::string& name = it->name;
    const auto& predicates = ontology_.predicates();
    RelationSpec spec;
    spec.predicate = static_cast<std::uint32_t>(it - predicates.begin());
    for (const char* role : {"subject", "object"}) {
      const auto slot = slot_index(p, file_.string(item, role));
      if (slot == UINT32_MAX)
        file_.fail(file_.required(item, role), std::string("\"") + role + "\" names no slot of the pattern");
      (role[0] == 's' ? spec.subject : spec.object) = slot;
    }
    bool fits = false;
    for (auto s : p.slots[spec.subject].types)
      for (auto o : p.slots[spec.object].types)
        fits = fits || Ontology::admits(*it, ontology_.types()[s].name, ontology_.types()[o].name);
    if (!fits)
      file_.fail(pred_value, "no type of the slots fits the domain and range of \"" + name + "\"");
    p.relations.push_back(spec);
  }

  void pronoun(const rapidjson::Value& item) {
    file_.object(item, "a pronoun entry");
    file_.only_keys(item, {"forms", "refers", "case", "salient", "epithet"});
    const std::string refers = file_.string(item, "refers");
    bool object_case = false, subject_case = false;
    if (item.HasMember("case")) {
      const std::string grammatical_case = file_.string(item, "case");
      if (grammatical_case == "object") object_case = true;
      else if (grammatical_case == "subject") subject_case = true;
      else if (grammatical_case != "any") file_.fail(item["case"], "\"case\" must be object, subject or any");
    }
    Reference reference;
    if (refers == "self") reference = Reference::Self;
    else if (refers == "person") reference = Reference::Person;
    else if (refers == "nearest") reference = Reference::Nearest;
    else if (refers == "organization") reference = Reference::Organization;
    else if (refers == "speaker-organization") reference = Reference::SpeakerOrganization;
    else if (refers == "none") reference = Reference::None;
    else file_.fail(file_.required(item, "refers"),
                    "\"refers\" must be self, person, nearest, organization, speaker-organization or none");
    const bool salient = file_.boolean_or(item, "salient", false);
    if (salient && reference != Reference::Organization)
      file_.fail(item["salient"], "\"salient\" applies to pronouns that refer to an organization");
    const bool epithet = file_.boolean_or(item, "epithet", false);
    if (epithet && reference != Reference::Organization)
      file_.fail(item["epithet"], "\"epithet\" applies to pronouns that refer to an organization");
    for (const auto& form : file_.strings(item, "forms"))
      rules_.cues_keys_add(fold_literal(form), Cue{.kind = Cue::Kind::Pronoun, .reference = reference, .object_case = object_case, .subject_case = subject_case, .salient = salient, .epithet = epithet});
  }

  const JsonFile& file_;
  const Ontology& ontology_;
  RuleSet& rules_;
};

std::uint32_t RuleSet::organization_kind_start(std::string_view norm, std::uint32_t floor, std::uint32_t end) const {
  constexpr std::uint32_t kMaxDescription = 40;  // bytes of "手机厂商", "氢燃料电池动力系统企业", "the AI chipmaker"
  for (const auto& kind : organization_kinds_) {
    if (end < floor + kind.size() || norm.compare(end - kind.size(), kind.size(), kind) != 0) continue;
    // Back over the description's other words (手机, "the AI") to where the clause starts.
    std::uint32_t at = end - static_cast<std::uint32_t>(kind.size());
    while (at > floor && end - at <= kMaxDescription && !is_clause_punct(cp_before(norm, at)))
      at = static_cast<std::uint32_t>(prev_start(norm, at));
    if (at == floor || is_clause_punct(cp_before(norm, at))) return at;
  }
  return end;
}

void RuleSet::cues_keys_add(std::string key, Cue cue) {
  if (key.empty()) return;
  cues_.push_back(cue);
  cue_keys_.emplace_back(std::move(key), static_cast<std::uint32_t>(cues_.size() - 1));
}

void RuleSet::finish(const Ontology& ontology) {
  const auto& types = ontology.types();
  for (std::size_t i = 0; i < types.size(); ++i)
    if (types[i].name == "Person") person_type_ = static_cast<std::uint32_t>(i);
    else if (types[i].name == "Organization") organization_type_ = static_cast<std::uint32_t>(i);
    else if (types[i].name == "Product") product_type_ = static_cast<std::uint32_t>(i);
    else if (types[i].name == "Place") place_type_ = static_cast<std::uint32_t>(i);
    else if (types[i].name == "Work") work_type_ = static_cast<std::uint32_t>(i);
  auto longest_first = [](const auto& a, const auto& b) { return a.size() > b.size(); };
  std::stable_sort(titles_.begin(), titles_.end(),
                   [&](const TitleForm& a, const TitleForm& b) { return longest_first(a.form, b.form); });
  std::stable_sort(title_joiners_.begin(), title_joiners_.end(), longest_first);
  std::stable_sort(clause_coordinators_.begin(), clause_coordinators_.end(), longest_first);
  std::stable_sort(list_descriptors_.begin(), list_descriptors_.end(), longest_first);
  const auto itself = [](const std::string& s) { return std::string_view(s); };
  title_index_ = LiteralIndex(titles_, [](const TitleForm& t) { return std::string_view(t.form); });
  const auto han = [](const std::string& s) { return !s.empty() && text::is_han(cp_at(s, 0)); };
  for (const auto& title : titles_)
    if (han(title.form) && text::count_code_points(title.form) >= 2) han_title_ends_.push_back(title.form);
  for (const auto& joiner : title_joiners_)
    if (han(joiner) && !is_han_name_break(cp_at(joiner, 0))) han_title_ends_.push_back(joiner);
  title_joiner_index_ = LiteralIndex(title_joiners_, itself);
  clause_coordinator_index_ = LiteralIndex(clause_coordinators_, itself);
  relative_pronoun_index_ = LiteralIndex(relative_pronouns_, itself);
  subject_adverb_index_ = LiteralIndex(subject_adverbs_, itself);
  list_descriptor_index_ = LiteralIndex(list_descriptors_, itself);
  reporting_after_index_ = LiteralIndex(reporting_after_, itself);
  reporting_before_index_ = LiteralIndex(reporting_before_, itself);
  for (const auto& pending : title_patterns_) {
    if (titles_.empty())
      throw SourceError(ErrorKind::Data, pending.file,
                        "pattern \"" + patterns_[pending.pattern].id + "\" uses {titles}, but no pattern file lists \"titles\"");
    for (const auto& title : titles_)
      cues_keys_add(title.form, Cue{.kind = Cue::Kind::Trigger, .pattern = pending.pattern, .title = true});
  }
  title_patterns_.clear();
  for (const auto& [key, id] : cue_keys_) automaton_.add(key, id);
  automaton_.build();
  cue_keys_.clear();
}

RuleSet RuleSet::load(const std::filesystem::path& path, const Ontology& ontology) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    for (const auto& entry : std::filesystem::directory_iterator(path, ec))
      if (entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    if (files.empty()) throw SourceError(ErrorKind::Data, path.string(), "no *.json pattern file in this folder");
  } else {
    files.push_back(path);
  }
  RuleSet rules;
  for (const auto& f : files) {
    const JsonFile file = JsonFile::load(f, ErrorKind::Data);
    RuleFileReader(file, ontology, rules).run();
  }
  rules.finish(ontology);
  return rules;
}

RuleSet RuleSet::parse(std::string content, std::string name, const Ontology& ontology) {
  const JsonFile file = JsonFile::parse(std::move(content), std::move(name), ErrorKind::Data);
  RuleSet rules;
  RuleFileReader(file, ontology, rules).run();
  rules.finish(ontology);
  return rules;
}

}  // namespace kg::extract
