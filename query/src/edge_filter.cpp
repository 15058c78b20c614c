#include "kg/query/edge_filter.hpp"

#include <algorithm>

namespace kg::query {
namespace {

bool contains(const std::vector<std::string>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

EdgeFilter::EdgeFilter(const Ontology& ontology, std::vector<std::string> predicates,
                       bool include_untyped)
    : only_(std::move(predicates)), include_untyped_(include_untyped) {
  // Linear lists, not hash sets: an ontology has a handful of predicates and comparing a
  // few short strings is cheaper than hashing one on every edge of a traversal.
  for (const auto& p : ontology.predicates()) {
    if (!p.typed) untyped_.push_back(p.name);
    if (p.symmetric) symmetric_.push_back(p.name);
  }
}

bool EdgeFilter::admits(std::string_view predicate) const {
  if (!only_.empty()) return contains(only_, predicate);
  return include_untyped_ || !contains(untyped_, predicate);
}

bool EdgeFilter::symmetric(std::string_view predicate) const {
  return contains(symmetric_, predicate);
}

}  // namespace kg::query
