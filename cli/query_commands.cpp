// kg query, neighbors, path and stats: being written (issue 4).
#include "commands.hpp"

namespace kg::cli {

void add_query_commands(CLI::App&, Context&) {}

}  // namespace kg::cli
