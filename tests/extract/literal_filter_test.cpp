// The literal filter: its keys, its decisions against a naive substring check, and the
// property it exists for: a pattern it rules out never matches.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "discovery.hpp"
#include "document_state.hpp"
#include "knowledge.hpp"
#include "literal_filter.hpp"
#include "mention_stages.hpp"
#include "pattern_matcher.hpp"

using namespace kg;
using namespace kg::extract;

namespace {

const Knowledge& bundled() {
  static const Knowledge k = Knowledge::load(
      {KG_SOURCE_DIR "/data/ontology.json", KG_SOURCE_DIR "/data/lexicon.json", KG_SOURCE_DIR "/data/patterns"}, {});
  return k;
}

// The filter's question asked the slow way: does every required literal but the trigger
// have an alternative whose key is a substring of the sentence on its side of the trigger?
bool naive_may_match(const Pattern& p, std::string_view sentence, std::size_t trigger_begin, std::size_t trigger_end) {
  for (std::size_t e = 0; e < p.elements.size(); ++e) {
    const Element& element = p.elements[e];
    if (e == p.trigger || element.kind != ElementKind::Literal || element.optional) continue;
    const std::string_view side = e < p.trigger ? sentence.substr(0, trigger_begin) : sentence.substr(trigger_end);
    bool any = element.alternatives.empty();
    for (const auto& alternative : element.alternatives) {
      const std::string_view key = literal_key(alternative);
      any = any || key.empty() || side.find(key) != std::string_view::npos;
    }
    if (!any) return false;
  }
  return true;
}

// Present keys of the occurrences inside [begin, end).
LiteralFilter::Present present_in(const std::vector<LiteralFilter::Occurrence>& found, std::uint32_t begin,
                                  std::uint32_t end) {
  LiteralFilter::Present present;
  for (const auto& o : found)
    if (o.begin >= begin && o.end <= end) present.add(o);
  return present;
}

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("a literal's key is its longest piece without blanks") {
  CHECK(literal_key("ceo") == "ceo");
  CHECK(literal_key("chief executive officer") == "executive");
  CHECK(literal_key("is the") == "the");
  CHECK(literal_key("is a") == "is");
  CHECK(literal_key(" of ") == "of");
  CHECK(literal_key("  ").empty());
  CHECK(literal_key("首席执行官") == "首席执行官");
}

TEST_CASE("the filter's decisions equal the naive substring check on random sentences") {
  const Knowledge& k = bundled();
  const auto& patterns = k.rules.patterns();
  // Sentences made of the patterns' own literal pieces, so that most checks are close calls.
  std::vector<std::string> pieces{" ", "x", "的", ","};
  for (const auto& p : patterns)
    for (const auto& e : p.elements)
      for (const auto& a : e.alternatives) pieces.push_back(a);
  std::mt19937 rng(5);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  int allowed = 0, ruled_out = 0;
  for (int i = 0; i < 1000; ++i) {
    std::string sentence;
    for (int n = std::uniform_int_distribution<int>(0, 12)(rng); n > 0; --n) sentence += pieces[pick(rng)];
    const auto present = present_in(k.literals.scan(sentence), 0, static_cast<std::uint32_t>(sentence.size()));
    // Any span may stand for the trigger: the filter only compares positions.
    const auto tb = std::uniform_int_distribution<std::uint32_t>(0, static_cast<std::uint32_t>(sentence.size()))(rng);
    const auto te = std::uniform_int_distribution<std::uint32_t>(tb, static_cast<std::uint32_t>(sentence.size()))(rng);
    for (std::uint32_t p = 0; p < patterns.size(); ++p) {
      const bool fast = k.literals.may_match(p, present, tb, te);
      REQUIRE(fast == naive_may_match(patterns[p], sentence, tb, te));
      ++(fast ? allowed : ruled_out);
    }
  }
  CHECK(allowed > 0);
  CHECK(ruled_out > 0);
}

TEST_CASE("a key counts only inside the sentence and on its side of the trigger") {
  LiteralFilter::Present present;
  present.add({10, 13, 0});
  present.add({20, 23, 0});
  present.add({5, 8, 1});
  CHECK(present.ends_by(0, 13));
  CHECK_FALSE(present.ends_by(0, 12));
  CHECK(present.begins_from(0, 20));
  CHECK_FALSE(present.begins_from(0, 21));
  CHECK(present.ends_by(1, 8));
  CHECK_FALSE(present.begins_from(1, 6));
  CHECK_FALSE(present.ends_by(2, 100));
  CHECK_FALSE(present.begins_from(2, 0));
  present.clear();
  CHECK_FALSE(present.ends_by(0, 100));
  CHECK_FALSE(present.begins_from(0, 0));

  const Knowledge& k = bundled();
  // "by" is a required literal of passive patterns ("was acquired by {a}").
  const std::string text = "bought by x. y";
  const auto found = k.literals.scan(text);
  bool has_by = false;
  for (const auto& o : found) has_by = has_by || text.substr(o.begin, o.end - o.begin) == "by";
  CHECK(has_by);
}

TEST_CASE("no pattern the filter rules out matches, on the test articles") {
  const Knowledge& k = bundled();
  std::vector<std::filesystem::path> files{KG_SOURCE_DIR "/data/sample/altman-openai-sample.txt"};
  for (const auto& entry : std::filesystem::directory_iterator(KG_SOURCE_DIR "/tests/corpus"))
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  std::size_t tried = 0, ruled_out = 0;
  for (const auto& file : files) {
    const std::string text = read(file);
    DocumentState state(k, text);
    k.lexicon.find(state.doc, state.mentions);
    scan_cues(state);
    add_pronoun_mentions(state);
    discover_names(state);
    const auto found = k.literals.scan(state.doc.lower);
    for (const Sentence& s : state.sentences) {
      const auto present = present_in(found, s.begin, s.end);
      const auto [first, last] = state.mention_range(s);
      for (const CueHit& t : state.triggers) {
        if (t.begin < s.begin || t.end > s.end) continue;
        const std::uint32_t pattern = k.rules.cue(t.cue).pattern;
        ++tried;
        if (k.literals.may_match(pattern, present, t.begin, t.end)) continue;
        ++ruled_out;
        for (const bool capture : {true, false}) {
          const MatchScope scope{state.doc, s, state.mentions, first, last, capture, k.rules};
          CHECK_MESSAGE(!match_at(scope, k.rules.patterns()[pattern], t.begin, t.end),
                        file.filename().string() << ": " << k.rules.patterns()[pattern].id);
        }
      }
    }
  }
  CHECK(ruled_out > 0);
  CHECK(ruled_out < tried);
}
