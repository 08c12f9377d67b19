// Reference data: regions (hierarchy, pages, bulk upsert speed) and countries.
#include <chrono>

#include "tests/contract/storage_contract.hpp"

namespace sinergi::contract {
namespace {

using core::ErrorCode;
using domain::Country;
using domain::Region;

Region R(std::string code, int level, std::optional<std::string> parent, std::string name) {
  return {std::move(code), level, std::move(parent), std::move(name)};
}

TEST_P(StorageContract, RegionsUpsertGetListCount) {
  std::vector<Region> regions = {
      R("33", 1, std::nullopt, "Jawa Tengah"),  R("11", 1, std::nullopt, "Aceh"),
      R("33.01", 2, "33", "Kab. Cilacap"),      R("33.02", 2, "33", "Kab. Banyumas"),
      R("33.01.01", 3, "33.01", "Dayeuhluhur"), R("33.01.01.2001", 4, "33.01.01", "Hanum"),
  };
  {
    auto uow = Write();
    ASSERT_OK(uow->reference().UpsertRegions(regions));
    ASSERT_OK(uow->Commit());
  }
  {
    auto uow = Write();  // upsert replaces
    ASSERT_OK(uow->reference().UpsertRegions({R("33.02", 2, "33", "Kabupaten Banyumas")}));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto count = uow->reference().CountRegions();
  ASSERT_OK(count);
  EXPECT_EQ(*count, 6);
  auto got = uow->reference().GetRegion("33.02");
  ASSERT_OK(got);
  EXPECT_EQ(*got, R("33.02", 2, "33", "Kabupaten Banyumas"));
  EXPECT_ERROR(uow->reference().GetRegion("99"), ErrorCode::kNotFound, "region.not_found");

  auto provinces = uow->reference().ListRegions(std::nullopt, {.limit = 1, .after = std::nullopt});
  ASSERT_OK(provinces);
  ASSERT_EQ(provinces->items.size(), 1u);
  EXPECT_EQ(provinces->items[0].code, "11");
  ASSERT_TRUE(provinces->next_after.has_value());
  auto provinces2 = uow->reference().ListRegions(std::nullopt, {.limit = 1, .after = provinces->next_after});
  ASSERT_OK(provinces2);
  ASSERT_EQ(provinces2->items.size(), 1u);
  EXPECT_EQ(provinces2->items[0].code, "33");
  EXPECT_FALSE(provinces2->next_after.has_value());

  auto children = uow->reference().ListRegions("33", {.limit = 50, .after = std::nullopt});
  ASSERT_OK(children);
  ASSERT_EQ(children->items.size(), 2u);
  EXPECT_EQ(children->items[0].code, "33.01");
  EXPECT_EQ(children->items[1].code, "33.02");

  auto upto2 = uow->reference().AllRegions(2);
  ASSERT_OK(upto2);
  EXPECT_EQ(upto2->size(), 4u);
  auto all = uow->reference().AllRegions(4);
  ASSERT_OK(all);
  EXPECT_EQ(all->size(), 6u);
}

TEST_P(StorageContract, RegionsBulkUpsertIsFast) {
  // Shaped like idn-area-data: 38 provinces, 514 regencies, ~7,300 districts, ~84,000 villages: ~92,000 in all (here
  // ~97,000).
  std::vector<Region> regions;
  regions.reserve(92'000);
  char code[32];
  for (int p = 11; p < 49; ++p) {
    std::snprintf(code, sizeof code, "%02d", p);
    std::string prov = code;
    regions.push_back(R(prov, 1, std::nullopt, "Provinsi " + prov));
    for (int k = 1; k <= 14; ++k) {
      std::snprintf(code, sizeof code, "%s.%02d", prov.c_str(), k);
      std::string reg = code;
      regions.push_back(R(reg, 2, prov, "Kabupaten " + reg));
      for (int d = 1; d <= 14; ++d) {
        std::snprintf(code, sizeof code, "%s.%02d", reg.c_str(), d);
        std::string dist = code;
        regions.push_back(R(dist, 3, reg, "Kecamatan " + dist));
        for (int v = 1; v <= 12; ++v) {
          std::snprintf(code, sizeof code, "%s.%04d", dist.c_str(), 2000 + v);
          regions.push_back(R(code, 4, dist, std::string("Desa ") + code));
        }
      }
    }
  }
  ASSERT_GT(regions.size(), 90'000u);
  auto start = std::chrono::steady_clock::now();
  {
    auto uow = Write();
    ASSERT_OK(uow->reference().UpsertRegions(regions));
    ASSERT_OK(uow->Commit());
  }
  auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
  std::printf("[          ] %s: upserted %zu regions in %lld ms\n", GetParam().name.c_str(), regions.size(),
              static_cast<long long>(elapsed.count()));
  // "Well under a second" in release builds; the bound leaves room for Debug + sanitizers on slow CI.
  EXPECT_LT(elapsed.count(), 5000);
  auto uow = Read();
  auto count = uow->reference().CountRegions();
  ASSERT_OK(count);
  EXPECT_EQ(*count, static_cast<std::int64_t>(regions.size()));
}

TEST_P(StorageContract, CountriesUpsertListGet) {
  {
    auto uow = Write();
    ASSERT_OK(uow->reference().UpsertCountries({{"MY", "MYS", "Malaysia", "Malaysia"},
                                                {"HK", "HKG", "Hong Kong", "Hong Kong"},
                                                {"TW", "TWN", "Taiwan", "Taiwan"}}));
    ASSERT_OK(uow->reference().UpsertCountries({{"HK", "HKG", "Hongkong", "Hong Kong SAR"}}));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto list = uow->reference().ListCountries();
  ASSERT_OK(list);
  ASSERT_EQ(list->size(), 3u);
  EXPECT_EQ((*list)[0], (Country{"HK", "HKG", "Hongkong", "Hong Kong SAR"}));
  EXPECT_EQ((*list)[2].alpha2, "TW");
  auto my = uow->reference().GetCountry("MY");
  ASSERT_OK(my);
  EXPECT_EQ(my->alpha3, "MYS");
  auto lower = uow->reference().GetCountry("my");
  ASSERT_OK(lower);
  EXPECT_ERROR(uow->reference().GetCountry("ZZ"), ErrorCode::kNotFound, "country.not_found");
}

}  // namespace
}  // namespace sinergi::contract
