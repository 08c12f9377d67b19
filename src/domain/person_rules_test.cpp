#include "domain/person_rules.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "domain/name_match.hpp"

namespace sinergi::domain {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

constexpr core::Date kToday{2025, 6, 1};
// Male, born 12 May 1990, first registered in district 33.73.04 (Sidomukti, Kota Salatiga).
constexpr const char* kNik = "3373041205900001";

RegionDirectory TestRegions() {
  return RegionDirectory({
      {"33", 1, std::nullopt, "Jawa Tengah"},
      {"33.73", 2, "33", "Kota Salatiga"},
      {"33.73.04", 3, "33.73", "Sidomukti"},
  });
}

PersonData Valid() {
  PersonData d;
  d.full_name = "Siti Aminah";
  return d;
}

// The field errors as "field:code" strings, for compact assertions.
std::vector<std::string> Codes(const std::vector<core::FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field + ":" + e.code);
  return out;
}

class PersonRulesTest : public ::testing::Test {
 protected:
  std::vector<std::string> Validate(PersonData& d) { return Codes(NormaliseAndValidate(d, regions_, kToday)); }
  RegionDirectory regions_ = TestRegions();
};

TEST_F(PersonRulesTest, MinimalPersonIsValidAndNameIsTrimmed) {
  PersonData d = Valid();
  d.full_name = "  Siti \t  Aminah ";
  EXPECT_THAT(Validate(d), IsEmpty());
  EXPECT_EQ(d.full_name, "Siti Aminah");
}

TEST_F(PersonRulesTest, FullNameIsRequiredAndAtMost200Characters) {
  PersonData empty = Valid();
  empty.full_name = "   ";
  EXPECT_THAT(Validate(empty), ElementsAre("full_name:required"));

  PersonData too_long = Valid();
  too_long.full_name = std::string(201, 'a');
  EXPECT_THAT(Validate(too_long), ElementsAre("full_name:too_long"));

  // Characters, not bytes: 200 two-byte letters are fine.
  PersonData accented = Valid();
  accented.full_name.clear();
  for (int i = 0; i < 200; ++i) accented.full_name += "\xC3\xA9";  // é
  EXPECT_THAT(Validate(accented), IsEmpty());
}

TEST_F(PersonRulesTest, AliasesAreTrimmedDedupedAndNonEmpty) {
  PersonData d = Valid();
  d.aliases = {" Siti  ", "SITI", "Aminah"};
  EXPECT_THAT(Validate(d), IsEmpty());
  EXPECT_THAT(d.aliases, ElementsAre("Siti", "Aminah"));

  PersonData with_empty = Valid();
  with_empty.aliases = {"Siti", "  "};
  EXPECT_THAT(Validate(with_empty), ElementsAre("aliases[1]:required"));
}

TEST_F(PersonRulesTest, AtMostTwentyAliases) {
  PersonData d = Valid();
  for (int i = 0; i < 21; ++i) d.aliases.push_back("Alias " + std::to_string(i));
  EXPECT_THAT(Validate(d), ElementsAre("aliases:too_many"));
  d.aliases.pop_back();
  EXPECT_THAT(Validate(d), IsEmpty());
}

TEST_F(PersonRulesTest, NikSeparatorsAreRemoved) {
  PersonData d = Valid();
  d.nik = "3373.04-12 0590 0001";
  EXPECT_THAT(Validate(d), IsEmpty());
  EXPECT_EQ(d.nik, kNik);
}

TEST_F(PersonRulesTest, InvalidNikReportsTheNikProblemCode) {
  PersonData bad_month = Valid();
  bad_month.nik = "3373041213900001";
  EXPECT_THAT(Validate(bad_month), ElementsAre("nik:nik.month"));

  PersonData short_nik = Valid();
  short_nik.nik = "337304120590";
  EXPECT_THAT(Validate(short_nik), ElementsAre("nik:nik.length"));

  PersonData zero_serial = Valid();
  zero_serial.nik = "3373041205900000";
  EXPECT_THAT(Validate(zero_serial), ElementsAre("nik:nik.serial_zero"));
}

