// kg-gen-corpus: writes a synthetic corpus for the benchmarks, streamed to one file or
// split over the files of a folder. Deterministic for a given seed.
#include <CLI/CLI.hpp>

#include <charconv>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "corpus_generator.hpp"
#include "kg/text/source_error.hpp"

namespace fs = std::filesystem;

namespace {

// "100MB", "1GB", "512KB", "4096" -> bytes (decimal units, as the issue states sizes).
std::uint64_t parse_size(const std::string& text) {
  std::uint64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end == text.data()) throw std::invalid_argument("bad size '" + text + "'");
  const std::string unit(end, text.data() + text.size());
  if (unit.empty() || unit == "B") return value;
  if (unit == "KB" || unit == "K") return value * 1000;
  if (unit == "MB" || unit == "M") return value * 1000 * 1000;
  if (unit == "GB" || unit == "G") return value * 1000 * 1000 * 1000;
  throw std::invalid_argument("bad size unit '" + unit + "' (B, KB, MB or GB)");
}

void write_file(kg::bench::CorpusGenerator& generator, const fs::path& path, std::uint64_t bytes) {
  std::ofstream out(path, std::ios::binary);
  if (!out) throw kg::SourceError(kg::ErrorKind::Output, path.string(), "cannot open for writing");
  generator.write(out, bytes);
  out.flush();
  if (!out) throw kg::SourceError(kg::ErrorKind::Output, path.string(), "write error");
}

fs::path default_material(const char* argv0) {
  const fs::path beside = fs::path(argv0).parent_path() / "corpus.json";
  return fs::exists(beside) ? beside : fs::path(KG_BENCH_GEN_DIR) / "corpus.json";
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("Writes a deterministic synthetic corpus (Chinese, English or mixed news text)");
  std::string size = "10MB", language = "mixed";
  kg::bench::CorpusOptions options;
  fs::path output, material = default_material(argv[0]);
  std::size_t files = 1;
  app.add_option("--size", size, "Total size: 1MB, 100MB, 1GB ...")->capture_default_str();
  app.add_option("--lang", language, "zh, en or mixed")->capture_default_str();
  app.add_option("--seed", options.seed, "Seed; the same seed gives the same bytes")->capture_default_str();
  app.add_option("--vocabulary", options.vocabulary, "Names per kind (people, organisations, products)")
      ->capture_default_str();
  app.add_option("--files", files, "Split over this many files in the folder OUTPUT")->capture_default_str();
  app.add_option("--material", material, "Name parts and templates (corpus.json)")->capture_default_str();
  app.add_option("-o,--output", output, "Output file (or folder with --files)")->required();
  CLI11_PARSE(app, argc, argv);
  try {
    options.language = kg::bench::parse_language(language);
    const std::uint64_t bytes = parse_size(size);
    if (files == 0 || options.vocabulary == 0) throw std::invalid_argument("--files and --vocabulary must be positive");
    kg::bench::CorpusGenerator generator(material, options);
    if (files == 1) {
      write_file(generator, output, bytes);
      return 0;
    }
    fs::create_directories(output);
    for (std::size_t i = 0; i < files; ++i) {
      char name[32];
      std::snprintf(name, sizeof name, "part-%06zu.txt", i);
      write_file(generator, output / name, bytes / files);
    }
  } catch (const std::exception& e) {
    std::cerr << "kg-gen-corpus: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
