#include "app/config.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>

namespace sinergi::app {
namespace {

std::string WriteToml(const std::string& text) {
  std::string path = ::testing::TempDir() + "/sinergi_config_" + std::to_string(::getpid()) + ".toml";
  std::ofstream(path) << text;
  return path;
}

TEST(ConfigTest, DefaultsAreSafe) {
  auto c = LoadConfig({}, nullptr);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->listen_host, "127.0.0.1");
  EXPECT_EQ(c->listen_port, 8080);
  EXPECT_EQ(c->database_url, "sqlite:data/sinergi.db");
}

TEST(ConfigTest, FileThenEnvironmentThenFlags) {
  cli::CommonFlags common;
  common.config_file =
      WriteToml("[server]\nlisten = \"0.0.0.0:9000\"\nthreads = 2\n[database]\nurl = \"sqlite:a.db\"\n");
  ::setenv("SINERGI_SERVER_THREADS", "3", 1);
  cli::ServeCommand serve;
  serve.listen = "127.0.0.1:0";
  auto c = LoadConfig(common, &serve);
  ::unsetenv("SINERGI_SERVER_THREADS");
  ASSERT_TRUE(c.ok()) << c.error().message();
  EXPECT_EQ(c->listen_port, 0);  // flag wins over the file
  EXPECT_EQ(c->threads, 3);      // environment wins over the file
  EXPECT_EQ(c->database_url, "sqlite:a.db");
}

TEST(ConfigTest, InvalidValuesNameTheKey) {
  cli::CommonFlags common;
  common.config_file = WriteToml("[server]\nthreads = 0\n[databse]\nurl = \"x\"\n");
  auto c = LoadConfig(common, nullptr);
  ASSERT_FALSE(c.ok());
  ASSERT_GE(c.error().fields().size(), 2u);
  std::vector<std::string> keys;
  for (const auto& f : c.error().fields()) keys.push_back(f.field);
  EXPECT_NE(std::find(keys.begin(), keys.end(), "server.threads"), keys.end());
  EXPECT_NE(std::find(keys.begin(), keys.end(), "databse.url"), keys.end());
  EXPECT_NE(c.error().message().find("server.threads"), std::string::npos);
}

TEST(ConfigTest, RejectsBadListenAndDatabaseUrls) {
  cli::ServeCommand serve;
  serve.listen = "localhost";
  EXPECT_FALSE(LoadConfig({}, &serve).ok());
  cli::CommonFlags common;
  common.db = "mysql://x";
  auto c = LoadConfig(common, nullptr);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.error().fields()[0].field, "database.url");
}

TEST(ConfigTest, AuthDefaults) {
  auto c = LoadConfig({}, nullptr);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->auth_idle_timeout_minutes, 30);
  EXPECT_EQ(c->auth_absolute_timeout_minutes, 720);
  EXPECT_TRUE(c->auth_totp_required_roles.empty());
  EXPECT_EQ(c->auth_max_failures, 5);
  EXPECT_EQ(c->auth_lock_seconds, 60);
  EXPECT_EQ(c->auth_max_lock_seconds, 900);
  EXPECT_FALSE(c->secure_cookies);
}

TEST(ConfigTest, AuthKeysFromTomlWithRoleArray) {
  cli::CommonFlags common;
  common.config_file = WriteToml(
      "[server]\nsecure_cookies = true\n[auth]\nidle_timeout_minutes = 15\nabsolute_timeout_minutes = 480\n"
      "totp_required_roles = [\"SYSTEM_ADMIN\", \"SUPERVISOR\"]\nmax_failures = 3\nlock_seconds = 30\n"
      "max_lock_seconds = 600\n");
  auto c = LoadConfig(common, nullptr);
  ASSERT_TRUE(c.ok()) << c.error().message();
  EXPECT_TRUE(c->secure_cookies);
  EXPECT_EQ(c->auth_idle_timeout_minutes, 15);
  EXPECT_EQ(c->auth_absolute_timeout_minutes, 480);
  EXPECT_EQ(c->auth_totp_required_roles, (std::vector<std::string>{"SYSTEM_ADMIN", "SUPERVISOR"}));
  EXPECT_EQ(c->auth_max_failures, 3);
  EXPECT_EQ(c->auth_lock_seconds, 30);
  EXPECT_EQ(c->auth_max_lock_seconds, 600);
}

