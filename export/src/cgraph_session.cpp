#include "cgraph_session.hpp"

#include <spdlog/spdlog.h>

#include <cstdlib>
#include <stdexcept>

namespace kg::io::detail {

namespace {

std::mutex& cgraph_mutex() {
  static std::mutex mutex;
  return mutex;
}

// Object ids. cgraph's own discipline (AgIdDisc) takes the address of an object's interned
// name as its id, and dot's layout orders nodes by id in places, so the SVG of one DOT text
// changed with wherever malloc had put the names (it did between two runs building the same
// graph with different allocations before). Here every object gets the next odd number, as
// cgraph gives unnamed ones, and cgraph keeps the names in its internal map: the ids follow
// the DOT text alone.
struct IdCounter {
  IDTYPE next;
};

void* open_ids(Agraph_t*, Agdisc_t*) {
  auto* counter = static_cast<IdCounter*>(std::malloc(sizeof(IdCounter)));  // C callbacks: no throwing
  if (counter) counter->next = 1;
  return counter;
}
long map_id(void* state, int, char* name, IDTYPE* id, int) {
  auto* counter = static_cast<IdCounter*>(state);
  if (name || !counter) return 0;  // names: cgraph stores them against an id from below
  *id = counter->next;
  counter->next += 2;
  return 1;
}
long alloc_id(void*, int, IDTYPE) { return 0; }
void free_id(void*, int, IDTYPE) {}
char* print_id(void*, int, IDTYPE) { return nullptr; }
void close_ids(void* state) { std::free(state); }
void register_id(void*, int, void*) {}

// Reading DOT text from memory a line at a time, as agmemread does.
struct TextReader {
  const std::string& text;
  std::size_t position = 0;
};

int read_text(void* channel, char* buffer, int size) {
  auto* reader = static_cast<TextReader*>(channel);
  int n = 0;
  while (n < size && reader->position < reader->text.size()) {
    const char c = reader->text[reader->position++];
    buffer[n++] = c;
    if (c == '\n') break;
  }
  return n;
}

// The disciplines of a graph read from text. cgraph keeps pointers to them for the graph's
// life, hence static.
Agdisc_t* text_discipline() {
  static Agiddisc_t ids{open_ids, map_id, alloc_id, free_id, print_id, close_ids, register_id};
  static Agiodisc_t io{read_text, AgIoDisc.putstr, AgIoDisc.flush};
  static Agdisc_t discipline{&AgMemDisc, &ids, &io};
  return &discipline;
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
  TextReader reader{dot};
  Agraph_t* graph = agread(&reader, text_discipline());
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
