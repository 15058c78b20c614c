// NameTable against a naive reference: a list of names searched linearly, keys folded anew.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "document_text.hpp"
#include "name_table.hpp"

using namespace kg::extract;

TEST_CASE("interned names keep their first id, and equal fold keys share a key id") {
  static const std::vector<std::string> pool = {"Keith Curry", "KeithCurry", "keith-curry", "栖木科技", "栖木 科技",
                                                "OpenAI", "Open AI", "ＯｐｅｎＡＩ", "Halyard Labs", "", "X"};
  std::mt19937 rng(9);
  NameTable table;
  std::vector<std::string> names, keys;  // the reference: ids are positions
  std::vector<std::uint32_t> ids;        // every id handed out, in order
  for (int i = 0; i < 2000; ++i) {
    // Names longer than the short-string buffer too, so that storage moves would show.
    std::string name = pool[std::uniform_int_distribution<std::size_t>(0, pool.size() - 1)(rng)];
    if (rng() % 3 == 0) name += " of the long name " + std::to_string(rng() % 40);
    const std::uint32_t id = table.intern(name);
    const auto at = std::find(names.begin(), names.end(), name);
    if (at == names.end()) {
      REQUIRE(id == names.size());
      names.push_back(name);
      const std::string key = fold_key(name);
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
    } else {
      REQUIRE(id == static_cast<std::uint32_t>(at - names.begin()));
    }
    ids.push_back(id);
  }
  REQUIRE(table.size() == names.size());
  REQUIRE(table.key_count() == keys.size());
  for (std::uint32_t id = 0; id < table.size(); ++id) {
    CHECK(table.name(id) == names[id]);
    CHECK(table.key(id) == fold_key(names[id]));
    const auto key_at = std::find(keys.begin(), keys.end(), table.key(id));
    CHECK(table.key_id(id) == static_cast<std::uint32_t>(key_at - keys.begin()));
  }
  CHECK(table.key_id(table.intern("Keith Curry")) == table.key_id(table.intern("KeithCurry")));
  CHECK(table.key_id(table.intern("OpenAI")) == table.key_id(table.intern("ＯｐｅｎＡＩ")));
  CHECK(table.key_id(table.intern("OpenAI")) != table.key_id(table.intern("Keith Curry")));
}
