#pragma once
// The store of attachment contents (domain/case_attachment.hpp): content-addressed bytes kept outside the database.
// A blob's address is the lowercase hex SHA-256 of its plaintext, so the same file uploaded twice is stored once and
// a blob cannot be swapped without the address (held in the database) giving it away. Backends may seal the bytes
// at rest (storage/files/file_blob_store.hpp seals with the data key ring). There is no delete: blobs go with the
// retention of their cases (a later issue). Thread-safe: many threads may Put and Get at once.
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace sinergi::domain::ports {

class BlobStore {
 public:
  virtual ~BlobStore() = default;

  // Stores the bytes and returns their address. Idempotent: when the address exists already nothing is written.
  // A Put is durable when it returns. Errors: kUnavailable (disk full, permissions, no data key to seal with).
  virtual core::Result<std::string> Put(std::string_view content) = 0;
  // The bytes stored at the address, checked against it. Errors: kNotFound "blob.not_found"; kInternal
  // "blob.corrupt" when the stored bytes do not hash to their address (tampering or disk corruption);
  // kUnavailable when the store cannot be read.
  virtual core::Result<std::string> Get(const std::string& sha256) = 0;
};

}  // namespace sinergi::domain::ports
