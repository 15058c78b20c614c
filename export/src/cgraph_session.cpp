#include "cgraph_session.hpp"

#include <spdlog/spdlog.h>

#include <new>
#include <stdexcept>
#include <string>
#include <unordered_map>

namespace kg::io::detail {

namespace {

std::mutex& cgraph_mutex() {
  static std::mutex mutex;
  return mutex;
}

// Object ids. cgraph's own discipline (AgIdDisc) takes the address of an object's interned
// name as its id, and dot's layout orders nodes by id in places, so the SVG of one DOT text
// changed with wherever malloc had put the names. Here ids are numbered in the order objects
// appear in the DOT text, and the discipline keeps the names itself: leaving them to cgraph's
// internal map leaks its entries, which agclose of this cgraph version never frees.
struct IdTable {
  IDTYPE next = 1;
  std::unordered_map<std::string, IDTYPE> by_name;
  std::unordered_map<IDTYPE, std::string> names;
};

// These are C callbacks: nothing may throw through them, and 0 tells cgraph of a failure.
void* open_ids(Agraph_t*, Agdisc_t*) { return new (std::nothrow) IdTable; }

long map_id(void* state, int, char* name, IDTYPE* id, int create) {
  auto* table = static_cast<IdTable*>(state);
  if (!table) return 0;
  try {
    if (name) {
      if (auto found = table->by_name.find(name); found != table->by_name.end()) {
        *id = found->second;
        return 1;
      }
      if (!create) return 0;
      table->by_name.emplace(name, table->next);
      table->names.emplace(table->next, name);
    }
    *id = table->next;
    table->next += 2;  // odd, as cgraph numbers anonymous objects
    return 1;
  } catch (...) {
    return 0;
  }
}

long alloc_id(void*, int, IDTYPE) { return 0; }
void free_id(void*, int, IDTYPE) {}  // names live until the graph is closed

char* print_id(void* state, int, IDTYPE id) {
  auto* table = static_cast<IdTable*>(state);
  if (!table) return nullptr;
  auto found = table->names.find(id);
  return found == table->names.end() ? nullptr : found->second.data();
}

void close_ids(void* state) { delete static_cast<IdTable*>(state); }
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
