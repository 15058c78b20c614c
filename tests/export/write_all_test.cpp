#include <doctest/doctest.h>

#include <sys/resource.h>

#include <csignal>
#include <fstream>

#include "export_fixture.hpp"
#include "kg/io/export.hpp"
#include "kg/io/import.hpp"
#include "kg/text/source_error.hpp"

using namespace kg;
using namespace kg::test;

namespace {

const std::vector<io::Format> kAll{io::Format::Dot, io::Format::Svg, io::Format::GraphML,
                                   io::Format::Gexf, io::Format::JsonLd};

std::size_t files_in(const std::filesystem::path& dir) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir)) ++n;
  return n;
}

}  // namespace

TEST_CASE("write_all creates the directory and writes every format, nothing else") {
  ScratchDir dir("write-all");
  const auto out = dir / "nested" / "out";
  const auto written = io::write_all(sample_graph(), bundled_ontology(), out, kAll);
  REQUIRE(written.size() == 5);
  for (const auto& path : written) {
    CAPTURE(path);
    CHECK(path.parent_path() == out);
    CHECK(std::filesystem::file_size(path) > 100);
    CHECK((std::filesystem::status(path).permissions() & std::filesystem::perms::others_read) !=
          std::filesystem::perms::none);
  }
  CHECK(written[0].filename() == "graph.dot");
  CHECK(written[4].filename() == "graph.jsonld");
  CHECK(files_in(out) == 5);  // no temporary file left behind
  CHECK(io::read_graph(written[4], bundled_ontology()).entity_count() == sample_graph().entity_count());
}

TEST_CASE("a failed write leaves the previous file intact and no temporary file") {
  ScratchDir dir("write-all-fail");
  KnowledgeGraph small;
  small.add_entity("Only", "Person");
  const auto first = io::write_all(small, bundled_ontology(), dir.path(), {io::Format::GraphML});
  const std::string before = read_file(first[0]);

  // graph.jsonld is a non-empty directory: the rename into place must fail.
  std::filesystem::create_directories(dir / "graph.jsonld" / "keep");
  try {
    io::write_all(sample_graph(), bundled_ontology(), dir.path(), {io::Format::JsonLd});
    FAIL("write_all succeeded over a directory");
  } catch (const SourceError& e) {
    INFO(std::string(e.what()));
    CHECK(e.kind() == ErrorKind::Output);
    CHECK(e.file() == (dir / "graph.jsonld").string());
    CHECK(e.problem().find("rename") != std::string::npos);
  }
  CHECK(read_file(first[0]) == before);
  CHECK(std::filesystem::is_directory(dir / "graph.jsonld" / "keep"));
  CHECK(files_in(dir.path()) == 2);  // graph.graphml and the directory
}

TEST_CASE("an output directory that cannot be created is an Output error naming it") {
  ScratchDir dir("write-all-blocked");
  write_file(dir / "file", "not a directory");
  try {
    io::write_all(sample_graph(), bundled_ontology(), dir / "file" / "out", {io::Format::Dot});
    FAIL("write_all wrote below a regular file");
  } catch (const SourceError& e) {
    CHECK(e.kind() == ErrorKind::Output);
    CHECK(e.file() == (dir / "file" / "out").string());
  }
}

TEST_CASE("a file that cannot grow (as on a full disk) is reported; the previous file stays") {
  ScratchDir dir("write-all-full");
  const auto first = io::write_all(KnowledgeGraph{}, bundled_ontology(), dir.path(), {io::Format::JsonLd});
  const std::string before = read_file(first[0]);
  // A file size limit makes write() fail with EFBIG the way a full disk fails with ENOSPC.
  rlimit saved{};
  REQUIRE(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
  const auto previous_handler = std::signal(SIGXFSZ, SIG_IGN);
  rlimit small = saved;
  small.rlim_cur = 4096;
  REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
  std::string problem;
  try {
    io::write_all(sample_graph(), bundled_ontology(), dir.path(), {io::Format::JsonLd});
  } catch (const SourceError& e) {
    problem = e.what();
  }
  ::setrlimit(RLIMIT_FSIZE, &saved);
  std::signal(SIGXFSZ, previous_handler);
  CHECK(problem.find("graph.jsonld") != std::string::npos);
  CHECK(problem.find("cannot write") != std::string::npos);
  CHECK(read_file(first[0]) == before);
  CHECK(files_in(dir.path()) == 1);
}

TEST_CASE("writers report a stream that fails") {
  if (!std::filesystem::exists("/dev/full")) {
    MESSAGE("skipped: no /dev/full");
    return;
  }
  std::ofstream full("/dev/full", std::ios::binary);
  REQUIRE(full.is_open());
  CHECK_THROWS_AS(io::write_jsonld(sample_graph(), bundled_ontology(), full), std::ios_base::failure);
  std::ofstream full2("/dev/full", std::ios::binary);
  CHECK_THROWS_AS(io::write_graphml(sample_graph(), bundled_ontology(), full2), std::ios_base::failure);
  std::ofstream full3("/dev/full", std::ios::binary);
  CHECK_THROWS_AS(io::write_dot(sample_graph(), bundled_ontology(), full3), std::ios_base::failure);
}
