// The pooled allocator of the graph's edge list: a std::list works on it as on
// std::allocator, freed cells are reused, and a copy never shares its pool.
#include <doctest/doctest.h>

#include <list>
#include <numeric>
#include <set>

#include "kg/graph/detail/node_pool.hpp"

using List = std::list<long, kg::detail::PoolAllocator<long>>;

TEST_CASE("a list on the pool holds, erases and reuses its nodes") {
  List list;
  for (long i = 0; i < 10000; ++i) list.push_back(i);
  CHECK(list.size() == 10000);
  CHECK(std::accumulate(list.begin(), list.end(), 0L) == 10000L * 9999 / 2);
  std::set<const long*> erased;
  for (auto it = list.begin(); it != list.end();)
    if (*it % 2 == 0) {
      erased.insert(&*it);
      it = list.erase(it);
    } else {
      ++it;
    }
  CHECK(list.size() == 5000);
  // New nodes take the freed cells before the pool grows.
  std::size_t reused = 0;
  for (long i = 0; i < 5000; ++i) {
    list.push_back(-i);
    reused += erased.count(&list.back());
  }
  CHECK(reused == 5000);
}

TEST_CASE("copies get pools of their own; moves take the pool along") {
  List original{1, 2, 3};
  const List copy = original;
  CHECK(copy.get_allocator() != original.get_allocator());
  CHECK(copy == List{1, 2, 3});
  List moved = std::move(original);
  CHECK(moved == List{1, 2, 3});
  moved.push_back(4);
  CHECK(moved.size() == 4);
}
