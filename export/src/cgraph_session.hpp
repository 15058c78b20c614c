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

  // A new, empty directed graph whose agwrite() output goes to an in-memory buffer.
  Agraph_t* open_digraph(const char* name);
  // The DOT text of `graph` (agwrite); throws std::runtime_error when cgraph fails.
  std::string write_dot(Agraph_t* graph);
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
