// Reference loading (reference_loader.hpp): the public holidays come with the regions on a first start, and a
// database that has its regions but no holidays (made before migration 0013) gets them on the next start.
#include "app/reference_loader.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>

#include "domain/testing/in_memory_database.hpp"

namespace sinergi::app {
namespace {

namespace fs = std::filesystem;
using domain::test_doubles::InMemoryDatabase;

constexpr char kHolidays[] =
    R"({"source": "date-holidays test", "country": "ID", "holidays": [)"
    R"({"date": "2026-03-20", "name": "Hari Raya Idul Fitri"}, {"date": "2026-03-21", "name": "Hari Raya Idul Fitri"},)"
    R"({"date": "2026-08-17", "name": "Hari Ulang Tahun Kemerdekaan Republik Indonesia"}]})";

class ReferenceLoaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    dir_ = fs::temp_directory_path() /
           ("sinergi_reference_" + std::to_string(::getpid()) + "_" + std::to_string(counter.fetch_add(1)));
    Write("idn-area-data/data/provinces.csv", "code,name\n33,Jawa Tengah\n");
    Write("idn-area-data/data/regencies.csv", "code,province_code,name\n33.74,33,Kota Semarang\n");
    Write("idn-area-data/data/districts.csv", "code,regency_code,name\n33.74.01,33.74,Semarang Tengah\n");
    Write("idn-area-data/data/villages.csv", "code,district_code,name\n33.74.01.1001,33.74.01,Sekayu\n");
    Write("i18n-iso-countries/codes.json", R"([["ID", "IDN", "360"], ["MY", "MYS", "458"]])");
    Write("i18n-iso-countries/langs/id.json", R"({"countries": {"ID": "Indonesia", "MY": "Malaysia"}})");
    Write("i18n-iso-countries/langs/en.json", R"({"countries": {"ID": "Indonesia", "MY": "Malaysia"}})");
    Write(".sinergi/public-holidays-id.json", kHolidays);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  void Write(const std::string& relative, const std::string& text) {
    const fs::path path = dir_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
  }
  std::int64_t Count(bool holidays) {
    auto uow = db_.Begin(domain::ports::TxMode::kRead);
    auto n = holidays ? (*uow)->reference().CountPublicHolidays() : (*uow)->reference().CountRegions();
    return n.ok() ? *n : -1;
  }

  fs::path dir_;
  InMemoryDatabase db_;
};

TEST_F(ReferenceLoaderTest, AFirstStartLoadsRegionsCountriesAndHolidays) {
  auto summary = LoadReferenceData(db_, dir_.string());
  ASSERT_TRUE(summary.ok()) << summary.error().message();
  EXPECT_EQ(summary->regions, 4u);
  EXPECT_EQ(summary->countries, 2u);
  EXPECT_EQ(summary->holidays, 3u);
  auto uow = db_.Begin(domain::ports::TxMode::kRead);
  auto dates = (*uow)->reference().PublicHolidays({2026, 3, 1}, {2026, 3, 31});
  ASSERT_TRUE(dates.ok());
  EXPECT_EQ(*dates, (std::vector<core::Date>{{2026, 3, 20}, {2026, 3, 21}}));
}

TEST_F(ReferenceLoaderTest, AnOlderDatabaseGetsOnlyTheHolidays) {
  db_.MutateForTest([](domain::test_doubles::InMemoryState& s) {
    s.regions["51"] = domain::Region{"51", 1, std::nullopt, "Bali"};
  });
  auto loaded = EnsureReferenceData(db_, dir_.string());
  ASSERT_TRUE(loaded.ok()) << loaded.error().message();
  EXPECT_TRUE(*loaded);
  EXPECT_EQ(Count(/*holidays=*/false), 1);  // the regions were not loaded again
  EXPECT_EQ(Count(/*holidays=*/true), 3);
  auto again = EnsureReferenceData(db_, dir_.string());
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(*again);
}

TEST_F(ReferenceLoaderTest, AMissingOrMalformedHolidayFileFailsLoudly) {
  fs::remove(dir_ / ".sinergi/public-holidays-id.json");
  auto missing = EnsureReferenceData(db_, dir_.string());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().reason(), "reference.missing");
  EXPECT_EQ(Count(/*holidays=*/false), 0);  // nothing half-loaded

  Write(".sinergi/public-holidays-id.json", R"({"holidays": [{"date": "2026-02-30", "name": "x"}]})");
  auto malformed = EnsureReferenceData(db_, dir_.string());
  ASSERT_FALSE(malformed.ok());
  EXPECT_EQ(malformed.error().reason(), "reference.malformed");
}

}  // namespace
}  // namespace sinergi::app