TEST(ConfigTest, ReferralEscalationHours) {
  auto c = LoadConfig({}, nullptr);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->referral_escalate_after_hours, 72);
  cli::CommonFlags common;
  common.config_file = WriteToml("[referral]\nescalate_after_hours = 24\n");
  c = LoadConfig(common, nullptr);
  ASSERT_TRUE(c.ok()) << c.error().message();
  EXPECT_EQ(c->referral_escalate_after_hours, 24);
  ::setenv("SINERGI_REFERRAL_ESCALATE_AFTER_HOURS", "0", 1);
  c = LoadConfig({}, nullptr);
  ::unsetenv("SINERGI_REFERRAL_ESCALATE_AFTER_HOURS");
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.error().fields()[0].field, "referral.escalate_after_hours");
}

TEST(ConfigTest, AttachmentStoreAndLimit) {
  auto c = LoadConfig({}, nullptr);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->attachments_dir, "data/attachments");
  EXPECT_EQ(c->attachments_max_bytes, 10 * 1024 * 1024);
  cli::CommonFlags common;
  common.config_file = WriteToml("[attachments]\ndir = \"/srv/lampiran\"\nmax_bytes = 2048\n");
  c = LoadConfig(common, nullptr);
  ASSERT_TRUE(c.ok()) << c.error().message();
  EXPECT_EQ(c->attachments_dir, "/srv/lampiran");
  EXPECT_EQ(c->attachments_max_bytes, 2048);
  ::setenv("SINERGI_ATTACHMENTS_MAX_BYTES", "0", 1);
  c = LoadConfig({}, nullptr);
  ::unsetenv("SINERGI_ATTACHMENTS_MAX_BYTES");
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.error().fields()[0].field, "attachments.max_bytes");
}

TEST(ConfigTest, TotpRolesFromEnvironmentAreCommaSeparated) {
  ::setenv("SINERGI_AUTH_TOTP_REQUIRED_ROLES", "SYSTEM_ADMIN, SUPERVISOR", 1);
  auto c = LoadConfig({}, nullptr);
  ::unsetenv("SINERGI_AUTH_TOTP_REQUIRED_ROLES");
  ASSERT_TRUE(c.ok()) << c.error().message();
  EXPECT_EQ(c->auth_totp_required_roles, (std::vector<std::string>{"SYSTEM_ADMIN", "SUPERVISOR"}));
}

TEST(ConfigTest, RejectsBadAuthSettings) {
  cli::CommonFlags common;
  common.config_file = WriteToml("[server]\nsecure_cookies = \"yes\"\n[auth]\ntotp_required_roles = [\"ROOT\"]\n");
  auto c = LoadConfig(common, nullptr);
  ASSERT_FALSE(c.ok());
  std::vector<std::string> keys;
  for (const auto& f : c.error().fields()) keys.push_back(f.field);
  EXPECT_NE(std::find(keys.begin(), keys.end(), "server.secure_cookies"), keys.end());
  EXPECT_NE(std::find(keys.begin(), keys.end(), "auth.totp_required_roles"), keys.end());

  common.config_file = WriteToml("[auth]\nidle_timeout_minutes = 60\nabsolute_timeout_minutes = 30\n");
  c = LoadConfig(common, nullptr);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.error().fields()[0].field, "auth.absolute_timeout_minutes");

  common.config_file = WriteToml("[auth]\nlock_seconds = 120\nmax_lock_seconds = 60\n");
  c = LoadConfig(common, nullptr);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.error().fields()[0].field, "auth.max_lock_seconds");
}

}  // namespace
}  // namespace sinergi::app
