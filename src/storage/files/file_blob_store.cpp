// The filesystem blob store. POSIX calls (open/write/fsync/rename) rather than iostreams: durability needs fsync of
// the file and of its directory, which std::ofstream cannot do.
#include "storage/files/file_blob_store.hpp"

#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <system_error>

#include "core/crypto.hpp"

namespace sinergi::storage::files {
namespace {

namespace fs = std::filesystem;

core::Error Unavailable(const std::string& what) {
  return core::Error(core::ErrorCode::kUnavailable, "blob.unavailable", "The attachment store failed: " + what);
}

bool IsAddress(const std::string& s) {
  return s.size() == 64 && s.find_first_not_of("0123456789abcdef") == std::string::npos;
}

// Writes all of `data` to a new file at `path` and fsyncs it.
core::Status WriteDurably(const fs::path& path, std::string_view data) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) return Unavailable("create " + path.filename().string() + ": " + std::strerror(errno));
  std::size_t written = 0;
  while (written < data.size()) {
    const ssize_t n = ::write(fd, data.data() + written, data.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const std::string why = std::strerror(errno);
      ::close(fd);
      return Unavailable("write: " + why);
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) {
    const std::string why = std::strerror(errno);
    ::close(fd);
    return Unavailable("fsync: " + why);
  }
  if (::close(fd) != 0) return Unavailable(std::string("close: ") + std::strerror(errno));
  return core::Ok();
}

void SyncDirectory(const fs::path& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);  // best effort: some filesystems refuse fsync on directories
  ::close(fd);
}

}  // namespace

core::Result<std::unique_ptr<FileBlobStore>> FileBlobStore::Open(fs::path root, const core::KeyRing* keys) {
  std::error_code ec;
  fs::create_directories(root, ec);
  if (ec || !fs::is_directory(root, ec)) {
    return Unavailable("attachments.dir " + root.string() + " is not a usable directory" +
                       (ec ? ": " + ec.message() : std::string()));
  }
  if (::access(root.c_str(), W_OK | X_OK) != 0) {
    return Unavailable("attachments.dir " + root.string() + " is not writable");
  }
  return std::unique_ptr<FileBlobStore>(new FileBlobStore(std::move(root), keys));
}

fs::path FileBlobStore::PathOf(const std::string& sha256) const {
  return root_ / sha256.substr(0, 2) / sha256;
}

core::Result<std::string> FileBlobStore::Put(std::string_view content) {
  if (keys_ == nullptr) {
    return core::Error(core::ErrorCode::kUnavailable, "data_key.missing",
                       "No data key is configured: attachments are never written in clear.");
  }
  std::string address = core::Sha256Hex(content);
  const fs::path final_path = PathOf(address);
  std::error_code ec;
  if (fs::exists(final_path, ec)) return address;  // content-addressed: the same bytes are there already
  const fs::path dir = final_path.parent_path();
  fs::create_directories(dir, ec);
  if (ec) return Unavailable("create " + dir.filename().string() + ": " + ec.message());
  const fs::path temp = dir / (".tmp-" + address + "-" + core::RandomToken(9));
  const std::string sealed = keys_->Seal(content);
  if (core::Status written = WriteDurably(temp, sealed); !written.ok()) {
    fs::remove(temp, ec);
    return written.error();
  }
  fs::rename(temp, final_path, ec);
  if (ec) {
    std::error_code ignored;
    fs::remove(temp, ignored);
    return Unavailable("rename: " + ec.message());
  }
  SyncDirectory(dir);
  return address;
}

core::Result<std::string> FileBlobStore::Get(const std::string& sha256) {
  if (!IsAddress(sha256)) return core::Error::NotFound("blob.not_found", "No blob has this address.");
  const fs::path path = PathOf(sha256);
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::error_code ec;
    if (!fs::exists(path, ec)) return core::Error::NotFound("blob.not_found", "No blob has this address.");
    return Unavailable("cannot read blob " + sha256);
  }
  std::string stored((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Unavailable("cannot read blob " + sha256);
  std::string plain;
  if (core::KeyRing::IsSealed(stored)) {
    if (keys_ == nullptr) {
      return core::Error(core::ErrorCode::kUnavailable, "data_key.missing", "No data key is configured.");
    }
    core::Result<std::string> opened = keys_->Open(stored);
    if (!opened) {
      if (opened.error().code() == core::ErrorCode::kInternal) {
        spdlog::error("blob store: blob {} fails authentication (tampered or corrupt)", sha256);
        return core::Error(core::ErrorCode::kInternal, "blob.corrupt", "A stored attachment is corrupt.");
      }
      return opened.error();
    }
    plain = std::move(*opened);
  } else {
    plain = std::move(stored);
  }
  if (core::Sha256Hex(plain) != sha256) {
    spdlog::error("blob store: blob {} does not match its address (tampered or corrupt)", sha256);
    return core::Error(core::ErrorCode::kInternal, "blob.corrupt", "A stored attachment is corrupt.");
  }
  return plain;
}

}  // namespace sinergi::storage::files
