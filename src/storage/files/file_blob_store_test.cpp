// FileBlobStore on a temporary directory: layout, sealing at rest, idempotent puts, verification on read.
#include "storage/files/file_blob_store.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "core/crypto.hpp"

namespace sinergi::storage::files {
namespace {

namespace fs = std::filesystem;

class FileBlobStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("sinergi-blobs-" + core::RandomToken(8));
    auto line = core::KeyRing::NewKeyLine("k1");
    ASSERT_TRUE(line.ok());
    auto ring = core::KeyRing::Parse(*line);
    ASSERT_TRUE(ring.ok());
    keys_ = std::make_unique<core::KeyRing>(std::move(*ring));
    auto store = FileBlobStore::Open(root_ / "attachments", keys_.get());
    ASSERT_TRUE(store.ok()) << store.error().message();
    store_ = std::move(*store);
  }
  void TearDown() override { fs::remove_all(root_); }

  static std::string ReadRaw(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }

  fs::path root_;
  std::unique_ptr<core::KeyRing> keys_;
  std::unique_ptr<FileBlobStore> store_;
};

TEST_F(FileBlobStoreTest, StoresSealedUnderTheContentAddress) {
  const std::string content("%PDF-1.7 laporan visum\0\x01", 24);
  auto address = store_->Put(content);
  ASSERT_TRUE(address.ok()) << address.error().message();
  EXPECT_EQ(*address, core::Sha256Hex(content));
  const fs::path path = root_ / "attachments" / address->substr(0, 2) / *address;
  EXPECT_EQ(store_->PathOf(*address), path);
  const std::string raw = ReadRaw(path);
  EXPECT_TRUE(core::KeyRing::IsSealed(raw));
  EXPECT_EQ(raw.find("laporan"), std::string::npos);
  EXPECT_EQ(store_->Get(*address).value(), content);
  // Idempotent: the same content again is not rewritten.
  ASSERT_EQ(store_->Put(content).value(), *address);
  EXPECT_EQ(ReadRaw(path), raw);
  std::size_t files = 0;
  for (const auto& e : fs::recursive_directory_iterator(root_ / "attachments")) files += e.is_regular_file() ? 1 : 0;
  EXPECT_EQ(files, 1u);  // no temp file left behind
}

TEST_F(FileBlobStoreTest, RefusesTamperedAndMissingBlobs) {
  auto a = store_->Put("catatan asli");
  auto b = store_->Put("catatan palsu");
  ASSERT_TRUE(a.ok() && b.ok());
  // Swapping a whole (validly sealed) file is caught by the address check.
  fs::copy_file(store_->PathOf(*b), store_->PathOf(*a), fs::copy_options::overwrite_existing);
  EXPECT_EQ(store_->Get(*a).error().reason(), "blob.corrupt");
  // Flipping bytes is caught by the seal's authentication.
  std::string raw = ReadRaw(store_->PathOf(*b));
  raw[raw.size() - 3] = raw[raw.size() - 3] == 'A' ? 'B' : 'A';
  std::ofstream(store_->PathOf(*b), std::ios::binary | std::ios::trunc) << raw;
  auto corrupt = store_->Get(*b);
  ASSERT_FALSE(corrupt.ok());
  EXPECT_EQ(corrupt.error().code(), core::ErrorCode::kInternal);
  EXPECT_EQ(store_->Get(std::string(64, 'a')).error().code(), core::ErrorCode::kNotFound);
  EXPECT_EQ(store_->Get("../../etc/passwd").error().code(), core::ErrorCode::kNotFound);
}

TEST_F(FileBlobStoreTest, NeverWritesInClearWithoutAKey) {
  auto store = FileBlobStore::Open(root_ / "clear", nullptr);
  ASSERT_TRUE(store.ok());
  EXPECT_EQ((*store)->Put("x").error().reason(), "data_key.missing");
}

}  // namespace
}  // namespace sinergi::storage::files
