// EdgeVector: the container of each entity's out-edges and in-edges (two per entity, an
// entry per relation at each end). std::vector holds 24 bytes and doubles its capacity as
// it grows, leaving a third of it unused on average; Boost.Container's vector, with 32-bit
// sizes and a growth factor of 1.5, holds 16 bytes and leaves about a fifth. It is a class
// of its own so that Boost.Graph's container traits, found by argument-dependent lookup,
// can say what it is: a random-access, back-insertion sequence like std::vector.
#pragma once

#include <boost/container/vector.hpp>
#include <boost/pending/container_traits.hpp>

#include <cstdint>

namespace kg::detail {

template <class T>
using EdgeVectorBase = boost::container::vector<
    T, void,
    boost::container::vector_options_t<boost::container::growth_factor<boost::container::growth_factor_50>,
                                       boost::container::stored_size<std::uint32_t>>>;

template <class T>
class EdgeVector : public EdgeVectorBase<T> {
 public:
  using EdgeVectorBase<T>::EdgeVectorBase;
};

template <class T>
boost::graph_detail::vector_tag container_category(const EdgeVector<T>&) {
  return {};
}
template <class T>
boost::graph_detail::unstable_tag iterator_stability(const EdgeVector<T>&) {
  return {};
}

}  // namespace kg::detail
