#include "context.hpp"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdlib>

#include "kg/text/source_error.hpp"

namespace kg::cli {

void add_knowledge_options(CLI::App& command, Context& context) {
  command.add_option("--ontology", context.knowledge.ontology,
                     "Ontology file (default: the bundled data/ontology.json)")
      ->check(CLI::ExistingFile);
  command.add_option("--lexicon", context.knowledge.lexicon,
                     "Lexicon of known entities (default: the bundled data/lexicon.json)")
      ->check(CLI::ExistingFile);
  command.add_option("--patterns", context.knowledge.patterns,
                     "Pattern file or folder of *.json (default: the bundled data/patterns)")
      ->check(CLI::ExistingPath);
}

std::filesystem::path bundled_data_dir(const std::filesystem::path& executable) {
  namespace fs = std::filesystem;
  std::vector<fs::path> candidates;
  if (const char* env = std::getenv("KG_DATA_DIR"); env && *env) candidates.emplace_back(env);
  std::error_code ignored;
  const fs::path exe = fs::weakly_canonical(executable, ignored);
  if (!exe.empty()) candidates.push_back(exe.parent_path().parent_path() / "share" / "kg");
  candidates.emplace_back(KG_INSTALL_DATADIR);
  candidates.emplace_back(KG_SOURCE_DATADIR);
  std::string searched;
  for (const auto& dir : candidates) {
    if (fs::exists(dir / "ontology.json", ignored)) return dir;
    searched += (searched.empty() ? "" : ", ") + dir.string();
  }
  throw SourceError(ErrorKind::Data, "data folder",
                    "bundled data not found (searched " + searched + "); set KG_DATA_DIR");
}

extract::KnowledgePaths resolve_knowledge(const Context& context) {
  extract::KnowledgePaths paths = context.knowledge;
  if (paths.ontology.empty() || paths.lexicon.empty() || paths.patterns.empty()) {
    const auto data = bundled_data_dir(context.executable);
    if (paths.ontology.empty()) paths.ontology = data / "ontology.json";
    if (paths.lexicon.empty()) paths.lexicon = data / "lexicon.json";
    if (paths.patterns.empty()) paths.patterns = data / "patterns";
  }
  return paths;
}

void configure_logging(int verbosity) {
  auto logger = spdlog::stderr_color_mt("kg");
  logger->set_pattern("kg: %^%l%$: %v");
  spdlog::set_default_logger(logger);
  if (verbosity >= 2) spdlog::set_level(spdlog::level::trace);
  else if (verbosity == 1) spdlog::set_level(spdlog::level::debug);
  else if (verbosity == 0) spdlog::set_level(spdlog::level::info);
  else if (verbosity == -1) spdlog::set_level(spdlog::level::warn);
  else spdlog::set_level(spdlog::level::err);
}

}  // namespace kg::cli
