#include <doctest/doctest.h>

#include <set>
#include <string>
#include <tuple>

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
