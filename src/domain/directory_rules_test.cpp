// The rules of a directory entry and of the service search (directory_rules.hpp).
#include "domain/directory_rules.hpp"

#include <gtest/gtest.h>

namespace sinergi::domain {
namespace {

std::vector<std::string> Codes(const std::vector<core::FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field + ":" + e.code);
  return out;
}

DirectoryEntryData Valid() {
  DirectoryEntryData d;
  d.services = {{"PSIKOSOSIAL", {"61"}, "2 psikolog"}, {"PENAMPUNGAN", {"61.71"}, "rumah aman 12 tempat tidur"}};
  d.contact = {"Layanan Pengaduan", "+62 561 123-456", "pengaduan@uptd.example.id", "Jl. Sutan Syahrir 1"};
  d.opening_hours = "Senin-Jumat 08.00-16.00";
  return d;
}

TEST(DirectoryRules, NormalisesCodesAndTexts) {
  DirectoryEntryData d;
  d.services = {{" psikososial ", {" 61.71 ", "  ", "61"}, "  "}};
  d.contact.name = "  Layanan   Pengaduan ";
  d.contact.email = " ";
  d.opening_hours = "  24 jam ";
  NormaliseDirectoryEntry(d);
  EXPECT_EQ(d.services[0].service, "PSIKOSOSIAL");
  EXPECT_EQ(d.services[0].regions_served, (std::vector<std::string>{"61.71", "61"}));
  EXPECT_FALSE(d.services[0].notes.has_value());
  EXPECT_EQ(d.contact.name, "Layanan Pengaduan");
  EXPECT_FALSE(d.contact.email.has_value());
  EXPECT_EQ(d.opening_hours, "24 jam");

  DirectoryEntryData abroad;
  abroad.services = {{"REPATRIASI", {" my ", "sa"}, std::nullopt}};
  NormaliseDirectoryEntry(abroad);
  EXPECT_EQ(abroad.services[0].regions_served, (std::vector<std::string>{"MY", "SA"}));
  EXPECT_TRUE(ValidateDirectoryEntry(abroad, true).empty());
}

TEST(DirectoryRules, AcceptsAValidEntry) {
  EXPECT_TRUE(ValidateDirectoryEntry(Valid(), false).empty());
  EXPECT_TRUE(ValidateDirectoryEntry(DirectoryEntryData{}, false).empty());  // an empty entry is allowed
}

TEST(DirectoryRules, RefusesUnknownMissingAndDuplicateServices) {
  DirectoryEntryData d = Valid();
  d.services.push_back({"NOPE", {}, std::nullopt});
  d.services.push_back({"", {}, std::nullopt});
  d.services.push_back({"PSIKOSOSIAL", {"61.72"}, std::nullopt});
  EXPECT_EQ(Codes(ValidateDirectoryEntry(d, false)),
            (std::vector<std::string>{"services[2].service:unknown_code", "services[3].service:required",
                                      "services[4].service:duplicate"}));
}

TEST(DirectoryRules, RegionsAreProvincesOrRegenciesAndCountriesOnlyAbroad) {
  DirectoryEntryData d;
  d.services = {{"PENGADUAN", {"61", "61.71.01", "6171", "MY", "61"}, std::nullopt}};
  EXPECT_EQ(Codes(ValidateDirectoryEntry(d, false)),
            (std::vector<std::string>{
                "services[0].regions_served[1]:invalid_format", "services[0].regions_served[2]:invalid_format",
                "services[0].regions_served[3]:invalid_format", "services[0].regions_served[4]:duplicate"}));
  DirectoryEntryData abroad;
  abroad.services = {{"REPATRIASI", {"61"}, std::nullopt}};
  EXPECT_EQ(Codes(ValidateDirectoryEntry(abroad, true)),
            (std::vector<std::string>{"services[0].regions_served[0]:invalid_format"}));
  DirectoryEntryData many;
  many.services = {{"PENGADUAN", std::vector<std::string>(kMaxRegionsPerService + 1, "61"), std::nullopt}};
  EXPECT_EQ(Codes(ValidateDirectoryEntry(many, false)),
            (std::vector<std::string>{"services[0].regions_served:too_many"}));
}

TEST(DirectoryRules, ChecksContactsAndLengths) {
  DirectoryEntryData d = Valid();
  d.contact.phone = "telepon kantor";
  d.contact.email = "pengaduan@uptd";
  d.opening_hours = std::string(kMaxDirectoryHoursChars + 1, 'x');
  d.services[0].notes = std::string(kMaxDirectoryNoteChars + 1, 'x');
  EXPECT_EQ(Codes(ValidateDirectoryEntry(d, false)),
            (std::vector<std::string>{"services[0].notes:too_long", "contact.phone:invalid_format",
                                      "contact.email:invalid_format", "opening_hours:too_long"}));
  d = Valid();
  d.contact.phone = "129";  // SAPA 129, the national hotline
  EXPECT_TRUE(ValidateDirectoryEntry(d, false).empty());
  d.contact.phone = "12";
  EXPECT_EQ(Codes(ValidateDirectoryEntry(d, false)), (std::vector<std::string>{"contact.phone:invalid_format"}));
}

TEST(DirectoryRules, NamesEachRegionOnceWithItsFirstField) {
  DirectoryEntryData d;
  d.services = {{"PENGADUAN", {"61", "61.71"}, std::nullopt}, {"PSIKOSOSIAL", {"61.71", "33"}, std::nullopt}};
  std::vector<NamedRegion> named = RegionsNamed(d);
  ASSERT_EQ(named.size(), 3u);
  EXPECT_EQ(named[1].code, "61.71");
  EXPECT_EQ(named[1].field, "services[0].regions_served[1]");
  EXPECT_EQ(named[2].code, "33");
  EXPECT_EQ(named[2].field, "services[1].regions_served[1]");
}

TEST(DirectoryRules, CoveringRegionsRunFromTheRegionUpToItsProvince) {
  EXPECT_EQ(CoveringRegions("61.71.02"), (std::vector<std::string>{"61.71.02", "61.71", "61"}));
  EXPECT_EQ(CoveringRegions("61"), (std::vector<std::string>{"61"}));
  EXPECT_EQ(CoveringRegions("MY"), (std::vector<std::string>{"MY"}));
  EXPECT_TRUE(CoveringRegions("").empty());
  EXPECT_EQ(LevelOfCode("61.71"), CoverageLevel::kRegency);
  EXPECT_EQ(LevelOfCode("61"), CoverageLevel::kProvince);
  EXPECT_EQ(LevelOfCode("MY"), CoverageLevel::kCountry);
  EXPECT_EQ(ToString(CoverageLevel::kNational), "NATIONAL");
}

}  // namespace
}  // namespace sinergi::domain
