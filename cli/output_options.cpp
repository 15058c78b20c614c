#include "output_options.hpp"

#include "commands.hpp"

namespace kg::cli {

std::vector<io::Format> parse_formats(const std::vector<std::string>& names) {
  std::vector<io::Format> formats;
  for (const auto& name : names) {
    try {
      formats.push_back(io::parse_format(name));
    } catch (const std::invalid_argument& e) {
      throw CommandFailure(kUsage, e.what());
    }
  }
  return formats;
}

io::ExportOptions export_options(const Context& context) {
  io::ExportOptions options;
  options.base_iri = context.base_iri;
  options.generator = std::string("kg ") + KG_VERSION;
  return options;
}

}  // namespace kg::cli
