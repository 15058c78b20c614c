// What every kg subcommand shares: where the knowledge files are and how to log.
#pragma once

#include <CLI/CLI.hpp>

#include <filesystem>
#include <string>

#include "kg/extract/extractor.hpp"

namespace kg::cli {

struct Context {
  std::filesystem::path executable;   // argv[0], resolved
  int verbosity = 0;                  // -v: +1 each, -q: -1
  extract::KnowledgePaths knowledge;  // user overrides; empty = bundled defaults
  std::string base_iri = "https://w3id.org/kg/";
};

// Adds --ontology, --lexicon and --patterns to a subcommand.
void add_knowledge_options(CLI::App& command, Context& context);

// The bundled data folder: $KG_DATA_DIR, then <exe>/../share/kg, the install prefix's
// share/kg and the source tree's data/ - the first that holds ontology.json.
// Throws SourceError (Data) listing the places searched when none does.
std::filesystem::path bundled_data_dir(const std::filesystem::path& executable);

// The user's paths with bundled defaults filled in.
extract::KnowledgePaths resolve_knowledge(const Context& context);

// Sets spdlog's default logger (stderr) and level from the verbosity.
void configure_logging(int verbosity);

}  // namespace kg::cli
