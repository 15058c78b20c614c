// write_all(): every file goes to a temporary name in the output directory, is flushed,
// fsync'd and closed with each step checked, and only then renamed over the old file, so a
// failure at any point (full disk, killed process) leaves the previous version intact.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ostream>
#include <streambuf>
#include <string>
#include <system_error>
#include <vector>

#include "kg/io/export.hpp"
#include "kg/text/source_error.hpp"

namespace kg::io {

namespace {

// A stream buffer writing to a POSIX descriptor; remembers the first errno so the caller
// can report "No space left on device" rather than a bare stream failure.
class DescriptorBuf : public std::streambuf {
 public:
  explicit DescriptorBuf(int fd) : fd_(fd), buffer_(1 << 16) {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type ch) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(ch);
      pbump(1);
    }
    return traits_type::not_eof(ch);
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  bool drain() {
    const char* data = pbase();
    std::size_t left = static_cast<std::size_t>(pptr() - pbase());
    while (left > 0) {
      const ssize_t n = ::write(fd_, data, left);
      if (n < 0) {
        if (errno == EINTR) continue;
        error_ = errno;
        return false;
      }
      data += n;
      left -= static_cast<std::size_t>(n);
    }
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return true;
  }

  int fd_;
  std::vector<char> buffer_;
  int error_ = 0;
};

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& problem) {
  throw SourceError(ErrorKind::Output, path.string(), problem);
}

std::string errno_text(int error) { return std::strerror(error); }

// Makes the rename durable; failing here does not endanger either version of the file.
void sync_directory(const std::filesystem::path& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

void write_atomically(Format format, const KnowledgeGraph& graph, const Ontology& ontology,
                      const std::filesystem::path& target, const ExportOptions& options) {
  // Appended piecewise: g++ 12 warns falsely (-Wrestrict) on "literal" + std::string at -O3.
  std::string hidden_name(".");
  hidden_name.append(target.filename().string()).append(".XXXXXX");
  std::string temp = (target.parent_path() / hidden_name).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) fail(target, "cannot create a temporary file: " + errno_text(errno));
  const auto discard = [&](const std::string& problem) {
    ::unlink(temp.c_str());
    fail(target, problem);
  };

  DescriptorBuf buffer(fd);
  std::ostream out(&buffer);
  std::string problem;
  try {
    write(format, graph, ontology, out, options);
    out.flush();
    if (!out) problem = "cannot write: " + errno_text(buffer.error() ? buffer.error() : EIO);
  } catch (const std::exception& e) {
    problem = buffer.error() ? "cannot write: " + errno_text(buffer.error()) : e.what();
  }
  if (problem.empty() && ::fsync(fd) != 0) problem = "cannot sync: " + errno_text(errno);
  if (::close(fd) != 0 && problem.empty()) problem = "cannot close: " + errno_text(errno);
  if (!problem.empty()) discard(problem);
  if (::chmod(temp.c_str(), 0644) != 0) discard("cannot set permissions: " + errno_text(errno));
  if (::rename(temp.c_str(), target.c_str()) != 0)
    discard("cannot rename the temporary file into place: " + errno_text(errno));
}

}  // namespace

std::vector<std::filesystem::path> write_all(const KnowledgeGraph& graph, const Ontology& ontology,
                                             const std::filesystem::path& outdir,
                                             const std::vector<Format>& formats,
                                             const ExportOptions& options, const std::string& stem) {
  std::error_code error;
  std::filesystem::create_directories(outdir, error);
  if (error) fail(outdir, "cannot create the output directory: " + error.message());
  if (!std::filesystem::is_directory(outdir)) fail(outdir, "not a directory");

  std::vector<std::filesystem::path> written;
  for (const Format format : formats) {
    const auto target = outdir / (stem + "." + std::string(file_extension(format)));
    write_atomically(format, graph, ontology, target, options);
    written.push_back(target);
  }
  sync_directory(outdir);
  return written;
}

}  // namespace kg::io
