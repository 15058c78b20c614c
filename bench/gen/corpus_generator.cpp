#include "corpus_generator.hpp"

#include <ostream>
#include <stdexcept>

#include "kg/ontology/json_file.hpp"

namespace kg::bench {

// A template cut into literal text and placeholders.
struct CorpusGenerator::Template {
  enum class Slot { None, Name, Number, Year };
  struct Segment {
    std::string literal;
    Slot slot = Slot::None;
    NameKind kind = NameKind::PersonEn;
    int which = 0;  // 0 for {PE}, 1 for {PE2}
  };
  std::vector<Segment> segments;
};

namespace {

using Template = CorpusGenerator::Template;

Template::Segment placeholder(const JsonFile& file, const rapidjson::Value& at, std::string name) {
  Template::Segment segment;
  if (!name.empty() && name.back() == '2') {
    segment.which = 1;
    name.pop_back();
  }
  static const std::pair<const char*, NameKind> kinds[] = {
      {"PE", NameKind::PersonEn}, {"PZ", NameKind::PersonZh}, {"OE", NameKind::OrganizationEn},
      {"OZ", NameKind::OrganizationZh}, {"X", NameKind::Product}};
  for (const auto& [key, kind] : kinds)
    if (name == key) {
      segment.slot = Template::Slot::Name;
      segment.kind = kind;
      return segment;
    }
  if (name == "N") segment.slot = Template::Slot::Number;
  else if (name == "Y") segment.slot = Template::Slot::Year;
  else file.fail(at, "unknown placeholder {" + name + "}");
  return segment;
}

std::vector<Template> parse_templates(const JsonFile& file, const rapidjson::Value& list) {
  std::vector<Template> templates;
  for (const auto& value : file.array(list, "templates").GetArray()) {
    if (!value.IsString()) file.fail(value, "a template must be a string");
    const std::string_view text(value.GetString(), value.GetStringLength());
    Template t;
    for (std::size_t pos = 0; pos < text.size();) {
      const auto open = text.find('{', pos);
      if (open != pos) {
        Template::Segment literal;
        literal.literal = std::string(text.substr(pos, open - pos));
        t.segments.push_back(std::move(literal));
        if (open == std::string_view::npos) break;
      }
      const auto close = text.find('}', open);
      if (close == std::string_view::npos) file.fail(value, "unclosed placeholder");
      t.segments.push_back(placeholder(file, value, std::string(text.substr(open + 1, close - open - 1))));
      pos = close + 1;
    }
    templates.push_back(std::move(t));
  }
  if (templates.empty()) file.fail(list, "no templates");
  return templates;
}

constexpr double kCastShare = 0.6;  // how often a sentence names one of the article's cast

}  // namespace

Language parse_language(const std::string& name) {
  if (name == "zh") return Language::Zh;
  if (name == "en") return Language::En;
  if (name == "mixed") return Language::Mixed;
  throw std::invalid_argument("unknown language '" + name + "' (zh, en or mixed)");
}

CorpusGenerator::CorpusGenerator(const std::filesystem::path& material, const CorpusOptions& options)
    : options_(options), random_(options.seed), zipf_(options.vocabulary, options.zipf_exponent) {
  const JsonFile file = JsonFile::load(material, ErrorKind::Data);
  vocabulary_ = std::make_unique<Vocabulary>(parse_name_parts(file, file.required(file.root(), "names")), options.seed);
  const auto& templates = file.object(file.required(file.root(), "templates"), "templates");
  en_ = parse_templates(file, file.required(templates, "en"));
  zh_ = parse_templates(file, file.required(templates, "zh"));
  mixed_ = parse_templates(file, file.required(templates, "mixed"));
}

CorpusGenerator::~CorpusGenerator() = default;

void CorpusGenerator::start_article() {
  switch (options_.language) {
    case Language::En: article_templates_ = &en_; break;
    case Language::Zh: article_templates_ = &zh_; break;
    case Language::Mixed: article_templates_ = random_.chance(0.2) ? &en_ : &mixed_; break;
  }
  latin_spacing_ = article_templates_ == &en_;
  for (auto& cast : cast_) {
    cast.clear();
    for (int i = 0; i < 3; ++i) cast.push_back(zipf_(random_));
  }
  paragraphs_left_ = 4 + static_cast<int>(random_.below(5));
  sentences_left_in_paragraph_ = 0;
}

std::string CorpusGenerator::draw(NameKind kind, int which) {
  const auto k = static_cast<std::size_t>(kind);
  std::uint64_t rank = 0;
  for (int attempt = 0; attempt < 4; ++attempt) {
    rank = random_.chance(kCastShare) ? cast_[k][random_.below(cast_[k].size())] : zipf_(random_);
    if (which == 0 || rank != drawn_[k][0]) break;  // a second name differs from the first
  }
  drawn_[k][which] = rank;
  return vocabulary_->name(kind, rank);
}

void CorpusGenerator::append_sentence(std::string& buffer) {
  if (sentences_left_in_paragraph_ == 0) {
    if (paragraphs_left_ == 0) {
      if (article_templates_) buffer += "\n";  // a blank line between articles
      start_article();
    }
    --paragraphs_left_;
    sentences_left_in_paragraph_ = 3 + static_cast<int>(random_.below(4));
  } else if (latin_spacing_) {
    buffer += ' ';
  }
  --sentences_left_in_paragraph_;
  const Template& t = (*article_templates_)[random_.below(article_templates_->size())];
  for (const auto& segment : t.segments) {
    switch (segment.slot) {
      case Template::Slot::None: buffer += segment.literal; break;
      case Template::Slot::Name: buffer += draw(segment.kind, segment.which); break;
      case Template::Slot::Number: buffer += std::to_string(2 + random_.below(98)); break;
      case Template::Slot::Year: buffer += std::to_string(2010 + random_.below(17)); break;
    }
  }
  if (sentences_left_in_paragraph_ == 0) buffer += "\n";
}

std::uint64_t CorpusGenerator::write(std::ostream& out, std::uint64_t bytes) {
  constexpr std::size_t kChunk = 1 << 20;  // stream in pieces: the corpus is never held whole
  std::string buffer;
  buffer.reserve(kChunk + 4096);
  std::uint64_t written = 0;
  while (written + buffer.size() < bytes) {
    append_sentence(buffer);
    if (buffer.size() >= kChunk) {
      out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      written += buffer.size();
      buffer.clear();
    }
  }
  out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  return written + buffer.size();
}

}  // namespace kg::bench
