// The agency and service directory (ports/directory_repository.hpp): entries round trip with their services in
// order, versions and the first write, the public list, and the coverage the service search reads (explicit
// regions, the agency's own area through its region or country, national agencies, disabled agencies left out).
// Runs on every backend and the in-memory fake (DirectoryContract).
#include "tests/contract/directory_contract.hpp"

#include <algorithm>
#include <tuple>

namespace sinergi::contract {
namespace {

using core::ErrorCode;
using domain::DirectoryEntry;
using domain::ports::CoverageHit;

std::vector<CoverageHit> Sorted(std::vector<CoverageHit> hits) {
  std::sort(hits.begin(), hits.end(), [](const CoverageHit& a, const CoverageHit& b) {
    return std::tie(a.agency_id, a.covering_code) < std::tie(b.agency_id, b.covering_code);
  });
  return hits;
}

TEST_P(DirectoryContract, EntriesRoundTripWithVersions) {
  DirectoryEntry entry = Entry("province", 1,
                               {{"PSIKOSOSIAL", {}, "2 psikolog — \"klinis\" ✓"},
                                {"PENAMPUNGAN", {"61.71", "61.72"}, "rumah aman 12 tempat tidur"}},
                               true);
  entry.data.contact = {"Layanan Pengaduan", "+62 561 123456", "pengaduan@uptd.example.id", "Jl. Sutan Syahrir 1"};
  entry.data.opening_hours = "Senin-Jumat 08.00-16.00";
  {
    auto uow = Write();
    EXPECT_ERROR(uow->directory().Get("province"), ErrorCode::kNotFound, "directory_entry.not_found");
    ASSERT_OK(uow->directory().Put(entry, 0));
    EXPECT_ERROR(uow->directory().Put(entry, 0), ErrorCode::kPreconditionFailed, "version_mismatch");
    EXPECT_ERROR(uow->directory().Put(Entry("nobody", 1, {}), 0), ErrorCode::kNotFound, "agency.not_found");
    EXPECT_ERROR(uow->directory().Put(Entry("regency", 2, {}), 1), ErrorCode::kNotFound, "directory_entry.not_found");
    ASSERT_OK(uow->Commit());
  }
  {
    auto uow = Read();
    auto got = uow->directory().Get("province");
    ASSERT_OK(got);
    EXPECT_EQ(got->data, entry.data);
    EXPECT_EQ(got->version, 1);
    EXPECT_EQ(got->updated_at, entry.updated_at);
    EXPECT_EQ(got->updated_by, "editor");
  }
  DirectoryEntry next = Entry("province", 2, {{"PENGADUAN", {"61"}, std::nullopt}});
  {
    auto uow = Write();
    EXPECT_ERROR(uow->directory().Put(next, 5), ErrorCode::kPreconditionFailed, "version_mismatch");
    ASSERT_OK(uow->directory().Put(next, 1));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto got = uow->directory().Get("province");
  ASSERT_OK(got);
  EXPECT_EQ(got->version, 2);
  EXPECT_EQ(got->data, next.data);  // services replaced, contact cleared, no longer public
  // The coverage follows the services: the old ones are gone.
  auto old = uow->directory().FindCoverage("PENAMPUNGAN", {"61.71"}, 10);
  ASSERT_OK(old);
  EXPECT_TRUE(old->empty());
}

TEST_P(DirectoryContract, ListsAllOrOnlyPublicEntriesInAgencyOrder) {
  {
    auto uow = Write();
    ASSERT_OK(uow->directory().Put(Entry("regency", 1, {{"PENGADUAN", {}, std::nullopt}}, true), 0));
    ASSERT_OK(uow->directory().Put(Entry("province", 1, {{"PENGADUAN", {}, std::nullopt}}, false), 0));
    ASSERT_OK(uow->directory().Put(Entry("abroad", 1, {}, true), 0));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  const auto ids = [](const std::vector<DirectoryEntry>& entries) {
    std::vector<std::string> out;
    for (const DirectoryEntry& e : entries) out.push_back(e.agency_id);
    return out;
  };
  auto all = uow->directory().List(false, 10);
  ASSERT_OK(all);
  EXPECT_EQ(ids(*all), (std::vector<std::string>{"abroad", "province", "regency"}));
  EXPECT_EQ(all->at(2).data.services.size(), 1u);
  auto shown = uow->directory().List(true, 10);
  ASSERT_OK(shown);
  EXPECT_EQ(ids(*shown), (std::vector<std::string>{"abroad", "regency"}));
  auto first = uow->directory().List(false, 1);
  ASSERT_OK(first);
  EXPECT_EQ(ids(*first), (std::vector<std::string>{"abroad"}));
  auto some = uow->directory().GetMany({"regency", "nobody", "abroad", "regency"});
  ASSERT_OK(some);
  EXPECT_EQ(ids(*some), (std::vector<std::string>{"abroad", "regency"}));
}

TEST_P(DirectoryContract, CoverageResolvesOwnAreasAndLeavesDisabledAgenciesOut) {
  {
    auto uow = Write();
    ASSERT_OK(uow->directory().Put(Entry("province", 1, {{"PSIKOSOSIAL", {}, std::nullopt}}), 0));
    ASSERT_OK(uow->directory().Put(
        Entry("regency", 1, {{"PSIKOSOSIAL", {}, std::nullopt}, {"PENAMPUNGAN", {"61.71", "33"}, std::nullopt}}), 0));
    ASSERT_OK(uow->directory().Put(Entry("national", 1, {{"PSIKOSOSIAL", {}, std::nullopt}}), 0));
    ASSERT_OK(uow->directory().Put(Entry("abroad", 1, {{"PSIKOSOSIAL", {}, std::nullopt}}), 0));
    ASSERT_OK(uow->directory().Put(Entry("disabled", 1, {{"PSIKOSOSIAL", {}, std::nullopt}}), 0));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto hits = uow->directory().FindCoverage("PSIKOSOSIAL", {"61.71.02", "61.71", "61"}, 100);
  ASSERT_OK(hits);
  EXPECT_EQ(Sorted(*hits),
            (std::vector<CoverageHit>{{"national", std::nullopt}, {"province", "61"}, {"regency", "61.71"}}));
  auto abroad = uow->directory().FindCoverage("PSIKOSOSIAL", {"MY"}, 100);
  ASSERT_OK(abroad);
  EXPECT_EQ(Sorted(*abroad), (std::vector<CoverageHit>{{"abroad", "MY"}, {"national", std::nullopt}}));
  auto shelter = uow->directory().FindCoverage("PENAMPUNGAN", {"33"}, 100);
  ASSERT_OK(shelter);
  EXPECT_EQ(*shelter, (std::vector<CoverageHit>{{"regency", "33"}}));  // named explicitly
  auto limited = uow->directory().FindCoverage("PSIKOSOSIAL", {"61.71", "61"}, 2);
  ASSERT_OK(limited);
  EXPECT_EQ(limited->size(), 2u);
  auto none = uow->directory().FindCoverage("KLAIM_BPJS", {"61"}, 100);
  ASSERT_OK(none);
  EXPECT_TRUE(none->empty());
}

}  // namespace
}  // namespace sinergi::contract
