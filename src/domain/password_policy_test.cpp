// CheckPasswordStrength: the server-side floor (identity_service.hpp).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "domain/identity_service.hpp"

namespace sinergi::domain {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> Codes(const std::string& password, const std::string& username = "siti") {
  std::vector<std::string> out;
  for (const core::FieldError& e : CheckPasswordStrength(password, username)) {
    EXPECT_EQ(e.field, "password");
    EXPECT_FALSE(e.message.empty());
    out.push_back(e.code);
  }
  return out;
}

TEST(PasswordPolicyTest, LongUncommonPasswordsPass) {
  EXPECT_THAT(Codes("kucing oren suka tidur siang"), IsEmpty());
  EXPECT_THAT(Codes("Sate-Padang-Pedas-2024"), IsEmpty());
  EXPECT_THAT(Codes("x7#Qm9!vT2@p"), IsEmpty());
  EXPECT_THAT(Codes("akusayangkamuselamanya"), IsEmpty());  // a blocked word inside a longer phrase is fine
  EXPECT_THAT(Codes("sandi rumah nenek di solo"), IsEmpty());
}

TEST(PasswordPolicyTest, LengthIsCountedInCharacters) {
  EXPECT_THAT(Codes(""), ElementsAre("too_short"));
  EXPECT_THAT(Codes("x7#Qm9!vT2@"), ElementsAre("too_short"));  // 11
  EXPECT_THAT(Codes("ñandú-ñandú"), ElementsAre("too_short"));  // 11 characters, 15 bytes
  EXPECT_THAT(Codes("ñandú-ñandú!"), IsEmpty());
  EXPECT_THAT(Codes(std::string(257, 'x') + "y"), ElementsAre("too_long"));
}

TEST(PasswordPolicyTest, CommonAndIndonesianPasswordsAreRefused) {
  EXPECT_THAT(Codes("qwertyuiop123"), ElementsAre("too_common"));
  EXPECT_THAT(Codes("123456789012"), ElementsAre("too_common"));
  EXPECT_THAT(Codes("password1234"), ElementsAre("too_common"));
  EXPECT_THAT(Codes("P@ssw0rd2024!!"), ElementsAre("too_common"));
  EXPECT_THAT(Codes("Bismillah123!"), ElementsAre("too_common"));
  EXPECT_THAT(Codes("Alhamdulillah"), ElementsAre("too_common"));
  EXPECT_THAT(Codes("INDONESIA1945"), ElementsAre("too_common"));
  EXPECT_THAT(Codes("merdeka!!!!!!"), ElementsAre("too_common"));
  EXPECT_THAT(Codes("sayangsayang"), ElementsAre("too_common"));
  EXPECT_THAT(Codes("rahasia.rahasia"), ElementsAre("too_common"));
  EXPECT_THAT(Codes("1qaz2wsx3edc"), ElementsAre("too_common"));
  EXPECT_THAT(Codes("987654321098"), ElementsAre("too_common"));
  EXPECT_THAT(Codes("rahasia"), ElementsAre("too_short", "too_common"));
}

TEST(PasswordPolicyTest, RepeatedCharacterIsRefused) {
  EXPECT_THAT(Codes("aaaaaaaaaaaa"), ElementsAre("repeated_character"));
  EXPECT_THAT(Codes("111111111111"), ElementsAre("repeated_character"));
  EXPECT_THAT(Codes("éééééééééééé"), ElementsAre("repeated_character"));
}

TEST(PasswordPolicyTest, UsernameMustNotBeInside) {
  EXPECT_THAT(Codes("siti.aminah.2024", "siti.aminah"), ElementsAre("contains_username"));
  EXPECT_THAT(Codes("my-name-is-SITI!", "siti"), ElementsAre("contains_username"));
  EXPECT_THAT(Codes("kucing oren suka tidur", "ab"), IsEmpty());  // too short to match by chance
}

}  // namespace
}  // namespace sinergi::domain
