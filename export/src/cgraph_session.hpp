// Safe use of cgraph and gvc, which keep global state (error handler, plugin context) and are
// not thread-safe: every use happens while holding a CgraphSession, which serialises callers
// with one mutex and forwards cgraph's error messages to spdlog.
#pragma once

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>
#include <mutex>
#include <string>

namespace kg::io::detail {

class CgraphSession {
 public:
  CgraphSession();
  ~CgraphSession();
  CgraphSession(const CgraphSession&) = delete;
  CgraphSession& operator=(const CgraphSession&) = delete;

  // The graph described by `dot` (DOT text); throws std::runtime_error when cgraph refuses it.
  Agraph_t* read_dot(const std::string& dot);
  // The layout engine context, created once per process.
  GVC_t* context();

 private:
  std::unique_lock<std::mutex> lock_;
  agusererrf previous_handler_;
};

struct GraphCloser {
  void operator()(Agraph_t* graph) const { agclose(graph); }
};
using GraphHandle = std::unique_ptr<Agraph_t, GraphCloser>;

}  // namespace kg::io::detail
