#include "kg/graph/relation.hpp"

#include <algorithm>

namespace kg {

double Relation::confidence() const {
  double best = 0.0;
  for (const EvidenceView e : evidence) best = std::max(best, e.confidence);
  return best;
}

}  // namespace kg
