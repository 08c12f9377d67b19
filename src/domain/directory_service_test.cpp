// DirectoryService over the in-memory test double: who may edit which entry, validation against reference data,
// versions, history and audit, the nearest-first service search and the public directory.
#include "domain/directory_service.hpp"

#include <gtest/gtest.h>

#include "core/clock.hpp"
#include "domain/testing/in_memory_database.hpp"

namespace sinergi::domain {
namespace {

const core::Timestamp kNow = std::chrono::sys_days{std::chrono::year{2026} / 3 / 2} + std::chrono::hours{9};

Actor MakeActor(const std::string& id, const std::string& agency, const std::string& role) {
  Actor a;
  a.id = id;
  a.agency_id = agency;
  a.roles = {role};
  a.scope = "AGENCY";
  return a;
}

std::vector<std::string> Codes(const core::Error& e) {
  std::vector<std::string> out;
  for (const auto& f : e.fields()) out.push_back(f.field + ":" + f.code);
  return out;
}

class DirectoryServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_.MutateForTest([](test_doubles::InMemoryState& s) {
      for (const Region& r : std::vector<Region>{{"61", 1, std::nullopt, "Kalimantan Barat"},
                                                 {"61.71", 2, "61", "Kota Pontianak"},
                                                 {"61.71.02", 3, "61.71", "Pontianak Barat"},
                                                 {"61.72", 2, "61", "Kota Singkawang"},
                                                 {"33", 1, std::nullopt, "Jawa Tengah"}}) {
        s.regions[r.code] = r;
      }
      s.countries["MY"] = Country{"MY", "MYS", "Malaysia", "Malaysia"};
      const auto add = [&s](const std::string& id, const std::string& name, const std::string& type,
                            std::optional<std::string> region, std::optional<std::string> country,
                            bool disabled = false) {
        Agency a;
        a.id = id;
        a.code = "C-" + id;
        a.name = name;
        a.type = type;
        a.region_code = std::move(region);
        a.country = std::move(country);
        a.disabled = disabled;
        s.agencies[id] = a;
      };
      add("uptd", "UPTD PPA Kalbar", "UPTD_PPA", "61", std::nullopt);
      add("pontianak", "DP3A Kota Pontianak", "DP3A", "61.71", std::nullopt);
      add("singkawang", "DP3A Kota Singkawang", "DP3A", "61.72", std::nullopt);
      add("kp2mi", "KP2MI", "KP2MI", std::nullopt, std::nullopt);
      add("kbri", "KBRI Kuala Lumpur", "PERWAKILAN_RI", std::nullopt, "MY");
      add("jateng", "BP3MI Jawa Tengah", "BP3MI", "33", std::nullopt);
      add("closed", "LSM Tutup", "LSM", "61.71", std::nullopt, true);
    });
  }

  DirectoryListing Put(const std::string& agency, std::vector<ServiceOffering> services, bool is_public = true) {
    DirectoryEntryData d;
    d.services = std::move(services);
    d.is_public = is_public;
    auto current = svc_.GetListing(system_, agency);
    SINERGI_CHECK(current.ok());
    auto written = svc_.UpdateEntry(system_, agency, std::move(d), current->entry.version);
    SINERGI_CHECK(written.ok());
    return *written;
  }

  std::vector<std::string> Search(const std::string& service, const std::string& region) {
    auto found = svc_.FindServices(worker_, service, region);
    SINERGI_CHECK(found.ok());
    std::vector<std::string> out;
    for (const ServiceMatch& m : *found) {
      out.push_back(m.listing.agency.id + "@" + std::string(ToString(m.level)) + ":" + m.matched_region.value_or("-"));
    }
    return out;
  }

  test_doubles::InMemoryDatabase db_;
  core::ManualClock clock_{kNow};
  test_doubles::SequentialIdGenerator ids_;
  DirectoryService svc_{db_, clock_, ids_};
  const Actor supervisor_ = MakeActor("sup-uptd", "uptd", "SUPERVISOR");
  const Actor other_supervisor_ = MakeActor("sup-jateng", "jateng", "SUPERVISOR");
  const Actor worker_ = MakeActor("worker-uptd", "uptd", "CASE_WORKER");
  const Actor admin_ = MakeActor("admin", "jateng", "SYSTEM_ADMIN");
  const Actor system_ = MakeActor("system:test", "", "");
};

TEST_F(DirectoryServiceTest, AnAgencyWithoutAnEntryHasTheEmptyOne) {
  auto listing = svc_.GetListing(worker_, "uptd");
  ASSERT_TRUE(listing.ok());
  EXPECT_EQ(listing->agency.name, "UPTD PPA Kalbar");
  EXPECT_EQ(listing->entry.version, 0);
  EXPECT_TRUE(listing->entry.data.services.empty());
  EXPECT_FALSE(listing->entry.data.is_public);
  EXPECT_EQ(svc_.GetListing(worker_, "nope").error().reason(), "agency.not_found");
  EXPECT_EQ(svc_.GetListing(worker_, "closed").error().reason(), "agency.not_found");
}

