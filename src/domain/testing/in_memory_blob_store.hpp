#pragma once
// TEST DOUBLE of ports::BlobStore: a map from address to bytes, with a switch to fail writes and a hook to tamper
// with a stored blob. Thread-safe (one mutex).
#include <map>
#include <mutex>
#include <string>

#include "domain/ports/blob_store.hpp"

namespace sinergi::domain::test_doubles {

class InMemoryBlobStore final : public ports::BlobStore {
 public:
  core::Result<std::string> Put(std::string_view content) override;
  core::Result<std::string> Get(const std::string& sha256) override;

  std::size_t SizeForTest() const;
  void FailWritesForTest(bool fail);
  // Replaces the stored bytes without changing the address (Get then answers kInternal "blob.corrupt").
  void TamperForTest(const std::string& sha256, std::string bytes);

 private:
  mutable std::mutex mu_;
  std::map<std::string, std::string> blobs_;  // guarded by mu_
  bool fail_writes_ = false;                  // guarded by mu_
};

}  // namespace sinergi::domain::test_doubles
