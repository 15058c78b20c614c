#include "kg/extract/parallel_extraction.hpp"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace kg::extract {

using ResultPtr = std::shared_ptr<const DocumentResult>;

struct ParallelExtraction::Impl {
  struct Piece {
    std::future<ResultPtr> result;
    bool continues = false;
    std::size_t bytes = 0;
  };

  const Extractor& extractor;
  KnowledgeGraph& graph;
  unsigned threads;
  MergedCallback on_merged;
  std::optional<DocumentId> last_document;
  double merge_seconds = 0;
  std::deque<Piece> in_flight;  // submission order

  std::mutex mutex;
  std::condition_variable work_ready;
  std::deque<std::packaged_task<ResultPtr()>> queue;
  bool stopping = false;
  std::vector<std::thread> workers;

  Impl(const Extractor& e, KnowledgeGraph& g, unsigned n, MergedCallback callback)
      : extractor(e), graph(g), threads(n == 0 ? default_thread_count() : n), on_merged(std::move(callback)) {
    if (threads > 1)
      for (unsigned i = 0; i < threads; ++i) workers.emplace_back([this] { work(); });
  }

  ~Impl() {
    {
      const std::lock_guard lock(mutex);
      stopping = true;
    }
    work_ready.notify_all();
    for (auto& worker : workers) worker.join();
  }

  void work() {
    for (;;) {
      std::packaged_task<ResultPtr()> task;
      {
        std::unique_lock lock(mutex);
        work_ready.wait(lock, [this] { return stopping || !queue.empty(); });
        if (queue.empty()) return;
        task = std::move(queue.front());
        queue.pop_front();
      }
      task();  // an exception is stored in the future and rethrown by merge_oldest()
    }
  }

  void merge(const DocumentResult& result, bool continues, std::size_t bytes) {
    const auto start = std::chrono::steady_clock::now();
    const auto report = extractor.merge(graph, result, continues ? last_document : std::nullopt);
    last_document = report.document;
    merge_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (on_merged) on_merged(report, bytes);
  }

  void merge_oldest() {
    Piece piece = std::move(in_flight.front());
    in_flight.pop_front();
    const ResultPtr result = piece.result.get();
    merge(*result, piece.continues, piece.bytes);
  }
};

ParallelExtraction::ParallelExtraction(const Extractor& extractor, KnowledgeGraph& graph, unsigned threads,
                                       MergedCallback on_merged)
    : impl_(std::make_unique<Impl>(extractor, graph, threads, std::move(on_merged))) {}

ParallelExtraction::~ParallelExtraction() = default;

void ParallelExtraction::submit(std::string document_name, std::string text, bool continues_previous) {
  Impl& m = *impl_;
  const std::size_t bytes = text.size();
  if (m.workers.empty()) {
    m.merge(*m.extractor.extract(document_name, text), continues_previous, bytes);
    return;
  }
  while (m.in_flight.size() >= 2 * static_cast<std::size_t>(m.threads)) m.merge_oldest();
  std::packaged_task<ResultPtr()> task(
      [&extractor = m.extractor, name = std::move(document_name), text = std::move(text)] {
        return extractor.extract(name, text);
      });
  m.in_flight.push_back({task.get_future(), continues_previous, bytes});
  {
    const std::lock_guard lock(m.mutex);
    m.queue.push_back(std::move(task));
  }
  m.work_ready.notify_one();
}

void ParallelExtraction::finish() {
  while (!impl_->in_flight.empty()) impl_->merge_oldest();
}

unsigned ParallelExtraction::threads() const { return impl_->threads; }

double ParallelExtraction::merge_seconds() const { return impl_->merge_seconds; }

unsigned default_thread_count() {
  const unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : cores;
}

}  // namespace kg::extract
