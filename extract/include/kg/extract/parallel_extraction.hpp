// Extracts pieces of text on worker threads and merges the results into a graph in the
// order they were submitted, so that the graph is the same for any number of threads.
// At most two pieces per thread are in flight, which bounds memory whatever the input.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "kg/extract/extractor.hpp"
#include "kg/graph/knowledge_graph.hpp"

namespace kg::extract {

class ParallelExtraction {
 public:
  // Called on the submitting thread after each piece is merged, in submission order.
  using MergedCallback = std::function<void(const DocumentReport&, std::size_t bytes)>;

  // `threads` == 0 means one per core; 1 runs everything on the caller's thread.
  ParallelExtraction(const Extractor& extractor, KnowledgeGraph& graph, unsigned threads,
                     MergedCallback on_merged = {});
  // Stops the workers; pieces not yet merged by finish() are dropped.
  ~ParallelExtraction();
  ParallelExtraction(const ParallelExtraction&) = delete;
  ParallelExtraction& operator=(const ParallelExtraction&) = delete;

  // Queues `text` as a new document, or as the next piece of the document submitted
  // just before (`continues_previous`). May merge earlier pieces while it waits for room.
  void submit(std::string document_name, std::string text, bool continues_previous);
  // Merges everything submitted. Rethrows the first exception a worker raised.
  void finish();

  unsigned threads() const;
  // Seconds the submitting thread spent merging (the rest of the time is extraction).
  double merge_seconds() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The number of worker threads `threads` == 0 stands for: the cores this process may use.
unsigned default_thread_count();

}  // namespace kg::extract
