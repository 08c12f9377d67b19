#include "app/data_keys.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace sinergi::app {
namespace {

core::Error Bad(std::string message) {
  return core::Error::Invalid("data_key.invalid", std::move(message));
}

}  // namespace

core::Result<std::shared_ptr<const core::KeyRing>> LoadDataKeys(const Config& config) {
  std::string text;
  if (!config.data_key_file.empty()) {
    const std::string& path = config.data_key_file;
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
      return Bad("security.data_key_file: cannot read " + path + ": " + std::strerror(errno));
    }
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
      return Bad("security.data_key_file: " + path +
                 " is readable by group or others; restrict it to its owner (chmod 600 " + path + ").");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return Bad("security.data_key_file: cannot open " + path);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    text = buffer.str();
  } else if (!config.data_keys.empty()) {
    text = NormalizeKeyRingText(config.data_keys);
  } else {
    return std::shared_ptr<const core::KeyRing>();
  }
  auto ring = core::KeyRing::Parse(text);
  std::fill(text.begin(), text.end(), '\0');
  if (!ring) return ring.error();
  return std::make_shared<const core::KeyRing>(std::move(*ring));
}

core::Status WriteNewKeyFile(const std::string& path, const std::string& key_line) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    if (errno == EEXIST) {
      return core::Error::Conflict("data_key.file_exists",
                                   path +
                                       " already exists; a key file is never overwritten (keys in it may still "
                                       "be needed to read the data).");
    }
    return core::Error::Unavailable("cannot create " + path + ": " + std::strerror(errno));
  }
  std::string content =
      "# Sinergi data key ring (field-level encryption at rest). Keep it secret, back it up apart from the\n"
      "# database: without it the sealed fields cannot be read. The first key seals new values.\n" +
      key_line + "\n";
  const char* p = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      ::unlink(path.c_str());
      return core::Error::Unavailable("cannot write " + path + ": " + std::strerror(err));
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  std::fill(content.begin(), content.end(), '\0');
  if (::fsync(fd) != 0 || ::close(fd) != 0) return core::Error::Unavailable("cannot write " + path);
  return core::Status();
}

}  // namespace sinergi::app
