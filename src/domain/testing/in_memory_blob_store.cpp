// TEST DOUBLE: the in-memory blob store, with the address checks of the real one (storage/files/file_blob_store.cpp).
#include "domain/testing/in_memory_blob_store.hpp"

#include "core/crypto.hpp"

namespace sinergi::domain::test_doubles {

core::Result<std::string> InMemoryBlobStore::Put(std::string_view content) {
  std::string address = core::Sha256Hex(content);
  std::lock_guard lock(mu_);
  if (fail_writes_) return core::Error(core::ErrorCode::kUnavailable, "blob.unavailable", "The blob store is down.");
  blobs_.try_emplace(address, content);
  return address;
}

core::Result<std::string> InMemoryBlobStore::Get(const std::string& sha256) {
  std::lock_guard lock(mu_);
  auto it = blobs_.find(sha256);
  if (it == blobs_.end()) return core::Error::NotFound("blob.not_found", "No blob has this address.");
  if (core::Sha256Hex(it->second) != sha256) {
    return core::Error(core::ErrorCode::kInternal, "blob.corrupt", "The stored blob does not match its address.");
  }
  return it->second;
}

std::size_t InMemoryBlobStore::SizeForTest() const {
  std::lock_guard lock(mu_);
  return blobs_.size();
}

void InMemoryBlobStore::FailWritesForTest(bool fail) {
  std::lock_guard lock(mu_);
  fail_writes_ = fail;
}

void InMemoryBlobStore::TamperForTest(const std::string& sha256, std::string bytes) {
  std::lock_guard lock(mu_);
  blobs_[sha256] = std::move(bytes);
}

}  // namespace sinergi::domain::test_doubles
