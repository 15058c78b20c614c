// The names of one document's discovered mentions ("Keith Curry", "栖木科技"), each stored
// once with its fold key. Mentions carry an id instead of a string, so a name that occurs a
// thousand times is copied, folded and looked up once, and mentions stay plain data.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kg::extract {

class NameTable {
 public:
  // The id of `name`, added when new. Ids count from 0 in order of first appearance.
  std::uint32_t intern(std::string_view name);

  const std::string& name(std::uint32_t id) const { return names_[id]; }
  // fold_key(name(id)).
  const std::string& key(std::uint32_t id) const { return keys_[key_of_[id]]; }
  // Names with equal keys ("Keith Curry", "KeithCurry") share a key id; key ids count from
  // 0 in order of first appearance.
  std::uint32_t key_id(std::uint32_t id) const { return key_of_[id]; }

  std::uint32_t size() const { return static_cast<std::uint32_t>(names_.size()); }
  std::uint32_t key_count() const { return static_cast<std::uint32_t>(keys_.size()); }

 private:
  // Deques never move their elements, so the maps' views into them stay valid.
  std::deque<std::string> names_, keys_;
  std::vector<std::uint32_t> key_of_;
  std::unordered_map<std::string_view, std::uint32_t> name_ids_, key_ids_;
};

}  // namespace kg::extract