TEST_F(PersonRulesTest, PassportIsUpperCasedAndShapeChecked) {
  PersonData d = Valid();
  d.passport_number = " c1234567 ";
  EXPECT_THAT(Validate(d), IsEmpty());
  EXPECT_EQ(d.passport_number, "C1234567");

  for (const char* bad : {"AB123", "ABCDEFGHIJ123", "C-123456", "C 123456"}) {
    PersonData p = Valid();
    p.passport_number = bad;
    EXPECT_THAT(Validate(p), ElementsAre("passport_number:invalid_format")) << bad;
  }
}

TEST_F(PersonRulesTest, CodesMustComeFromTheirCodelists) {
  PersonData good = Valid();
  good.sex = "PEREMPUAN";
  good.marital_status = "BELUM_KAWIN";
  good.education = "SD";
  good.pmi_status = "CALON";
  EXPECT_THAT(Validate(good), IsEmpty());

  PersonData bad = Valid();
  bad.sex = "F";
  bad.marital_status = "SINGLE";
  bad.education = "PhD";
  bad.pmi_status = "WORKING";
  EXPECT_THAT(Validate(bad), ElementsAre("sex:unknown_code", "marital_status:unknown_code", "education:unknown_code",
                                         "pmi_status:unknown_code"));
}

TEST_F(PersonRulesTest, BirthDateMayNotBeInTheFuture) {
  PersonData today = Valid();
  today.birth_date = kToday;
  EXPECT_THAT(Validate(today), IsEmpty());

  PersonData tomorrow = Valid();
  tomorrow.birth_date = core::Date{2025, 6, 2};
  EXPECT_THAT(Validate(tomorrow), ElementsAre("birth_date:in_future"));
}

TEST_F(PersonRulesTest, RegionCodeMustExistButVillagesOnlyNeedTheirDistrict) {
  for (const char* known : {"33", "33.73", "33.73.04", "33.73.04.1001"}) {
    PersonData d = Valid();
    d.address_region_code = known;
    EXPECT_THAT(Validate(d), IsEmpty()) << known;
  }
  for (const char* unknown : {"34", "33.99", "33.73.05", "33.73.05.1001"}) {
    PersonData d = Valid();
    d.address_region_code = unknown;
    EXPECT_THAT(Validate(d), ElementsAre("address_region_code:unknown_code")) << unknown;
  }
  for (const char* malformed : {"3373", "33.73.04.10", "33.73.04.1001.1", "33.7a"}) {
    PersonData d = Valid();
    d.address_region_code = malformed;
    EXPECT_THAT(Validate(d), ElementsAre("address_region_code:invalid_format")) << malformed;
  }
}

TEST_F(PersonRulesTest, PhoneIsCleanedAndChecked) {
  PersonData d = Valid();
  d.phone = "+62 (812) 3456-7890";
  EXPECT_THAT(Validate(d), IsEmpty());
  EXPECT_EQ(d.phone, "+6281234567890");

  for (const char* bad : {"12345", "+62 812 abc", "1234567890123456", "++628123456"}) {
    PersonData p = Valid();
    p.phone = bad;
    EXPECT_THAT(Validate(p), ElementsAre("phone:invalid_format")) << bad;
  }
}

TEST_F(PersonRulesTest, SkillsAreTrimmedAndDeduped) {
  PersonData d = Valid();
  d.skills = {" memasak ", "Memasak", "", "merawat lansia"};
  EXPECT_THAT(Validate(d), IsEmpty());
  EXPECT_THAT(d.skills, ElementsAre("memasak", "merawat lansia"));
}

TEST_F(PersonRulesTest, BlankOptionalTextBecomesAbsent) {
  PersonData d = Valid();
  d.birth_place = "   ";
  d.address_line = " Jl. Merdeka 1 ";
  d.sex = "";
  EXPECT_THAT(Validate(d), IsEmpty());
  EXPECT_EQ(d.birth_place, std::nullopt);
  EXPECT_EQ(d.address_line, "Jl. Merdeka 1");
  EXPECT_EQ(d.sex, std::nullopt);
}

