// Backtracking index join: each step enumerates the matches of one triple pattern given the
// variables bound so far, anchored on a bound end whenever there is one.
#include <algorithm>

#include "incidence.hpp"
#include "plan.hpp"

namespace kg::query::detail {
namespace {

class Join {
 public:
  Join(const KnowledgeGraph& graph, const EdgeFilter& typed, const Plan& plan, std::size_t max_solutions)
      : graph_(graph), typed_(typed), plan_(plan), max_solutions_(max_solutions), values_(plan.variables.size()),
        bound_(plan.variables.size(), false), edges_(plan.patterns) {}

  std::vector<Solution> run(bool& truncated) {
    step(0);
    truncated = truncated_;
    return std::move(solutions_);
  }

 private:
  // Binds `slot` to `value` or checks it against its binding; remembers new bindings in
  // `undo`. A constant entity slot checks membership.
  bool bind(const Slot& slot, Value value, ValueKind kind, std::vector<int>& undo) {
    if (!slot.is_variable()) {
      if (kind == ValueKind::Entity)
        return std::binary_search(slot.entities.begin(), slot.entities.end(), value.entity);
      return slot.name == value.name;
    }
    const auto var = static_cast<std::size_t>(slot.variable);
    if (bound_[var]) {
      return kind == ValueKind::Entity ? values_[var].entity == value.entity
                                       : values_[var].name == value.name;
    }
    values_[var] = value;
    bound_[var] = true;
    undo.push_back(slot.variable);
    return true;
  }

  void unbind(const std::vector<int>& undo) {
    for (const int var : undo) bound_[static_cast<std::size_t>(var)] = false;
  }

  // The entities a slot can be right now, or nullptr when it is an unbound variable.
  const std::vector<Vertex>* candidates(const Slot& slot, std::vector<Vertex>& scratch) const {
    if (!slot.is_variable()) return &slot.entities;
    const auto var = static_cast<std::size_t>(slot.variable);
    if (!bound_[var]) return nullptr;
    scratch.assign(1, values_[var].entity);
    return &scratch;
  }

  void step(std::size_t index) {
    // Once full, every open loop above unwinds through here without going deeper.
    if (solutions_.size() >= max_solutions_) {
      truncated_ = true;
      return;
    }
    if (index == plan_.steps.size()) {
      solutions_.push_back(Solution{values_, edges_});
      return;
    }
    const Step& s = plan_.steps[index];
    if (s.type_constraint) type_step(index, s);
    else relation_step(index, s);
  }

  void type_step(std::size_t index, const Step& s) {
    const Graph& g = graph_.graph();
    std::vector<Vertex> scratch;
    const auto try_vertex = [&](Vertex v) {
      std::vector<int> undo;
      if (bind(s.subject, Value{v, {}}, ValueKind::Entity, undo) &&
          bind(s.object, Value{0, g[v].type}, ValueKind::Type, undo)) {
        edges_[s.pattern].reset();
        step(index + 1);
      }
      unbind(undo);
    };
    if (const auto* subjects = candidates(s.subject, scratch)) {
      for (const Vertex v : *subjects) try_vertex(v);
    } else {
      for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) try_vertex(v);
    }
  }

  void relation_step(std::size_t index, const Step& s) {
    std::optional<std::string_view> predicate;
    if (!s.predicate.is_variable()) predicate = s.predicate.name;
    else if (bound_[static_cast<std::size_t>(s.predicate.variable)])
      predicate = values_[static_cast<std::size_t>(s.predicate.variable)].name;

    std::vector<Vertex> subject_scratch, object_scratch;
    const auto* subjects = candidates(s.subject, subject_scratch);
    const auto* objects = candidates(s.object, object_scratch);
    const auto on_match = [&](Edge e, Vertex subject, Vertex object, bool) {
      std::vector<int> undo;
      if (bind(s.subject, Value{subject, {}}, ValueKind::Entity, undo) &&
          bind(s.predicate, Value{0, graph_.predicate(e)}, ValueKind::Predicate, undo) &&
          bind(s.object, Value{object, {}}, ValueKind::Entity, undo)) {
        edges_[s.pattern] = e;
        step(index + 1);
      }
      unbind(undo);
    };
    // Anchor on the smaller bound candidate list; bind() filters the other end.
    const bool use_subjects = subjects && (!objects || subjects->size() <= objects->size());
    if (use_subjects) {
      const std::optional<Vertex> object = objects && objects->size() == 1 ? std::optional(objects->front()) : std::nullopt;
      for (const Vertex v : *subjects) for_each_match(graph_, typed_, v, predicate, object, on_match);
    } else if (objects) {
      for (const Vertex v : *objects) for_each_match(graph_, typed_, std::nullopt, predicate, v, on_match);
    } else {
      for_each_match(graph_, typed_, std::nullopt, predicate, std::nullopt, on_match);
    }
  }

  const KnowledgeGraph& graph_;
  const EdgeFilter& typed_;
  const Plan& plan_;
  const std::size_t max_solutions_;
  bool truncated_ = false;
  std::vector<Value> values_;
  std::vector<bool> bound_;
  std::vector<std::optional<Edge>> edges_;
  std::vector<Solution> solutions_;
};

}  // namespace

std::vector<Solution> evaluate(const KnowledgeGraph& graph, const EdgeFilter& typed, const Plan& plan,
                               std::size_t max_solutions, bool& truncated) {
  return Join(graph, typed, plan, max_solutions).run(truncated);
}

}  // namespace kg::query::detail
