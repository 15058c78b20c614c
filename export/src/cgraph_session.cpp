#include "cgraph_session.hpp"

#include <spdlog/spdlog.h>

#include <stdexcept>

namespace kg::io::detail {

namespace {

std::mutex& cgraph_mutex() {
  static std::mutex mutex;
  return mutex;
}

int forward_to_log(char* message) {
  std::string text(message);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  spdlog::warn("graphviz: {}", text);
  return 0;
}

}  // namespace

CgraphSession::CgraphSession()
    : lock_(cgraph_mutex()), previous_handler_(agseterrf(forward_to_log)) {}

CgraphSession::~CgraphSession() { agseterrf(previous_handler_); }

Agraph_t* CgraphSession::read_dot(const std::string& dot) {
  Agraph_t* graph = agmemread(dot.c_str());
  if (!graph) throw std::runtime_error("graphviz could not read the DOT text");
  return graph;
}

GVC_t* CgraphSession::context() {
  // Kept for the life of the process: gvContext() loads the plugin configuration, which is
  // costly, and gvc cannot be used from two threads anyway.
  static GVC_t* shared = gvContext();
  if (!shared) throw std::runtime_error("graphviz could not create a layout context");
  return shared;
}

}  // namespace kg::io::detail
