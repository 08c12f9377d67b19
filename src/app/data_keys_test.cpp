#include "app/data_keys.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace sinergi::app {
namespace {

namespace fs = std::filesystem;

class DataKeysTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) / ("sinergi_keys_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  fs::path dir_;
};

TEST_F(DataKeysTest, NoneConfiguredIsNoRing) {
  auto keys = LoadDataKeys(Config{});
  ASSERT_TRUE(keys.ok());
  EXPECT_EQ(*keys, nullptr);
}

TEST_F(DataKeysTest, GeneratedFileIsOwnerOnlyLoadsAndIsNeverOverwritten) {
  std::string path = (dir_ / "sinergi.keys").string();
  auto line = core::KeyRing::NewKeyLine("k1");
  ASSERT_TRUE(line.ok());
  ASSERT_TRUE(WriteNewKeyFile(path, *line).ok());
  struct stat st {};
  ASSERT_EQ(::stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  Config c;
  c.data_key_file = path;
  auto keys = LoadDataKeys(c);
  ASSERT_TRUE(keys.ok()) << keys.error().message();
  ASSERT_NE(*keys, nullptr);
  EXPECT_EQ((*keys)->active_id(), "k1");

  auto again = WriteNewKeyFile(path, *core::KeyRing::NewKeyLine("k2"));
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().reason(), "data_key.file_exists");
  EXPECT_EQ((*LoadDataKeys(c))->active_id(), "k1");
}

TEST_F(DataKeysTest, AFileReadableByOthersIsRefused) {
  std::string path = (dir_ / "open.keys").string();
  std::ofstream(path) << *core::KeyRing::NewKeyLine("k1") << "\n";
  ::chmod(path.c_str(), 0644);
  Config c;
  c.data_key_file = path;
  auto keys = LoadDataKeys(c);
  ASSERT_FALSE(keys.ok());
  EXPECT_EQ(keys.error().reason(), "data_key.invalid");
  EXPECT_NE(keys.error().message().find("chmod 600"), std::string::npos);
}

TEST_F(DataKeysTest, EnvironmentRingAcceptsCommaSeparatedKeysAndNeverEchoesThem) {
  std::string a = *core::KeyRing::NewKeyLine("new");
  std::string b = *core::KeyRing::NewKeyLine("old");
  ::setenv("SINERGI_SECURITY_DATA_KEYS", (a + "," + b).c_str(), 1);
  auto c = LoadConfig({}, nullptr);
  ::unsetenv("SINERGI_SECURITY_DATA_KEYS");
  ASSERT_TRUE(c.ok()) << c.error().message();
  auto keys = LoadDataKeys(*c);
  ASSERT_TRUE(keys.ok());
  EXPECT_EQ((*keys)->ids(), (std::vector<std::string>{"new", "old"}));

  std::string secret = a.substr(a.find(' ') + 1);
  ::setenv("SINERGI_SECURITY_DATA_KEYS", ("new " + secret.substr(0, 30)).c_str(), 1);
  auto bad = LoadConfig({}, nullptr);
  ::unsetenv("SINERGI_SECURITY_DATA_KEYS");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields().at(0).field, "security.data_keys");
  EXPECT_EQ(bad.error().message().find(secret.substr(0, 30)), std::string::npos);
}

TEST_F(DataKeysTest, FileAndInlineKeysTogetherAreRefused) {
  ::setenv("SINERGI_SECURITY_DATA_KEYS", core::KeyRing::NewKeyLine("k")->c_str(), 1);
  cli::CommonFlags common;
  common.data_key_file = (dir_ / "x.keys").string();
  auto c = LoadConfig(common, nullptr);
  ::unsetenv("SINERGI_SECURITY_DATA_KEYS");
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.error().fields().at(0).field, "security.data_keys");
}

}  // namespace
}  // namespace sinergi::app
