// The kg command: parses the command line, runs one subcommand, maps failures to exit codes.
#include <spdlog/spdlog.h>

#include <iostream>

#include "commands.hpp"
#include "exit_codes.hpp"

int main(int argc, char** argv) {
  using namespace kg::cli;
  Context context;
  context.executable = argc > 0 ? argv[0] : "kg";

  CLI::App app{"kg: builds knowledge graphs from Chinese and English text", "kg"};
  app.set_version_flag("--version", std::string("kg ") + KG_VERSION);
  app.require_subcommand(1);
  app.fallthrough();
  app.add_flag_function("-v,--verbose", [&](std::int64_t n) { context.verbosity += static_cast<int>(n); },
                        "More log output on stderr (-vv for trace)");
  app.add_flag_function("-q,--quiet", [&](std::int64_t n) { context.verbosity -= static_cast<int>(n); },
                        "Less log output (-qq: errors only)");
  app.footer(
      "Exit codes: 0 success, 1 bad input (missing/unreadable/malformed input, unknown entity),\n"
      "2 bad usage or query syntax, 3 malformed ontology/lexicon/pattern file,\n"
      "4 output cannot be written, 70 internal error.\n"
      "Run 'kg COMMAND --help' for the options of a command.");
  add_build_command(app, context);
  add_query_commands(app, context);
  app.parse_complete_callback([&] { configure_logging(context.verbosity); });

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kOk : kUsage;
  } catch (const CommandFailure& e) {
    spdlog::error("{}", e.what());
    return e.exit_code();
  } catch (const kg::SourceError& e) {
    spdlog::error("{}", e.what());
    return exit_code_for(e.kind());
  } catch (const std::exception& e) {
    spdlog::critical("internal error: {}", e.what());
    return kInternal;
  }
  return kOk;
}
