#include "core/crypto.hpp"

#include <gtest/gtest.h>

namespace sinergi::core {
namespace {

// RFC 6238 Appendix B test vectors for SHA1 (secret "12345678901234567890"), last 6 digits.
TEST(Sha256Test, MatchesKnownDigests) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(TotpTest, MatchesRfc6238Vectors) {
  const std::string secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";  // base32 of "12345678901234567890"
  EXPECT_EQ(TotpCode(secret, 59), "287082");
  EXPECT_EQ(TotpCode(secret, 1111111109), "081804");
  EXPECT_EQ(TotpCode(secret, 1234567890), "005924");
  EXPECT_EQ(TotpCode(secret, 20000000000), "353130");
}

TEST(TotpTest, AcceptsOneStepOfDriftOnly) {
  const std::string secret = NewTotpSecret();
  EXPECT_EQ(secret.size(), 32u);
  const std::int64_t now = 1'800'000'000;
  EXPECT_TRUE(VerifyTotp(secret, TotpCode(secret, now), now));
  EXPECT_TRUE(VerifyTotp(secret, TotpCode(secret, now - 30), now));
  EXPECT_FALSE(VerifyTotp(secret, TotpCode(secret, now - 90), now));
  EXPECT_FALSE(VerifyTotp(secret, "12345", now));
  EXPECT_FALSE(VerifyTotp("not base32!", "123456", now));
}

TEST(PasswordTest, Argon2idHashVerifiesOnlyTheSamePassword) {
  auto hash = HashPassword("kopi-tubruk-di-pagi-hari");
  ASSERT_TRUE(hash.ok());
  EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u);
  EXPECT_EQ(hash->find("kopi"), std::string::npos);
  EXPECT_TRUE(VerifyPassword(*hash, "kopi-tubruk-di-pagi-hari"));
  EXPECT_FALSE(VerifyPassword(*hash, "kopi-tubruk-di-pagi-hari "));
  EXPECT_NE(*HashPassword("kopi-tubruk-di-pagi-hari"), *hash);  // salted
}

TEST(TokenTest, TokensAreRandomUrlSafeAndHashesStable) {
  std::string a = RandomToken();
  std::string b = RandomToken();
  EXPECT_EQ(a.size(), 43u);
  EXPECT_NE(a, b);
  EXPECT_EQ(a.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), std::string::npos);
  EXPECT_EQ(Blake2bHex("abc").size(), 64u);
  EXPECT_EQ(Blake2bHex("abc"), Blake2bHex("abc"));
  EXPECT_NE(Blake2bHex("abc"), Blake2bHex("abd"));
  EXPECT_TRUE(ConstantTimeEquals("same", "same"));
  EXPECT_FALSE(ConstantTimeEquals("same", "sane"));
  EXPECT_FALSE(ConstantTimeEquals("same", "same!"));
}

TEST(TotpTest, UriNamesTheAccountAndIssuer) {
  EXPECT_EQ(TotpUri("ABC", "admin"),
            "otpauth://totp/Sinergi:admin?secret=ABC&issuer=Sinergi&algorithm=SHA1&digits=6&period=30");
}

}  // namespace
}  // namespace sinergi::core
