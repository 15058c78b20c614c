// `kg build --stats`: a line per stage with time, megabytes and rate, consistent with the
// input and the files written, and the peak memory; no progress line when stderr is a pipe.
#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>
#include <vector>

#include "run_command.hpp"

using namespace kg::test;
namespace fs = std::filesystem;

namespace {

struct StageFigures {
  double seconds = -1, megabytes = -1, rate = -1;
};

// Parses "stats: <stage> <s> s <MB> MB <rate> MB/s" lines; the stage name may hold spaces.
std::map<std::string, StageFigures> parse_stages(const std::string& output) {
  std::map<std::string, StageFigures> stages;
  std::istringstream lines(output);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("stats: ", 0) != 0 || line.find(" MB/s") == std::string::npos) continue;
    std::istringstream words(line.substr(7));
    std::vector<std::string> w;
    for (std::string word; words >> word;) w.push_back(word);
    REQUIRE(w.size() >= 7);
    const std::size_t n = w.size();
    std::string name = w[0];
    for (std::size_t i = 1; i + 6 < n; ++i) name += " " + w[i];
    stages[name] = {std::stod(w[n - 6]), std::stod(w[n - 4]), std::stod(w[n - 2])};
  }
  return stages;
}

}  // namespace

TEST_CASE("--stats times every stage and reports the peak memory") {
  TempDir dir("kg-stats");
  std::string text;
  for (int i = 0; i < 200; ++i) text += "OpenAI首席执行官山姆·奥特曼表示，公司将继续投入研发。Acme Robotics CEO Jane Doe said so.\n";
  std::ofstream(dir.path() / "news.txt", std::ios::binary) << text;
  const fs::path out = dir.path() / "out";
  const auto result = run_command(shell_quote(kg_binary().string()) + " build " +
                                  shell_quote((dir.path() / "news.txt").string()) + " -o " + shell_quote(out.string()) +
                                  " --formats graphml,jsonld --stats --no-summary 2>&1");
  REQUIRE(result.exit_code == 0);
  const auto stages = parse_stages(result.output);
  for (const char* stage : {"load knowledge", "read", "extract", "merge", "export graphml", "export jsonld", "total"})
    CHECK_MESSAGE(stages.count(stage) == 1, stage);
  REQUIRE(stages.count("read") == 1);
  const double input_mb = static_cast<double>(text.size()) / 1e6;
  CHECK(stages.at("read").megabytes == doctest::Approx(input_mb).epsilon(0.01));
  CHECK(stages.at("extract").megabytes == doctest::Approx(input_mb).epsilon(0.01));
  // Rate = bytes / time, up to the rounding of the printed time (ms) and rate (0.1 MB/s).
  const auto& extract = stages.at("extract");
  CHECK(extract.rate >= input_mb / (extract.seconds + 0.0005) - 0.05);
  if (extract.seconds > 0.001) CHECK(extract.rate <= input_mb / (extract.seconds - 0.0005) + 0.05);
  for (const char* format : {"graphml", "jsonld"}) {
    const double written = static_cast<double>(fs::file_size(out / (std::string("graph.") + format))) / 1e6;
    CHECK_MESSAGE(stages.at(std::string("export ") + format).megabytes == doctest::Approx(written).epsilon(0.01), format);
  }
  double sum = 0;
  for (const auto& [name, figures] : stages)
    if (name != "total") sum += figures.seconds;
  CHECK(std::abs(stages.at("total").seconds - sum) <= 0.0005 * static_cast<double>(stages.size()));  // printed to ms
  const auto memory = result.output.find("stats: peak memory ");
  REQUIRE(memory != std::string::npos);
  CHECK(std::stod(result.output.substr(memory + 19)) > 1.0);  // megabytes: at least the binary and its data
  // stderr is a pipe here: the progress line (drawn with \r) never appears.
  CHECK(result.output.find('\r') == std::string::npos);
}

TEST_CASE("without --stats nothing about stages is printed") {
  TempDir dir("kg-stats");
  std::ofstream(dir.path() / "a.txt", std::ios::binary) << "Acme Robotics CEO Jane Doe said so.\n";
  const auto result = run_command(shell_quote(kg_binary().string()) + " build " +
                                  shell_quote((dir.path() / "a.txt").string()) + " -o " +
                                  shell_quote((dir.path() / "out").string()) + " --formats jsonld --no-summary 2>&1");
  REQUIRE(result.exit_code == 0);
  CHECK(result.output.find("stats:") == std::string::npos);
}
