// The vertices one side of a path search has reached, with how far and from where. A search
// from a hub reaches hundreds of thousands of vertices; a std::unordered_map gave each a heap
// node, and malloc became the search's main cost. Here they are 24-byte slots of one
// open-addressing table.
#pragma once

#include <cstdint>
#include <optional>

#include "kg/graph/boost_graph.hpp"
#include "kg/graph/detail/probe_table.hpp"

namespace kg::query::detail {

struct Reached {
  std::size_t distance;
  Vertex previous;
};

class Visited {
 public:
  explicit Visited(Vertex start) { add(start, Reached{0, start}); }

  // Records `v` unless it was reached before; true when it is new.
  bool add(Vertex v, Reached reached) {
    if (find(v)) return false;
    table_.insert(hash(v), Slot{v, reached}, [](const Slot& s) { return hash(s.vertex); });
    return true;
  }
  const Reached* find(Vertex v) const {
    const Slot* slot = table_.find(hash(v), [&](const Slot& s) { return s.vertex == v; });
    return slot ? &slot->reached : nullptr;
  }
  const Reached& at(Vertex v) const { return *find(v); }  // `v` was reached

 private:
  static constexpr Vertex kNone = ~Vertex{0};
  struct Slot {
    Vertex vertex = kNone;
    Reached reached{};
    bool empty() const { return vertex == kNone; }
  };
  static std::uint64_t hash(Vertex v) { return kg::detail::mix64(v); }

  kg::detail::ProbeTable<Slot> table_;
};

}  // namespace kg::query::detail
