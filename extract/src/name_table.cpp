#include "name_table.hpp"

#include "document_text.hpp"

namespace kg::extract {

std::uint32_t NameTable::intern(std::string_view name) {
  if (const auto it = name_ids_.find(name); it != name_ids_.end()) return it->second;
  const auto id = static_cast<std::uint32_t>(names_.size());
  const std::string& stored = names_.emplace_back(name);
  name_ids_.emplace(stored, id);
  std::string key = fold_key(stored);
  auto found = key_ids_.find(key);
  if (found == key_ids_.end()) {
    const std::string& kept = keys_.emplace_back(std::move(key));
    found = key_ids_.emplace(kept, static_cast<std::uint32_t>(keys_.size() - 1)).first;
  }
  key_of_.push_back(found->second);
  return id;
}

}  // namespace kg::extract
