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

// agwrite's channel is a std::string that collects the output.
int put_string(void* channel, const char* text) {
  static_cast<std::string*>(channel)->append(text);
  return 0;
}
int flush_nothing(void*) { return 0; }

Agiodisc_t memory_io{nullptr, put_string, flush_nothing};
Agdisc_t memory_disc{&AgMemDisc, &AgIdDisc, &memory_io};

}  // namespace

CgraphSession::CgraphSession()
    : lock_(cgraph_mutex()), previous_handler_(agseterrf(forward_to_log)) {}

CgraphSession::~CgraphSession() { agseterrf(previous_handler_); }

Agraph_t* CgraphSession::open_digraph(const char* name) {
  Agraph_t* graph = agopen(const_cast<char*>(name), Agdirected, &memory_disc);
  if (!graph) throw std::runtime_error("graphviz could not create a graph");
  return graph;
}

std::string CgraphSession::write_dot(Agraph_t* graph) {
  std::string text;
  if (agwrite(graph, &text) != 0) throw std::runtime_error("graphviz could not write the DOT text");
  return text;
}

GVC_t* CgraphSession::context() {
  // Kept for the life of the process: gvContext() loads the plugin configuration, which is
  // costly, and gvc cannot be used from two threads anyway.
  static GVC_t* shared = gvContext();
  if (!shared) throw std::runtime_error("graphviz could not create a layout context");
  return shared;
}

}  // namespace kg::io::detail