TEST_F(PersonRulesTest, ReportsEveryBadFieldAtOnce) {
  PersonData d;
  d.nik = "12";
  d.phone = "x";
  EXPECT_THAT(Validate(d), ElementsAre("full_name:required", "nik:nik.length", "phone:invalid_format"));
}

// Warning codes only, for compact assertions.
std::vector<std::string> WarningCodes(const std::vector<Warning>& warnings) {
  std::vector<std::string> out;
  for (const auto& w : warnings) out.push_back(w.field + ":" + w.code);
  return out;
}

TEST_F(PersonRulesTest, NoWarningsForAConsistentNik) {
  PersonData d = Valid();
  d.nik = kNik;
  d.sex = "LAKI_LAKI";
  d.birth_date = core::Date{1990, 5, 12};
  EXPECT_THAT(PersonWarnings(d, regions_, kToday), IsEmpty());
  EXPECT_THAT(PersonWarnings(Valid(), regions_, kToday), IsEmpty());
}

TEST_F(PersonRulesTest, WarnsWhenNikContradictsSexOrBirthDate) {
  PersonData d = Valid();
  d.nik = kNik;
  d.sex = "PEREMPUAN";
  d.birth_date = core::Date{1991, 5, 12};
  EXPECT_THAT(WarningCodes(PersonWarnings(d, regions_, kToday)),
              ElementsAre("sex:nik.sex_mismatch", "birth_date:nik.birth_date_mismatch"));
}

TEST_F(PersonRulesTest, WarnsWhenNikRegionIsNotACurrentCode) {
  PersonData d = Valid();
  d.nik = "3399041205900001";  // regency 33.99 does not exist (e.g. a code from before a split)
  std::vector<std::string> codes = WarningCodes(PersonWarnings(d, regions_, kToday));
  ASSERT_FALSE(codes.empty());
  EXPECT_EQ(codes.front(), "nik:nik.unknown_regency");
  EXPECT_TRUE(std::all_of(codes.begin(), codes.end(), [](const std::string& c) { return c.starts_with("nik:"); }));
}

TEST(PersonNameKeysTest, KeysOfNameAndAliasesWithoutDuplicates) {
  PersonData d;
  d.full_name = "Siti Nurhaliza";
  d.aliases = {"Siti Nur Haliza", "Ita", "!!"};
  std::vector<std::string> keys = PersonNameKeys(d);
  EXPECT_THAT(keys, ElementsAre(NameKey("Siti Nurhaliza"), NameKey("Ita")));
}

TEST(DiffPersonDataTest, NoChangesForEqualData) {
  PersonData d;
  d.full_name = "A";
  d.aliases = {"B"};
  EXPECT_THAT(DiffPersonData(d, d), IsEmpty());
}

TEST(DiffPersonDataTest, OneChangePerFieldWithJsonValues) {
  PersonData before;
  before.full_name = "Siti";
  before.phone = "0812345678";
  before.aliases = {"Ita"};
  PersonData after = before;
  after.full_name = "Siti \"Ita\" A\\B\n";
  after.phone.reset();
  after.nik = kNik;
  after.birth_date = core::Date{1990, 5, 12};
  after.aliases = {"Ita", "Aminah"};
  after.skills = {"memasak"};

  EXPECT_THAT(
      DiffPersonData(before, after),
      ElementsAre(FieldChange{"full_name", "\"Siti\"", "\"Siti \\\"Ita\\\" A\\\\B\\n\""},
                  FieldChange{"aliases", "[\"Ita\"]", "[\"Ita\",\"Aminah\"]"},
                  FieldChange{"nik", std::nullopt, "\"3373041205900001\""},
                  FieldChange{"birth_date", std::nullopt, "\"1990-05-12\""},
                  FieldChange{"phone", "\"0812345678\"", std::nullopt}, FieldChange{"skills", "[]", "[\"memasak\"]"}));
}

TEST(DiffPersonDataTest, ControlCharactersAreEscaped) {
  PersonData before;
  PersonData after;
  after.full_name = std::string(
      "a\x01"
      "b");
  EXPECT_THAT(DiffPersonData(before, after), ElementsAre(FieldChange{"full_name", "\"\"", "\"a\\u0001b\""}));
}

}  // namespace
}  // namespace sinergi::domain
