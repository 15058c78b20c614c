// Output settings shared by the commands that write graph files (build, neighbors -o).
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "context.hpp"
#include "kg/io/export.hpp"

namespace kg::cli {

// Names given to --formats as formats; an unknown name is a usage error (CommandFailure).
std::vector<io::Format> parse_formats(const std::vector<std::string>& names);

// The exporters' settings from the command line: base IRI and this kg's version.
io::ExportOptions export_options(const Context& context);

}  // namespace kg::cli
