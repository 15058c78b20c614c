#include <doctest/doctest.h>

#include <map>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "aho_corasick.hpp"

using kg::extract::AhoCorasick;

TEST_CASE("the automaton reports every occurrence of every key, overlapping ones too") {
  AhoCorasick ac;
  ac.add("he", 1);
  ac.add("she", 2);
  ac.add("hers", 3);
  ac.add("his", 4);
  ac.add("she", 5);  // a second value for the same key
  ac.build();
  std::set<std::tuple<std::size_t, std::uint32_t, std::uint32_t>> hits;  // end, value, length
  ac.scan("ushers", [&](std::size_t end, const AhoCorasick::Hit& h) { hits.emplace(end, h.value, h.length); });
  const std::set<std::tuple<std::size_t, std::uint32_t, std::uint32_t>> expected{
      {4, 2, 3}, {4, 5, 3}, {4, 1, 2}, {6, 3, 4}};
  CHECK(hits == expected);
}

TEST_CASE("the automaton handles multi-byte keys and an empty automaton") {
  AhoCorasick empty;
  empty.build();
  int calls = 0;
  empty.scan("anything", [&](std::size_t, const AhoCorasick::Hit&) { ++calls; });
  CHECK(calls == 0);

  AhoCorasick ac;
  ac.add("奥特曼", 7);
  ac.add("特曼", 8);
  ac.build();
  std::set<std::pair<std::size_t, std::uint32_t>> hits;
  const std::string text = "山姆·奥特曼说";
  ac.scan(text, [&](std::size_t end, const AhoCorasick::Hit& h) { hits.emplace(end - h.length, h.value); });
  const auto start = text.find("奥特曼");
  const std::set<std::pair<std::size_t, std::uint32_t>> expected{{start, 7u}, {start + 3, 8u}};
  CHECK(hits == expected);
}

TEST_CASE("the automaton agrees with a naive search, beyond the dense rows too") {
  // Many long keys make most states sparse (past the table budget). Keys cut from one
  // base text over few bytes overlap one another, so failure links often lead from deep
  // states to deep states; random keys over many bytes rarely do.
  std::mt19937 random(12345);  // fully specified by the standard: the same keys everywhere
  const auto next = [&](std::uint32_t bound) { return static_cast<std::uint32_t>(random() % bound); };
  for (const auto& [keys, alphabet, min_length, max_length, cut] :
       {std::tuple{5000u, 200u, 6u, 14u, false}, std::tuple{300u, 3u, 1u, 7u, false},
        std::tuple{30000u, 4u, 12u, 24u, true}}) {
    std::string base;
    while (base.size() < 100000) base.push_back(static_cast<char>(0x30 + next(alphabet)));
    AhoCorasick ac;
    std::vector<std::string> added;
    for (std::uint32_t v = 0; v < keys; ++v) {
      const std::uint32_t length = min_length + next(max_length - min_length + 1);
      std::string key;
      if (cut) {
        key = base.substr(next(static_cast<std::uint32_t>(base.size()) - length), length);
      } else {
        for (std::uint32_t i = 0; i < length; ++i) key.push_back(static_cast<char>(0x30 + next(alphabet)));
      }
      ac.add(key, v);
      added.push_back(key);
    }
    ac.build();
    std::string text;
    while (text.size() < 20000) {
      if (cut) text += base.substr(next(static_cast<std::uint32_t>(base.size()) - 500), 500);
      else if (next(3) == 0) text += added[next(keys)];
      else text.push_back(static_cast<char>(0x30 + next(alphabet)));
    }
    std::multiset<std::tuple<std::size_t, std::uint32_t, std::uint32_t>> found, expected;
    ac.scan(text, [&](std::size_t end, const AhoCorasick::Hit& h) { found.emplace(end, h.value, h.length); });
    std::multimap<std::string, std::uint32_t> values;
    for (std::uint32_t v = 0; v < keys; ++v) values.emplace(added[v], v);
    for (std::size_t end = 1; end <= text.size(); ++end)
      for (std::uint32_t length = min_length; length <= max_length && length <= end; ++length) {
        const auto [first, last] = values.equal_range(text.substr(end - length, length));
        for (auto it = first; it != last; ++it) expected.emplace(end, it->second, length);
      }
    CHECK(found.size() == expected.size());
    CHECK(found == expected);
  }
}

TEST_CASE("prefixes() gives the keys a text holds at one position, shortest first, equal keys as added") {
  std::mt19937 random(777);
  const auto next = [&](std::uint32_t bound) { return static_cast<std::uint32_t>(random() % bound); };
  for (const std::uint32_t alphabet : {2u, 5u, 60u}) {
    AhoCorasick ac;
    std::vector<std::string> added;
    for (std::uint32_t v = 0; v < 400; ++v) {
      std::string key;
      for (std::uint32_t i = 0, length = 1 + next(8); i < length; ++i) key.push_back(static_cast<char>('a' + next(alphabet)));
      if (next(10) == 0 && !added.empty()) key = added[next(static_cast<std::uint32_t>(added.size()))];  // a repeat
      ac.add(key, v);
      added.push_back(key);
    }
    ac.build();
    std::string text;
    for (int i = 0; i < 3000; ++i) text.push_back(static_cast<char>('a' + next(alphabet)));
    for (std::size_t from = 0; from < text.size(); ++from) {
      std::vector<std::pair<std::size_t, std::uint32_t>> found, expected;  // end, value
      ac.prefixes(text, from, [&](std::size_t end, const AhoCorasick::Hit& h) {
        CHECK(h.length == end - from);
        found.emplace_back(end, h.value);
      });
      for (std::size_t length = 1; from + length <= text.size() && length <= 8; ++length)
        for (std::uint32_t v = 0; v < added.size(); ++v)
          if (text.compare(from, length, added[v]) == 0) expected.emplace_back(from + length, v);
      REQUIRE(found == expected);
    }
  }
}