TEST_F(DirectoryServiceTest, TheOwnSupervisorEditsWithHistoryAndAudit) {
  DirectoryEntryData d;
  d.services = {{"psikososial", {}, "2 psikolog"}, {"PENAMPUNGAN", {"61.71"}, "rumah aman 12 tempat tidur"}};
  d.contact.phone = "+62 561 123456";
  d.is_public = true;
  auto first = svc_.UpdateEntry(supervisor_, "uptd", d, 0);
  ASSERT_TRUE(first.ok()) << first.error().message();
  EXPECT_EQ(first->entry.version, 1);
  EXPECT_EQ(first->entry.data.services[0].service, "PSIKOSOSIAL");
  EXPECT_EQ(first->entry.updated_by, "sup-uptd");
  EXPECT_EQ(first->entry.updated_at, kNow);

  d.contact.phone = "+62 561 654321";
  auto second = svc_.UpdateEntry(supervisor_, "uptd", d, 1);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->entry.version, 2);
  EXPECT_EQ(svc_.UpdateEntry(supervisor_, "uptd", d, 1).error().reason(), "version_mismatch");
  // Sending the same entry again changes nothing, keeps the version, and is still audited.
  auto same = svc_.UpdateEntry(supervisor_, "uptd", d, 2);
  ASSERT_TRUE(same.ok());
  EXPECT_EQ(same->entry.version, 2);

  const test_doubles::InMemoryState state = db_.SnapshotForTest();
  ASSERT_EQ(state.history.size(), 2u);
  EXPECT_EQ(state.history[0].entity_type, "agency_directory");
  EXPECT_EQ(state.history[0].entity_id, "uptd");
  EXPECT_EQ(state.history[0].action, "create");
  EXPECT_EQ(state.history[1].action, "update");
  ASSERT_EQ(state.history[1].changes.size(), 1u);
  EXPECT_EQ(state.history[1].changes[0].field, "contact.phone");
  EXPECT_EQ(state.history[1].changes[0].after, "\"+62 561 654321\"");
  ASSERT_EQ(state.audit.size(), 3u);
  EXPECT_EQ(state.audit[1].action, "update");
  EXPECT_EQ(state.audit[1].entity_type, "agency_directory");
  EXPECT_EQ(state.audit[1].actor_id, "sup-uptd");
  EXPECT_EQ(state.audit[1].fields, (std::vector<std::string>{"contact.phone"}));
  EXPECT_EQ(state.audit[2].action, "update");
  EXPECT_EQ(state.audit[2].entity_id, "uptd");
  EXPECT_EQ(state.audit[2].detail, "no changes");
}

TEST_F(DirectoryServiceTest, OnlyTheOwnSupervisorOrAnAdministratorMayEdit) {
  DirectoryEntryData d;
  d.services = {{"PENGADUAN", {}, std::nullopt}};
  auto worker = svc_.UpdateEntry(worker_, "uptd", d, 0);
  ASSERT_FALSE(worker.ok());
  EXPECT_EQ(worker.error().code(), core::ErrorCode::kForbidden);
  EXPECT_EQ(worker.error().reason(), "forbidden");
  auto other = svc_.UpdateEntry(other_supervisor_, "uptd", d, 0);
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().reason(), "directory.not_own_agency");
  EXPECT_TRUE(db_.SnapshotForTest().directory_entries.empty());
  auto admin = svc_.UpdateEntry(admin_, "uptd", d, 0);
  ASSERT_TRUE(admin.ok());
  EXPECT_EQ(admin->entry.version, 1);
  EXPECT_EQ(svc_.UpdateEntry(admin_, "closed", d, 0).error().reason(), "agency.not_found");
}

