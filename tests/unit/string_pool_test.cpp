// The graph's string pool: one copy per distinct text, dense ids in first-seen order, texts
// that stay where they are through growth, copies and moves.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "kg/graph/detail/string_pool.hpp"

using kg::detail::StringPool;

TEST_CASE("each distinct text gets one id, in first-seen order") {
  StringPool pool;
  CHECK_FALSE(pool.find("a").has_value());
  CHECK(pool.intern("a") == 0);
  CHECK(pool.intern("bb") == 1);
  CHECK(pool.intern("a") == 0);
  CHECK(pool.intern("") == 2);
  CHECK(pool.find("bb") == 1u);
  CHECK(pool.find("") == 2u);
  CHECK(pool.size() == 3);
  CHECK(pool[0] == "a");
  CHECK(pool[1] == "bb");
  CHECK(pool[2].empty());
  CHECK(pool.text_bytes() >= 3);
}

TEST_CASE("texts of every length read back, and stay valid while the pool grows") {
  StringPool pool;
  std::vector<std::string> texts;
  // Lengths around the 1- and 2-byte length prefixes, and beyond a block of their own.
  for (const std::size_t length : {1, 127, 128, 129, 16383, 16384, 20000, 100000})
    texts.push_back(std::string(length, static_cast<char>('a' + texts.size())));
  for (int i = 0; i < 5000; ++i) texts.push_back("sentence number " + std::to_string(i));
  std::vector<std::string_view> views;
  for (const auto& t : texts) views.push_back(pool[pool.intern(t)]);
  for (std::size_t i = 0; i < texts.size(); ++i) {
    CHECK(views[i] == texts[i]);  // views taken early still read right
    CHECK(pool.find(texts[i]) == static_cast<std::uint32_t>(i));
  }
}

TEST_CASE("a copy holds its own texts under the same ids; a moved-from pool is empty and usable") {
  auto original = std::make_unique<StringPool>();
  for (int i = 0; i < 300; ++i) original->intern("text " + std::to_string(i));
  StringPool copy = *original;
  StringPool moved = std::move(*original);
  CHECK(original->size() == 0);
  CHECK(original->intern("fresh") == 0);
  original.reset();
  for (int i = 0; i < 300; ++i) {
    const std::string text = "text " + std::to_string(i);
    CHECK(copy[static_cast<std::uint32_t>(i)] == text);
    CHECK(moved[static_cast<std::uint32_t>(i)] == text);
    CHECK(copy.find(text) == static_cast<std::uint32_t>(i));
  }
  CHECK(copy.intern("text 300") == 300);
}
