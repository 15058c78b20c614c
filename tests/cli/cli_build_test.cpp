// `kg build` from the user's side: help, exit codes and messages for bad input, and
// that nothing already written is lost.
#include <doctest/doctest.h>

#include <unistd.h>

#include <fstream>

#include "run_command.hpp"

using namespace kg::test;
namespace fs = std::filesystem;

namespace {

CommandResult run_kg(const std::string& arguments) {
  return run_command(shell_quote(kg_binary().string()) + " " + arguments + " 2>&1");
}

std::string quoted(const fs::path& path) { return shell_quote(path.string()); }

}  // namespace

TEST_CASE("help explains the commands and the options") {
  const auto help = run_kg("--help");
  CHECK(help.exit_code == 0);
  CHECK(help.output.find("build") != std::string::npos);
  CHECK(help.output.find("Exit codes") != std::string::npos);
  const auto build_help = run_kg("build --help");
  CHECK(build_help.exit_code == 0);
  for (const char* option : {"--formats", "--ontology", "--lexicon", "--output", "--base-iri", "--max-evidence"})
    CHECK_MESSAGE(build_help.output.find(option) != std::string::npos, option);
}

TEST_CASE("bad usage exits 2") {
  TempDir dir("kg-cli");
  write_file(dir.path() / "a.txt", "OpenAI首席执行官山姆·奥特曼。");
  CHECK(run_kg("build").exit_code == 2);
  CHECK(run_kg("frobnicate").exit_code == 2);
  const auto format = run_kg("build " + quoted(dir.path() / "a.txt") + " -o " + quoted(dir.path() / "out") + " --formats dot,png");
  CHECK(format.exit_code == 2);
  CHECK(format.output.find("png") != std::string::npos);
}

TEST_CASE("a missing input exits 1 and names the file") {
  TempDir dir("kg-cli");
  const auto result = run_kg("build " + quoted(dir.path() / "nope.txt") + " -o " + quoted(dir.path() / "out"));
  CHECK(result.exit_code == 1);
  CHECK(result.output.find("nope.txt: no such file or directory") != std::string::npos);
  CHECK_FALSE(fs::exists(dir.path() / "out"));
}

TEST_CASE("a folder without text exits 1") {
  TempDir dir("kg-cli");
  fs::create_directories(dir.path() / "empty" / "sub");
  write_file(dir.path() / "empty" / "sub" / "image.png", "\x89PNG");
  const auto result = run_kg("build " + quoted(dir.path() / "empty") + " -o " + quoted(dir.path() / "out"));
  CHECK(result.exit_code == 1);
  CHECK(result.output.find("holds no .txt or .md file") != std::string::npos);
}

TEST_CASE("an unreadable file exits 1") {
  if (::geteuid() == 0) {
    MESSAGE("skipped: running as root, which reads any file");
    return;
  }
  TempDir dir("kg-cli");
  write_file(dir.path() / "secret.txt", "text");
  fs::permissions(dir.path() / "secret.txt", fs::perms::none);
  const auto result = run_kg("build " + quoted(dir.path() / "secret.txt") + " -o " + quoted(dir.path() / "out"));
  CHECK(result.exit_code == 1);
  CHECK(result.output.find("secret.txt: cannot open") != std::string::npos);
}

TEST_CASE("an empty file gives a valid empty graph") {
  TempDir dir("kg-cli");
  write_file(dir.path() / "empty.txt", "");
  const auto result = run_kg("build " + quoted(dir.path() / "empty.txt") + " -o " + quoted(dir.path() / "out") +
                         " --formats jsonld,graphml");
  CHECK_MESSAGE(result.exit_code == 0, result.output);
  CHECK(result.output.find("entities\t0") != std::string::npos);
  CHECK(fs::exists(dir.path() / "out" / "graph.jsonld"));
  CHECK(fs::exists(dir.path() / "out" / "graph.graphml"));
}

TEST_CASE("invalid UTF-8 is replaced, counted and warned about") {
  TempDir dir("kg-cli");
  write_file(dir.path() / "broken.txt", "OpenAI\xFF\xFE首席执行官山姆·奥特曼。");
  const auto result = run_kg("build " + quoted(dir.path() / "broken.txt") + " -o " + quoted(dir.path() / "out") +
                         " --formats jsonld");
  CHECK_MESSAGE(result.exit_code == 0, result.output);
  CHECK(result.output.find("broken.txt: 2 bytes of invalid UTF-8 replaced") != std::string::npos);
}

TEST_CASE("binary data is skipped with a warning") {
  TempDir dir("kg-cli");
  write_file(dir.path() / "blob.txt", std::string("\x7f" "ELF\0\0\0\x01", 8));
  write_file(dir.path() / "good.txt", "Anthropic的Claude。");
  const auto result = run_kg("build " + quoted(dir.path()) + " -o " + quoted(dir.path() / "out") + " --formats jsonld");
  CHECK_MESSAGE(result.exit_code == 0, result.output);
  CHECK(result.output.find("blob.txt: skipped: binary data") != std::string::npos);
  CHECK(result.output.find("documents\t1") != std::string::npos);
}

TEST_CASE("a malformed ontology exits 3 with file, line and column") {
  TempDir dir("kg-cli");
  write_file(dir.path() / "a.txt", "text");
  write_file(dir.path() / "bad-ontology.json", "{\n  \"types\": [\n    {\"name\": \"Person\",}\n  ]\n}\n");
  const auto result = run_kg("build " + quoted(dir.path() / "a.txt") + " -o " + quoted(dir.path() / "out") +
                         " --ontology " + quoted(dir.path() / "bad-ontology.json"));
  CHECK(result.exit_code == 3);
  CHECK_MESSAGE(result.output.find("bad-ontology.json:3:") != std::string::npos, result.output);
}

TEST_CASE("an output folder that cannot be created exits 4 and keeps earlier files") {
  TempDir dir("kg-cli");
  write_file(dir.path() / "a.txt", "Anthropic的Claude。");
  write_file(dir.path() / "not-a-dir", "I am a file");
  const auto result = run_kg("build " + quoted(dir.path() / "a.txt") + " -o " + quoted(dir.path() / "not-a-dir" / "out"));
  CHECK(result.exit_code == 4);
  CHECK(result.output.find("not-a-dir") != std::string::npos);

  // A second run into the same folder replaces the files whole.
  const fs::path out = dir.path() / "out";
  REQUIRE(run_kg("build " + quoted(dir.path() / "a.txt") + " -o " + quoted(out) + " --formats jsonld").exit_code == 0);
  const auto first_size = fs::file_size(out / "graph.jsonld");
  REQUIRE(run_kg("build " + quoted(dir.path() / "a.txt") + " -o " + quoted(out) + " --formats jsonld").exit_code == 0);
  CHECK(fs::file_size(out / "graph.jsonld") == first_size);
  for (const auto& entry : fs::directory_iterator(out))
    CHECK_MESSAGE(entry.path().filename().string().rfind("graph.", 0) == 0, "stray file " << entry.path());
}

TEST_CASE("standard input is read with -") {
  TempDir dir("kg-cli");
  const auto result = run_command("printf 'Anthropic的Claude。' | " + shell_quote(kg_binary().string()) +
                                  " build - -o " + quoted(dir.path() / "out") + " --formats jsonld 2>&1");
  CHECK_MESSAGE(result.exit_code == 0, result.output);
  CHECK(result.output.find("documents\t1") != std::string::npos);
}
