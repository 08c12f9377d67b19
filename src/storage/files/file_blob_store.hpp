#pragma once
// The filesystem blob store (ports::BlobStore): attachment contents under a root directory, one file per blob at
// <root>/<first 2 hex of the address>/<address>. Writes go to a temp file in the same directory, are fsynced, then
// renamed into place (and the directory fsynced), so a crash leaves either the whole blob or none of it.
// With a key ring the file holds the plaintext sealed by the active data key (core::KeyRing::Seal, crypto_secretbox:
// a lost disk or backup never shows a document); without one, writes fail (kUnavailable "data_key.missing",
// like sealed columns). Reads open the file, then check its SHA-256 against the address: a mismatch (tampering,
// a corrupt disk) is kInternal "blob.corrupt" and logged. Thread-safe: writers of the same blob race only on the
// final rename, which is atomic and lands identical content.
#include <filesystem>
#include <memory>

#include "core/key_ring.hpp"
#include "domain/ports/blob_store.hpp"

namespace sinergi::storage::files {

class FileBlobStore final : public domain::ports::BlobStore {
 public:
  // Creates the root (and parents) if missing. `keys` may be null (then Put fails, as above) and must outlive the
  // store. Errors: kUnavailable "blob.unavailable" when the root cannot be created or is not a writable directory.
  static core::Result<std::unique_ptr<FileBlobStore>> Open(std::filesystem::path root, const core::KeyRing* keys);

  core::Result<std::string> Put(std::string_view content) override;
  core::Result<std::string> Get(const std::string& sha256) override;

  // Where the blob with this address lives (whether or not it exists); for tests and operators.
  std::filesystem::path PathOf(const std::string& sha256) const;

 private:
  FileBlobStore(std::filesystem::path root, const core::KeyRing* keys) : root_(std::move(root)), keys_(keys) {}

  std::filesystem::path root_;
  const core::KeyRing* keys_;
};

}  // namespace sinergi::storage::files