TEST_F(DirectoryServiceTest, RefusesUnknownServicesAndRegions) {
  DirectoryEntryData d;
  d.services = {{"NOPE", {}, std::nullopt}, {"PENGADUAN", {"61.99", "61"}, std::nullopt}};
  auto shape = svc_.UpdateEntry(supervisor_, "uptd", d, 0);
  ASSERT_FALSE(shape.ok());
  EXPECT_EQ(shape.error().reason(), "validation_failed");
  EXPECT_EQ(Codes(shape.error()), (std::vector<std::string>{"services[0].service:unknown_code"}));
  d.services[0].service = "PSIKOSOSIAL";
  auto region = svc_.UpdateEntry(supervisor_, "uptd", d, 0);
  ASSERT_FALSE(region.ok());
  EXPECT_EQ(Codes(region.error()), (std::vector<std::string>{"services[1].regions_served[0]:unknown_code"}));
  DirectoryEntryData twice;
  twice.services = {{"PSIKOSOSIAL", {}, std::nullopt}, {"PSIKOSOSIAL", {"61"}, std::nullopt}};
  EXPECT_EQ(Codes(svc_.UpdateEntry(supervisor_, "uptd", twice, 0).error()),
            (std::vector<std::string>{"services[1].service:duplicate"}));
  DirectoryEntryData abroad;
  abroad.services = {{"REPATRIASI", {"MY", "XX"}, std::nullopt}};
  EXPECT_EQ(Codes(svc_.UpdateEntry(system_, "kbri", abroad, 0).error()),
            (std::vector<std::string>{"services[0].regions_served[1]:unknown_code"}));
}

TEST_F(DirectoryServiceTest, SearchIsNearestFirst) {
  Put("pontianak", {{"PSIKOSOSIAL", {}, std::nullopt}});                                       // its own regency 61.71
  Put("singkawang", {{"PSIKOSOSIAL", {}, std::nullopt}});                                      // another regency
  Put("uptd", {{"PSIKOSOSIAL", {}, std::nullopt}, {"PENAMPUNGAN", {"61.71"}, std::nullopt}});  // the province
  Put("kp2mi", {{"PSIKOSOSIAL", {}, std::nullopt}});                                           // national
  Put("jateng", {{"PSIKOSOSIAL", {"61.71"}, std::nullopt}});  // serves 61.71 explicitly
  Put("kbri", {{"PSIKOSOSIAL", {}, std::nullopt}});           // Malaysia only
  db_.MutateForTest([](test_doubles::InMemoryState& s) {
    DirectoryEntry e;
    e.agency_id = "closed";
    e.version = 1;
    e.data.services = {{"PSIKOSOSIAL", {}, std::nullopt}};
    s.directory_entries["closed"] = e;  // a disabled agency is never suggested
  });

  EXPECT_EQ(Search("psikososial", "61.71.02"),
            (std::vector<std::string>{"jateng@REGENCY:61.71", "pontianak@REGENCY:61.71", "uptd@PROVINCE:61",
                                      "kp2mi@NATIONAL:-"}));
  EXPECT_EQ(Search("PSIKOSOSIAL", "61"), (std::vector<std::string>{"uptd@PROVINCE:61", "kp2mi@NATIONAL:-"}));
  EXPECT_EQ(Search("PSIKOSOSIAL", "my"), (std::vector<std::string>{"kbri@COUNTRY:MY", "kp2mi@NATIONAL:-"}));
  EXPECT_EQ(Search("PENAMPUNGAN", "61.71"), (std::vector<std::string>{"uptd@REGENCY:61.71"}));
  EXPECT_TRUE(Search("PENAMPUNGAN", "61.72").empty());

  auto bad = svc_.FindServices(worker_, "NOPE", "99");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(Codes(bad.error()), (std::vector<std::string>{"service:unknown_code", "region:unknown_code"}));
  auto missing = svc_.FindServices(worker_, "", "");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(Codes(missing.error()), (std::vector<std::string>{"service:required", "region:required"}));
  Actor anonymous;
  EXPECT_EQ(svc_.FindServices(anonymous, "PSIKOSOSIAL", "61").error().code(), core::ErrorCode::kUnauthenticated);
}

TEST_F(DirectoryServiceTest, PublicDirectoryHasOnlyPublicEntriesOfEnabledAgencies) {
  Put("uptd", {{"PENGADUAN", {}, std::nullopt}}, true);
  Put("pontianak", {{"PENGADUAN", {}, std::nullopt}}, false);
  Put("kp2mi", {{"PENGADUAN", {}, std::nullopt}}, true);
  db_.MutateForTest([](test_doubles::InMemoryState& s) {
    DirectoryEntry e;
    e.agency_id = "closed";
    e.version = 1;
    e.data.is_public = true;
    s.directory_entries["closed"] = e;
  });
  auto listings = svc_.PublicDirectory();
  ASSERT_TRUE(listings.ok());
  std::vector<std::string> names;
  for (const DirectoryListing& l : *listings) names.push_back(l.agency.name);
  EXPECT_EQ(names, (std::vector<std::string>{"KP2MI", "UPTD PPA Kalbar"}));  // by name

  auto entries = svc_.ListEntries(worker_);
  ASSERT_TRUE(entries.ok());
  EXPECT_EQ(entries->size(), 4u);  // signed in: every stored entry, public or not
}

}  // namespace
}  // namespace sinergi::domain
