// Registration of kg's subcommands on the CLI11 application. Each add_* function adds
// one subcommand and sets its callback; the callback throws SourceError or
// CommandFailure, which main() turns into a message and an exit code.
#pragma once

#include <CLI/CLI.hpp>

#include <stdexcept>

#include "context.hpp"
#include "exit_codes.hpp"

namespace kg::cli {

// A failure that is already explained to the user; carries the exit code.
class CommandFailure : public std::runtime_error {
 public:
  CommandFailure(int exit_code, const std::string& message)
      : std::runtime_error(message), exit_code_(exit_code) {}
  int exit_code() const { return exit_code_; }

 private:
  int exit_code_;
};

void add_build_command(CLI::App& app, Context& context);
void add_query_commands(CLI::App& app, Context& context);  // query, neighbors, path, stats

}  // namespace kg::cli
